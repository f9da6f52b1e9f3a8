// Floor: an official's roles (with asOf and organisation) and the supervisions led and joined.
// Params: $key.
MATCH (p:Official {key: $key})
RETURN p {
  .key, .name, .jurisdiction,
  roles: COLLECT {
    MATCH (p)-[h:HOLDS]->(r:Role)
    WITH DISTINCT r, h.asOf AS asOf ORDER BY asOf, r.title
    RETURN {
      title: r.title, asOf: asOf,
      organization: head(COLLECT { MATCH (r)-[:OF]->(o:Organization) WITH DISTINCT o RETURN o {.key, .name} })
    }
  },
  supervisionsLed: COLLECT {
    MATCH (p)-[:LED]->(s:Supervision) WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key
    RETURN s {.key, .kind, .date}
  },
  supervisionsJoined: COLLECT {
    MATCH (p)-[:TOOK_PART]->(s:Supervision) WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.key
    RETURN s {.key, .kind, .date}
  }
} AS result
