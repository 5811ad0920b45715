"""The statistics queries of the anonymised summary: grouped counts over a period, never a row.

`reports.aggregates` turns these rows into the summary's counts; the SQL lives here, with the
rest of the storage. Statements are constants built once from the column map (`store.columns`);
every value is bound. "IN (SELECT family_id FROM temp.report_scope)" limits a count to the
families in scope (`report_scope`); a family is "on a path" in the period [:start, :end) when
f.opened_on < :end AND (f.closed_on IS NULL OR f.closed_on >= :start), unless it withdrew before
the period began.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from ripartire_desktop.domain.vocab import (
    Channel,
    Decision,
    InterviewMode,
    NeedArea,
    Outcome,
    WorkType,
)
from ripartire_desktop.store.columns import (
    AID_PAYMENTS,
    ASSESSMENTS,
    CLOSURES,
    FIRST_CONTACTS,
    INTERVIEWS,
    Table,
)
from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.statistics_pivot import Pivot

Rows = list[tuple[Any, ...]]

IN_SCOPE = "family_id IN (SELECT family_id FROM temp.report_scope)"
_ON_PATH = """f.id IN (SELECT family_id FROM temp.report_scope)
          AND f.opened_on IS NOT NULL AND f.opened_on < :end
          AND (f.closed_on IS NULL OR f.closed_on >= :start)
          AND NOT (f.status = 'withdrew' AND f.updated_on < :start)"""


def _in_period(table: Table, day: str, *measures: str, by: tuple[str, ...] = ()) -> str:
    """`SELECT <by>, <measures> FROM <table>` of the families in scope whose `day` falls in
    the period, grouped by `by`."""
    assert day in table.columns and set(by) <= set(table.columns), (table.name, day, by)
    group = f" GROUP BY {', '.join(by)}" if by else ""
    return table.select(
        f"WHERE {day} >= :start AND {day} < :end AND {IN_SCOPE}{group}",
        columns=(*by, *measures),
    )


_CONTACTS = _in_period(FIRST_CONTACTS, "occurred_at", "count(*)", by=("channel",))
# Anonymous desk contacts (no family) are counted too, unless subsets of one vault must add up;
# one handed over to a colleague is theirs to count (their vault holds it now).
_CONTACTS_WITH_ANONYMOUS = _CONTACTS.replace(
    IN_SCOPE,
    "((family_id IS NULL AND id NOT IN (SELECT desk_contact_id FROM handovers WHERE "
    f"direction = 'sent' AND desk_contact_id IS NOT NULL)) OR {IN_SCOPE})",
)
# A family handed over to a colleague is counted by the colleague's vault, which holds its
# whole record now: counted here too, a merged report would count it twice.
_HANDED_OVER = (
    "DELETE FROM temp.report_scope WHERE family_id IN (SELECT f.id FROM families f "
    "JOIN handovers h ON h.family_code = f.code AND h.direction = 'sent')"
)
_ASSESSMENTS = _in_period(ASSESSMENTS, "assessed_on", "count(*)", by=("decision",))
_OUTCOMES = _in_period(CLOSURES, "closed_on", "count(*)", by=("outcome", "work_type"))
_INTERVIEWS = _in_period(INTERVIEWS, "starts_at", "count(*)", "sum(duration_minutes)", by=("mode",))
_FAMILIES_INTERVIEWED = _in_period(INTERVIEWS, "starts_at", "count(DISTINCT family_id)")
_AID = _in_period(
    AID_PAYMENTS,
    "paid_on",
    "count(DISTINCT family_id)",
    "count(*)",
    "sum(amount_cents)",
    by=("category",),
)
_AID_FAMILIES = _in_period(AID_PAYMENTS, "paid_on", "count(DISTINCT family_id)")

_FAMILIES_REACHED = """
    SELECT coalesce(first_contact_channel, 'not_recorded'),
           CASE known_to_social_services WHEN 1 THEN 'known' WHEN 0 THEN 'not_known'
                ELSE 'not_asked' END,
           count(*)
    FROM families
    WHERE created_on >= :start AND created_on < :end
      AND id IN (SELECT family_id FROM temp.report_scope)
    GROUP BY 1, 2
"""
# Read in the order of need_scores_area (area, baseline), so the GROUP BY needs no sorter (the
# sorter cost twice the reading at 10,000 families).
_NEED_SOURCE = """FROM need_scores n INDEXED BY need_scores_area
    CROSS JOIN assessments a ON a.id = n.assessment_id
    WHERE a.assessed_on >= :start AND a.assessed_on < :end
      AND a.family_id IN (SELECT family_id FROM temp.report_scope)
      AND n.baseline IS NOT NULL"""
_NEED_BASELINES = f"SELECT n.area, n.baseline, count(*) {_NEED_SOURCE} GROUP BY 1, 2"
_PATHS = """
    SELECT
      (SELECT count(*) FROM families f
         WHERE f.id IN (SELECT family_id FROM temp.report_scope)
         AND f.opened_on >= :start AND f.opened_on < :end),
      (SELECT count(*) FROM families f
         WHERE f.id IN (SELECT family_id FROM temp.report_scope)
         AND f.opened_on IS NOT NULL AND f.opened_on < :end
         AND (f.status = 'active_path'
              OR (f.status = 'closed' AND f.closed_on >= :end)
              OR (f.status = 'withdrew' AND f.updated_on >= :end))),
      (SELECT count(*) FROM families f JOIN assessments a ON a.family_id = f.id
         WHERE f.id IN (SELECT family_id FROM temp.report_scope)
         AND a.decision IN ('admitted', 'waiting_list') AND a.decided_on < :end
         AND (f.opened_on IS NULL OR f.opened_on >= :end)
         AND f.status IN ('waiting_list', 'active_path', 'closed', 'withdrew', 'referred')
         AND NOT (f.status IN ('withdrew', 'referred') AND f.updated_on < :end))
"""
_HOUSEHOLDS = f"""
    SELECT CASE WHEN f.minors >= 4 THEN '4+' ELSE CAST(f.minors AS TEXT) END,
           CASE WHEN f.adults <= 1 THEN '0-1' WHEN f.adults = 2 THEN '2' ELSE '3+' END,
           count(*)
    FROM families f
    WHERE {_ON_PATH}
    GROUP BY 1, 2
"""
_CHILDREN = f"""
    SELECT m.birth_year, m.age_band, count(*) FROM members m
    JOIN families f ON f.id = m.family_id
    WHERE m.role = 'child' AND {_ON_PATH}
    GROUP BY 1, 2
"""
_ACTIONS_SOURCE = f"""FROM actions a
    JOIN families f ON f.id = a.family_id
    WHERE {_ON_PATH}"""
_ACTIONS = f"SELECT a.action_type, a.status, count(*) {_ACTIONS_SOURCE} GROUP BY 1, 2"
# Need scores of families closed in the period with a baseline need and an exit score.
_SCORED_AT_CLOSURE = """
    FROM need_scores n JOIN assessments a ON a.id = n.assessment_id
    WHERE n.baseline >= 1 AND n.exit IS NOT NULL
      AND a.family_id IN (SELECT family_id FROM temp.report_scope)
      AND EXISTS (SELECT 1 FROM closures c WHERE c.family_id = a.family_id
                  AND c.closed_on >= :start AND c.closed_on < :end)
"""
_IMPROVEMENT_MEASURES = ("sum(n.exit < n.baseline)", "sum(n.exit >= n.baseline)")
_IMPROVEMENT_BY_AREA = f"""
    SELECT n.area, {", ".join(_IMPROVEMENT_MEASURES)}
    {_SCORED_AT_CLOSURE}
    GROUP BY 1
"""
_IMPROVED_FAMILIES = f"""
    SELECT coalesce(sum(better), 0), count(*) FROM (
        SELECT a.family_id, max(n.exit < n.baseline) AS better
        {_SCORED_AT_CLOSURE}
        GROUP BY a.family_id
    )
"""
# `scopes` (space-separated) names anonymous_statistics: the same test as
# (' ' || scopes || ' ') LIKE '% anonymous_statistics %', without building a string per row
# (each one an allocation, locked and wiped: 3x slower over 10,000 consents).
HAS_STATISTICS_SCOPE = """(c.scopes LIKE 'anonymous_statistics'
                   OR c.scopes LIKE 'anonymous_statistics %'
                   OR c.scopes LIKE '% anonymous_statistics'
                   OR c.scopes LIKE '% anonymous_statistics %')"""
_OBJECTED = f"""
    DELETE FROM temp.report_scope WHERE family_id IN (
        SELECT c.family_id FROM consents c GROUP BY c.family_id
        HAVING max(c.given_on <= :today
                   AND (c.withdrawn_on IS NULL OR c.withdrawn_on > :today)
                   AND {HAS_STATISTICS_SCOPE}) = 0
    )
"""


@contextmanager
def report_scope(
    conn: Connection, family_ids: Collection[int] | None, today: date
) -> Iterator[int]:
    """Fill temp.report_scope with the families to count (None: all); yields how many were
    left out because no consent in force on `today` covers anonymous statistics."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS report_scope (family_id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM temp.report_scope")
    try:
        if family_ids is None:
            conn.execute("INSERT INTO temp.report_scope SELECT id FROM families")
        else:
            conn.executemany(
                "INSERT OR IGNORE INTO temp.report_scope VALUES (?)", [(i,) for i in family_ids]
            )
        conn.execute(_HANDED_OVER)
        objected = conn.execute(_OBJECTED, {"today": today.isoformat()}).rowcount
        yield max(0, int(objected))
    finally:
        conn.execute("DELETE FROM temp.report_scope")


# The statements by name, each with what its rows hold.
QUERIES: dict[str, str] = {
    "first_contacts": _CONTACTS_WITH_ANONYMOUS,  # (channel, contacts)
    "first_contacts_of_families": _CONTACTS,  # the same, without anonymous contacts
    "families_reached": _FAMILIES_REACHED,  # (channel | 'not_recorded', known?, families)
    "assessments": _ASSESSMENTS,  # (decision, assessments)
    "need_baselines": _NEED_BASELINES,  # (area, baseline severity, need scores)
    "paths": _PATHS,  # one row: (opened in the period, active at its end, waiting at its end)
    # Of the families on a path:
    "households": _HOUSEHOLDS,  # (minors bucket, adults bucket, families)
    "children": _CHILDREN,  # (birth year, age band, children)
    "actions": _ACTIONS,  # (action type, status, actions)
    "outcomes": _OUTCOMES,  # (outcome, work type, closures)
    # Of the families closed in the period with a baseline need and an exit score:
    "improvement_by_area": _IMPROVEMENT_BY_AREA,  # (area, improved, not improved)
    "improved_families": _IMPROVED_FAMILIES,  # one row: (improved in some area, all)
    "interviews": _INTERVIEWS,  # (mode, interviews, minutes)
    "families_interviewed": _FAMILIES_INTERVIEWED,  # one row: (families)
    "aid": _AID,  # (category, families, payments, cents)
    "aid_families": _AID_FAMILIES,  # one row: (families)
}


def _period_source(table: Table, day: str, scope: str = IN_SCOPE) -> str:
    return f"FROM {table.name} WHERE {day} >= :start AND {day} < :end AND {scope}"


def _values(vocabulary: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in vocabulary)


# The same counts as these QUERIES, without the GROUP BY's sorter (store/statistics_pivot.py).
# Not for the need baselines and the actions: with 40-60 groups the sums per row cost more
# than the sort they save (measured at 10,000 families).
# "+family_id" keeps the interviews on their covering index interviews_when (starts_at, mode,
# duration_minutes, family_id): one pass over it instead of a lookup of every interview.
PIVOTS: dict[str, Pivot] = {
    "first_contacts": Pivot(
        _period_source(FIRST_CONTACTS, "occurred_at", f"(family_id IS NULL OR {IN_SCOPE})"),
        (("channel", _values(Channel)),),
        ("count(*)",),
    ),
    "first_contacts_of_families": Pivot(
        _period_source(FIRST_CONTACTS, "occurred_at"),
        (("channel", _values(Channel)),),
        ("count(*)",),
    ),
    "assessments": Pivot(
        _period_source(ASSESSMENTS, "assessed_on"),
        (("decision", _values(Decision)),),
        ("count(*)",),
    ),
    "outcomes": Pivot(
        _period_source(CLOSURES, "closed_on"),
        (("outcome", _values(Outcome)), ("work_type", (None, *_values(WorkType)))),
        ("count(*)",),
    ),
    "improvement_by_area": Pivot(
        _SCORED_AT_CLOSURE, (("n.area", _values(NeedArea)),), _IMPROVEMENT_MEASURES
    ),
    "interviews": Pivot(
        _period_source(INTERVIEWS, "starts_at", f"+{IN_SCOPE}"),
        (("mode", _values(InterviewMode)),),
        ("count(*)", "sum(duration_minutes)"),
    ),
}
_PIVOT_SQL = {name: pivot.sql for name, pivot in PIVOTS.items()}


@dataclass(frozen=True, slots=True)
class PeriodStatistics:
    """The grouped counts of the families in `report_scope` for days in [start, end)."""

    conn: Connection
    start: date
    end: date

    def rows(self, name: str) -> Rows:
        """The rows of the statement `name` of QUERIES (computed by its pivot when it has
        one: the same rows, in the order of their groups)."""
        pivot = PIVOTS.get(name)
        if pivot is not None:
            found = pivot.rows(self._rows(_PIVOT_SQL[name])[0])
            if found is not None:
                return found
        return self._rows(QUERIES[name])

    def _rows(self, sql: str) -> Rows:
        params = {"start": self.start.isoformat(), "end": self.end.isoformat()}
        return [tuple(r) for r in self.conn.execute(sql, params).fetchall()]

    def one(self, name: str) -> tuple[int, ...]:
        """The one row of a statement that returns one, as whole numbers."""
        return tuple(int(value or 0) for value in self.rows(name)[0])
