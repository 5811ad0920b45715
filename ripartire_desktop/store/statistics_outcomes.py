"""The statistics queries of the outcome indicators: change against the baseline of the path,
and work at exit and at follow-up; grouped counts, never a row (see store/statistics.py for the
scope and the period parameters).

Which paths a change counts: of each family in scope, its latest path with a review or an exit
in the period [:start, :end); compared are that path's baseline and its latest review or exit
before the period's end that records the measure (scores, income, debts), so families still on
a path count, not only those closed in the period.
"""

from __future__ import annotations

from ripartire_desktop.domain import DOMAIN_OF
from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.statistics import Rows

# The need area -> domain map of art. 5 as a table the queries join.
_AREA_DOMAIN = "area_domain (area, domain) AS (VALUES {})".format(
    ", ".join(f"('{area.value}', '{domain.value}')" for area, domain in DOMAIN_OF.items())
)
# The latest review or exit of the path before the period's end that records {0}.
_LATEST = """(SELECT l.id FROM assessment_rounds l WHERE l.family_id = p.family_id
           AND l.episode = p.episode AND l.kind IN ('review', 'exit') AND l.assessed_on < :end
           AND {0} ORDER BY l.assessed_on DESC, l.id DESC LIMIT 1)"""
_PAIRS = f"""
WITH {_AREA_DOMAIN},
paths AS (
    SELECT family_id, max(episode) AS episode FROM assessment_rounds
    WHERE kind IN ('review', 'exit') AND assessed_on >= :start AND assessed_on < :end
      AND family_id IN (SELECT family_id FROM temp.report_scope)
    GROUP BY family_id
),
pairs AS (
    SELECT p.family_id,
        (SELECT b.id FROM assessment_rounds b WHERE b.family_id = p.family_id
           AND b.episode = p.episode AND b.kind = 'baseline') AS before_id,
        {_LATEST.format("EXISTS (SELECT 1 FROM round_scores s WHERE s.round_id = l.id)")}
            AS after_id,
        {_LATEST.format("l.income_cents IS NOT NULL")} AS income_id,
        {_LATEST.format("(l.debt_cents IS NOT NULL OR l.arrears_cents IS NOT NULL)")} AS debt_id
    FROM paths p
)
"""
# Severity of each domain (its worst area) at the baseline and at the latest round.
_DOMAINS = f"""
{_PAIRS},
domains AS (
    SELECT pr.family_id, m.domain,
        (SELECT max(s.severity) FROM round_scores s JOIN area_domain a ON a.area = s.area
         WHERE s.round_id = pr.before_id AND a.domain = m.domain) AS before,
        (SELECT max(s.severity) FROM round_scores s JOIN area_domain a ON a.area = s.area
         WHERE s.round_id = pr.after_id AND a.domain = m.domain) AS after
    FROM pairs pr CROSS JOIN (SELECT DISTINCT domain FROM area_domain) m
    WHERE pr.before_id IS NOT NULL
)
"""
_DOMAIN_CHANGE = f"""
{_DOMAINS}
SELECT domain, after - before, count(*) FROM domains
WHERE before >= 1 AND after IS NOT NULL
GROUP BY 1, 2
"""
_IMPROVED_HOUSEHOLDS = f"""
{_DOMAINS}
SELECT coalesce(sum(better), 0), count(*) FROM (
    SELECT family_id, max(after < before) AS better FROM domains
    WHERE before >= 1 AND after IS NOT NULL
    GROUP BY family_id
)
"""
# Amounts: the change in tens of euros (rounded), per family with the amount at both rounds.
_MONEY_CHANGE = f"""
{_PAIRS},
amounts AS (
    SELECT b.income_cents AS income_before, li.income_cents AS income_after,
        CASE WHEN b.debt_cents IS NULL AND b.arrears_cents IS NULL THEN NULL
             ELSE coalesce(b.debt_cents, 0) + coalesce(b.arrears_cents, 0) END AS debt_before,
        coalesce(ld.debt_cents, 0) + coalesce(ld.arrears_cents, 0) AS debt_after,
        pr.debt_id
    FROM pairs pr
    JOIN assessment_rounds b ON b.id = pr.before_id
    LEFT JOIN assessment_rounds li ON li.id = pr.income_id
    LEFT JOIN assessment_rounds ld ON ld.id = pr.debt_id
)
SELECT 'income', CAST(round((income_after - income_before) / 1000.0) AS INTEGER), count(*)
FROM amounts WHERE income_before IS NOT NULL AND income_after IS NOT NULL GROUP BY 2
UNION ALL
SELECT 'debt', CAST(round((debt_after - debt_before) / 1000.0) AS INTEGER), count(*)
FROM amounts WHERE debt_before IS NOT NULL AND debt_id IS NOT NULL GROUP BY 2
"""
# Work at exit and at follow-up: of each family in scope, its latest round of each moment in
# the period, with whether an adult was in work then and at the baseline of the same path.
_IN_WORK = (
    "EXISTS (SELECT 1 FROM round_work w WHERE w.round_id = {0} "
    "AND w.work_situation IN ('employed', 'precarious'))"
)
_RECORDED = "EXISTS (SELECT 1 FROM round_work w WHERE w.round_id = {0})"
_WORK_OUTCOMES = f"""
WITH moments AS (
    SELECT r.family_id, r.episode, r.id,
        CASE WHEN r.kind = 'exit' THEN 'exit'
             WHEN r.follow_up_months <= 6 THEN 'follow_up_6' ELSE 'follow_up_12' END AS moment,
        row_number() OVER (
            PARTITION BY r.family_id,
                CASE WHEN r.kind = 'exit' THEN 0 WHEN r.follow_up_months <= 6 THEN 1 ELSE 2 END
            ORDER BY r.assessed_on DESC, r.id DESC) AS latest
    FROM assessment_rounds r
    WHERE r.kind IN ('exit', 'follow_up') AND r.assessed_on >= :start AND r.assessed_on < :end
      AND r.family_id IN (SELECT family_id FROM temp.report_scope)
),
states AS (
    SELECT m.moment,
        {_RECORDED.format("m.id")} AS recorded_now,
        {_IN_WORK.format("m.id")} AS now,
        (SELECT {_IN_WORK.format("b.id")} FROM assessment_rounds b
         WHERE b.family_id = m.family_id AND b.episode = m.episode AND b.kind = 'baseline')
            AS before,
        (SELECT {_RECORDED.format("b.id")} FROM assessment_rounds b
         WHERE b.family_id = m.family_id AND b.episode = m.episode AND b.kind = 'baseline')
            AS recorded_before
    FROM moments m WHERE m.latest = 1
)
SELECT moment,
    CASE WHEN NOT recorded_now THEN 'not_recorded'
         WHEN NOT now THEN 'not_in_work'
         WHEN coalesce(recorded_before, 0) = 0 THEN 'not_recorded'
         WHEN before THEN 'kept'
         ELSE 'found' END,
    count(*)
FROM states GROUP BY 1, 2
"""

QUERIES: dict[str, str] = {
    "domain_change": _DOMAIN_CHANGE,  # (domain, change in severity, families)
    "improved_households": _IMPROVED_HOUSEHOLDS,  # one row: (improved in a domain, all)
    "money_change": _MONEY_CHANGE,  # ('income' | 'debt', change in tens of euros, families)
    "work_outcomes": _WORK_OUTCOMES,  # (moment, work state, families)
}


def outcome_rows(conn: Connection, start: str, end: str) -> dict[str, Rows]:
    """The rows of every outcome query for the families in temp.report_scope, days in
    [start, end) (ISO days)."""
    params = {"start": start, "end": end}
    return {
        name: [tuple(r) for r in conn.execute(sql, params).fetchall()]
        for name, sql in QUERIES.items()
    }
