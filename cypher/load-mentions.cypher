// Document MENTIONS every official, organisation and directive it names.
UNWIND $mentionsOfficial AS row
MATCH (a:Document {id: row.from})
MATCH (b:Official {key: row.to})
MERGE (a)-[r:MENTIONS {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);

UNWIND $mentionsOrganization AS row
MATCH (a:Document {id: row.from})
MATCH (b:Organization {key: row.to})
MERGE (a)-[r:MENTIONS {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);

UNWIND $mentionsDirective AS row
MATCH (a:Document {id: row.from})
MATCH (b:Directive {key: row.to})
MERGE (a)-[r:MENTIONS {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);
