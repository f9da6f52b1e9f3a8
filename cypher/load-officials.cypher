// Officials, roles, HOLDS (dated by asOf) and OF.
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
MERGE (a)-[r:HOLDS {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end), r.asOf = row.asOf,
    r.docDate = row.docDate;

UNWIND $roleOf AS row
MATCH (a:Role {key: row.from})
MATCH (b:Organization {key: row.to})
MERGE (a)-[r:OF {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);
