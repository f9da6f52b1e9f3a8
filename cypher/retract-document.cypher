// Retracts what documents asserted: every relationship with doc IN $ids, type by type (each
// uses its relationship index on doc). Returns the endpoints, checked for orphans afterwards.
UNWIND $ids AS id
MATCH (a)-[r:HOLDS {doc: id}]->(b)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

UNWIND $ids AS id
MATCH (a)-[r:OF {doc: id}]->(b)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

UNWIND $ids AS id
MATCH (a)-[r:PART_OF {doc: id}]->(b)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

UNWIND $ids AS id
MATCH (a)-[r:IN {doc: id}]->(b)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

UNWIND $ids AS id
MATCH (a)-[r:CONDUCTED {doc: id}]->(b)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

UNWIND $ids AS id
MATCH (a)-[r:LED {doc: id}]->(b)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

UNWIND $ids AS id
MATCH (a)-[r:TOOK_PART {doc: id}]->(b)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

UNWIND $ids AS id
MATCH (a)-[r:HOSTED {doc: id}]->(b)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

UNWIND $ids AS id
MATCH (a)-[r:TARGETED {doc: id}]->(b)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

UNWIND $ids AS id
MATCH (a)-[r:UNDER {doc: id}]->(b)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

UNWIND $ids AS id
MATCH (a)-[r:ISSUED {doc: id}]->(b)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

UNWIND $ids AS id
MATCH (a)-[r:IMPLEMENTS {doc: id}]->(b)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

UNWIND $ids AS id
MATCH (a)-[r:MENTIONS {doc: id}]->(b)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

UNWIND $ids AS id
MATCH (a)-[r:REPORTS {doc: id}]->(b)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

