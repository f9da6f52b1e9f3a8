// Root field `organization(key)`: the organisation from the Organization key index, with the
// nested fields the GraphQL selection asks for, so the request costs one round trip. A
// template (src/api/template.ts): the API keeps only the parts the selection names, so an
// unasked part is neither planned nor run, and its key is absent from the map (its field
// resolver then uses the loaders). Nested nodes carry only key and name (or symbol) unless the
// selection asks for more (*Full flags). People: one entry per HOLDS assertion (the API merges
// them). Params: $args {key}.
MATCH (o:Organization {key: $args.key})
RETURN o {
  .key, .name, .kind, .level, .jurisdiction
//#if withParent
  , parent: head(COLLECT {
    MATCH (o)-[:PART_OF]->(x:Organization)
    WITH DISTINCT x ORDER BY x.name, x.key
//#if parentFull
    RETURN x {.key, .name, .kind, .level, .jurisdiction} LIMIT 1
//#else
    RETURN x {.key, .name} LIMIT 1
//#end
  })
//#end
//#if withChildren
  , children: COLLECT {
    MATCH (x:Organization)-[:PART_OF]->(o)
    WITH DISTINCT x ORDER BY x.name, x.key
//#if childrenFull
    RETURN x {.key, .name, .kind, .level, .jurisdiction}
//#else
    RETURN x {.key, .name}
//#end
  }
//#end
//#if withPeople
  , people: COLLECT {
    MATCH (pp:Official)-[h:HOLDS]->(r:Role)-[:OF]->(o)
//#if peopleEvidence
    OPTIONAL MATCH (doc:Document {id: h.doc})
    WITH pp, r, h, doc ORDER BY r.title, h.asOf, pp.name, pp.key, doc.id
//#else
    WITH pp, r, h ORDER BY r.title, h.asOf, pp.name, pp.key
//#end
    RETURN {
//#if peopleOfficialFull
      official: pp {.key, .name, .jurisdiction},
//#else
      official: pp {.key, .name},
//#end
      title: r.title,
      asOf: h.asOf
//#if peopleEvidence
      , evidence: CASE WHEN doc IS NULL OR h.start IS NULL OR h.end IS NULL THEN [] ELSE [{
        quote: substring(doc.text, h.start, h.end - h.start), start: h.start, end: h.end,
        document: doc {.id, .title, .source, .jurisdiction, .eventDate, .author}
      }] END
//#else
      , evidence: []
//#end
    }
  }
//#end
//#if withConducted
  , supervisionsConducted: COLLECT {
    MATCH (o)-[:CONDUCTED]->(s:Supervision)
    WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key
    RETURN
//#include api-part-supervision
  }
//#end
//#if withReceived
  , supervisionsReceived: COLLECT {
    MATCH (s:Supervision)-[:TARGETED]->(o)
    WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key
    RETURN
//#include api-part-supervision
  }
//#end
//#if withIssued
  , directivesIssued: COLLECT {
    MATCH (o)-[:ISSUED]->(d:Directive)
    WITH DISTINCT d ORDER BY coalesce(d.date, '') DESC, d.key
//#if issuedFull
    RETURN d {.key, .symbol, .type, .date, .subject, .jurisdiction}
//#else
    RETURN d {.key, .symbol}
//#end
  }
//#end
} AS node
