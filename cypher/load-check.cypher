// Which documents of a batch are already stored, and with which content hash.
UNWIND $docs AS d
OPTIONAL MATCH (x:Document {id: d.id})
RETURN d.id AS id, x.sha256 AS sha256;
