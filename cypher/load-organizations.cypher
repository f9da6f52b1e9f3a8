// Organisations, PART_OF and IN. Properties another document already set are kept unless this
// one knows better (a kind, a known level, a jurisdiction).
// Relationships are CREATEd: the document's earlier assertions were retracted in this transaction
// and rows.ts emits each (type, from, to) once per document, so this equals MERGE on
// (endpoints, type, doc) without scanning the parallel relationships other documents asserted.
// CYPHER replan=skip: every lookup is by a constrained key or a hinted index, so the plan
// made on an empty graph stays right; replanning while the graph grows only cost CPU.
CYPHER replan=skip
UNWIND $organizations AS row
MERGE (o:Organization {key: row.key})
ON CREATE SET o.name = row.name, o.nameFolded = row.nameFolded, o.searchText = row.searchText
SET o.kind = coalesce(row.kind, o.kind),
    o.level = CASE WHEN o.level IS NULL OR o.level = 'unknown' THEN row.level ELSE o.level END,
    o.jurisdiction = coalesce(row.jurisdiction, o.jurisdiction);

CYPHER replan=skip
UNWIND $partOf AS row
MATCH (a:Organization {key: row.from})
MATCH (b:Organization {key: row.to})
CREATE (a)-[:PART_OF {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $orgIn AS row
MATCH (a:Organization {key: row.from})
MATCH (p:Place {name: row.to})
CREATE (a)-[:IN {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(p);
