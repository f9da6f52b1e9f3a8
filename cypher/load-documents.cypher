// Documents and the places they are about (docs/GRAPH.md). Parameters: $documents, $places.
// CYPHER replan=skip: every lookup is by a constrained key or a hinted index, so the plan
// made on an empty graph stays right; replanning while the graph grows only cost CPU.
CYPHER replan=skip
UNWIND $documents AS row
MERGE (d:Document {id: row.id})
SET d.sha256 = row.sha256,
    d.title = row.title,
    d.source = row.source,
    d.jurisdiction = row.jurisdiction,
    d.eventDate = row.eventDate,
    d.author = row.author,
    d.text = row.text,
    d.ingestedAt = datetime(row.ingestedAt);

CYPHER replan=skip
UNWIND $places AS row
MERGE (p:Place {name: row.name})
ON CREATE SET p.level = row.level;
