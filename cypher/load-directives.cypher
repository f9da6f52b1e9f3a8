// Directives (ISSUED, IMPLEMENTS: load-relationships.cypher). A citation without type/date/subject never erases them.
// CYPHER replan=skip: every lookup is by a constrained key or a hinted index, so the plan
// made on an empty graph stays right; replanning while the graph grows only cost CPU.
// expressionEngine=interpreted: the expressions are trivial, and compiling them to bytecode per
// query gave a fresh JVM new classes to JIT-compile (cypher/load-relationships.cypher).
CYPHER replan=skip expressionEngine=interpreted
UNWIND $batch.directives AS row
MERGE (d:Directive {key: row.key})
ON CREATE SET d.symbol = row.symbol, d.symbolNorm = row.symbolNorm
SET d.type = coalesce(d.type, row.type),
    d.date = coalesce(d.date, row.date),
    d.subject = coalesce(d.subject, row.subject),
    d.jurisdiction = row.jurisdiction,
    d.searchText = CASE
      WHEN d.searchText IS NULL OR size(row.searchText) > size(d.searchText) THEN row.searchText
      ELSE d.searchText END
RETURN 'Directive' AS label, collect(row.key) AS keys, collect(elementId(d)) AS ids;
