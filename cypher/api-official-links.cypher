// DataLoader batch: per official, the role timeline and the keys of the supervisions led,
// joined and hosted (date desc, key asc). Params: $args.keys.
UNWIND $args.keys AS key
MATCH (p:Official {key: key})
RETURN key,
  COLLECT {
    MATCH (p)-[h:HOLDS]->(r:Role)
    OPTIONAL MATCH (doc:Document {id: h.doc})
    WITH r, h, doc ORDER BY h.asOf, r.title, r.key, doc.id
    RETURN {
      title: r.title,
      asOf: h.asOf,
      organization: head(COLLECT {
        MATCH (r)-[:OF]->(o:Organization)
        WITH DISTINCT o ORDER BY o.key
        RETURN o {.key, .name, .kind, .level, .jurisdiction}
      }),
      evidence: CASE WHEN doc IS NULL OR h.start IS NULL OR h.end IS NULL THEN [] ELSE [{
        quote: substring(doc.text, h.start, h.end - h.start), start: h.start, end: h.end,
        document: doc {.id, .title, .source, .jurisdiction, .eventDate, .author}
      }] END
    }
  } AS roles,
  COLLECT {
    MATCH (p)-[:LED]->(s:Supervision) WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key
    RETURN s.key
  } AS led,
  COLLECT {
    MATCH (p)-[:TOOK_PART]->(s:Supervision) WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key
    RETURN s.key
  } AS joined,
  COLLECT {
    MATCH (p)-[:HOSTED]->(s:Supervision) WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key
    RETURN s.key
  } AS hosted
