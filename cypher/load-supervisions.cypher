// Supervisions (the relationships around them: load-relationships.cypher).
// CYPHER replan=skip: every lookup is by a constrained key or a hinted index, so the plan
// made on an empty graph stays right; replanning while the graph grows only cost CPU.
// expressionEngine=interpreted: the expressions are trivial, and compiling them to bytecode per
// query gave a fresh JVM new classes to JIT-compile (cypher/load-relationships.cypher).
CYPHER replan=skip expressionEngine=interpreted
UNWIND $batch.supervisions AS row
MERGE (s:Supervision {key: row.key})
ON CREATE SET s.kind = row.kind, s.date = row.date
SET s.delegation = coalesce(row.delegation, s.delegation),
    s.topic = coalesce(row.topic, s.topic)
RETURN 'Supervision' AS label, collect(row.key) AS keys, collect(elementId(s)) AS ids;
