// Root field `supervisions` with a `directive` filter ($args.directiveForms is never []): the
// supervisions under the matching directives (few) instead of every Supervision tested for a
// directive. Same params, other filters, sort, page and projection as api-supervisions.cypher;
// keep them in step.
MATCH (d:Directive)
WHERE toLower(d.symbolNorm) IN $args.directiveForms OR toLower(replace(d.symbol, " ", "")) IN $args.directiveForms
MATCH (s:Supervision)-[:UNDER]->(d)
WITH DISTINCT s
WHERE ($args.key = '' OR s.key = $args.key)
  AND ($args.kind = '' OR s.kind = $args.kind)
  AND ($args.from = '' OR (s.date IS NOT NULL AND s.date >= $args.from))
  AND ($args.to = '' OR (s.date IS NOT NULL AND s.date <= $args.to))
  AND ($args.conductor = '' OR EXISTS {
    MATCH (o:Organization)-[:CONDUCTED]->(s) WHERE o.nameFolded CONTAINS $args.conductor
  })
  AND ($args.target = '' OR EXISTS {
    MATCH (s)-[:TARGETED]->(o:Organization) WHERE o.nameFolded CONTAINS $args.target
  })
  AND ($args.official = '' OR EXISTS {
    MATCH (p:Official)-[:LED|TOOK_PART|HOSTED]->(s) WHERE p.nameFolded CONTAINS $args.official
  })
  AND ($args.place = '' OR EXISTS {
    MATCH (s)-[:TARGETED]-(o:Organization)
    WHERE o.nameFolded CONTAINS $args.place OR toLower(o.jurisdiction) = $args.placeLower
       OR EXISTS { MATCH (o)-[:IN]->(pl:Place) WHERE toLower(pl.name) = $args.placeLower }
  } OR EXISTS {
    MATCH (o:Organization)-[:CONDUCTED]->(s)
    WHERE o.nameFolded CONTAINS $args.place OR toLower(o.jurisdiction) = $args.placeLower
       OR EXISTS { MATCH (o)-[:IN]->(pl:Place) WHERE toLower(pl.name) = $args.placeLower }
  } OR EXISTS {
    MATCH (doc:Document)-[:REPORTS]->(s) WHERE toLower(doc.jurisdiction) = $args.placeLower
  })
WITH s, coalesce(s.date, '') AS k0, s.key AS k1
ORDER BY k0 DESC, k1 ASC
WITH collect({s: s, k0: k0, k1: k1}) AS rows
WITH size(rows) AS totalCount,
     [r IN rows WHERE size($args.after) = 0 OR r.k0 < $args.after[0] OR (r.k0 = $args.after[0] AND r.k1 > $args.after[1])][0..$args.limit] AS page
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
