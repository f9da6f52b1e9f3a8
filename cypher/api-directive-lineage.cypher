// DataLoader batch: depth-bounded transitive IMPLEMENTS links from each directive. UP follows
// what it implements, DOWN what implements it. A link is reported once, at its shortest depth;
// it is inferred only when every assertion of it is. Breadth-first, one step per level up to
// the deepest item's depth (cypher/api-part-lineage-*-levels.cypher; a shallower item's extra
// levels read nothing). A template (src/api/template.ts) run with lineageFull and
// lineageInferred.
// Params: $args.items [{key, depth, up, down}], depth <= 10 (checked by the API).
UNWIND $args.items AS item
MATCH (d:Directive {key: item.key})
CALL (d, item) {
  WITH CASE WHEN item.up THEN item.depth ELSE 0 END AS maxDepth, [d] AS seen, [d] AS frontier,
    0 AS near, [] AS links
//#include api-part-lineage-up-levels
  RETURN links AS upLinks
}
CALL (d, item) {
  WITH CASE WHEN item.down THEN item.depth ELSE 0 END AS maxDepth, [d] AS seen, [d] AS frontier,
    0 AS near, [] AS links
//#include api-part-lineage-down-levels
  RETURN links AS downLinks
}
RETURN item.key AS key, item.depth AS depth, item.up AS up, item.down AS down, upLinks, downLinks
