// Root fields `officials` / `official(key)`: filter, keyset page (folded name asc, key asc) and
// each official's role timeline. Params: $args.key, $args.name (folded), $args.jurisdiction (folded),
// $args.organization (folded), $args.after ([name, key], [] for none), $args.limit.
// Absent criteria are '' (strings) or [] (lists), never null: the parameter types are the same
// for every combination of filters, so Neo4j plans this query once, not once per combination.
MATCH (p:Official)
WHERE ($args.key = '' OR p.key = $args.key)
  AND ($args.name = '' OR p.nameFolded CONTAINS $args.name)
  AND ($args.jurisdiction = '' OR p.key ENDS WITH ('|' + $args.jurisdiction))
  AND ($args.organization = '' OR EXISTS {
    MATCH (p)-[:HOLDS]->(:Role)-[:OF]->(o:Organization) WHERE o.nameFolded CONTAINS $args.organization
  })
WITH p, coalesce(p.nameFolded, '') AS k0, p.key AS k1
ORDER BY k0 ASC, k1 ASC
WITH collect({p: p, k0: k0, k1: k1}) AS rows
WITH size(rows) AS totalCount,
     [r IN rows WHERE size($args.after) = 0 OR r.k0 > $args.after[0] OR (r.k0 = $args.after[0] AND r.k1 > $args.after[1])][0..$args.limit] AS page
CALL (page) {
  UNWIND page AS row
  WITH row.p AS p, [row.k0, row.k1] AS sortKey
  WITH sortKey, p {
      .key, .name, .jurisdiction,
      roles: COLLECT {
        MATCH (p)-[h:HOLDS]->(r:Role)
        OPTIONAL MATCH (doc:Document {id: h.doc})
        WITH r, h, doc ORDER BY h.asOf, r.title, r.key, doc.id
        RETURN {
          title: r.title,
          asOf: h.asOf,
          organization: head(COLLECT {
            MATCH (r)-[:OF]->(o:Organization)
            WITH DISTINCT o ORDER BY o.key
            RETURN o {.key, .name, .kind, .level, .jurisdiction}
          }),
          evidence: CASE WHEN doc IS NULL OR h.start IS NULL OR h.end IS NULL THEN [] ELSE [{
            quote: substring(doc.text, h.start, h.end - h.start), start: h.start, end: h.end,
            document: doc {.id, .title, .source, .jurisdiction, .eventDate, .author}
          }] END
        }
      }
    } AS node
  RETURN collect({sortKey: sortKey, node: node}) AS items
}
RETURN totalCount, items
