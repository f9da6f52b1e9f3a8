// DataLoader batch: per organisation, its parent, children, people (role timeline), the keys of
// supervisions conducted and received, and the directives it issued. Params: $args.keys.
UNWIND $args.keys AS key
MATCH (o:Organization {key: key})
RETURN key,
  head(COLLECT {
    MATCH (o)-[:PART_OF]->(x:Organization) WITH DISTINCT x ORDER BY x.name, x.key
    RETURN x {.key, .name, .kind, .level, .jurisdiction}
  }) AS parent,
  COLLECT {
    MATCH (x:Organization)-[:PART_OF]->(o) WITH DISTINCT x ORDER BY x.name, x.key
    RETURN x {.key, .name, .kind, .level, .jurisdiction}
  } AS children,
  COLLECT {
    MATCH (p:Official)-[h:HOLDS]->(r:Role)-[:OF]->(o)
    OPTIONAL MATCH (doc:Document {id: h.doc})
    WITH p, r, h, doc ORDER BY r.title, h.asOf, p.name, p.key, doc.id
    RETURN {
      official: p {.key, .name, .jurisdiction},
      title: r.title,
      asOf: h.asOf,
      evidence: CASE WHEN doc IS NULL OR h.start IS NULL OR h.end IS NULL THEN [] ELSE [{
        quote: substring(doc.text, h.start, h.end - h.start), start: h.start, end: h.end,
        document: doc {.id, .title, .source, .jurisdiction, .eventDate, .author}
      }] END
    }
  } AS people,
  COLLECT {
    MATCH (o)-[:CONDUCTED]->(s:Supervision) WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key
    RETURN s.key
  } AS conducted,
  COLLECT {
    MATCH (s:Supervision)-[:TARGETED]->(o) WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key
    RETURN s.key
  } AS received,
  COLLECT {
    MATCH (o)-[:ISSUED]->(d:Directive) WITH DISTINCT d ORDER BY coalesce(d.date, '') DESC, d.key
    RETURN d {.key, .symbol, .type, .date, .subject, .jurisdiction}
  } AS issued
