-- The family view's unsaved edits, kept when the vault locks (Ctrl+L, the idle lock, the
-- desktop's screen lock, quitting) so that nothing typed is lost: the tabs' fields as JSON,
-- inside the encrypted database (never in a plaintext file), offered back when the family is
-- opened again and removed once restored or discarded. At most one per family.
-- Erasure removes it by cascade, and by the explicit list in records/erasure.py.

CREATE TABLE form_drafts (
    family_id INTEGER PRIMARY KEY REFERENCES families (id) ON DELETE CASCADE,
    data TEXT NOT NULL,  -- JSON: {tab name: {field: value}}
    updated_at TEXT NOT NULL
) STRICT;
