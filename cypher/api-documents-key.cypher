// Root field `document(id)`: api-documents.cypher started from the Document id constraint
// ($args.id is never ''). Same params and result shape as api-documents.cypher; keep them in step.
MATCH (doc:Document {id: $args.id})
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
