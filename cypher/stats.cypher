// Graph counts for `kg stats`. Node and relationship totals come from the count store.
MATCH (n) RETURN count(n) AS count;

MATCH ()-[r]->() RETURN count(r) AS count;

CALL db.labels() YIELD label
CALL {
  WITH label
  MATCH (n:$(label))
  RETURN count(n) AS count
}
RETURN label AS name, count;

CALL db.relationshipTypes() YIELD relationshipType AS type
CALL {
  WITH type
  MATCH ()-[r:$(type)]->()
  RETURN count(r) AS count
}
RETURN type AS name, count;
