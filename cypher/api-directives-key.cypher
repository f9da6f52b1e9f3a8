// Root field by key: api-directives.cypher started from the Directive key index ($key is
// never ''), so a lookup touches one node instead of scanning every Directive. Same
// params, filters and result shape as api-directives.cypher; keep them in step.
// Each item also carries, under `pre`, the nested fields the GraphQL selection asks for
// ($with* flags, set by the API from the selection set), so the request costs one round trip:
// a part is null when not asked for (its field resolver then uses the loaders), and the flag
// tested inside each subquery keeps an unasked part from touching the graph. Supervision
// sub-fields follow the $sup* flags (same projection as api-supervisions.cypher; the
// properties not asked for, $sup*Full false, left out, as the answer's size is most of a
// request's cost). The parts are subqueries in WITH clauses (not in CASE or map
// expressions) so that they are planned as Apply operators rather than as nested plans
// evaluated one by one.
MATCH (d:Directive {key: $key})
WHERE (size($symbolForms) = 0 OR toLower(d.symbolNorm) IN $symbolForms
       OR toLower(replace(d.symbol, " ", "")) IN $symbolForms)
  AND ($type = '' OR toLower(d.type) = $type)
  AND ($issuer = '' OR EXISTS {
    MATCH (o:Organization)-[:ISSUED]->(d) WHERE o.nameFolded CONTAINS $issuer
  })
  AND ($from = '' OR (d.date IS NOT NULL AND d.date >= $from))
  AND ($to = '' OR (d.date IS NOT NULL AND d.date <= $to))
WITH d, coalesce(d.date, '') AS k0, d.key AS k1
ORDER BY k0 DESC, k1 ASC
WITH collect({d: d, k0: k0, k1: k1}) AS rows
WITH size(rows) AS totalCount,
     [r IN rows WHERE size($after) = 0 OR r.k0 < $after[0] OR (r.k0 = $after[0] AND r.k1 > $after[1])][0..$limit] AS page
CALL (page) {
  UNWIND page AS row
  WITH row, row.d AS d
  CALL (d) {
    MATCH (s:Supervision)-[:UNDER]->(d) WHERE $withSupervisions
    WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key
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
  WITH row, d, supervisions,
    COLLECT {
      MATCH (o:Organization)-[:ISSUED]->(d) WHERE $withIssuer
      WITH DISTINCT o ORDER BY o.name, o.key
      RETURN o {.key, .name, .kind, .level, .jurisdiction} LIMIT 1
    } AS issuer,
    COLLECT {
      MATCH (d)-[:IMPLEMENTS]->(x:Directive) WHERE $withImplements
      WITH DISTINCT x ORDER BY coalesce(x.date, '') DESC, x.key
      RETURN x {.key, .symbol, .type, .date, .subject, .jurisdiction}
    } AS implements,
    COLLECT {
      MATCH (x:Directive)-[:IMPLEMENTS]->(d) WHERE $withImplementedBy
      WITH DISTINCT x ORDER BY coalesce(x.date, '') DESC, x.key
      RETURN x {.key, .symbol, .type, .date, .subject, .jurisdiction}
    } AS implementedBy,
    COLLECT {
      MATCH (d)-[r]-() WHERE $withCitedBy AND r.doc IS NOT NULL
      WITH DISTINCT r.doc AS id
      MATCH (doc:Document {id: id})
      WITH doc ORDER BY coalesce(doc.eventDate, '') DESC, doc.id
      RETURN doc {.id, .title, .source, .jurisdiction, .eventDate, .author}
    } AS citedBy,
    COLLECT {
      MATCH p = (d)-[:IMPLEMENTS*1..10]->(:Directive)
      WHERE $withLineage AND $lineageUp AND length(p) <= $lineageDepth
      WITH last(relationships(p)) AS r, length(p) AS dist
      WITH startNode(r) AS a, endNode(r) AS b, min(dist) AS dist, collect(coalesce(r.inferred, false)) AS flags
      ORDER BY dist, a.key, b.key
      RETURN {
        from: a {.key, .symbol, .type, .date, .subject, .jurisdiction},
        to: b {.key, .symbol, .type, .date, .subject, .jurisdiction},
        depth: dist, inferred: all(i IN flags WHERE i)
      }
    } AS up,
    COLLECT {
      MATCH p = (d)<-[:IMPLEMENTS*1..10]-(:Directive)
      WHERE $withLineage AND $lineageDown AND length(p) <= $lineageDepth
      WITH last(relationships(p)) AS r, length(p) AS dist
      WITH startNode(r) AS a, endNode(r) AS b, min(dist) AS dist, collect(coalesce(r.inferred, false)) AS flags
      ORDER BY dist, a.key, b.key
      RETURN {
        from: a {.key, .symbol, .type, .date, .subject, .jurisdiction},
        to: b {.key, .symbol, .type, .date, .subject, .jurisdiction},
        depth: dist, inferred: all(i IN flags WHERE i)
      }
    } AS down
  RETURN collect({
    sortKey: [row.k0, row.k1],
    node: d {.key, .symbol, .type, .date, .subject, .jurisdiction},
    pre: {
      issuer: CASE WHEN $withIssuer THEN [head(issuer)] END,
      implements: CASE WHEN $withImplements THEN implements END,
      implementedBy: CASE WHEN $withImplementedBy THEN implementedBy END,
      citedBy: CASE WHEN $withCitedBy THEN citedBy END,
      lineage: CASE WHEN $withLineage THEN up + down END,
      supervisions: CASE WHEN $withSupervisions THEN supervisions END
    }
  }) AS items
}
RETURN totalCount, items
