// Root field `document(id)`: api-documents.cypher started from the Document id constraint
// ($id is never ''). Same params and result shape as api-documents.cypher; keep them in step.
MATCH (doc:Document {id: $id})
WITH doc ORDER BY doc.id ASC
WITH collect(doc) AS rows
WITH size(rows) AS totalCount,
     [x IN rows WHERE size($after) = 0 OR x.id > $after[0]][0..$limit] AS page
CALL (page) {
  UNWIND page AS doc
  RETURN collect({
    sortKey: [doc.id],
    node: doc {.id, .title, .source, .jurisdiction, .eventDate, .author}
  }) AS items
}
RETURN totalCount, items
