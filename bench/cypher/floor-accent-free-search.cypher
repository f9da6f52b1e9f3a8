// Floor: accent-free search over the full-text index (folded searchText). Params: $query, $limit.
CALL db.index.fulltext.queryNodes('searchIndex', $query, {limit: $limit}) YIELD node, score
WITH node, score,
  CASE WHEN node:Official THEN 'Official' WHEN node:Organization THEN 'Organization' ELSE 'Directive' END AS type
ORDER BY score DESC, type, node.key
RETURN collect(node {__typename: type, .key, .name, .symbol}) AS result
