// Root field by key: api-officials.cypher started from the Official key index ($key is
// never ''), so a lookup touches one node instead of scanning every Official. Same
// params, filters, projection and result shape as api-officials.cypher; keep them in step.
MATCH (p:Official {key: $key})
WHERE ($name = '' OR p.nameFolded CONTAINS $name)
  AND ($jurisdiction = '' OR p.key ENDS WITH ('|' + $jurisdiction))
  AND ($organization = '' OR EXISTS {
    MATCH (p)-[:HOLDS]->(:Role)-[:OF]->(o:Organization) WHERE o.nameFolded CONTAINS $organization
  })
WITH p, coalesce(p.nameFolded, '') AS k0, p.key AS k1
ORDER BY k0 ASC, k1 ASC
WITH collect({p: p, k0: k0, k1: k1}) AS rows
WITH size(rows) AS totalCount,
     [r IN rows WHERE size($after) = 0 OR r.k0 > $after[0] OR (r.k0 = $after[0] AND r.k1 > $after[1])][0..$limit] AS page
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
