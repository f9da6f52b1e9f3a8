// Root field by key: api-directives.cypher started from the Directive key index ($key is
// never ''), so a lookup touches one node instead of scanning every Directive. Same
// params, filters, projection and result shape as api-directives.cypher; keep them in step.
MATCH (d:Directive {key: $key})
WHERE (size($symbolForms) = 0 OR toLower(d.symbolNorm) IN $symbolForms
       OR toLower(replace(d.symbol, " ", "")) IN $symbolForms)
  AND ($type = '' OR toLower(d.type) = $type)
  AND ($issuer = '' OR EXISTS {
    MATCH (o:Organization)-[:ISSUED]->(d) WHERE o.nameFolded CONTAINS $issuer
  })
  AND ($from = '' OR (d.date IS NOT NULL AND d.date >= $from))
  AND ($to = '' OR (d.date IS NOT NULL AND d.date <= $to))
WITH d, coalesce(d.date, '') AS k0, d.key AS k1
ORDER BY k0 DESC, k1 ASC
WITH collect({d: d, k0: k0, k1: k1}) AS rows
WITH size(rows) AS totalCount,
     [r IN rows WHERE size($after) = 0 OR r.k0 < $after[0] OR (r.k0 = $after[0] AND r.k1 > $after[1])][0..$limit] AS page
CALL (page) {
  UNWIND page AS row
  WITH row, row.d AS d
  RETURN collect({
    sortKey: [row.k0, row.k1],
    node: d {.key, .symbol, .type, .date, .subject, .jurisdiction}
  }) AS items
}
RETURN totalCount, items
