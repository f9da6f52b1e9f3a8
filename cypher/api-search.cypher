// Root field `search`: the full-text index `searchIndex` (whitespace analyzer over the folded
// `searchText`). $args.query is built by the API from folded, escaped terms joined with AND.
// Params: $args.query, $args.limit.
CALL db.index.fulltext.queryNodes('searchIndex', $args.query, {limit: $args.limit}) YIELD node, score
WITH node, score,
  CASE
    WHEN node:Official THEN 'Official'
    WHEN node:Organization THEN 'Organization'
    ELSE 'Directive'
  END AS type
ORDER BY score DESC, type, node.key
RETURN type, node {
  .key, .name, .jurisdiction, .kind, .level, .symbol, .type, .date, .subject
} AS node
