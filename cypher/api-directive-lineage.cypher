// DataLoader batch: depth-bounded transitive IMPLEMENTS links from each directive. UP follows
// what it implements, DOWN what implements it. A link is reported once, at its shortest depth;
// it is inferred only when every assertion of it is. Breadth-first: the directives within reach
// (ANY SHORTEST, one path each), then their links; enumerating every path instead grows as the
// product of the parallel relationships (one per asserting document) along it. Params: $args.items [{key, depth, up, down}],
// depth <= 10 (checked by the API).
UNWIND $args.items AS item
MATCH (d:Directive {key: item.key})
RETURN item.key AS key, item.depth AS depth, item.up AS up, item.down AS down,
  COLLECT {
    MATCH p = ANY SHORTEST (d)-[:IMPLEMENTS]->{0,9}(a:Directive)
    WITH a, length(p) AS near
    WHERE item.up AND near < item.depth
    MATCH (a)-[r:IMPLEMENTS]->(b:Directive)
    WITH a, b, near + 1 AS dist, collect(coalesce(r.inferred, false)) AS flags
    ORDER BY dist, a.key, b.key
    RETURN {
      from: a {.key, .symbol, .type, .date, .subject, .jurisdiction},
      to: b {.key, .symbol, .type, .date, .subject, .jurisdiction},
      depth: dist, inferred: all(i IN flags WHERE i)
    }
  } AS upLinks,
  COLLECT {
    MATCH p = ANY SHORTEST (d)<-[:IMPLEMENTS]-{0,9}(b:Directive)
    WITH b, length(p) AS near
    WHERE item.down AND near < item.depth
    MATCH (a:Directive)-[r:IMPLEMENTS]->(b)
    WITH a, b, near + 1 AS dist, collect(coalesce(r.inferred, false)) AS flags
    ORDER BY dist, a.key, b.key
    RETURN {
      from: a {.key, .symbol, .type, .date, .subject, .jurisdiction},
      to: b {.key, .symbol, .type, .date, .subject, .jurisdiction},
      depth: dist, inferred: all(i IN flags WHERE i)
    }
  } AS downLinks
