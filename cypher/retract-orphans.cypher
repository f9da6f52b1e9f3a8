// Nodes a retraction left without any relationship go, except Documents and Places.
UNWIND $touched AS eid
MATCH (n)
WHERE elementId(n) = eid AND NOT n:Document AND NOT n:Place AND NOT EXISTS { (n)--() }
DELETE n;
