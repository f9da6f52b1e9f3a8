// Root fields `directives` / `directive(symbol|key)`: filter and keyset page (date desc, no date
// last, key asc). Params: $args.key, $args.symbolForms (list, [] for none), $args.type (lower case), $args.issuer (folded),
// $args.from, $args.to, $args.after ([date, key], [] for none), $args.limit.
// Absent criteria are '' (strings) or [] (lists), never null: the parameter types are the same
// for every combination of filters, so Neo4j plans this query once, not once per combination.
MATCH (d:Directive)
WHERE ($args.key = '' OR d.key = $args.key)
  AND (size($args.symbolForms) = 0 OR toLower(d.symbolNorm) IN $args.symbolForms
       OR toLower(replace(d.symbol, " ", "")) IN $args.symbolForms)
  AND ($args.type = '' OR toLower(d.type) = $args.type)
  AND ($args.issuer = '' OR EXISTS {
    MATCH (o:Organization)-[:ISSUED]->(d) WHERE o.nameFolded CONTAINS $args.issuer
  })
  AND ($args.from = '' OR (d.date IS NOT NULL AND d.date >= $args.from))
  AND ($args.to = '' OR (d.date IS NOT NULL AND d.date <= $args.to))
WITH d, coalesce(d.date, '') AS k0, d.key AS k1
ORDER BY k0 DESC, k1 ASC
WITH collect({d: d, k0: k0, k1: k1}) AS rows
WITH size(rows) AS totalCount,
     [r IN rows WHERE size($args.after) = 0 OR r.k0 < $args.after[0] OR (r.k0 = $args.after[0] AND r.k1 > $args.after[1])][0..$args.limit] AS page
CALL (page) {
  UNWIND page AS row
  WITH row, row.d AS d
  RETURN collect({
    sortKey: [row.k0, row.k1],
    node: d {.key, .symbol, .type, .date, .subject, .jurisdiction}
  }) AS items
}
RETURN totalCount, items
