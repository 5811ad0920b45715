-- needs: foreign_keys off
-- Teamwork without a server (issue 16): codes unique across the team, and sealed hand-overs.
--
-- issued_codes gains the team-member mark of the code ('' for codes issued before the vault
-- had one), and a code is unique by (year, mark, seq): RIP-2026-001 and RIP-2026-A001 are two
-- codes. SQLite cannot change a UNIQUE constraint in place, so the table is rebuilt the way
-- SQLite documents (foreign keys off for this one migration; the runner checks them before
-- committing). `families.code` keeps referring to it by name.
CREATE TABLE issued_codes_with_marks (
    code TEXT PRIMARY KEY NOT NULL,
    year INTEGER NOT NULL CHECK (year BETWEEN 1000 AND 9999),
    seq  INTEGER NOT NULL CHECK (seq >= 1),
    mark TEXT NOT NULL DEFAULT '' CHECK (mark = '' OR mark GLOB '[A-Z]' OR mark GLOB '[A-Z][A-Z]'),
    UNIQUE (year, mark, seq)
) STRICT;
INSERT INTO issued_codes_with_marks (code, year, seq, mark)
    SELECT code, year, seq, '' FROM issued_codes;
DROP TABLE issued_codes;
ALTER TABLE issued_codes_with_marks RENAME TO issued_codes;

-- This vault's mark, fixed once chosen ('' until then); it travels in the public identity.
ALTER TABLE own_identity ADD COLUMN mark TEXT NOT NULL DEFAULT ''
    CHECK (mark = '' OR mark GLOB '[A-Z]' OR mark GLOB '[A-Z][A-Z]');

-- Hand-overs written ('sent') and received here. `id` is the hand-over's random id (replay:
-- a received id is never imported twice); `peer` the colleague's fingerprint. On the sender's
-- side the family stays, read-only, "handed over to peer_name on created_at"; once the signed
-- receipt comes back its identity is removed (identity_removed_at). `history` holds, on the
-- receiving side, the family's audit entries at the sender (JSON: at, action, detail), as they
-- came in the signed file; the receiver's own log keeps one entry for the hand-over.
-- A desk contact not linked to a family is handed over the same way: family_code is '' and
-- desk_contact_id names the contact here (the sender's, or the one the receiver stored).
CREATE TABLE handovers (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 32),
    direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    family_code TEXT NOT NULL,
    peer TEXT NOT NULL CHECK (length(peer) = 64),
    peer_name TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL,
    digest TEXT NOT NULL CHECK (length(digest) = 64),
    receipt_at TEXT,
    identity_removed_at TEXT,
    history TEXT NOT NULL DEFAULT '[]',
    desk_contact_id INTEGER
) STRICT;
CREATE INDEX handovers_family ON handovers (family_code, direction);
