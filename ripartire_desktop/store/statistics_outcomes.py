"""The statistics queries of the outcome indicators: change against the baseline of the path,
and work at exit and at follow-up; grouped counts, never a row (see store/statistics.py for the
scope and the period parameters).

Which paths a change counts: of each family in scope, its latest path with a review or an exit
in the period [:start, :end); compared are that path's baseline and its latest review or exit
before the period's end that records the measure (scores, income, debts), so families still on
a path count, not only those closed in the period.
"""

from __future__ import annotations

from ripartire_desktop.domain import AssessmentDomain, NeedArea
from ripartire_desktop.domain.outcomes import areas_of
from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.statistics import Rows

# The latest review or exit of the path before the period's end that records {0}.
_LATEST = """(SELECT l.id FROM assessment_rounds l WHERE l.family_id = p.family_id
           AND l.episode = p.episode AND l.kind IN ('review', 'exit') AND l.assessed_on < :end
           AND {0} ORDER BY l.assessed_on DESC, l.id DESC LIMIT 1)"""
_PAIRS = f"""
WITH paths AS MATERIALIZED (
    SELECT family_id, max(episode) AS episode FROM assessment_rounds
    WHERE kind IN ('review', 'exit') AND assessed_on >= :start AND assessed_on < :end
      AND family_id IN (SELECT family_id FROM temp.report_scope)
    GROUP BY family_id
),
pairs AS MATERIALIZED (
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
# Severity of each domain (its worst area) at the baseline (b_<domain>) and at the latest round
# (a_<domain>), -1 when not scored; one row per path. Each area is one lookup of the scores'
# primary key: an aggregate per round or per domain (max, GROUP BY) cost ten times more on an
# encrypted vault, where every allocation of the query is wiped.
_DOMAIN_LIST = tuple(AssessmentDomain)
_LOOKUP = (
    "coalesce((SELECT severity FROM round_scores WHERE round_id = pr.{0} AND area = '{1}'), -1)"
    " AS {2}_{1}"
)
_LOOKUPS = ",\n        ".join(
    _LOOKUP.format(round_id, area.value, side)
    for area in NeedArea
    for round_id, side in (("before_id", "b"), ("after_id", "a"))
)


def _worst(side: str, domain: AssessmentDomain) -> str:
    areas = [f"{side}_{a.value}" for a in areas_of(domain)]
    worst = areas[0] if len(areas) == 1 else f"max({', '.join(areas)})"  # scalar max
    return f"{worst} AS {side}_{domain.value}"


_DOMAINS = f"""
{_PAIRS},
scores AS MATERIALIZED (
    SELECT {_LOOKUPS}
    FROM pairs pr WHERE pr.before_id IS NOT NULL AND pr.after_id IS NOT NULL
),
domains AS (
    SELECT {", ".join(_worst(side, d) for d in _DOMAIN_LIST for side in ("b", "a"))}
    FROM scores
)
"""
# A domain is compared when it was a need at baseline (1-3) and is scored at the latest round.
_COMPARED = "(b_{0} >= 1 AND a_{0} >= 0)"
_IMPROVED = " OR ".join(
    f"({_COMPARED.format(d.value)} AND a_{d.value} < b_{d.value})" for d in _DOMAIN_LIST
)
_ANY = " OR ".join(_COMPARED.format(d.value) for d in _DOMAIN_LIST)
# One row per domain (families per change in severity from -3 to 3), then HOUSEHOLDS: families
# improved in some domain, families compared in some domain, and five zeros.
HOUSEHOLDS = "households"
_DOMAIN_CHANGE = f"""
{_DOMAINS}
""" + "\nUNION ALL\n".join(
    [
        f"SELECT '{d.value}', "
        + ", ".join(
            f"coalesce(sum({_COMPARED.format(d.value)} AND a_{d.value} - b_{d.value} = {n}), 0)"
            for n in range(-3, 4)
        )
        + " FROM domains"
        for d in _DOMAIN_LIST
    ]
    + [
        f"SELECT '{HOUSEHOLDS}', coalesce(sum({_IMPROVED}), 0), coalesce(sum({_ANY}), 0), "
        "0, 0, 0, 0, 0 FROM domains"
    ]
)
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
    # (domain, families per change in severity -3..3), and the HOUSEHOLDS row
    "domain_change": _DOMAIN_CHANGE,
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
