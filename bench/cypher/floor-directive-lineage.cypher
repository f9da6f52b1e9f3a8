// Floor: IMPLEMENTS links up to depth 5, upwards (what it carries out) and downwards (what
// carries it out), each link once at its shortest distance: breadth-first, one step per level,
// each directive expanded once (from the directives first reached at the level before). A pair
// asserted by many documents has many parallel relationships: enumerating paths through them
// grows as their product, and ANY SHORTEST's path search cost 3-4 times this. Params: $key.
MATCH (d:Directive {key: $key})
CALL (d) {
  WITH [d] AS seen, [d] AS frontier, [] AS links
  CALL (frontier) {
    UNWIND frontier AS a
    MATCH (a)-[:IMPLEMENTS]->(b:Directive)
    WITH DISTINCT a, b ORDER BY a.key, b.key
    RETURN collect({depth: 1, from: a {.key, .symbol}, to: b {.key, .symbol}}) AS step, collect(DISTINCT b) AS reached
  }
  WITH seen, links + step AS links, [x IN reached WHERE NOT x IN seen] AS frontier
  WITH seen + frontier AS seen, frontier, links
  CALL (frontier) {
    UNWIND frontier AS a
    MATCH (a)-[:IMPLEMENTS]->(b:Directive)
    WITH DISTINCT a, b ORDER BY a.key, b.key
    RETURN collect({depth: 2, from: a {.key, .symbol}, to: b {.key, .symbol}}) AS step, collect(DISTINCT b) AS reached
  }
  WITH seen, links + step AS links, [x IN reached WHERE NOT x IN seen] AS frontier
  WITH seen + frontier AS seen, frontier, links
  CALL (frontier) {
    UNWIND frontier AS a
    MATCH (a)-[:IMPLEMENTS]->(b:Directive)
    WITH DISTINCT a, b ORDER BY a.key, b.key
    RETURN collect({depth: 3, from: a {.key, .symbol}, to: b {.key, .symbol}}) AS step, collect(DISTINCT b) AS reached
  }
  WITH seen, links + step AS links, [x IN reached WHERE NOT x IN seen] AS frontier
  WITH seen + frontier AS seen, frontier, links
  CALL (frontier) {
    UNWIND frontier AS a
    MATCH (a)-[:IMPLEMENTS]->(b:Directive)
    WITH DISTINCT a, b ORDER BY a.key, b.key
    RETURN collect({depth: 4, from: a {.key, .symbol}, to: b {.key, .symbol}}) AS step, collect(DISTINCT b) AS reached
  }
  WITH seen, links + step AS links, [x IN reached WHERE NOT x IN seen] AS frontier
  WITH seen + frontier AS seen, frontier, links
  CALL (frontier) {
    UNWIND frontier AS a
    MATCH (a)-[:IMPLEMENTS]->(b:Directive)
    WITH DISTINCT a, b ORDER BY a.key, b.key
    RETURN collect({depth: 5, from: a {.key, .symbol}, to: b {.key, .symbol}}) AS step, collect(DISTINCT b) AS reached
  }
  WITH seen, links + step AS links, [x IN reached WHERE NOT x IN seen] AS frontier
  WITH seen + frontier AS seen, frontier, links
  RETURN links AS up
}
CALL (d) {
  WITH [d] AS seen, [d] AS frontier, [] AS links
  CALL (frontier) {
    UNWIND frontier AS b
    MATCH (a:Directive)-[:IMPLEMENTS]->(b)
    WITH DISTINCT a, b ORDER BY a.key, b.key
    RETURN collect({depth: 1, from: a {.key, .symbol}, to: b {.key, .symbol}}) AS step, collect(DISTINCT a) AS reached
  }
  WITH seen, links + step AS links, [x IN reached WHERE NOT x IN seen] AS frontier
  WITH seen + frontier AS seen, frontier, links
  CALL (frontier) {
    UNWIND frontier AS b
    MATCH (a:Directive)-[:IMPLEMENTS]->(b)
    WITH DISTINCT a, b ORDER BY a.key, b.key
    RETURN collect({depth: 2, from: a {.key, .symbol}, to: b {.key, .symbol}}) AS step, collect(DISTINCT a) AS reached
  }
  WITH seen, links + step AS links, [x IN reached WHERE NOT x IN seen] AS frontier
  WITH seen + frontier AS seen, frontier, links
  CALL (frontier) {
    UNWIND frontier AS b
    MATCH (a:Directive)-[:IMPLEMENTS]->(b)
    WITH DISTINCT a, b ORDER BY a.key, b.key
    RETURN collect({depth: 3, from: a {.key, .symbol}, to: b {.key, .symbol}}) AS step, collect(DISTINCT a) AS reached
  }
  WITH seen, links + step AS links, [x IN reached WHERE NOT x IN seen] AS frontier
  WITH seen + frontier AS seen, frontier, links
  CALL (frontier) {
    UNWIND frontier AS b
    MATCH (a:Directive)-[:IMPLEMENTS]->(b)
    WITH DISTINCT a, b ORDER BY a.key, b.key
    RETURN collect({depth: 4, from: a {.key, .symbol}, to: b {.key, .symbol}}) AS step, collect(DISTINCT a) AS reached
  }
  WITH seen, links + step AS links, [x IN reached WHERE NOT x IN seen] AS frontier
  WITH seen + frontier AS seen, frontier, links
  CALL (frontier) {
    UNWIND frontier AS b
    MATCH (a:Directive)-[:IMPLEMENTS]->(b)
    WITH DISTINCT a, b ORDER BY a.key, b.key
    RETURN collect({depth: 5, from: a {.key, .symbol}, to: b {.key, .symbol}}) AS step, collect(DISTINCT a) AS reached
  }
  WITH seen, links + step AS links, [x IN reached WHERE NOT x IN seen] AS frontier
  WITH seen + frontier AS seen, frontier, links
  RETURN links AS down
}
RETURN d {.key, .symbol, lineage: up + down} AS result
