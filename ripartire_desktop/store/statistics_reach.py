"""The statistics queries of the reach and money indicators (issue 17): households with minors
on a path, and aid paid per budget line, funder and budget year, each with the largest amount
one household received (for the dominance rule of reports/reach_tables.py).

Like store/statistics.py, grouped counts of the families in `temp.report_scope` only (the
caller holds `statistics.report_scope`), every value bound, never a row.
"""

from __future__ import annotations

from collections.abc import Callable
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


# One scan of the period's payments: what each household received from each line (NULL: no
# line). Lines, funders and years are added up from these rows, per household first, so "the
# most one household received" is per household, not per payment.
_PAID = f"""
    SELECT p.budget_line_id, p.family_id, count(*), sum(p.amount_cents) FROM aid_payments p
    WHERE p.paid_on >= :start AND p.paid_on < :end AND p.{IN_SCOPE}
    GROUP BY 1, 2
"""
_LINES = "SELECT id, year, funder, name, amount_cents FROM budget_lines"


@dataclass(frozen=True, slots=True)
class ReachRows:
    with_minors: int
    by_line: Rows  # ((year, funder, name) | None, households, payments, cents, top cents)
    by_funder: Rows  # (funder | None, ...)
    by_year: Rows  # (year | None, ...)
    granted: Rows  # ((year, funder, name), cents granted): the period's years and lines used


def reach_rows(conn: Connection, start: date, end: date) -> ReachRows:
    """The rows for the days [start, end); budget lines of the years of `start` to the day
    before `end` count as the period's."""
    last_year = date.fromordinal(end.toordinal() - 1).year
    params = {"start": start.isoformat(), "end": end.isoformat()}

    (with_minors,) = conn.execute(_WITH_MINORS, params).fetchone()
    every = conn.execute(_LINES).fetchall()
    lines = {int(i): (int(y), str(f), str(n)) for i, y, f, n, _cents in every}
    paid = conn.execute(_PAID, params).fetchall()
    used = {line for line, *_rest in paid}
    granted = [
        (lines[int(i)], int(cents))
        for i, y, _f, _n, cents in every
        if start.year <= int(y) <= last_year or i in used
    ]
    return ReachRows(
        with_minors=int(with_minors or 0),
        by_line=_grouped(paid, lambda line: lines.get(line) if line is not None else None),
        by_funder=_grouped(paid, lambda line: lines[line][1] if line in lines else None),
        by_year=_grouped(paid, lambda line: lines[line][0] if line in lines else None),
        granted=granted,
    )


def _grouped(paid: Rows, group_of: Callable[[Any], Any]) -> Rows:
    """(group, households, payments, cents, most one household received) from the rows of
    _PAID, a household's payments from several lines of one group summed first."""
    per_household: dict[tuple[Any, int], list[int]] = {}
    for line, family, n, cents in paid:
        into = per_household.setdefault((group_of(line), int(family)), [0, 0])
        into[0] += int(n)
        into[1] += int(cents)
    groups: dict[Any, list[int]] = {}
    for (group, _family), (n, cents) in per_household.items():
        into = groups.setdefault(group, [0, 0, 0, 0])
        into[0] += 1
        into[1] += n
        into[2] += cents
        into[3] = max(into[3], cents)
    return [(group, *values) for group, values in groups.items()]
