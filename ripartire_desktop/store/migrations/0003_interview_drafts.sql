-- Interview mode's autosaved note: what the counsellor is typing, kept inside the encrypted
-- database (never in a plaintext file) until it is saved as an interview or discarded.
-- At most one draft per family. Fields are stored as typed, without range checks: a draft
-- that cannot be saved because of a half-typed duration would lose the notes with it.
-- Erasure removes it by cascade, and by the explicit list in records/erasure.py.

CREATE TABLE interview_drafts (
    family_id INTEGER PRIMARY KEY REFERENCES families (id) ON DELETE CASCADE,
    starts_at TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('desk', 'phone', 'video', 'home_visit',
        'neutral_place')),
    participants TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    topics TEXT NOT NULL DEFAULT '',  -- need-area values separated by spaces, in order
    next_steps TEXT NOT NULL DEFAULT '',
    next_appointment TEXT,
    updated_at TEXT NOT NULL
) STRICT;
