// Root field by key: api-organizations.cypher started from the Organization key index ($key is
// never ''), so a lookup touches one node instead of scanning every Organization. Same
// params, filters and result shape as api-organizations.cypher; keep them in step.
// Each item also carries, under `pre`, the nested fields the GraphQL selection asks for
// ($with* flags, set by the API from the selection set), so the request costs one round trip:
// a part is null when not asked for (its field resolver then uses the loaders), and the flag
// tested inside each subquery keeps an unasked part from touching the graph. The parts are
// subqueries in WITH clauses (not in CASE or map expressions) so that they are planned as
// Apply operators rather than as nested plans evaluated one by one. The supervisions of
// every list are projected once, under `supervisions`, following the $sup* flags (same
// projection as api-supervisions.cypher; the properties not asked for, $sup*Full false, left
// out, as the answer's size is most of a request's cost); the lists hold their keys.
MATCH (o:Organization {key: $key})
WHERE ($name = '' OR o.nameFolded CONTAINS $name)
  AND ($kind = '' OR toLower(o.kind) = $kind)
  AND ($level = '' OR toLower(o.level) = $level)
  AND ($jurisdiction = '' OR toLower(o.jurisdiction) = $jurisdictionLower
       OR o.nameFolded ENDS WITH (' ' + $jurisdiction))
WITH o, coalesce(o.nameFolded, '') AS k0, o.key AS k1
ORDER BY k0 ASC, k1 ASC
WITH collect({o: o, k0: k0, k1: k1}) AS rows
WITH size(rows) AS totalCount,
     [r IN rows WHERE size($after) = 0 OR r.k0 > $after[0] OR (r.k0 = $after[0] AND r.k1 > $after[1])][0..$limit] AS page
CALL (page) {
  UNWIND page AS row
  WITH row, row.o AS o
  WITH row, o,
    COLLECT {
      MATCH (o)-[:CONDUCTED]->(s:Supervision) WHERE $withConducted
      WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key RETURN s
    } AS conducted,
    COLLECT {
      MATCH (s:Supervision)-[:TARGETED]->(o) WHERE $withReceived
      WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key RETURN s
    } AS received,
    COLLECT {
      MATCH (o)-[:PART_OF]->(x:Organization) WHERE $withParent
      WITH DISTINCT x ORDER BY x.name, x.key
      RETURN x {.key, .name, .kind, .level, .jurisdiction} LIMIT 1
    } AS parent,
    COLLECT {
      MATCH (x:Organization)-[:PART_OF]->(o) WHERE $withChildren
      WITH DISTINCT x ORDER BY x.name, x.key
      RETURN x {.key, .name, .kind, .level, .jurisdiction}
    } AS children,
    COLLECT {
      MATCH (p:Official)-[h:HOLDS]->(r:Role)-[:OF]->(o) WHERE $withPeople
      OPTIONAL MATCH (doc:Document {id: h.doc}) WHERE $peopleEvidence
      WITH p, r, h, doc ORDER BY r.title, h.asOf, p.name, p.key, doc.id
      RETURN {
        official: p {.key, .name, .jurisdiction},
        title: r.title,
        asOf: h.asOf,
        evidence: CASE WHEN doc IS NULL OR h.start IS NULL OR h.end IS NULL THEN [] ELSE [{
          quote: substring(doc.text, h.start, h.end - h.start), start: h.start, end: h.end,
          document: doc {.id, .title, .source, .jurisdiction, .eventDate, .author}
        }] END
      }
    } AS people,
    COLLECT {
      MATCH (o)-[:ISSUED]->(d:Directive) WHERE $withIssued
      WITH DISTINCT d ORDER BY coalesce(d.date, '') DESC, d.key
      RETURN d {.key, .symbol, .type, .date, .subject, .jurisdiction}
    } AS issued
  CALL (conducted, received) {
    UNWIND conducted + received AS s
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
    sortKey: [row.k0, row.k1],
    node: o {.key, .name, .kind, .level, .jurisdiction},
    pre: {
      parent: CASE WHEN $withParent THEN [head(parent)] END,
      children: CASE WHEN $withChildren THEN children END,
      people: CASE WHEN $withPeople THEN people END,
      issued: CASE WHEN $withIssued THEN issued END,
      conducted: CASE WHEN $withConducted THEN [s IN conducted | s.key] END,
      received: CASE WHEN $withReceived THEN [s IN received | s.key] END,
      supervisions: supervisions
    }
  }) AS items
}
RETURN totalCount, items
