// Directives, ISSUED and IMPLEMENTS. A citation without type/date/subject never erases them.
// Relationships are CREATEd: the document's earlier assertions were retracted in this transaction
// and rows.ts emits each (type, from, to) once per document, so this equals MERGE on
// (endpoints, type, doc) without scanning the parallel relationships other documents asserted.
UNWIND $directives AS row
MERGE (d:Directive {key: row.key})
ON CREATE SET d.symbol = row.symbol, d.symbolNorm = row.symbolNorm
SET d.type = coalesce(d.type, row.type),
    d.date = coalesce(d.date, row.date),
    d.subject = coalesce(d.subject, row.subject),
    d.jurisdiction = row.jurisdiction,
    d.searchText = CASE
      WHEN d.searchText IS NULL OR size(row.searchText) > size(d.searchText) THEN row.searchText
      ELSE d.searchText END;

UNWIND $issued AS row
MATCH (a:Organization {key: row.from})
MATCH (b:Directive {key: row.to})
CREATE (a)-[r:ISSUED {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end);

UNWIND $implementsRels AS row
MATCH (a:Directive {key: row.from})
MATCH (b:Directive {key: row.to})
CREATE (a)-[r:IMPLEMENTS {doc: row.doc}]->(b)
SET r.start = toInteger(row.start), r.end = toInteger(row.end), r.inferred = row.inferred;
