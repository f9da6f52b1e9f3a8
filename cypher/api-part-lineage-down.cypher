// One breadth-first step of downward lineage (what carries the directives out), included once
// per level (api-part-lineage-down-levels.cypher): the links into `frontier` (the
// directives first reached at distance `near`), each reported once at depth near + 1, and the
// directives they reach for the first time. Every directive is expanded once, at its shortest
// distance; ANY SHORTEST did the same but cost 3-4 times the Neo4j CPU, as parallel
// relationships (one per asserting document) each entered its path search. A level past
// `maxDepth` (a shallower item of a loader batch), or after the frontier empties, reads nothing.
// `inferred` (every assertion of the link inferred) is read only when asked for.
// In scope: maxDepth, seen, frontier, near, links.
CALL (frontier, near, maxDepth) {
  UNWIND CASE WHEN near < maxDepth THEN frontier ELSE [] END AS b
  MATCH (a:Directive)-[r:IMPLEMENTS]->(b)
//#if lineageInferred
  WITH a, b, collect(coalesce(r.inferred, false)) AS flags
//#else
  WITH DISTINCT a, b
//#end
  ORDER BY a.key, b.key
  RETURN collect({
//#if lineageFull
    from: a {.key, .symbol, .type, .date, .subject, .jurisdiction},
    to: b {.key, .symbol, .type, .date, .subject, .jurisdiction},
//#else
    from: a {.key, .symbol}, to: b {.key, .symbol},
//#end
    depth: near + 1
//#if lineageInferred
    , inferred: all(i IN flags WHERE i)
//#end
  }) AS step, collect(DISTINCT a) AS reached
}
WITH maxDepth, seen, near + 1 AS near, links + step AS links,
  [x IN reached WHERE NOT x IN seen] AS frontier
WITH maxDepth, seen + frontier AS seen, frontier, near, links
