// Documents and the places they are about (docs/GRAPH.md). Parameters: $batch.documents, $batch.places.
// Every node statement of cypher/load-*.cypher returns the element ids of the nodes it merged,
// by key: cypher/load-relationships.cypher then finds each endpoint by id instead of by an index
// seek (in a writing query a seek on a constrained key also takes a lock; the seeks were a fifth
// of Neo4j's CPU per document).
// CYPHER replan=skip: every lookup is by a constrained key or a hinted index, so the plan
// made on an empty graph stays right; replanning while the graph grows only cost CPU.
// expressionEngine=interpreted: the expressions are trivial, and compiling them to bytecode per
// query gave a fresh JVM new classes to JIT-compile (cypher/load-relationships.cypher).
CYPHER replan=skip expressionEngine=interpreted
UNWIND $batch.documents AS row
MERGE (d:Document {id: row.id})
SET d.sha256 = row.sha256,
    d.title = row.title,
    d.source = row.source,
    d.jurisdiction = row.jurisdiction,
    d.eventDate = row.eventDate,
    d.author = row.author,
    d.text = row.text,
    d.ingestedAt = datetime(row.ingestedAt)
RETURN 'Document' AS label, collect(row.id) AS keys, collect(elementId(d)) AS ids;

CYPHER replan=skip expressionEngine=interpreted
UNWIND $batch.places AS row
MERGE (p:Place {name: row.name})
ON CREATE SET p.level = row.level
RETURN 'Place' AS label, collect(row.name) AS keys, collect(elementId(p)) AS ids;
