// A directive cited without a year (key "symbol|jurisdiction|") is the same node as the one dated
// directive with that symbol and issuer jurisdiction, when exactly one exists: its relationships
// move onto the dated node and the yearless node goes. Run after each batch on the groups it
// touched ($batch.directiveGroups; most have no yearless node and stop at the first seek), so the
// result does not depend on which document was loaded first.
// One statement, each relationship type in its own subquery: it was a finding query and six
// statements that each found the pairs again, seven plans for a fresh JVM to make and compile.
// The pairs are all found (collect) before anything moves, as they were before the six ran.
// CYPHER replan=skip: every lookup is by a constrained key or a hinted index, so the plan
// made on an empty graph stays right; replanning while the graph grows only cost CPU.
// expressionEngine=interpreted: the expressions are trivial, and compiling them to bytecode per
// query gave a fresh JVM new classes to JIT-compile (cypher/load-relationships.cypher).
CYPHER replan=skip expressionEngine=interpreted
UNWIND $batch.directiveGroups AS g
MATCH (u:Directive {key: g})
MATCH (d:Directive)
USING INDEX d:Directive(key)
WHERE d.key STARTS WITH g AND d.key <> g
WITH u, collect(d) AS dated
WHERE size(dated) = 1
WITH u, dated[0] AS d
CALL (u, d) {
  MATCH (s:Supervision)-[r:UNDER]->(u)
  MERGE (s)-[r2:UNDER {doc: r.doc}]->(d)
  ON CREATE SET r2 = properties(r)
  DELETE r
}
CALL (u, d) {
  MATCH (o:Organization)-[r:ISSUED]->(u)
  MERGE (o)-[r2:ISSUED {doc: r.doc}]->(d)
  ON CREATE SET r2 = properties(r)
  DELETE r
}
CALL (u, d) {
  MATCH (x:Document)-[r:MENTIONS]->(u)
  MERGE (x)-[r2:MENTIONS {doc: r.doc}]->(d)
  ON CREATE SET r2 = properties(r)
  DELETE r
}
CALL (u, d) {
  MATCH (u)-[r:IMPLEMENTS]->(p:Directive)
  WHERE p <> d AND p <> u
  MERGE (d)-[r2:IMPLEMENTS {doc: r.doc}]->(p)
  ON CREATE SET r2 = properties(r)
  DELETE r
}
CALL (u, d) {
  MATCH (c:Directive)-[r:IMPLEMENTS]->(u)
  WHERE c <> d AND c <> u
  MERGE (c)-[r2:IMPLEMENTS {doc: r.doc}]->(d)
  ON CREATE SET r2 = properties(r)
  DELETE r
}
SET d.type = coalesce(d.type, u.type), d.subject = coalesce(d.subject, u.subject)
DETACH DELETE u;
