// DataLoader batch: the facts each document contributed (what it mentions and reports).
// Params: $args.ids.
UNWIND $args.ids AS id
MATCH (doc:Document {id: id})
RETURN id,
  COLLECT {
    MATCH (doc)-[:MENTIONS]->(p:Official) WITH DISTINCT p ORDER BY p.name, p.key
    RETURN p {.key, .name, .jurisdiction}
  } AS officials,
  COLLECT {
    MATCH (doc)-[:MENTIONS]->(o:Organization) WITH DISTINCT o ORDER BY o.name, o.key
    RETURN o {.key, .name, .kind, .level, .jurisdiction}
  } AS organizations,
  COLLECT {
    MATCH (doc)-[:MENTIONS]->(d:Directive) WITH DISTINCT d ORDER BY coalesce(d.date, '') DESC, d.key
    RETURN d {.key, .symbol, .type, .date, .subject, .jurisdiction}
  } AS directives,
  COLLECT {
    MATCH (doc)-[:REPORTS]->(s:Supervision) WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key
    RETURN s.key
  } AS supervisions
