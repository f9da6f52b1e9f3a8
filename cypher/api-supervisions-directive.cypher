// Root field `supervisions` with a `directive` filter ($directiveForms is never []): the
// supervisions under the matching directives (few) instead of every Supervision tested for a
// directive. Same params, other filters, sort, page and projection as api-supervisions.cypher;
// keep them in step.
MATCH (d:Directive)
WHERE toLower(d.symbolNorm) IN $directiveForms OR toLower(replace(d.symbol, " ", "")) IN $directiveForms
MATCH (s:Supervision)-[:UNDER]->(d)
WITH DISTINCT s
WHERE ($key = '' OR s.key = $key)
  AND ($kind = '' OR s.kind = $kind)
  AND ($from = '' OR (s.date IS NOT NULL AND s.date >= $from))
  AND ($to = '' OR (s.date IS NOT NULL AND s.date <= $to))
  AND ($conductor = '' OR EXISTS {
    MATCH (o:Organization)-[:CONDUCTED]->(s) WHERE o.nameFolded CONTAINS $conductor
  })
  AND ($target = '' OR EXISTS {
    MATCH (s)-[:TARGETED]->(o:Organization) WHERE o.nameFolded CONTAINS $target
  })
  AND ($official = '' OR EXISTS {
    MATCH (p:Official)-[:LED|TOOK_PART|HOSTED]->(s) WHERE p.nameFolded CONTAINS $official
  })
  AND ($place = '' OR EXISTS {
    MATCH (s)-[:TARGETED]-(o:Organization)
    WHERE o.nameFolded CONTAINS $place OR toLower(o.jurisdiction) = $placeLower
       OR EXISTS { MATCH (o)-[:IN]->(pl:Place) WHERE toLower(pl.name) = $placeLower }
  } OR EXISTS {
    MATCH (o:Organization)-[:CONDUCTED]->(s)
    WHERE o.nameFolded CONTAINS $place OR toLower(o.jurisdiction) = $placeLower
       OR EXISTS { MATCH (o)-[:IN]->(pl:Place) WHERE toLower(pl.name) = $placeLower }
  } OR EXISTS {
    MATCH (doc:Document)-[:REPORTS]->(s) WHERE toLower(doc.jurisdiction) = $placeLower
  })
WITH s, coalesce(s.date, '') AS k0, s.key AS k1
ORDER BY k0 DESC, k1 ASC
WITH collect({s: s, k0: k0, k1: k1}) AS rows
WITH size(rows) AS totalCount,
     [r IN rows WHERE size($after) = 0 OR r.k0 < $after[0] OR (r.k0 = $after[0] AND r.k1 > $after[1])][0..$limit] AS page
CALL (page) {
  UNWIND page AS r
  WITH r.s AS s, [r.k0, r.k1] AS sortKey
  WITH sortKey, s {
      .key, .kind, .date, .delegation, .topic,
      conductors: COLLECT {
        MATCH (o:Organization)-[:CONDUCTED]->(s)
        WITH DISTINCT o ORDER BY o.name, o.key
        RETURN o {.key, .name, .kind, .level, .jurisdiction}
      },
      leader: head(COLLECT {
        MATCH (p:Official)-[:LED]->(s)
        WITH DISTINCT p ORDER BY p.name, p.key
        RETURN p {.key, .name, .jurisdiction}
      }),
      participants: COLLECT {
        MATCH (p:Official)-[:TOOK_PART]->(s)
        WITH DISTINCT p ORDER BY p.name, p.key
        RETURN p {.key, .name, .jurisdiction}
      },
      hosts: COLLECT {
        MATCH (p:Official)-[:HOSTED]->(s)
        WITH DISTINCT p ORDER BY p.name, p.key
        RETURN p {.key, .name, .jurisdiction}
      },
      targets: COLLECT {
        MATCH (s)-[:TARGETED]->(o:Organization)
        WITH DISTINCT o ORDER BY o.name, o.key
        RETURN o {.key, .name, .kind, .level, .jurisdiction}
      },
      directives: COLLECT {
        MATCH (s)-[:UNDER]->(d:Directive)
        WITH DISTINCT d ORDER BY d.date, d.symbol, d.key
        RETURN d {.key, .symbol, .type, .date, .subject, .jurisdiction}
      },
      evidence: COLLECT {
        MATCH (doc:Document)-[r:REPORTS]->(s)
        WHERE r.doc = doc.id AND r.start IS NOT NULL AND r.end IS NOT NULL
        WITH doc, r ORDER BY doc.id, r.start, r.end
        RETURN {
          quote: substring(doc.text, r.start, r.end - r.start), start: r.start, end: r.end,
          document: doc {.id, .title, .source, .jurisdiction, .eventDate, .author}
        }
      }
    } AS node
  RETURN collect({sortKey: sortKey, node: node}) AS items
}
RETURN totalCount, items
