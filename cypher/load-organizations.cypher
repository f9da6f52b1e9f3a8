// Organisations, PART_OF and IN. Properties another document already set are kept unless this
// Relationships are CREATEd: the document's earlier assertions were retracted in this transaction
// and rows.ts emits each (type, from, to) once per document, so this equals MERGE on
// (endpoints, type, doc) without scanning the parallel relationships other documents asserted.
// one knows better (a kind, a known level, a jurisdiction).
UNWIND $organizations AS row
MERGE (o:Organization {key: row.key})
ON CREATE SET o.name = row.name, o.nameFolded = row.nameFolded, o.searchText = row.searchText
SET o.kind = coalesce(row.kind, o.kind),
    o.level = CASE WHEN o.level IS NULL OR o.level = 'unknown' THEN row.level ELSE o.level END,
    o.jurisdiction = coalesce(row.jurisdiction, o.jurisdiction);

UNWIND $partOf AS row
MATCH (a:Organization {key: row.from})
MATCH (b:Organization {key: row.to})
CREATE (a)-[r:PART_OF {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);

UNWIND $orgIn AS row
MATCH (a:Organization {key: row.from})
MATCH (p:Place {name: row.to})
CREATE (a)-[r:IN {doc: row.doc}]->(p)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);
