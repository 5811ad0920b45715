"""The attacker model's view of a summary: its count tables, which add up over months, and the
relations between tables of one release (`reports.release` checks releases with them)."""

from __future__ import annotations

from collections.abc import Mapping

from ripartire_desktop.domain import Decision, NeedArea
from ripartire_desktop.privacy.disclosure import CellRef, Release
from ripartire_desktop.privacy.suppression import CountTable, Position
from ripartire_desktop.reports import aggregates as agg
from ripartire_desktop.reports import reach_tables
from ripartire_desktop.reports.aggregates import Month, Summary
from ripartire_desktop.reports.outcome_tables import outcome_links

Hidden = Mapping[str, frozenset[Position]]

# Tables whose count over a period is the sum of their counts over its months (events dated
# in the period); the others count families present during the period.
ADDITIVE = frozenset(
    {
        "first_contacts",
        "reached",
        "assessments",
        "needs",
        "improvement",
        "improved_any",
        "interviews",
        "outcomes",
        "kf_opened",
    }
)
# Key figures printed on their own: one cell each, no totals.
SINGLES = {
    "kf_opened": ("paths", "opened"),
    "kf_active": ("paths", "active_at_end"),
    "kf_waiting": ("paths", "waiting_at_end"),
    "kf_families_interviewed": ("families_interviewed",),
    "kf_aid_families": ("aid_families",),
    "kf_objections": ("statistics_objections",),
}


def month_number(month: Month) -> int:
    return month.year * 12 + month.month - 1


def count_tables(summary: Summary) -> dict[str, CountTable]:
    """Every count the summary publishes, as tables (the key figures as one-cell tables)."""
    from ripartire_desktop.reports.tables import count_tables as table_counts

    found = table_counts(summary)
    for key, path in SINGLES.items():
        found[key] = CountTable(((summary.count(*path),),), row_totals=False, col_totals=False)
    found.update(reach_tables.count_tables(summary))
    return found


def links(
    tables: Mapping[str, CountTable],
) -> list[tuple[tuple[tuple[float, CellRef], ...], float, float]]:
    """What a reader knows ties the tables of one release together (kept only when true)."""
    inf = float("inf")
    households = tables["households"]
    minors_rows = households.n_rows  # "0", "1", "2", "3", "4+"
    hh_total = (minors_rows, households.n_cols)
    children_total = ("children", (tables["children"].n_rows, 0))
    weighted = tuple(
        (-float(m), ("households", (m, households.n_cols))) for m in range(1, minors_rows - 1)
    )
    four_plus = ("households", (minors_rows - 1, households.n_cols))
    areas = len(NeedArea)
    improved_total = ("improved_any", (2, 0))
    found: list[tuple[tuple[tuple[float, CellRef], ...], float, float]] = [
        # Children against households by number of minors: 1*h1 + 2*h2 + 3*h3 + 4..12 per "4+".
        (((1.0, children_total), *weighted, (-4.0, four_plus)), 0.0, inf),
        (((1.0, children_total), *weighted, (-12.0, four_plus)), -inf, 0.0),
        # Families with an exit score closed in the period, among the closures.
        (((1.0, ("outcomes", (len(agg.OUTCOME_KEYS), 0))), (-1.0, improved_total)), 0.0, inf),
        (((1.0, ("households", hh_total)), (-1.0, ("kf_opened", (0, 0)))), 0.0, inf),
        (((1.0, ("households", hh_total)), (-1.0, ("kf_active", (0, 0)))), 0.0, inf),
        (
            (
                (1.0, ("interviews", (tables["interviews"].n_rows, 0))),
                (-1.0, ("kf_families_interviewed", (0, 0))),
            ),
            0.0,
            inf,
        ),
        (
            (
                (1.0, ("aid", (tables["aid"].n_rows, 0))),
                (-1.0, ("kf_aid_families", (0, 0))),
            ),
            0.0,
            inf,
        ),
    ]
    for i in range(areas):
        found.append((((1.0, improved_total), (-1.0, ("improvement", (i, 2)))), 0.0, inf))
        found.append((((1.0, ("improved_any", (0, 0))), (-1.0, ("improvement", (i, 0)))), 0.0, inf))
        found.append(
            (
                ((1.0, ("assessments", (len(Decision), 0))), (-1.0, ("needs", (i, 4)))),
                0.0,
                inf,
            )
        )
    for i in range(tables["aid"].n_rows):
        found.append((((1.0, ("kf_aid_families", (0, 0))), (-1.0, ("aid", (i, 0)))), 0.0, inf))
    return found + outcome_links(tables)


def _release(summary: Summary, hidden: Hidden, name: str = "") -> Release:
    tables = count_tables(summary)
    return Release(
        first=month_number(summary.period.first),
        last=month_number(summary.period.last),
        tables=tables,
        hidden=hidden,
        additive=ADDITIVE,
        links=[*links(tables), *reach_tables.links(summary, tables)],
        name=name,
    )
