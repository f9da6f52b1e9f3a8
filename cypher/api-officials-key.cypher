// Root field by key: api-officials.cypher started from the Official key index ($key is
// never ''), so a lookup touches one node instead of scanning every Official. Same
// params, filters and result shape as api-officials.cypher; keep them in step.
// Each item also carries, under `pre`, the nested fields the GraphQL selection asks for
// ($with* flags, set by the API from the selection set), so the request costs one round trip:
// a part is null when not asked for (its field resolver then uses the loaders), and the flag
// tested inside each subquery keeps an unasked part from touching the graph. The parts are
// subqueries in WITH clauses (not in CASE or map expressions) so that they are planned as
// Apply operators rather than as nested plans evaluated one by one. The supervisions of
// every list are projected once, under `supervisions`, following the $sup* flags (same
// projection as api-supervisions.cypher; the properties not asked for, $sup*Full false, left
// out, as the answer's size is most of a request's cost); the lists hold their keys.
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
  WITH p, sortKey,
    COLLECT {
      MATCH (p)-[:LED]->(s:Supervision) WHERE $withLed
      WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key RETURN s
    } AS led,
    COLLECT {
      MATCH (p)-[:TOOK_PART]->(s:Supervision) WHERE $withJoined
      WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key RETURN s
    } AS joined,
    COLLECT {
      MATCH (p)-[:HOSTED]->(s:Supervision) WHERE $withHosted
      WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key RETURN s
    } AS hosted,
    COLLECT {
      MATCH (p)-[h:HOLDS]->(r:Role) WHERE $withRoles
      OPTIONAL MATCH (doc:Document {id: h.doc}) WHERE $rolesEvidence
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
    } AS roles
  CALL (led, joined, hosted) {
    UNWIND led + joined + hosted AS s
    WITH DISTINCT s
    WITH s,
      COLLECT {
        MATCH (so:Organization)-[:CONDUCTED]->(s) WHERE $supConductors
        WITH DISTINCT so ORDER BY so.name, so.key
        RETURN CASE WHEN $supOrgFull THEN so {.key, .name, .kind, .level, .jurisdiction} ELSE so {.key, .name} END
      } AS conductors,
      COLLECT {
        MATCH (sp:Official)-[:LED]->(s) WHERE $supLeader
        WITH DISTINCT sp ORDER BY sp.name, sp.key
        RETURN CASE WHEN $supOfficialFull THEN sp {.key, .name, .jurisdiction} ELSE sp {.key, .name} END LIMIT 1
      } AS leader,
      COLLECT {
        MATCH (sp:Official)-[:TOOK_PART]->(s) WHERE $supParticipants
        WITH DISTINCT sp ORDER BY sp.name, sp.key
        RETURN CASE WHEN $supOfficialFull THEN sp {.key, .name, .jurisdiction} ELSE sp {.key, .name} END
      } AS participants,
      COLLECT {
        MATCH (sp:Official)-[:HOSTED]->(s) WHERE $supHosts
        WITH DISTINCT sp ORDER BY sp.name, sp.key
        RETURN CASE WHEN $supOfficialFull THEN sp {.key, .name, .jurisdiction} ELSE sp {.key, .name} END
      } AS hosts,
      COLLECT {
        MATCH (s)-[:TARGETED]->(so:Organization) WHERE $supTargets
        WITH DISTINCT so ORDER BY so.name, so.key
        RETURN CASE WHEN $supOrgFull THEN so {.key, .name, .kind, .level, .jurisdiction} ELSE so {.key, .name} END
      } AS targets,
      COLLECT {
        MATCH (s)-[:UNDER]->(x:Directive) WHERE $supDirectives
        WITH DISTINCT x ORDER BY x.date, x.symbol, x.key
        RETURN x {.key, .symbol, .type, .date, .subject, .jurisdiction}
      } AS directives,
      COLLECT {
        MATCH (doc:Document)-[r:REPORTS]->(s)
        WHERE $supEvidence AND r.doc = doc.id AND r.start IS NOT NULL AND r.end IS NOT NULL
        WITH doc, r ORDER BY doc.id, r.start, r.end
        RETURN {
          quote: substring(doc.text, r.start, r.end - r.start), start: r.start, end: r.end,
          document: doc {.id, .title, .source, .jurisdiction, .eventDate, .author}
        }
      } AS evidence
    WITH s {
      .key, .kind, .date,
      delegation: CASE WHEN $supFull THEN s.delegation END,
      topic: CASE WHEN $supFull THEN s.topic END,
      conductors: conductors, leader: head(leader), participants: participants, hosts: hosts,
      targets: targets, directives: directives,
      evidence: CASE WHEN $supEvidence THEN evidence END
    } AS sup
    RETURN collect(sup) AS supervisions
  }
  RETURN collect({
    sortKey: sortKey,
    node: p {.key, .name, .jurisdiction, roles: CASE WHEN $withRoles THEN roles END},
    pre: {
      led: CASE WHEN $withLed THEN [s IN led | s.key] END,
      joined: CASE WHEN $withJoined THEN [s IN joined | s.key] END,
      hosted: CASE WHEN $withHosted THEN [s IN hosted | s.key] END,
      supervisions: supervisions
    }
  }) AS items
}
RETURN totalCount, items
