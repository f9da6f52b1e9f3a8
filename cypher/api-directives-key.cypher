// Root field `directive(key)`: the directive from the Directive key index (filters as in
// api-directives.cypher, for `symbol` given with `key`), with the nested fields the GraphQL
// selection asks for, so the request costs one round trip. A template (src/api/template.ts):
// the API keeps only the parts the selection names, so an unasked part is neither planned nor
// run, and its key is absent from the map (its field resolver then uses the loaders). Nested
// nodes carry only key and symbol (or name) unless the selection asks for more (*Full flags),
// as the answer's size is much of a request's cost. Params: $args {key, symbolForms, type,
// issuer, from, to, lineageDepth}.
MATCH (d:Directive {key: $args.key})
WHERE (size($args.symbolForms) = 0 OR toLower(d.symbolNorm) IN $args.symbolForms
       OR toLower(replace(d.symbol, " ", "")) IN $args.symbolForms)
  AND ($args.type = '' OR toLower(d.type) = $args.type)
  AND ($args.issuer = '' OR EXISTS {
    MATCH (o:Organization)-[:ISSUED]->(d) WHERE o.nameFolded CONTAINS $args.issuer
  })
  AND ($args.from = '' OR (d.date IS NOT NULL AND d.date >= $args.from))
  AND ($args.to = '' OR (d.date IS NOT NULL AND d.date <= $args.to))
// The lineage, breadth-first: one step per level up to $args.lineageDepth
// (cypher/api-part-lineage-*-levels.cypher), in CALL subqueries before the projection (an
// aggregation inside a projected COLLECT is refused).
//#if lineageUp
CALL (d) {
  WITH $args.lineageDepth AS maxDepth, [d] AS seen, [d] AS frontier, 0 AS near, [] AS links
//#include api-part-lineage-up-levels
  RETURN links AS lineageUp
}
//#end
//#if lineageDown
CALL (d) {
  WITH $args.lineageDepth AS maxDepth, [d] AS seen, [d] AS frontier, 0 AS near, [] AS links
//#include api-part-lineage-down-levels
  RETURN links AS lineageDown
}
//#end
RETURN d {
  .key, .symbol, .type, .date, .subject, .jurisdiction
//#if withSupervisions
  , supervisions: COLLECT {
    MATCH (s:Supervision)-[:UNDER]->(d)
    WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key
    RETURN
//#include api-part-supervision
  }
//#end
//#if withIssuer
  , issuer: head(COLLECT {
    MATCH (o:Organization)-[:ISSUED]->(d)
    WITH DISTINCT o ORDER BY o.name, o.key
//#if issuerFull
    RETURN o {.key, .name, .kind, .level, .jurisdiction} LIMIT 1
//#else
    RETURN o {.key, .name} LIMIT 1
//#end
  })
//#end
//#if withImplements
  , implements: COLLECT {
    MATCH (d)-[:IMPLEMENTS]->(x:Directive)
    WITH DISTINCT x ORDER BY coalesce(x.date, '') DESC, x.key
//#if implementsFull
    RETURN x {.key, .symbol, .type, .date, .subject, .jurisdiction}
//#else
    RETURN x {.key, .symbol}
//#end
  }
//#end
//#if withImplementedBy
  , implementedBy: COLLECT {
    MATCH (x:Directive)-[:IMPLEMENTS]->(d)
    WITH DISTINCT x ORDER BY coalesce(x.date, '') DESC, x.key
//#if implementedByFull
    RETURN x {.key, .symbol, .type, .date, .subject, .jurisdiction}
//#else
    RETURN x {.key, .symbol}
//#end
  }
//#end
//#if withCitedBy
  , citedBy: COLLECT {
    MATCH (d)-[r]-() WHERE r.doc IS NOT NULL
    WITH DISTINCT r.doc AS id
    MATCH (doc:Document {id: id})
    WITH doc ORDER BY coalesce(doc.eventDate, '') DESC, doc.id
    RETURN doc {.id, .title, .source, .jurisdiction, .eventDate, .author}
  }
//#end
//#if lineageUp
  , lineageUp: lineageUp
//#end
//#if lineageDown
  , lineageDown: lineageDown
//#end
} AS node
