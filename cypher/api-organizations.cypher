// Root fields `organizations` / `organization(key)`: filter and keyset page (folded name asc,
// key asc). Params: $args.key, $args.name (folded), $args.kind, $args.level, $args.jurisdiction, $args.jurisdictionLower,
// $args.after ([name, key], [] for none), $args.limit.
// Absent criteria are '' (strings) or [] (lists), never null: the parameter types are the same
// for every combination of filters, so Neo4j plans this query once, not once per combination.
MATCH (o:Organization)
WHERE ($args.key = '' OR o.key = $args.key)
  AND ($args.name = '' OR o.nameFolded CONTAINS $args.name)
  AND ($args.kind = '' OR toLower(o.kind) = $args.kind)
  AND ($args.level = '' OR toLower(o.level) = $args.level)
  AND ($args.jurisdiction = '' OR toLower(o.jurisdiction) = $args.jurisdictionLower
       OR o.nameFolded ENDS WITH (' ' + $args.jurisdiction))
WITH o, coalesce(o.nameFolded, '') AS k0, o.key AS k1
ORDER BY k0 ASC, k1 ASC
WITH collect({o: o, k0: k0, k1: k1}) AS rows
WITH size(rows) AS totalCount,
     [r IN rows WHERE size($args.after) = 0 OR r.k0 > $args.after[0] OR (r.k0 = $args.after[0] AND r.k1 > $args.after[1])][0..$args.limit] AS page
CALL (page) {
  UNWIND page AS row
  WITH row, row.o AS o
  RETURN collect({
    sortKey: [row.k0, row.k1],
    node: o {.key, .name, .kind, .level, .jurisdiction}
  }) AS items
}
RETURN totalCount, items
