-- Case records: families and everything held about them, the drop-in desk log, settings,
-- the audit log and the full-text index. Vocabulary values are the domain StrEnum values
-- (tests/core/test_schema.py keeps the CHECK lists and the enums in step).
-- Dates are ISO text: 'YYYY-MM-DD'; moments are local wall-clock 'YYYY-MM-DDTHH:MM:SS'.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

-- Every code ever issued, so an erased family's code is never given to another family.
CREATE TABLE issued_codes (
    code TEXT PRIMARY KEY NOT NULL,
    year INTEGER NOT NULL CHECK (year BETWEEN 1000 AND 9999),
    seq  INTEGER NOT NULL CHECK (seq >= 1),
    UNIQUE (year, seq)
) STRICT;

CREATE TABLE families (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE REFERENCES issued_codes (code),
    status TEXT NOT NULL CHECK (status IN ('first_contact', 'intake', 'assessment',
        'active_path', 'waiting_list', 'referred', 'not_eligible', 'withdrew', 'closed')),
    counsellor TEXT NOT NULL DEFAULT '',
    municipality TEXT NOT NULL DEFAULT '',
    adults INTEGER NOT NULL DEFAULT 0 CHECK (adults BETWEEN 0 AND 99),
    minors INTEGER NOT NULL DEFAULT 0 CHECK (minors BETWEEN 0 AND 99),
    first_contact_channel TEXT CHECK (first_contact_channel IN ('phone', 'email',
        'social_network', 'word_of_mouth', 'referral', 'other')),
    known_to_social_services INTEGER CHECK (known_to_social_services IN (0, 1)),
    created_on TEXT NOT NULL,
    updated_on TEXT NOT NULL,
    opened_on TEXT,
    closed_on TEXT,
    CHECK ((status = 'closed') = (closed_on IS NOT NULL))
) STRICT;
CREATE INDEX families_status ON families (status, code);
CREATE INDEX families_counsellor ON families (counsellor, code);
CREATE INDEX families_channel ON families (first_contact_channel, code);
CREATE INDEX families_updated ON families (updated_on);

CREATE TABLE identities (
    family_id INTEGER PRIMARY KEY REFERENCES families (id) ON DELETE CASCADE,
    address TEXT NOT NULL DEFAULT '',
    tax_code TEXT,
    contact_preferences TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE identity_people (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES identities (family_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    tax_code TEXT,
    UNIQUE (family_id, position)
) STRICT;

CREATE TABLE identity_contacts (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES identities (family_id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('phone', 'email')),
    position INTEGER NOT NULL,
    value TEXT NOT NULL,
    UNIQUE (family_id, kind, position)
) STRICT;

CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('parent', 'child', 'other_adult')),
    age_band TEXT CHECK (age_band IN ('0_2', '3_5', '6_10', '11_13', '14_17', '18_24',
        '25_34', '35_44', '45_54', '55_64', '65_plus')),
    birth_year INTEGER CHECK (birth_year BETWEEN 1880 AND 2999),
    work_situation TEXT CHECK (work_situation IN ('employed', 'unemployed', 'precarious',
        'never_worked', 'student', 'retired', 'homemaker', 'unable_to_work', 'other')),
    unemployed_since TEXT,
    education TEXT CHECK (education IN ('none', 'primary', 'lower_secondary',
        'upper_secondary', 'vocational', 'university', 'foreign_unrecognised', 'other'))
) STRICT;
CREATE INDEX members_family ON members (family_id);

CREATE TABLE first_contacts (
    id INTEGER PRIMARY KEY,
    family_id INTEGER REFERENCES families (id) ON DELETE SET NULL,
    occurred_at TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'social_network',
        'word_of_mouth', 'referral', 'other')),
    outcome TEXT NOT NULL CHECK (outcome IN ('information_given', 'appointment_booked',
        'referred_elsewhere', 'not_pertinent', 'other')),
    request TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX first_contacts_when ON first_contacts (occurred_at);
CREATE INDEX first_contacts_family ON first_contacts (family_id);

CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL UNIQUE REFERENCES families (id) ON DELETE CASCADE,
    assessed_on TEXT NOT NULL,
    motivation INTEGER CHECK (motivation BETWEEN 1 AND 5),
    resources TEXT NOT NULL DEFAULT '',
    resident INTEGER NOT NULL CHECK (resident IN (0, 1)),
    has_minor INTEGER NOT NULL CHECK (has_minor IN (0, 1)),
    job_loss_or_hardship INTEGER NOT NULL CHECK (job_loss_or_hardship IN (0, 1)),
    decision TEXT NOT NULL CHECK (decision IN ('pending', 'admitted', 'waiting_list',
        'referred', 'not_eligible', 'withdrew')),
    decided_on TEXT,
    CHECK ((decision = 'pending') = (decided_on IS NULL))
) STRICT;

CREATE TABLE need_scores (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    area TEXT NOT NULL CHECK (area IN ('work', 'income', 'debt', 'housing', 'energy_bills',
        'childcare', 'health', 'education_training', 'social_network', 'benefits_access')),
    baseline INTEGER CHECK (baseline BETWEEN 0 AND 3),
    exit INTEGER CHECK (exit BETWEEN 0 AND 3),
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (assessment_id, area)
) STRICT;
CREATE INDEX need_scores_area ON need_scores (area, baseline);

CREATE TABLE interviews (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    starts_at TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    mode TEXT NOT NULL CHECK (mode IN ('desk', 'phone', 'video', 'home_visit',
        'neutral_place')),
    participants TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    topics TEXT NOT NULL DEFAULT '',  -- need-area values separated by spaces, in order
    next_steps TEXT NOT NULL DEFAULT '',
    next_appointment TEXT
) STRICT;
CREATE INDEX interviews_family ON interviews (family_id, starts_at);
CREATE INDEX interviews_next ON interviews (next_appointment, family_id)
    WHERE next_appointment IS NOT NULL;
CREATE INDEX interviews_family_next ON interviews (family_id, next_appointment)
    WHERE next_appointment IS NOT NULL;

CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    action_type TEXT NOT NULL CHECK (action_type IN ('job_orientation', 'cv', 'job_search',
        'traineeship', 'training_course', 'emergency_cash_aid', 'energy_bills', 'microcredit',
        'public_benefits', 'psychological_support', 'school_childcare_support', 'referral',
        'other')),
    description TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'blocked', 'done',
        'cancelled')),
    outcome TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX actions_family ON actions (family_id, status);
CREATE INDEX actions_due ON actions (due_on) WHERE due_on IS NOT NULL;

CREATE TABLE aid_payments (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    paid_on TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('emergency_cash', 'energy_bills',
        'rent_housing', 'school_costs', 'food_vouchers', 'health', 'transport',
        'training_costs', 'other')),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    payee_kind TEXT NOT NULL CHECK (payee_kind IN ('family', 'supplier')),
    payee_name TEXT NOT NULL DEFAULT '',
    receipt_ref TEXT NOT NULL DEFAULT '',
    action_id INTEGER REFERENCES actions (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX aid_family ON aid_payments (family_id, paid_on);
CREATE INDEX aid_action ON aid_payments (action_id) WHERE action_id IS NOT NULL;

CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    notice_version TEXT NOT NULL CHECK (notice_version <> ''),
    given_on TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('signed_paper', 'verbal_recorded', 'digital')),
    scopes TEXT NOT NULL CHECK (length(scopes) > 0),  -- scope values separated by spaces
    withdrawn_on TEXT
) STRICT;
CREATE INDEX consents_family ON consents (family_id);

CREATE TABLE closures (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    closed_on TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('path_completed', 'withdrew', 'moved_away',
        'no_contact', 'referred', 'other')),
    outcome TEXT NOT NULL CHECK (outcome IN ('work_found', 'training_completed', 'needs_met',
        'moved_away', 'withdrew', 'referred_to_services', 'no_contact', 'other')),
    work_type TEXT CHECK (work_type IN ('permanent', 'fixed_term', 'temporary',
        'self_employed', 'traineeship_paid')),
    note TEXT NOT NULL DEFAULT '',
    CHECK ((outcome = 'work_found') = (work_type IS NOT NULL))
) STRICT;
CREATE INDEX closures_family ON closures (family_id, closed_on);

-- Append-only, hash-chained log of sensitive actions. Codes only: no names, no free text.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    family_code TEXT,
    detail TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Full-text index, kept exact by the triggers below. rowid = source id * 8 + kind number,
-- so an edit or a delete touches exactly one index row without a scan.
CREATE VIRTUAL TABLE search_index USING fts5 (
    body,
    kind UNINDEXED,
    family_id UNINDEXED,
    ref_id UNINDEXED,
    day UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);
-- Deleted entries leave the index at once instead of lingering until a merge (erasure).
INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER families_ai AFTER INSERT ON families BEGIN
    INSERT INTO search_index (rowid, body, kind, family_id, ref_id, day)
    VALUES (new.id * 8 + 1, new.code, 'family', new.id, new.id, new.created_on);
END;
CREATE TRIGGER families_ad AFTER DELETE ON families BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
END;

CREATE TRIGGER interviews_ai AFTER INSERT ON interviews BEGIN
    INSERT INTO search_index (rowid, body, kind, family_id, ref_id, day)
    VALUES (new.id * 8 + 2, new.notes || char(10) || new.next_steps, 'interview',
            new.family_id, new.id, substr(new.starts_at, 1, 10));
END;
CREATE TRIGGER interviews_au AFTER UPDATE ON interviews BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
    INSERT INTO search_index (rowid, body, kind, family_id, ref_id, day)
    VALUES (new.id * 8 + 2, new.notes || char(10) || new.next_steps, 'interview',
            new.family_id, new.id, substr(new.starts_at, 1, 10));
END;
CREATE TRIGGER interviews_ad AFTER DELETE ON interviews BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
END;

CREATE TRIGGER assessments_ai AFTER INSERT ON assessments BEGIN
    INSERT INTO search_index (rowid, body, kind, family_id, ref_id, day)
    VALUES (new.id * 8 + 3, new.resources, 'assessment', new.family_id, new.id,
            new.assessed_on);
END;
CREATE TRIGGER assessments_au AFTER UPDATE ON assessments BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
    INSERT INTO search_index (rowid, body, kind, family_id, ref_id, day)
    VALUES (new.id * 8 + 3, new.resources, 'assessment', new.family_id, new.id,
            new.assessed_on);
END;
CREATE TRIGGER assessments_ad AFTER DELETE ON assessments BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
END;

CREATE TRIGGER need_scores_ai AFTER INSERT ON need_scores BEGIN
    INSERT INTO search_index (rowid, body, kind, family_id, ref_id, day)
    SELECT new.id * 8 + 4, new.note, 'assessment_note', a.family_id, new.id, a.assessed_on
    FROM assessments a WHERE a.id = new.assessment_id;
END;
CREATE TRIGGER need_scores_au AFTER UPDATE ON need_scores BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
    INSERT INTO search_index (rowid, body, kind, family_id, ref_id, day)
    SELECT new.id * 8 + 4, new.note, 'assessment_note', a.family_id, new.id, a.assessed_on
    FROM assessments a WHERE a.id = new.assessment_id;
END;
CREATE TRIGGER need_scores_ad AFTER DELETE ON need_scores BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
END;

CREATE TRIGGER actions_ai AFTER INSERT ON actions BEGIN
    INSERT INTO search_index (rowid, body, kind, family_id, ref_id, day)
    VALUES (new.id * 8 + 5, new.description || char(10) || new.outcome, 'action',
            new.family_id, new.id, coalesce(new.due_on, ''));
END;
CREATE TRIGGER actions_au AFTER UPDATE ON actions BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
    INSERT INTO search_index (rowid, body, kind, family_id, ref_id, day)
    VALUES (new.id * 8 + 5, new.description || char(10) || new.outcome, 'action',
            new.family_id, new.id, coalesce(new.due_on, ''));
END;
CREATE TRIGGER actions_ad AFTER DELETE ON actions BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
END;

CREATE TRIGGER first_contacts_ai AFTER INSERT ON first_contacts BEGIN
    INSERT INTO search_index (rowid, body, kind, family_id, ref_id, day)
    VALUES (new.id * 8 + 6, new.request || char(10) || new.notes, 'first_contact',
            new.family_id, new.id, substr(new.occurred_at, 1, 10));
END;
CREATE TRIGGER first_contacts_au AFTER UPDATE ON first_contacts BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 6;
    INSERT INTO search_index (rowid, body, kind, family_id, ref_id, day)
    VALUES (new.id * 8 + 6, new.request || char(10) || new.notes, 'first_contact',
            new.family_id, new.id, substr(new.occurred_at, 1, 10));
END;
CREATE TRIGGER first_contacts_ad AFTER DELETE ON first_contacts BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 6;
END;
