-- Issue 18. What the dashboard, the agenda's reminders and a family's own tab read each time
-- they are shown, without reading every row of the vault (measured on the 50,000-family demo).

-- The overdue actions were found through the due-date index and each one's status looked at
-- (101 ms, 84,000 actions, most done long ago); open actions by due date are one range of
-- this index per open status, counted from the index alone.
CREATE INDEX actions_open_due ON actions (status, due_on);

-- ISEE expiries in a window (the agenda, the reminders' half-minute check, a family's tab),
-- and each round's family's latest round, which decides whether its dates still count: the
-- reminders' check took 0.4 s, every 30 s, working out the latest round of all 95,000.
CREATE INDEX assessment_rounds_isee_expiry ON assessment_rounds (isee_expires_on)
    WHERE isee_expires_on IS NOT NULL;
CREATE INDEX assessment_rounds_latest ON assessment_rounds (family_id, assessed_on, id);

-- The retention review's families in a final status, by the day that status began (a
-- closure's date, else the last change): the review read all 32,000 final families to find
-- the few past the period. The expression is the one store/records/erasure.py queries with.
CREATE INDEX families_final_since ON families (
    status, (CASE WHEN status = 'closed' THEN coalesce(closed_on, updated_on) ELSE updated_on END)
);

-- What each budget line has paid out (the dashboard's budget lines, the payment dialog): the
-- sums per line read the 57,000 payments' rows through the line index (22 ms); with the
-- amounts in the index they are summed from it alone (5 ms). It replaces the line index.
DROP INDEX aid_budget_line;
CREATE INDEX aid_budget_line_amounts ON aid_payments (budget_line_id, amount_cents)
    WHERE budget_line_id IS NOT NULL;
