// Directive groups of the batch that have a yearless node and exactly one dated node: the ones
// cypher/load-reconcile-directives.cypher merges. Usually none, so that file rarely runs.
UNWIND $directiveGroups AS g
MATCH (u:Directive {key: g})
MATCH (d:Directive)
WHERE d.key STARTS WITH g AND d.key <> g
WITH g, count(d) AS dated
WHERE dated = 1
RETURN collect(g) AS groups;
