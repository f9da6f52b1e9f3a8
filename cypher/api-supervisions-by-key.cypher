// DataLoader batch: supervisions by key with the nested data of a listing (same projection as
// api-supervisions.cypher) except `evidence`, which api-supervision-evidence.cypher loads only
// when a query selects it (quotes cut from document texts are the costly part). Params: $args.keys.
UNWIND $args.keys AS key
MATCH (s:Supervision {key: key})
RETURN key, s {
  .key, .kind, .date, .delegation, .topic,
  conductors: COLLECT {
    MATCH (o:Organization)-[:CONDUCTED]->(s)
    WITH DISTINCT o ORDER BY o.name, o.key
    RETURN o {.key, .name, .kind, .level, .jurisdiction}
  },
  leader: head(COLLECT {
    MATCH (p:Official)-[:LED]->(s)
    WITH DISTINCT p ORDER BY p.name, p.key
    RETURN p {.key, .name, .jurisdiction}
  }),
  participants: COLLECT {
    MATCH (p:Official)-[:TOOK_PART]->(s)
    WITH DISTINCT p ORDER BY p.name, p.key
    RETURN p {.key, .name, .jurisdiction}
  },
  hosts: COLLECT {
    MATCH (p:Official)-[:HOSTED]->(s)
    WITH DISTINCT p ORDER BY p.name, p.key
    RETURN p {.key, .name, .jurisdiction}
  },
  targets: COLLECT {
    MATCH (s)-[:TARGETED]->(o:Organization)
    WITH DISTINCT o ORDER BY o.name, o.key
    RETURN o {.key, .name, .kind, .level, .jurisdiction}
  },
  directives: COLLECT {
    MATCH (s)-[:UNDER]->(d:Directive)
    WITH DISTINCT d ORDER BY d.date, d.symbol, d.key
    RETURN d {.key, .symbol, .type, .date, .subject, .jurisdiction}
  }
} AS node
