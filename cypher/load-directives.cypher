// Directives, ISSUED and IMPLEMENTS. A citation without type/date/subject never erases them.
// Relationships are CREATEd: the document's earlier assertions were retracted in this transaction
// and rows.ts emits each (type, from, to) once per document, so this equals MERGE on
// (endpoints, type, doc) without scanning the parallel relationships other documents asserted.
// CYPHER replan=skip: every lookup is by a constrained key or a hinted index, so the plan
// made on an empty graph stays right; replanning while the graph grows only cost CPU.
CYPHER replan=skip
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

CYPHER replan=skip
UNWIND $issued AS row
MATCH (a:Organization {key: row.from})
MATCH (b:Directive {key: row.to})
CREATE (a)-[:ISSUED {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end)}]->(b);

CYPHER replan=skip
UNWIND $implementsRels AS row
MATCH (a:Directive {key: row.from})
MATCH (b:Directive {key: row.to})
CREATE (a)-[:IMPLEMENTS {doc: row.doc, start: toInteger(row.start), end: toInteger(row.end),
                    inferred: row.inferred}]->(b);
