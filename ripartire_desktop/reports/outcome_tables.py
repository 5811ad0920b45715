"""The outcome indicators as published tables: change by domain of art. 5, households improved,
income and debts against the baseline, work at exit and follow-up.

Their counts go through the same suppression and ledger check as every other table (they are
in `count_tables`, and tied to each other by `outcome_links`). A median is a magnitude beside
the counts: printed only when its row's total is published and counts at least 2k families,
so that no median describes a group small enough to point at a family.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from ripartire_desktop.domain import AssessmentDomain, format_cents, label
from ripartire_desktop.privacy.disclosure import CellRef
from ripartire_desktop.privacy.suppression import NOT_PUBLISHED, CountTable, ratio
from ripartire_desktop.reports import outcome_aggregates as oa
from ripartire_desktop.reports.aggregates import Counts
from ripartire_desktop.reports.strings import format_decimal, t
from ripartire_desktop.reports.table_specs import (
    Builder,
    Published,
    PublishedTable,
    TableSpec,
    build_table,
    node,
)

Link = tuple[tuple[tuple[float, CellRef], ...], float, float]
MEDIAN_MIN_FACTOR = 2  # a median needs a published total of at least this many times k


def _cells(counts: Counts, key: str, rows: tuple[str, ...], cols: tuple[str, ...]) -> CountTable:
    top = node(counts, key)
    cells = tuple(tuple(_int(node(top, r)[c]) for c in cols) for r in rows)
    return CountTable(cells, row_totals=True, col_totals=False)


def _int(value: object) -> int:
    assert isinstance(value, int)
    return value


def outcome_count_tables(counts: Counts) -> dict[str, CountTable]:
    households = node(counts, "change_households")
    return {
        "change_domains": _cells(counts, "change_domains", oa.DOMAINS, oa.CHANGE_KEYS),
        "change_households": CountTable.column(_int(households[k]) for k in oa.IMPROVED_KEYS),
        "change_money": _cells(counts, "change_money", oa.MONEY_ROWS, oa.CHANGE_KEYS),
        "work_outcomes": _cells(counts, "work_outcomes", oa.MOMENTS, oa.WORK_KEYS),
    }


def outcome_links(tables: Mapping[str, CountTable]) -> list[Link]:
    """What a reader knows ties these tables together: every family counted in a domain is
    among the households compared, and every family improved in a domain among those
    improved in at least one."""
    inf = float("inf")
    domains = tables["change_domains"]
    compared = ("change_households", (2, 0))
    improved = ("change_households", (0, 0))
    found: list[Link] = []
    for i in range(domains.n_rows):
        total = ("change_domains", (i, domains.n_cols))
        found.append((((1.0, compared), (-1.0, total)), 0.0, inf))
        found.append((((1.0, improved), (-1.0, ("change_domains", (i, 0)))), 0.0, inf))
    return found


def _keys(*keys: str) -> Callable[[str], list[str]]:
    return lambda lang: [t(k, lang) for k in keys]


def _share(
    part: tuple[int, ...], whole: tuple[int, ...]
) -> Callable[[Published, int, int], float | None]:
    """Share of the columns `part` among the columns `whole`, from published counts only."""

    def share(p: Published, i: int, _n: int) -> float | None:
        parts = [p((i, j)) for j in part]
        wholes = [p((i, j)) for j in whole]
        if any(v is None for v in parts + wholes):
            return None
        return ratio(sum(v or 0 for v in parts), sum(v or 0 for v in wholes))

    return share


_CHANGE_HEADER = ("col_improved", "col_unchanged", "col_worsened", "total", "col_share_improved")
_SPECS = {
    "change_domains": TableSpec(
        "change_domains",
        lambda lang: [label(d, lang) for d in AssessmentDomain],
        _keys("col_domain", *_CHANGE_HEADER),
        _share((0,), (3,)),
        bars="share",
        chart="chart_change_domains",
    ),
    "change_households": TableSpec(
        "change_households",
        _keys("col_improved", "col_not_improved"),
        _keys("col_result", "col_families", "col_share"),
        lambda p, i, n: ratio(p((i, 0)), p((n, 0))),
    ),
    "change_money": TableSpec(
        "change_money",
        _keys("row_income", "row_debt"),
        _keys("col_amount_kind", *_CHANGE_HEADER),
        _share((0,), (3,)),
    ),
    "work_outcomes": TableSpec(
        "work_outcomes",
        _keys("row_exit", "row_follow_up_6", "row_follow_up_12"),
        _keys(
            "col_moment",
            "col_work_found",
            "col_work_kept",
            "col_no_work",
            "col_work_not_recorded",
            "total",
            "col_share_in_work",
        ),
        _share((0, 1), (0, 1, 2)),
    ),
}


def _signed(value: float, text: str) -> str:
    return f"+{text}" if value > 0 else text


def _severity(value: float, lang: str) -> str:
    return _signed(value, format_decimal(value, lang))


def _euros(value: float, lang: str) -> str:
    cents = round(value) * oa.MONEY_STEP_CENTS
    return _signed(cents, format_cents(cents, lang))


# The tables that gain a median column: where the counts hold each row's sizes, the rows, how
# a median reads, and the column's header.
_MEDIAN_COLUMNS: dict[str, tuple[str, tuple[str, ...], Callable[[float, str], str], str]] = {
    "change_domains": ("change_domains_size", oa.DOMAINS, _severity, "col_median_severity"),
    "change_money": ("change_money_size", oa.MONEY_ROWS, _euros, "col_median_euros"),
}


def _medians(b: Builder, table: PublishedTable, key: str) -> PublishedTable:
    """`table` with the median column of `_MEDIAN_COLUMNS[key]`: each row's median size,
    published only when the row's total is published and at least MEDIAN_MIN_FACTOR * k."""
    sizes_key, row_keys, text, header = _MEDIAN_COLUMNS[key]
    sizes = tuple(node(node(b.summary.counts, sizes_key), row) for row in row_keys)
    st = b.suppressed[key]
    total_col = st.table.n_cols
    least = MEDIAN_MIN_FACTOR * b.summary.k
    rows = []
    for i, row in enumerate(table.rows):
        n = st.published((i, total_col))
        median = oa.median_of(sizes[i])
        if median is None:
            cell = "—"
        elif n is None or n < least:
            cell = NOT_PUBLISHED
        else:
            cell = text(median, b.lang)
        rows.append([*row, cell])
    return replace(table, header=[*table.header, t(header, b.lang)], rows=rows)


def outcome_tables(b: Builder) -> list[PublishedTable]:
    """The published outcome tables, with the protection explained under each."""
    k, lang = b.summary.k, b.lang
    counts_note = t("protection_counts", lang, k1=k - 1)
    medians_note = t("protection_medians", lang, k1=k - 1, k2=MEDIAN_MIN_FACTOR * k)
    built = {key: build_table(b, spec) for key, spec in _SPECS.items()}
    for key in _MEDIAN_COLUMNS:
        built[key] = _medians(b, built[key], key)
    notes = {
        "change_domains": medians_note,
        "change_money": medians_note,
        "change_households": counts_note,
        "work_outcomes": counts_note,
    }
    return [
        replace(table, note=t(f"t_{key}_note", lang, protection=notes[key]))
        for key, table in built.items()
    ]


def improved_households_figure(b: Builder) -> tuple[str, float | None]:
    """The key figure: families improved on their baseline, and their share."""
    st = b.suppressed["change_households"]
    share = ratio(st.published((0, 0)), st.published((2, 0)))
    return b.fmt(st, (0, 0)), share
