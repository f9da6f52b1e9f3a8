// Retracts what documents asserted: every relationship with doc IN $batch.ids, type by type (each
// uses its relationship index on doc, named by a hint so the plan cannot depend on the graph's
// statistics). Returns the endpoints, checked for orphans afterwards.
// CYPHER replan=skip: every lookup is by a constrained key or a hinted index, so the plan
// made on an empty graph stays right; replanning while the graph grows only cost CPU.
CYPHER replan=skip
UNWIND $batch.ids AS id
MATCH (a)-[r:HOLDS {doc: id}]->(b)
USING INDEX r:HOLDS(doc)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

CYPHER replan=skip
UNWIND $batch.ids AS id
MATCH (a)-[r:OF {doc: id}]->(b)
USING INDEX r:OF(doc)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

CYPHER replan=skip
UNWIND $batch.ids AS id
MATCH (a)-[r:PART_OF {doc: id}]->(b)
USING INDEX r:PART_OF(doc)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

CYPHER replan=skip
UNWIND $batch.ids AS id
MATCH (a)-[r:IN {doc: id}]->(b)
USING INDEX r:IN(doc)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

CYPHER replan=skip
UNWIND $batch.ids AS id
MATCH (a)-[r:CONDUCTED {doc: id}]->(b)
USING INDEX r:CONDUCTED(doc)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

CYPHER replan=skip
UNWIND $batch.ids AS id
MATCH (a)-[r:LED {doc: id}]->(b)
USING INDEX r:LED(doc)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

CYPHER replan=skip
UNWIND $batch.ids AS id
MATCH (a)-[r:TOOK_PART {doc: id}]->(b)
USING INDEX r:TOOK_PART(doc)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

CYPHER replan=skip
UNWIND $batch.ids AS id
MATCH (a)-[r:HOSTED {doc: id}]->(b)
USING INDEX r:HOSTED(doc)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

CYPHER replan=skip
UNWIND $batch.ids AS id
MATCH (a)-[r:TARGETED {doc: id}]->(b)
USING INDEX r:TARGETED(doc)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

CYPHER replan=skip
UNWIND $batch.ids AS id
MATCH (a)-[r:UNDER {doc: id}]->(b)
USING INDEX r:UNDER(doc)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

CYPHER replan=skip
UNWIND $batch.ids AS id
MATCH (a)-[r:ISSUED {doc: id}]->(b)
USING INDEX r:ISSUED(doc)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

CYPHER replan=skip
UNWIND $batch.ids AS id
MATCH (a)-[r:IMPLEMENTS {doc: id}]->(b)
USING INDEX r:IMPLEMENTS(doc)
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;

// MENTIONS and REPORTS start at the asserting Document (rows.ts; the directive reconciliation keeps
// the start node and doc), so they are found from that node: no relationship index on their doc.
CYPHER replan=skip
UNWIND $batch.ids AS id
MATCH (a:Document {id: id})-[r:MENTIONS|REPORTS]->(b)
USING INDEX a:Document(id)
WHERE r.doc = id
DELETE r
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS touched;
