-- Facts about the vault itself (its id, when it was created), readable only once unlocked.
CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 64),
    value TEXT NOT NULL
) STRICT;
