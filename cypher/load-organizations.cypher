// Organisations (PART_OF and IN: load-relationships.cypher). Properties another document already set are kept unless this
// one knows better (a kind, a known level, a jurisdiction).
// CYPHER replan=skip: every lookup is by a constrained key or a hinted index, so the plan
// made on an empty graph stays right; replanning while the graph grows only cost CPU.
// expressionEngine=interpreted: the expressions are trivial, and compiling them to bytecode per
// query gave a fresh JVM new classes to JIT-compile (cypher/load-relationships.cypher).
CYPHER replan=skip expressionEngine=interpreted
UNWIND $batch.organizations AS row
MERGE (o:Organization {key: row.key})
ON CREATE SET o.name = row.name, o.nameFolded = row.nameFolded, o.searchText = row.searchText
SET o.kind = coalesce(row.kind, o.kind),
    o.level = CASE WHEN o.level IS NULL OR o.level = 'unknown' THEN row.level ELSE o.level END,
    o.jurisdiction = coalesce(row.jurisdiction, o.jurisdiction)
RETURN 'Organization' AS label, collect(row.key) AS keys, collect(elementId(o)) AS ids;
