"""The statistics queries of the reach and money indicators (issue 17): households with minors
on a path, and aid paid per budget line, funder and budget year, each with the largest amount
one household received (for the dominance rule of reports/reach_tables.py).

Like store/statistics.py, grouped counts of the families in `temp.report_scope` only (the
caller holds `statistics.report_scope`), every value bound, never a row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.statistics import IN_SCOPE

Rows = list[tuple[Any, ...]]

_WITH_MINORS = """
    SELECT count(*) FROM families f
    WHERE f.id IN (SELECT family_id FROM temp.report_scope)
      AND f.opened_on IS NOT NULL AND f.opened_on < :end
      AND (f.closed_on IS NULL OR f.closed_on >= :start)
      AND NOT (f.status = 'withdrew' AND f.updated_on < :start)
      AND f.minors >= 1
"""


def _aid_by(group: str) -> str:
    """Per group: households, payments, cents and the most one household received. A family
    is summed within the group first, so "the most" is per household, not per payment."""
    return f"""
    SELECT g, count(*), sum(n), sum(cents), max(cents) FROM (
        SELECT {group} AS g, p.family_id, count(*) AS n, sum(p.amount_cents) AS cents
        FROM aid_payments p LEFT JOIN budget_lines b ON b.id = p.budget_line_id
        WHERE p.paid_on >= :start AND p.paid_on < :end AND p.{IN_SCOPE}
        GROUP BY 1, 2
    ) GROUP BY g
    """


# A line is named by (year, funder, name) so that lines of several vaults can be merged;
# payments paid from no line fall in the group NULL.
_LINE = "CASE WHEN b.id IS NULL THEN NULL ELSE json_array(b.year, b.funder, b.name) END"
_AID_BY_LINE = _aid_by(_LINE)
_AID_BY_FUNDER = _aid_by("b.funder")
_AID_BY_YEAR = _aid_by("b.year")
# What each line grants: lines of the period's years, and lines paid from in the period.
_GRANTED = f"""
    SELECT json_array(b.year, b.funder, b.name), b.amount_cents FROM budget_lines b
    WHERE b.year BETWEEN :first_year AND :last_year
       OR b.id IN (SELECT p.budget_line_id FROM aid_payments p
                   WHERE p.paid_on >= :start AND p.paid_on < :end AND p.{IN_SCOPE})
"""


@dataclass(frozen=True, slots=True)
class ReachRows:
    with_minors: int
    by_line: Rows  # (json [year, funder, name] | None, households, payments, cents, top cents)
    by_funder: Rows  # (funder | None, ...)
    by_year: Rows  # (year | None, ...)
    granted: Rows  # (json [year, funder, name], cents granted)


def reach_rows(conn: Connection, start: date, end: date) -> ReachRows:
    """The rows for the days [start, end); budget lines of the years of `start` to the day
    before `end` count as the period's."""
    last_year = date.fromordinal(end.toordinal() - 1).year
    params = {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "first_year": start.year,
        "last_year": last_year,
    }

    def rows(sql: str) -> Rows:
        return [tuple(r) for r in conn.execute(sql, params).fetchall()]

    (with_minors,) = conn.execute(_WITH_MINORS, params).fetchone()
    return ReachRows(
        with_minors=int(with_minors or 0),
        by_line=rows(_AID_BY_LINE),
        by_funder=rows(_AID_BY_FUNDER),
        by_year=rows(_AID_BY_YEAR),
        granted=rows(_GRANTED),
    )
