// Every relationship a batch asserts, after its nodes are merged (cypher/load-documents.cypher
// and the other node files return their element ids): row.a and row.b are the endpoints' element
// ids, row.doc the asserting document, row.start/row.end where its text says it (docs/GRAPH.md).
// Relationships are CREATEd: the document's earlier assertions were retracted in this transaction
// and rows.ts emits each (type, from, to) once per document, so this equals MERGE on
// (endpoints, type, doc) without scanning the parallel relationships other documents asserted.
// Endpoints by element id, not by key: in a writing query an index seek on a constrained key also
// locks the key, and those seeks were a fifth of Neo4j's CPU per document.
CYPHER replan=skip
UNWIND $partOf AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[:PART_OF {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $orgIn AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[:IN {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $holds AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[:HOLDS {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end),
                    asOf: row.asOf, docDate: row.docDate}]->(b);

CYPHER replan=skip
UNWIND $roleOf AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[:OF {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $issued AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[:ISSUED {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $implementsRels AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[:IMPLEMENTS {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end),
                    inferred: row.inferred}]->(b);

CYPHER replan=skip
UNWIND $conducted AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[:CONDUCTED {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $led AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[:LED {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $tookPart AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[:TOOK_PART {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $hosted AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[:HOSTED {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $targeted AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[:TARGETED {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $under AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[:UNDER {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $reports AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[:REPORTS {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $mentionsOfficial AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[:MENTIONS {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $mentionsOrganization AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[:MENTIONS {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $mentionsDirective AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[:MENTIONS {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);
