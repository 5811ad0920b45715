-- The release ledger: every anonymised summary that left the machine (PDF or a person's
-- screen counts as published only when written to a file), with every cell's exact value and
-- whether it was hidden. A new release is checked against all of them (docs/reports.md), and a
-- period already published is re-issued from here, frozen. `sources` is the sorted, space
-- separated list of the pseudonymous ids counted (one for a vault's own report, several for a
-- merged one): releases of different source sets are separate ledgers.
-- Exact counts stay inside this encrypted database; erasure does not touch them (they are
-- aggregates, and keeping them is what stops a re-issue from revealing the erased family).

CREATE TABLE releases (
    id INTEGER PRIMARY KEY,
    published_at TEXT NOT NULL,
    sources TEXT NOT NULL,
    first_month TEXT NOT NULL,
    last_month TEXT NOT NULL,
    k INTEGER NOT NULL CHECK (k >= 3),
    counts TEXT NOT NULL,  -- the exact counts of the summary, as JSON
    UNIQUE (sources, first_month, last_month)
) STRICT;

CREATE TABLE release_cells (
    release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    table_key TEXT NOT NULL,
    row_index INTEGER NOT NULL,
    col_index INTEGER NOT NULL,
    value INTEGER NOT NULL CHECK (value >= 0),
    hidden INTEGER NOT NULL CHECK (hidden IN (0, 1)),
    PRIMARY KEY (release_id, table_key, row_index, col_index)
) STRICT;

-- Exact counts of each single month that a release of this source set has covered: a later
-- release re-uses them for the month-additive tables, so overlapping periods always add up.
CREATE TABLE release_months (
    sources TEXT NOT NULL,
    month TEXT NOT NULL,
    counts TEXT NOT NULL,
    PRIMARY KEY (sources, month)
) STRICT;
