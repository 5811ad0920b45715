-- Speed for 10,000 families: the list's computed columns are kept on the family row by
-- triggers (so sorting on them uses an index instead of a subquery per family), and the
-- search index's vocabulary is exposed so prefixes can be expanded to whole words.

ALTER TABLE families ADD COLUMN last_interview_at TEXT;
ALTER TABLE families ADD COLUMN last_agreed_appointment TEXT;
ALTER TABLE families ADD COLUMN open_actions INTEGER NOT NULL DEFAULT 0;

UPDATE families SET
    last_interview_at = (SELECT max(starts_at) FROM interviews i WHERE i.family_id = families.id),
    last_agreed_appointment = (SELECT max(next_appointment) FROM interviews i
                               WHERE i.family_id = families.id),
    open_actions = (SELECT count(*) FROM actions a WHERE a.family_id = families.id
                    AND a.status IN ('planned', 'in_progress', 'blocked'));

CREATE INDEX families_last_interview ON families (last_interview_at);
CREATE INDEX families_appointment ON families (last_agreed_appointment);
CREATE INDEX families_open_actions ON families (open_actions);
CREATE INDEX families_counsellor_nocase ON families (counsellor COLLATE NOCASE);
CREATE INDEX families_minors ON families (minors);
CREATE INDEX families_code_order ON families (substr(code, 5, 4), length(code), code);
DROP INDEX families_status;
CREATE INDEX families_status ON families (status);

-- Inserts (the common case, and the whole of a bulk import) only compare with the current
-- value; updates and deletes recompute from the interviews, through the family index.
CREATE TRIGGER interviews_summary_ai AFTER INSERT ON interviews BEGIN
    UPDATE families SET
        last_interview_at = CASE
            WHEN last_interview_at IS NULL OR new.starts_at > last_interview_at
            THEN new.starts_at ELSE last_interview_at END,
        last_agreed_appointment = CASE
            WHEN new.next_appointment IS NOT NULL AND (last_agreed_appointment IS NULL
                 OR new.next_appointment > last_agreed_appointment)
            THEN new.next_appointment ELSE last_agreed_appointment END
    WHERE id = new.family_id;
END;
CREATE TRIGGER interviews_summary_au AFTER UPDATE ON interviews BEGIN
    UPDATE families SET
        last_interview_at = (SELECT max(starts_at) FROM interviews WHERE family_id = families.id),
        last_agreed_appointment = (SELECT max(next_appointment) FROM interviews
                                   WHERE family_id = families.id)
    WHERE id IN (old.family_id, new.family_id);
END;
CREATE TRIGGER interviews_summary_ad AFTER DELETE ON interviews BEGIN
    UPDATE families SET
        last_interview_at = (SELECT max(starts_at) FROM interviews WHERE family_id = old.family_id),
        last_agreed_appointment = (SELECT max(next_appointment) FROM interviews
                                   WHERE family_id = old.family_id)
    WHERE id = old.family_id;
END;

CREATE TRIGGER actions_summary_ai AFTER INSERT ON actions BEGIN
    UPDATE families SET open_actions = open_actions
        + (new.status IN ('planned', 'in_progress', 'blocked')) WHERE id = new.family_id;
END;
CREATE TRIGGER actions_summary_au AFTER UPDATE ON actions BEGIN
    UPDATE families SET open_actions = (SELECT count(*) FROM actions WHERE family_id = families.id
        AND status IN ('planned', 'in_progress', 'blocked')) WHERE id IN (old.family_id, new.family_id);
END;
CREATE TRIGGER actions_summary_ad AFTER DELETE ON actions BEGIN
    UPDATE families SET open_actions = (SELECT count(*) FROM actions WHERE family_id = old.family_id
        AND status IN ('planned', 'in_progress', 'blocked')) WHERE id = old.family_id;
END;

-- The anonymised summary counts interviews and hours by month without reading the notes.
CREATE INDEX interviews_when ON interviews (starts_at, mode, duration_minutes, family_id);

CREATE VIRTUAL TABLE search_vocab USING fts5vocab (search_index, row);
