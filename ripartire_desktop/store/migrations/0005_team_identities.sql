-- Team identities and sealed bundles (issue 12).
-- own_identity: this vault's Ed25519 signing key and age X25519 identity. SQL cannot make keys:
-- the row is written by Python (store/records/team.py, ensure_identity) at creation and on the
-- first unlock after this migration. The private halves live only here, inside the encrypted
-- database. bundle_serial counts the sealed bundles this vault has written (replay protection).
CREATE TABLE own_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 80),
    role TEXT NOT NULL DEFAULT 'counsellor' CHECK (role IN ('counsellor', 'coordinator')),
    signing_private BLOB NOT NULL CHECK (length(signing_private) = 32),
    age_identity TEXT NOT NULL,
    bundle_serial INTEGER NOT NULL DEFAULT 0 CHECK (bundle_serial >= 0),
    created_at TEXT NOT NULL
) STRICT;

-- Colleagues whose public identity was checked in person: bundles are sealed to them and
-- verified against them. `name` is the local handle (`--recipient NAME`).
CREATE TABLE team_members (
    name TEXT PRIMARY KEY NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    identity_text TEXT NOT NULL,  -- the self-signed public identity file, as received
    fingerprint TEXT NOT NULL UNIQUE CHECK (length(fingerprint) = 64),
    added_at TEXT NOT NULL
) STRICT;

-- Sealed bundles this vault has merged: an older bundle of a (sender, period) already merged
-- is a replay and is refused.
CREATE TABLE merged_bundles (
    sender TEXT NOT NULL CHECK (length(sender) = 64),
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    serial INTEGER NOT NULL CHECK (serial >= 1),
    digest TEXT NOT NULL CHECK (length(digest) = 64),
    created_at TEXT NOT NULL,
    merged_at TEXT NOT NULL,
    PRIMARY KEY (sender, period_from, period_to, serial)
) STRICT;
