// Supervisions and everything around them.
// Relationships are CREATEd: the document's earlier assertions were retracted in this transaction
// and rows.ts emits each (type, from, to) once per document, so this equals MERGE on
// (endpoints, type, doc) without scanning the parallel relationships other documents asserted.
// CYPHER replan=skip: every lookup is by a constrained key or a hinted index, so the plan
// made on an empty graph stays right; replanning while the graph grows only cost CPU.
CYPHER replan=skip
UNWIND $supervisions AS row
MERGE (s:Supervision {key: row.key})
ON CREATE SET s.kind = row.kind, s.date = row.date
SET s.delegation = coalesce(row.delegation, s.delegation),
    s.topic = coalesce(row.topic, s.topic);

CYPHER replan=skip
UNWIND $conducted AS row
MATCH (a:Organization {key: row.from})
MATCH (b:Supervision {key: row.to})
CREATE (a)-[:CONDUCTED {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $led AS row
MATCH (a:Official {key: row.from})
MATCH (b:Supervision {key: row.to})
CREATE (a)-[:LED {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $tookPart AS row
MATCH (a:Official {key: row.from})
MATCH (b:Supervision {key: row.to})
CREATE (a)-[:TOOK_PART {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $hosted AS row
MATCH (a:Official {key: row.from})
MATCH (b:Supervision {key: row.to})
CREATE (a)-[:HOSTED {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $targeted AS row
MATCH (a:Supervision {key: row.from})
MATCH (b:Organization {key: row.to})
CREATE (a)-[:TARGETED {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $under AS row
MATCH (a:Supervision {key: row.from})
MATCH (b:Directive {key: row.to})
CREATE (a)-[:UNDER {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $reports AS row
MATCH (a:Document {id: row.from})
MATCH (b:Supervision {key: row.to})
CREATE (a)-[:REPORTS {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);
