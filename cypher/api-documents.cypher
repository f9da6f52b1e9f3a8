// Root fields `documents` / `document(id)`: keyset page by id. Params: $id, $after ([id]|null),
// $limit.
MATCH (doc:Document)
WHERE $id IS NULL OR doc.id = $id
WITH doc ORDER BY doc.id ASC
WITH collect(doc) AS rows
WITH size(rows) AS totalCount,
     [x IN rows WHERE $after IS NULL OR x.id > $after[0]][0..$limit] AS page
CALL (page) {
  UNWIND page AS doc
  RETURN collect({
    sortKey: [doc.id],
    node: doc {.id, .title, .source, .jurisdiction, .eventDate, .author}
  }) AS items
}
RETURN totalCount, items
