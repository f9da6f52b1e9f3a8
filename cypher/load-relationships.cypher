// Every relationship a batch asserts, after its nodes are merged (cypher/load-documents.cypher
// and the other node files return their element ids), grouped by start node: g.a is the start
// node's element id, each rel.b the end node's, rel.type the relationship type (the lists of
// docs/GRAPH.md, named by REL_TYPES in src/graph/rows.ts), rel.doc the asserting document,
// rel.start/rel.end where its text says it. Properties a type does not have are null in its rows
// and so not stored (asOf/docDate: HOLDS only; inferred: IMPLEMENTS only).
// Relationships are CREATEd: the document's earlier assertions were retracted in this transaction
// and rows.ts emits each (type, from, to) once per document, so this equals MERGE on
// (endpoints, type, doc) without scanning the parallel relationships other documents asserted.
// Endpoints by element id, not by key: in a writing query an index seek on a constrained key also
// locks the key, and those seeks were a fifth of Neo4j's CPU per document.
// One statement with the type as a value ($(rel.type), Neo4j 5.26) instead of one per type: one
// plan to make and compile on a fresh JVM instead of sixteen, and one start-node lookup per group.
// expressionEngine=interpreted: the expressions here are trivial, and compiling them to bytecode
// made new classes for the JIT to compile on a fresh JVM.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $batch.groups AS g
MATCH (a) WHERE elementId(a) = g.a
UNWIND g.rels AS rel
MATCH (b) WHERE elementId(b) = rel.b
CREATE (a)-[:$(rel.type) {doc: rel.doc, start: toInteger(rel.start), end: toInteger(rel.end),
                          asOf: rel.asOf, docDate: rel.docDate, inferred: rel.inferred}]->(b);
