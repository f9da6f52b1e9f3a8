// Documents and the places they are about (docs/GRAPH.md). Parameters: $documents, $places.
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

UNWIND $places AS row
MERGE (p:Place {name: row.name})
ON CREATE SET p.level = row.level;
