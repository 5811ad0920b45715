"""The reach and money tables of the anonymised summary (issue 17), under the same disclosure
control as the rest.

Counts: households with minors is a one-cell table of the release, tied to the households
table (it is their total minus the households without minors), so the check of
reports/release.py protects it with the rest. Each budget line, funder and budget year is a
one-cell table of households keyed by the line itself ("aid_lines:[2026,...]"), so a line is
the same cell in every release that has it and overlapping releases are checked line by line;
the links say what a reader knows (households helped are at least those of any line and at most
the sum of all lines; a funder's and a year's households against their lines').

Money follows the counts and two rules of its own (docs/reports.md): payments and euros of a
group are hidden when its households are; euros are hidden when one household received more
than half of them (dominance); a line's euros hidden make its funder's and year's euros hidden
(they are sums of lines); and a table never shows all but one hidden amount beside a printed
total (the smallest other amount is hidden too), so no hidden amount is a subtraction away.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ripartire_desktop.domain import AidCategory, format_cents
from ripartire_desktop.privacy.disclosure import CellRef
from ripartire_desktop.privacy.redaction import redact
from ripartire_desktop.privacy.suppression import NOT_PUBLISHED, CountTable, ratio
from ripartire_desktop.reports import reach
from ripartire_desktop.reports.aggregates import Summary
from ripartire_desktop.reports.strings import format_int, t
from ripartire_desktop.reports.table_specs import Builder, PublishedTable

Link = tuple[tuple[tuple[float, CellRef], ...], float, float]
ONE = (0, 0)
DOMINANCE_SHARE = 0.5  # euros of a group are hidden when one household had more than this
SINGLE_WITH_MINORS = "kf_with_minors"


def table_key(node: str, key: str) -> str:
    return f"{node}:{key}"


def _single(value: int) -> CountTable:
    return CountTable(((value,),), row_totals=False, col_totals=False)


def count_tables(summary: Summary) -> dict[str, CountTable]:
    """The reach counts as tables of the release: households with minors, and the households
    of each budget line, funder and budget year."""
    counts = summary.counts
    found = {SINGLE_WITH_MINORS: _single(summary.count(reach.WITH_MINORS))}
    for node in reach.GROUPS:
        groups: Mapping[str, Any] = counts.get(node, {})  # type: ignore[assignment]
        for key, values in groups.items():
            found[table_key(node, key)] = _single(int(values["families"]))
    return found


def links(summary: Summary, tables: Mapping[str, CountTable]) -> list[Link]:
    """What a reader knows ties these tables to the others (kept only when true)."""
    inf = float("inf")
    households = tables["households"]
    total = ("households", (households.n_rows, households.n_cols))
    without_minors = ("households", (0, households.n_cols))
    with_minors = (SINGLE_WITH_MINORS, ONE)
    found: list[Link] = [
        # With minors = all households on a path minus those without minors.
        (((1.0, with_minors), (-1.0, total), (1.0, without_minors)), 0.0, 0.0),
    ]
    helped = ("kf_aid_families", ONE)
    counts = summary.counts
    lines: Mapping[str, Any] = counts["aid_lines"]  # type: ignore[assignment]
    line_refs = [(key, (table_key("aid_lines", key), ONE)) for key in lines]
    if line_refs:
        found.append((((1.0, helped), *((-1.0, ref) for _, ref in line_refs)), -inf, 0.0))
    for node in reach.GROUPS:
        for key in counts[node]:  # type: ignore[union-attr]
            found.append((((1.0, helped), (-1.0, (table_key(node, key), ONE))), 0.0, inf))
    for node, part in (("aid_funders", 1), ("aid_years", 0)):
        for key in counts[node]:  # type: ignore[union-attr]
            mine = [ref for line, ref in line_refs if _part(line, part) == key]
            group = (table_key(node, key), ONE)
            if mine:
                found.append((((1.0, group), *((-1.0, ref) for ref in mine)), -inf, 0.0))
                found += [(((1.0, group), (-1.0, ref)), 0.0, inf) for ref in mine]
    return found


def _part(line: str, part: int) -> str:
    """The year (0) or funder (1) of a line key as the funder and year tables key them."""
    parsed = reach.parse_line_key(line)
    if parsed is None:
        return reach.UNASSIGNED
    return str(parsed[part])


# --- printing --------------------------------------------------------------------------------


def published(b: Builder) -> list[PublishedTable]:
    """The reach table and the money tables per budget line, funder and year."""
    lang = b.lang
    lines = _money(b, "aid_lines", {})
    by_line = {key: key in lines.hidden for key in lines.keys}
    tables = [_reach(b)]
    for node, part in (("aid_lines", -1), ("aid_funders", 1), ("aid_years", 0)):
        forced: dict[str, bool] = {}
        if part >= 0:
            for line, hidden in by_line.items():
                if hidden:
                    forced[_part(line, part)] = True
        money = lines if part < 0 else _money(b, node, forced)
        tables.append(_table(b, node, money, lang))
    return tables


def _reach(b: Builder) -> PublishedTable:
    lang = b.lang
    households = b.suppressed["households"]
    children = b.suppressed["children"]
    hh = households.table
    rows = [
        [t("reach_households", lang), b.fmt(households, (hh.n_rows, hh.n_cols))],
        [t("reach_with_minors", lang), b.single(SINGLE_WITH_MINORS)],
        [t("reach_children", lang), b.fmt(children, (children.table.n_rows, 0))],
    ]
    return PublishedTable(
        key="reach",
        title=t("t_reach", lang),
        note=t("t_reach_note", lang, k=b.summary.k),
        header=[t("col_indicator", lang), t("col_number", lang)],
        rows=rows,
        total=None,
    )


class _Money:
    """Which groups of a money table print their payments and euros."""

    def __init__(self, keys: list[str], hidden: set[str], total_hidden: bool) -> None:
        self.keys = keys
        self.hidden = hidden
        self.total_hidden = total_hidden


def _money(b: Builder, node: str, forced: Mapping[str, bool]) -> _Money:
    counts: Mapping[str, Any] = b.summary.counts[node]  # type: ignore[assignment]
    keys = list(reach.sorted_groups(b.summary.counts, node))
    hidden = set()
    for key in keys:
        values = counts[key]
        count_hidden = b.suppressed[table_key(node, key)].hidden(ONE)
        dominant = values["top_cents"] > DOMINANCE_SHARE * values["cents"] > 0
        if count_hidden or dominant or forced.get(key, False):
            hidden.add(key)
    n_cat = len(AidCategory)
    total_hidden = b.suppressed["aid"].hidden((n_cat, 0))
    nonzero = [k for k in keys if counts[k]["cents"] > 0]
    if len(hidden & set(nonzero)) == 1 and not total_hidden:
        # One hidden amount beside a printed total is a subtraction away: hide one more.
        others = sorted((counts[k]["cents"], k) for k in nonzero if k not in hidden)
        if others:
            hidden.add(others[0][1])
        else:
            total_hidden = True
    return _Money(keys, hidden, total_hidden)


def _label(node: str, key: str, lang: str) -> str:
    """A line's, funder's or year's name as typed in Settings, through the redaction
    patterns: a phone number or a tax code typed into a line's name never leaves."""
    if key == reach.UNASSIGNED:
        return t("no_budget_line", lang)
    if node == "aid_lines":
        parsed = reach.parse_line_key(key)
        assert parsed is not None
        _year, funder, name = parsed
        text = name if funder.casefold() in name.casefold() else f"{name} ({funder})"
        return redact(text, ())
    return redact(key, ())


def _granted(summary: Summary, node: str, key: str) -> int | None:
    """What a line grants, or the sum for a funder or a year; None for payments of no line."""
    if key == reach.UNASSIGNED:
        return None
    granted: Mapping[str, int] = summary.counts[reach.GRANTED]  # type: ignore[assignment]
    if node == "aid_lines":
        return granted.get(key)
    part = 1 if node == "aid_funders" else 0
    found = [cents for line, cents in granted.items() if _part(line, part) == key]
    return sum(found) if found else None


def _table(b: Builder, node: str, money: _Money, lang: str) -> PublishedTable:
    counts: Mapping[str, Any] = b.summary.counts[node]  # type: ignore[assignment]
    rows = []
    for key in money.keys:
        values = counts[key]
        count_text = b.fmt(b.suppressed[table_key(node, key)], ONE)
        shown = key not in money.hidden
        payments = format_int(values["payments"], lang) if shown else NOT_PUBLISHED
        cents = format_cents(values["cents"], lang) if shown else NOT_PUBLISHED
        granted = _granted(b.summary, node, key)
        share = ratio(values["cents"] if shown else None, granted or None)
        rows.append(
            [
                _label(node, key, lang),
                count_text,
                payments,
                cents,
                "—" if granted is None else format_cents(granted, lang),
                b.percent(share),
            ]
        )
    total = None
    if rows:
        spent = sum(int(counts[k]["cents"]) for k in money.keys)
        paid = sum(int(counts[k]["payments"]) for k in money.keys)
        total = [
            t("total", lang),
            b.single("kf_aid_families"),
            NOT_PUBLISHED if money.total_hidden else format_int(paid, lang),
            NOT_PUBLISHED if money.total_hidden else format_cents(spent, lang),
            "",
            "",
        ]
    return PublishedTable(
        key=node,
        title=t(f"t_{node}", lang),
        note=t(f"t_{node}_note", lang) + " " + t("money_rules", lang),
        header=[
            t(f"col_{node}", lang),
            t("col_families", lang),
            t("col_payments", lang),
            t("col_amount", lang),
            t("col_granted", lang),
            t("col_used", lang),
        ],
        rows=rows or [[t("no_aid_in_period", lang), "0", "0", format_cents(0, lang), "", ""]],
        total=total,
    )
