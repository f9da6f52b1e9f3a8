// Floor: IMPLEMENTS links up to depth 5, upwards (what it carries out) and downwards (what
// carries it out), each link at its shortest distance. Breadth-first over the directives within
// reach (ANY SHORTEST per directive), then their links: a pair asserted by many documents has
// many parallel relationships, and enumerating every path through them grows as their product.
// Params: $key.
MATCH (d:Directive {key: $key})
OPTIONAL CALL (d) {
  MATCH p = ANY SHORTEST (d)-[:IMPLEMENTS]->{0,4}(a:Directive)
  WITH a, length(p) AS near
  MATCH (a)-[r:IMPLEMENTS]->(b:Directive)
  WITH a, b, near + 1 AS depth, collect(coalesce(r.inferred, false)) AS flags
  RETURN {depth: depth, inferred: all(i IN flags WHERE i), from: a {.key, .symbol}, to: b {.key, .symbol}} AS link
  UNION
  MATCH p = ANY SHORTEST (d)<-[:IMPLEMENTS]-{0,4}(a:Directive)
  WITH a, length(p) AS near
  MATCH (a)<-[r:IMPLEMENTS]-(c:Directive)
  WITH c, a, near + 1 AS depth, collect(coalesce(r.inferred, false)) AS flags
  RETURN {depth: depth, inferred: all(i IN flags WHERE i), from: c {.key, .symbol}, to: a {.key, .symbol}} AS link
}
WITH d, collect(link) AS lineage
RETURN d {.key, .symbol, lineage: lineage} AS result
