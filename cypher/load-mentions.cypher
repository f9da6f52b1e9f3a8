// Document MENTIONS every official, organisation and directive it names.
// Relationships are CREATEd: the document's earlier assertions were retracted in this transaction
// and rows.ts emits each (type, from, to) once per document, so this equals MERGE on
// (endpoints, type, doc) without scanning the parallel relationships other documents asserted.
// CYPHER replan=skip: every lookup is by a constrained key or a hinted index, so the plan
// made on an empty graph stays right; replanning while the graph grows only cost CPU.
CYPHER replan=skip
UNWIND $mentionsOfficial AS row
MATCH (a:Document {id: row.from})
MATCH (b:Official {key: row.to})
CREATE (a)-[:MENTIONS {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $mentionsOrganization AS row
MATCH (a:Document {id: row.from})
MATCH (b:Organization {key: row.to})
CREATE (a)-[:MENTIONS {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $mentionsDirective AS row
MATCH (a:Document {id: row.from})
MATCH (b:Directive {key: row.to})
CREATE (a)-[:MENTIONS {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);
