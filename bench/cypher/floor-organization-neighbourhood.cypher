// Floor: an organisation's neighbourhood: parent, children, people, supervisions conducted and
// received, directives issued. Params: $key.
MATCH (o:Organization {key: $key})
RETURN o {
  .key, .name, .kind, .level,
  parent: head(COLLECT { MATCH (o)-[:PART_OF]->(x:Organization) WITH DISTINCT x RETURN x {.key, .name} }),
  children: COLLECT { MATCH (x:Organization)-[:PART_OF]->(o) WITH DISTINCT x RETURN x {.key, .name} },
  people: COLLECT {
    MATCH (p:Official)-[h:HOLDS]->(r:Role)-[:OF]->(o)
    WITH DISTINCT p, r, h.asOf AS asOf ORDER BY r.title, asOf, p.name
    RETURN {title: r.title, asOf: asOf, official: p {.key, .name}}
  },
  supervisionsConducted: COLLECT {
    MATCH (o)-[:CONDUCTED]->(s:Supervision) WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key
    RETURN s {.key, .kind, .date}
  },
  supervisionsReceived: COLLECT {
    MATCH (s:Supervision)-[:TARGETED]->(o) WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key
    RETURN s {.key, .kind, .date}
  },
  directivesIssued: COLLECT {
    MATCH (o)-[:ISSUED]->(d:Directive) WITH DISTINCT d RETURN d {.key, .symbol}
  }
} AS result
