// DataLoader batch: per directive, its issuer, direct IMPLEMENTS links both ways, the keys of
// the supervisions under it, and the documents that cite it. Params: $args.keys.
UNWIND $args.keys AS key
MATCH (d:Directive {key: key})
RETURN key,
  head(COLLECT {
    MATCH (o:Organization)-[:ISSUED]->(d) WITH DISTINCT o ORDER BY o.name, o.key
    RETURN o {.key, .name, .kind, .level, .jurisdiction}
  }) AS issuer,
  COLLECT {
    MATCH (d)-[:IMPLEMENTS]->(x:Directive) WITH DISTINCT x ORDER BY coalesce(x.date, '') DESC, x.key
    RETURN x {.key, .symbol, .type, .date, .subject, .jurisdiction}
  } AS implements,
  COLLECT {
    MATCH (x:Directive)-[:IMPLEMENTS]->(d) WITH DISTINCT x ORDER BY coalesce(x.date, '') DESC, x.key
    RETURN x {.key, .symbol, .type, .date, .subject, .jurisdiction}
  } AS implementedBy,
  COLLECT {
    MATCH (s:Supervision)-[:UNDER]->(d) WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key
    RETURN s.key
  } AS supervisions,
  COLLECT {
    UNWIND [(d)-[r]-() WHERE r.doc IS NOT NULL | r.doc] AS id
    WITH DISTINCT id
    MATCH (doc:Document {id: id})
    WITH doc ORDER BY coalesce(doc.eventDate, '') DESC, doc.id
    RETURN doc {.id, .title, .source, .jurisdiction, .eventDate, .author}
  } AS citedBy
