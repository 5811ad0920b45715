-- Budgets per year and per funder (issue 17): the single all-time aid budget of the settings
-- becomes budget lines ("Fondazione Cariplo 2026", "Comune di Cernusco 2026"), and every aid
-- payment names the line it is paid from.
CREATE TABLE budget_lines (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
    funder TEXT NOT NULL CHECK (trim(funder) <> ''),
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0)
) STRICT;
CREATE INDEX budget_lines_year ON budget_lines (year);

-- A line in use cannot be deleted (RESTRICT): the payments would lose their funder.
ALTER TABLE aid_payments ADD COLUMN budget_line_id INTEGER
    REFERENCES budget_lines (id) ON DELETE RESTRICT;
CREATE INDEX aid_budget_line ON aid_payments (budget_line_id) WHERE budget_line_id IS NOT NULL;

-- The old budget becomes one line of the current year, named after the organisation, when
-- there was a budget or any payment; every existing payment is paid from it.
INSERT INTO budget_lines (name, funder, year, amount_cents)
SELECT 'Budget ' || strftime('%Y', 'now'),
       coalesce(nullif(trim((SELECT value FROM settings WHERE key = 'organisation')), ''),
                'Progetto Ripartire'),
       CAST(strftime('%Y', 'now') AS INTEGER),
       coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'aid_budget_cents'
                 AND value GLOB '[0-9]*' AND NOT value GLOB '*[^0-9]*'), 0)
WHERE coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'aid_budget_cents'
                AND value GLOB '[0-9]*' AND NOT value GLOB '*[^0-9]*'), 0) > 0
   OR EXISTS (SELECT 1 FROM aid_payments);
UPDATE aid_payments SET budget_line_id = (SELECT min(id) FROM budget_lines);
DELETE FROM settings WHERE key = 'aid_budget_cents';
