// Document MENTIONS every official, organisation and directive it names.
// Relationships are CREATEd: the document's earlier assertions were retracted in this transaction
// and rows.ts emits each (type, from, to) once per document, so this equals MERGE on
// (endpoints, type, doc) without scanning the parallel relationships other documents asserted.
UNWIND $mentionsOfficial AS row
MATCH (a:Document {id: row.from})
MATCH (b:Official {key: row.to})
CREATE (a)-[r:MENTIONS {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);

UNWIND $mentionsOrganization AS row
MATCH (a:Document {id: row.from})
MATCH (b:Organization {key: row.to})
CREATE (a)-[r:MENTIONS {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);

UNWIND $mentionsDirective AS row
MATCH (a:Document {id: row.from})
MATCH (b:Directive {key: row.to})
CREATE (a)-[r:MENTIONS {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);
