// Included by the by-key queries (see src/api/template.ts): the map of supervision `s` with
// the fields the request selects, as api-supervisions-by-key.cypher projects them (same
// orders). Optional entries start with their comma, so any subset is valid Cypher.
s {
  .key, .kind, .date
//#if supFull
  , .delegation, .topic
//#end
//#if supConductors
  , conductors: COLLECT {
    MATCH (so:Organization)-[:CONDUCTED]->(s)
    WITH DISTINCT so ORDER BY so.name, so.key
//#if supOrgFull
    RETURN so {.key, .name, .kind, .level, .jurisdiction}
//#else
    RETURN so {.key, .name}
//#end
  }
//#end
//#if supLeader
  , leader: head(COLLECT {
    MATCH (sp:Official)-[:LED]->(s)
    WITH DISTINCT sp ORDER BY sp.name, sp.key
//#if supOfficialFull
    RETURN sp {.key, .name, .jurisdiction} LIMIT 1
//#else
    RETURN sp {.key, .name} LIMIT 1
//#end
  })
//#end
//#if supParticipants
  , participants: COLLECT {
    MATCH (sp:Official)-[:TOOK_PART]->(s)
    WITH DISTINCT sp ORDER BY sp.name, sp.key
//#if supOfficialFull
    RETURN sp {.key, .name, .jurisdiction}
//#else
    RETURN sp {.key, .name}
//#end
  }
//#end
//#if supHosts
  , hosts: COLLECT {
    MATCH (sp:Official)-[:HOSTED]->(s)
    WITH DISTINCT sp ORDER BY sp.name, sp.key
//#if supOfficialFull
    RETURN sp {.key, .name, .jurisdiction}
//#else
    RETURN sp {.key, .name}
//#end
  }
//#end
//#if supTargets
  , targets: COLLECT {
    MATCH (s)-[:TARGETED]->(so:Organization)
    WITH DISTINCT so ORDER BY so.name, so.key
//#if supOrgFull
    RETURN so {.key, .name, .kind, .level, .jurisdiction}
//#else
    RETURN so {.key, .name}
//#end
  }
//#end
//#if supDirectives
  , directives: COLLECT {
    MATCH (s)-[:UNDER]->(x:Directive)
    WITH DISTINCT x ORDER BY x.date, x.symbol, x.key
//#if supDirectiveFull
    RETURN x {.key, .symbol, .type, .date, .subject, .jurisdiction}
//#else
    RETURN x {.key, .symbol}
//#end
  }
//#end
//#if supEvidence
  , evidence: COLLECT {
    MATCH (doc:Document)-[r:REPORTS]->(s)
    WHERE r.doc = doc.id AND r.start IS NOT NULL AND r.end IS NOT NULL
    WITH doc, r ORDER BY doc.id, r.start, r.end
    RETURN {
      quote: substring(doc.text, r.start, r.end - r.start), start: r.start, end: r.end,
      document: doc {.id, .title, .source, .jurisdiction, .eventDate, .author}
    }
  }
//#end
}
