// Supervisions and everything around them.
UNWIND $supervisions AS row
MERGE (s:Supervision {key: row.key})
ON CREATE SET s.kind = row.kind, s.date = row.date
SET s.delegation = coalesce(row.delegation, s.delegation),
    s.topic = coalesce(row.topic, s.topic);

UNWIND $conducted AS row
MATCH (a:Organization {key: row.from})
MATCH (b:Supervision {key: row.to})
MERGE (a)-[r:CONDUCTED {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);

UNWIND $led AS row
MATCH (a:Official {key: row.from})
MATCH (b:Supervision {key: row.to})
MERGE (a)-[r:LED {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);

UNWIND $tookPart AS row
MATCH (a:Official {key: row.from})
MATCH (b:Supervision {key: row.to})
MERGE (a)-[r:TOOK_PART {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);

UNWIND $hosted AS row
MATCH (a:Official {key: row.from})
MATCH (b:Supervision {key: row.to})
MERGE (a)-[r:HOSTED {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);

UNWIND $targeted AS row
MATCH (a:Supervision {key: row.from})
MATCH (b:Organization {key: row.to})
MERGE (a)-[r:TARGETED {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);

UNWIND $under AS row
MATCH (a:Supervision {key: row.from})
MATCH (b:Directive {key: row.to})
MERGE (a)-[r:UNDER {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);

UNWIND $reports AS row
MATCH (a:Document {id: row.from})
MATCH (b:Supervision {key: row.to})
MERGE (a)-[r:REPORTS {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);
