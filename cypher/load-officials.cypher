// Officials and roles (HOLDS and OF: load-relationships.cypher).
// CYPHER replan=skip: every lookup is by a constrained key or a hinted index, so the plan
// made on an empty graph stays right; replanning while the graph grows only cost CPU.
// expressionEngine=interpreted: the expressions are trivial, and compiling them to bytecode per
// query gave a fresh JVM new classes to JIT-compile (cypher/load-relationships.cypher).
CYPHER replan=skip expressionEngine=interpreted
UNWIND $batch.officials AS row
MERGE (o:Official {key: row.key})
ON CREATE SET o.name = row.name, o.nameFolded = row.nameFolded, o.searchText = row.searchText,
              o.jurisdiction = row.jurisdiction
RETURN 'Official' AS label, collect(row.key) AS keys, collect(elementId(o)) AS ids;

CYPHER replan=skip expressionEngine=interpreted
UNWIND $batch.roles AS row
MERGE (r:Role {key: row.key})
ON CREATE SET r.title = row.title
RETURN 'Role' AS label, collect(row.key) AS keys, collect(elementId(r)) AS ids;
