// Rules an earlier schema declared and no query reads any more, removed from existing databases
// (applied after cypher/schema.cypher at each start; every statement is IF EXISTS, and skipped when
// the rule is already gone). A name here must not also be declared in cypher/schema.cypher.
// Range indexes on nameFolded: the API filters names with CONTAINS, which a range index cannot
// answer (EXPLAIN of every api-*.cypher: label scans); each cost an index write per new node.
DROP INDEX official_name IF EXISTS;
DROP INDEX organization_name IF EXISTS;
// Relationship indexes on MENTIONS.doc and REPORTS.doc: both types start at the asserting
// Document (doc = its id), so retraction reaches them from that node (cypher/retract-document.cypher);
// the two indexes cost an index write for each of about 12 of a document's 35 relationships.
DROP INDEX mentions_doc IF EXISTS;
DROP INDEX reports_doc IF EXISTS;
