// Floor: supervisions under one directive, with conductors, targets and leader. Params: $key.
MATCH (d:Directive {key: $key})
RETURN d {
  .key, .symbol,
  supervisions: COLLECT {
    MATCH (s:Supervision)-[:UNDER]->(d)
    WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key
    RETURN s {
      .key, .kind, .date,
      conductors: COLLECT { MATCH (o:Organization)-[:CONDUCTED]->(s) WITH DISTINCT o RETURN o {.key, .name} },
      targets: COLLECT { MATCH (s)-[:TARGETED]->(o:Organization) WITH DISTINCT o RETURN o {.key, .name} },
      leader: head(COLLECT { MATCH (p:Official)-[:LED]->(s) WITH DISTINCT p RETURN p {.key, .name} })
    }
  }
} AS result
