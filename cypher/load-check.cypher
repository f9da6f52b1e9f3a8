// Which documents of a batch are already stored, and with which content hash.
// CYPHER replan=skip: every lookup is by a constrained key or a hinted index, so the plan
// made on an empty graph stays right; replanning while the graph grows only cost CPU.
// expressionEngine=interpreted: the expressions are trivial, and compiling them to bytecode per
// query gave a fresh JVM new classes to JIT-compile (cypher/load-relationships.cypher).
CYPHER replan=skip expressionEngine=interpreted
UNWIND $batch.docs AS d
OPTIONAL MATCH (x:Document {id: d.id})
RETURN d.id AS id, x.sha256 AS sha256;
