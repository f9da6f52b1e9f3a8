// Officials, roles, HOLDS (dated by asOf) and OF.
// Relationships are CREATEd: the document's earlier assertions were retracted in this transaction
// and rows.ts emits each (type, from, to) once per document, so this equals MERGE on
// (endpoints, type, doc) without scanning the parallel relationships other documents asserted.
UNWIND $officials AS row
MERGE (o:Official {key: row.key})
ON CREATE SET o.name = row.name, o.nameFolded = row.nameFolded, o.searchText = row.searchText,
              o.jurisdiction = row.jurisdiction;

UNWIND $roles AS row
MERGE (r:Role {key: row.key})
ON CREATE SET r.title = row.title;

UNWIND $holds AS row
MATCH (a:Official {key: row.from})
MATCH (b:Role {key: row.to})
CREATE (a)-[r:HOLDS {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end), r.asOf = row.asOf,
    r.docDate = row.docDate;

UNWIND $roleOf AS row
MATCH (a:Role {key: row.from})
MATCH (b:Organization {key: row.to})
CREATE (a)-[r:OF {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);
