// Root field by key: api-organizations.cypher started from the Organization key index ($key is
// never ''), so a lookup touches one node instead of scanning every Organization. Same
// params, filters, projection and result shape as api-organizations.cypher; keep them in step.
MATCH (o:Organization {key: $key})
WHERE ($name = '' OR o.nameFolded CONTAINS $name)
  AND ($kind = '' OR toLower(o.kind) = $kind)
  AND ($level = '' OR toLower(o.level) = $level)
  AND ($jurisdiction = '' OR toLower(o.jurisdiction) = $jurisdictionLower
       OR o.nameFolded ENDS WITH (' ' + $jurisdiction))
WITH o, coalesce(o.nameFolded, '') AS k0, o.key AS k1
ORDER BY k0 ASC, k1 ASC
WITH collect({o: o, k0: k0, k1: k1}) AS rows
WITH size(rows) AS totalCount,
     [r IN rows WHERE size($after) = 0 OR r.k0 > $after[0] OR (r.k0 = $after[0] AND r.k1 > $after[1])][0..$limit] AS page
CALL (page) {
  UNWIND page AS row
  WITH row, row.o AS o
  RETURN collect({
    sortKey: [row.k0, row.k1],
    node: o {.key, .name, .kind, .level, .jurisdiction}
  }) AS items
}
RETURN totalCount, items
