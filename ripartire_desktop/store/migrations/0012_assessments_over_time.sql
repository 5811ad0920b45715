-- Assessments over time (issue 17): a path's baseline, reviews, its exit and follow-ups after
-- closure, each kept with its day, kind and path (episode), its severity per need area, and
-- the household's amounts and facts on that day: income, debts, arrears, ISEE, the work of
-- each adult and the benefits received. `assessments` stays the intake assessment of the
-- current path (decision, eligibility, baseline and exit side by side); its baseline and exit
-- are also rounds of the current path, so a reopened path's new baseline leaves the old one.
CREATE TABLE assessment_rounds (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    episode INTEGER NOT NULL CHECK (episode BETWEEN 1 AND 999),
    kind TEXT NOT NULL CHECK (kind IN ('baseline', 'review', 'exit', 'follow_up')),
    assessed_on TEXT NOT NULL,
    follow_up_months INTEGER CHECK (follow_up_months BETWEEN 1 AND 60),
    income_cents INTEGER CHECK (income_cents BETWEEN 0 AND 100000000000),
    debt_cents INTEGER CHECK (debt_cents BETWEEN 0 AND 100000000000),
    arrears_cents INTEGER CHECK (arrears_cents BETWEEN 0 AND 100000000000),
    isee_cents INTEGER CHECK (isee_cents BETWEEN 0 AND 100000000000),
    isee_type TEXT CHECK (isee_type IN ('ordinario', 'corrente', 'minorenni', 'universitario',
        'sociosanitario', 'sociosanitario_residenze')),
    isee_issued_on TEXT,
    isee_expires_on TEXT,
    note TEXT NOT NULL DEFAULT '',
    CHECK ((kind = 'follow_up') = (follow_up_months IS NOT NULL)),
    CHECK ((isee_cents IS NULL) = (isee_type IS NULL))
) STRICT;
CREATE INDEX assessment_rounds_family ON assessment_rounds (family_id, episode, assessed_on);
CREATE INDEX assessment_rounds_day ON assessment_rounds (assessed_on, kind);
-- One baseline and one exit per path.
CREATE UNIQUE INDEX assessment_rounds_ends ON assessment_rounds (family_id, episode, kind)
    WHERE kind IN ('baseline', 'exit');

CREATE TABLE round_scores (
    round_id INTEGER NOT NULL REFERENCES assessment_rounds (id) ON DELETE CASCADE,
    area TEXT NOT NULL CHECK (area IN ('work', 'income', 'debt', 'housing', 'energy_bills',
        'childcare', 'health', 'education_training', 'social_network', 'benefits_access')),
    severity INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 3),
    PRIMARY KEY (round_id, area)
) STRICT;

CREATE TABLE round_work (
    round_id INTEGER NOT NULL REFERENCES assessment_rounds (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    member_id INTEGER REFERENCES members (id) ON DELETE SET NULL,
    work_situation TEXT NOT NULL CHECK (work_situation IN ('employed', 'unemployed',
        'precarious', 'never_worked', 'student', 'retired', 'homemaker', 'unable_to_work',
        'other')),
    PRIMARY KEY (round_id, position)
) STRICT;
CREATE INDEX round_work_member ON round_work (member_id) WHERE member_id IS NOT NULL;

CREATE TABLE round_benefits (
    round_id INTEGER NOT NULL REFERENCES assessment_rounds (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    kind TEXT NOT NULL CHECK (kind IN ('assegno_inclusione', 'carta_dedicata_a_te',
        'assegno_unico', 'supporto_formazione_lavoro', 'naspi', 'bonus_sociale', 'other')),
    name TEXT NOT NULL DEFAULT '',
    monthly_cents INTEGER CHECK (monthly_cents BETWEEN 0 AND 100000000000),
    renewal_on TEXT,
    PRIMARY KEY (round_id, position)
) STRICT;
CREATE INDEX round_benefits_renewal ON round_benefits (renewal_on) WHERE renewal_on IS NOT NULL;

-- Each existing assessment becomes the baseline of the path it was made for (one more than
-- the paths closed before it), and its exit scores, if any, that path's exit, dated on the
-- path's closure (or, while it is still open, on the family's last change).
INSERT INTO assessment_rounds (family_id, episode, kind, assessed_on)
SELECT a.family_id,
       1 + (SELECT count(*) FROM closures c
            WHERE c.family_id = a.family_id AND c.closed_on < a.assessed_on),
       'baseline', a.assessed_on
FROM assessments a;
INSERT INTO round_scores (round_id, area, severity)
SELECT r.id, n.area, n.baseline
FROM need_scores n
JOIN assessments a ON a.id = n.assessment_id
JOIN assessment_rounds r ON r.family_id = a.family_id AND r.kind = 'baseline'
WHERE n.baseline IS NOT NULL;
INSERT INTO assessment_rounds (family_id, episode, kind, assessed_on)
SELECT r.family_id, r.episode, 'exit',
       max(r.assessed_on, coalesce(
           (SELECT min(c.closed_on) FROM closures c
            WHERE c.family_id = r.family_id AND c.closed_on >= r.assessed_on),
           f.updated_on))
FROM assessment_rounds r
JOIN families f ON f.id = r.family_id
WHERE r.kind = 'baseline' AND EXISTS (
    SELECT 1 FROM need_scores n JOIN assessments a ON a.id = n.assessment_id
    WHERE a.family_id = r.family_id AND n.exit IS NOT NULL);
INSERT INTO round_scores (round_id, area, severity)
SELECT r.id, n.area, n.exit
FROM need_scores n
JOIN assessments a ON a.id = n.assessment_id
JOIN assessment_rounds r ON r.family_id = a.family_id AND r.kind = 'exit'
WHERE n.exit IS NOT NULL;
