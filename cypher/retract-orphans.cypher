// Nodes a retraction left without any relationship go, except Documents and Places.
// CYPHER replan=skip: every lookup is by a constrained key or a hinted index, so the plan
// made on an empty graph stays right; replanning while the graph grows only cost CPU.
CYPHER replan=skip
UNWIND $batch.touched AS eid
MATCH (n)
WHERE elementId(n) = eid AND NOT n:Document AND NOT n:Place AND NOT EXISTS { (n)--() }
DELETE n;
