// Supervisions and everything around them.
// Relationships are CREATEd: the document's earlier assertions were retracted in this transaction
// and rows.ts emits each (type, from, to) once per document, so this equals MERGE on
// (endpoints, type, doc) without scanning the parallel relationships other documents asserted.
UNWIND $supervisions AS row
MERGE (s:Supervision {key: row.key})
ON CREATE SET s.kind = row.kind, s.date = row.date
SET s.delegation = coalesce(row.delegation, s.delegation),
    s.topic = coalesce(row.topic, s.topic);

UNWIND $conducted AS row
MATCH (a:Organization {key: row.from})
MATCH (b:Supervision {key: row.to})
CREATE (a)-[r:CONDUCTED {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);

UNWIND $led AS row
MATCH (a:Official {key: row.from})
MATCH (b:Supervision {key: row.to})
CREATE (a)-[r:LED {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);

UNWIND $tookPart AS row
MATCH (a:Official {key: row.from})
MATCH (b:Supervision {key: row.to})
CREATE (a)-[r:TOOK_PART {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);

UNWIND $hosted AS row
MATCH (a:Official {key: row.from})
MATCH (b:Supervision {key: row.to})
CREATE (a)-[r:HOSTED {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);

UNWIND $targeted AS row
MATCH (a:Supervision {key: row.from})
MATCH (b:Organization {key: row.to})
CREATE (a)-[r:TARGETED {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);

UNWIND $under AS row
MATCH (a:Supervision {key: row.from})
MATCH (b:Directive {key: row.to})
CREATE (a)-[r:UNDER {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);

UNWIND $reports AS row
MATCH (a:Document {id: row.from})
MATCH (b:Supervision {key: row.to})
CREATE (a)-[r:REPORTS {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);
