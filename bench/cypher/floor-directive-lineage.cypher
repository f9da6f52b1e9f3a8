// Floor: IMPLEMENTS links up to depth 5, upwards (what it carries out) and downwards (what
// carries it out), each link at its shortest distance. Params: $key.
MATCH (d:Directive {key: $key})
OPTIONAL CALL (d) {
  MATCH p = (d)-[:IMPLEMENTS*1..5]->(:Directive)
  WITH last(relationships(p)) AS r, length(p) AS dist
  WITH startNode(r) AS a, endNode(r) AS b, min(dist) AS depth, collect(coalesce(r.inferred, false)) AS flags
  RETURN {depth: depth, inferred: all(i IN flags WHERE i), from: a {.key, .symbol}, to: b {.key, .symbol}} AS link
  UNION
  MATCH p = (d)<-[:IMPLEMENTS*1..5]-(:Directive)
  WITH last(relationships(p)) AS r, length(p) AS dist
  WITH startNode(r) AS a, endNode(r) AS b, min(dist) AS depth, collect(coalesce(r.inferred, false)) AS flags
  RETURN {depth: depth, inferred: all(i IN flags WHERE i), from: a {.key, .symbol}, to: b {.key, .symbol}} AS link
}
WITH d, collect(link) AS lineage
RETURN d {.key, .symbol, lineage: lineage} AS result
