// Officials, roles, HOLDS (dated by asOf) and OF.
// Relationships are CREATEd: the document's earlier assertions were retracted in this transaction
// and rows.ts emits each (type, from, to) once per document, so this equals MERGE on
// (endpoints, type, doc) without scanning the parallel relationships other documents asserted.
// CYPHER replan=skip: every lookup is by a constrained key or a hinted index, so the plan
// made on an empty graph stays right; replanning while the graph grows only cost CPU.
CYPHER replan=skip
UNWIND $officials AS row
MERGE (o:Official {key: row.key})
ON CREATE SET o.name = row.name, o.nameFolded = row.nameFolded, o.searchText = row.searchText,
              o.jurisdiction = row.jurisdiction;

CYPHER replan=skip
UNWIND $roles AS row
MERGE (r:Role {key: row.key})
ON CREATE SET r.title = row.title;

CYPHER replan=skip
UNWIND $holds AS row
MATCH (a:Official {key: row.from})
MATCH (b:Role {key: row.to})
CREATE (a)-[:HOLDS {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end),
                    asOf: row.asOf, docDate: row.docDate}]->(b);

CYPHER replan=skip
UNWIND $roleOf AS row
MATCH (a:Role {key: row.from})
MATCH (b:Organization {key: row.to})
CREATE (a)-[:OF {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);
