"""Item models over the vault: rows come from SQL in pages; sorting is done by SQL."""
