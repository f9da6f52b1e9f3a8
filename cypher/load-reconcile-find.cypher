// Directive groups of the batch that have a yearless node and exactly one dated node: the ones
// cypher/load-reconcile-directives.cypher merges. Usually none, so that file rarely runs.
// CYPHER replan=skip: every lookup is by a constrained key or a hinted index, so the plan
// made on an empty graph stays right; replanning while the graph grows only cost CPU.
// expressionEngine=interpreted: the expressions are trivial, and compiling them to bytecode per
// query gave a fresh JVM new classes to JIT-compile (cypher/load-relationships.cypher).
CYPHER replan=skip expressionEngine=interpreted
UNWIND $directiveGroups AS g
MATCH (u:Directive {key: g})
MATCH (d:Directive)
USING INDEX d:Directive(key)
WHERE d.key STARTS WITH g AND d.key <> g
WITH g, count(d) AS dated
WHERE dated = 1
RETURN collect(g) AS groups;
