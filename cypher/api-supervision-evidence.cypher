// DataLoader batch: the evidence of supervisions by key (same projection as the `evidence` of
// api-supervisions.cypher), for the `Supervision.evidence` field resolver. Params: $args.keys.
UNWIND $args.keys AS key
MATCH (s:Supervision {key: key})
RETURN key, COLLECT {
    MATCH (doc:Document)-[r:REPORTS]->(s)
    WHERE r.doc = doc.id AND r.start IS NOT NULL AND r.end IS NOT NULL
    WITH doc, r ORDER BY doc.id, r.start, r.end
    RETURN {
      quote: substring(doc.text, r.start, r.end - r.start), start: r.start, end: r.end,
      document: doc {.id, .title, .source, .jurisdiction, .eventDate, .author}
    }
  } AS evidence
