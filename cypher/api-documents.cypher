// Root fields `documents` / `document(id)`: keyset page by id. Params: $args.id, $args.after ([id], [] for none),
// $args.limit.
// Absent criteria are '' (strings) or [] (lists), never null: the parameter types are the same
// for every combination of filters, so Neo4j plans this query once, not once per combination.
MATCH (doc:Document)
WHERE $args.id = '' OR doc.id = $args.id
WITH doc ORDER BY doc.id ASC
WITH collect(doc) AS rows
WITH size(rows) AS totalCount,
     [x IN rows WHERE size($args.after) = 0 OR x.id > $args.after[0]][0..$args.limit] AS page
CALL (page) {
  UNWIND page AS doc
  RETURN collect({
    sortKey: [doc.id],
    node: doc {.id, .title, .source, .jurisdiction, .eventDate, .author}
  }) AS items
}
RETURN totalCount, items
