// Root fields `organizations` / `organization(key)`: filter and keyset page (folded name asc,
// key asc). Params: $key, $name (folded), $kind, $level, $jurisdiction, $jurisdictionLower,
// $after ([name, key], [] for none), $limit.
// Absent criteria are '' (strings) or [] (lists), never null: the parameter types are the same
// for every combination of filters, so Neo4j plans this query once, not once per combination.
MATCH (o:Organization)
WHERE ($key = '' OR o.key = $key)
  AND ($name = '' OR o.nameFolded CONTAINS $name)
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
