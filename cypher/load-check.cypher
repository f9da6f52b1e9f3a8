// Which documents of a batch are already stored, and with which content hash.
// CYPHER replan=skip: every lookup is by a constrained key or a hinted index, so the plan
// made on an empty graph stays right; replanning while the graph grows only cost CPU.
CYPHER replan=skip
UNWIND $docs AS d
OPTIONAL MATCH (x:Document {id: d.id})
RETURN d.id AS id, x.sha256 AS sha256;
