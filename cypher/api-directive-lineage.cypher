// DataLoader batch: depth-bounded transitive IMPLEMENTS links from each directive. UP follows
// what it implements, DOWN what implements it. A link is reported once, at its shortest depth;
// it is inferred only when every assertion of it is. Params: $args.items [{key, depth, up, down}],
// depth <= 10 (checked by the API).
UNWIND $args.items AS item
MATCH (d:Directive {key: item.key})
RETURN item.key AS key, item.depth AS depth, item.up AS up, item.down AS down,
  COLLECT {
    MATCH p = (d)-[:IMPLEMENTS*1..10]->(:Directive)
    WHERE item.up AND length(p) <= item.depth
    WITH last(relationships(p)) AS r, length(p) AS dist
    WITH startNode(r) AS a, endNode(r) AS b, min(dist) AS dist, collect(coalesce(r.inferred, false)) AS flags
    ORDER BY dist, a.key, b.key
    RETURN {
      from: a {.key, .symbol, .type, .date, .subject, .jurisdiction},
      to: b {.key, .symbol, .type, .date, .subject, .jurisdiction},
      depth: dist, inferred: all(i IN flags WHERE i)
    }
  } AS upLinks,
  COLLECT {
    MATCH p = (d)<-[:IMPLEMENTS*1..10]-(:Directive)
    WHERE item.down AND length(p) <= item.depth
    WITH last(relationships(p)) AS r, length(p) AS dist
    WITH startNode(r) AS a, endNode(r) AS b, min(dist) AS dist, collect(coalesce(r.inferred, false)) AS flags
    ORDER BY dist, a.key, b.key
    RETURN {
      from: a {.key, .symbol, .type, .date, .subject, .jurisdiction},
      to: b {.key, .symbol, .type, .date, .subject, .jurisdiction},
      depth: dist, inferred: all(i IN flags WHERE i)
    }
  } AS downLinks
