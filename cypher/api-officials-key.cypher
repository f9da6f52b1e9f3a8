// Root field `official(key)`: the official from the Official key index, with the nested fields
// the GraphQL selection asks for, so the request costs one round trip. A template
// (src/api/template.ts): the API keeps only the parts the selection names, so an unasked part
// is neither planned nor run, and its key is absent from the map (its field resolver then uses
// the loaders). Nested nodes carry only key and name unless the selection asks for more
// (*Full flags). Roles: one entry per HOLDS assertion (the API merges them into a timeline).
// Params: $args {key}.
MATCH (p:Official {key: $args.key})
RETURN p {
  .key, .name, .jurisdiction
//#if withRoles
  , roles: COLLECT {
    MATCH (p)-[h:HOLDS]->(r:Role)
//#if rolesEvidence
    OPTIONAL MATCH (doc:Document {id: h.doc})
    WITH r, h, doc ORDER BY h.asOf, r.title, r.key, doc.id
//#else
    WITH r, h ORDER BY h.asOf, r.title, r.key
//#end
    RETURN {
      title: r.title,
      asOf: h.asOf,
      organization: head(COLLECT {
        MATCH (r)-[:OF]->(o:Organization)
        WITH DISTINCT o ORDER BY o.key
//#if rolesOrgFull
        RETURN o {.key, .name, .kind, .level, .jurisdiction}
//#else
        RETURN o {.key, .name}
//#end
      })
//#if rolesEvidence
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
//#if withLed
  , supervisionsLed: COLLECT {
    MATCH (p)-[:LED]->(s:Supervision)
    WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key
    RETURN
//#include api-part-supervision
  }
//#end
//#if withJoined
  , supervisionsJoined: COLLECT {
    MATCH (p)-[:TOOK_PART]->(s:Supervision)
    WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key
    RETURN
//#include api-part-supervision
  }
//#end
//#if withHosted
  , supervisionsHosted: COLLECT {
    MATCH (p)-[:HOSTED]->(s:Supervision)
    WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key
    RETURN
//#include api-part-supervision
  }
//#end
} AS node
