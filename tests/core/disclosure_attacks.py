"""The attacks of issue 12, played from what a reader has: the printed reports.

An attacker here reads each release's printed tables (the strings the PDF and the preview
print), keeps which cells say "n.p.", and rebuilds the constraint system from those and the
printed numbers: it never asks the publishing code which cells it hid. Two attackers:

- `differencing`: subtracts printed figures of overlapping reports, cell by cell, the way the
  issue's attacks were done by hand (Jan-Jul minus Jan-Jun; one report minus the same period
  again; year-to-date series);
- `lp_attack`: the linear-programming reader over all releases at once (`privacy.disclosure`),
  reporting hidden cells it pins and hidden cells or small differences narrower than k.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ripartire_desktop.privacy.disclosure import Model, Release
from ripartire_desktop.privacy.suppression import CountTable, Position
from ripartire_desktop.reports import publication, reach, reach_tables
from ripartire_desktop.reports.aggregates import Period, Summary, source_id
from ripartire_desktop.reports.release import ADDITIVE, count_tables, links, month_number
from ripartire_desktop.reports.tables import PublishedSummary, PublishedTable, published_tables
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.vault import Vault

# Key figures printed as one-cell tables, by their place in the key-figures list.
_SINGLE_AT = {
    5: "kf_opened",
    6: "kf_active",
    7: "kf_waiting",
    10: "kf_families_interviewed",
    13: "kf_aid_families",
    16: "kf_objections",
}


@dataclass(frozen=True)
class Printed:
    """One release as a reader has it: its period and each printed cell (None: "n.p.")."""

    period: Period
    cells: dict[str, dict[Position, int | None]]
    truth: Summary  # what the vault counted: only to score the attack, never to run it

    @property
    def hidden(self) -> dict[str, frozenset[Position]]:
        return {
            key: frozenset(p for p, v in cells.items() if v is None)
            for key, cells in self.cells.items()
        }


def _number(text: str) -> int | None:
    value = text.split(" (", maxsplit=1)[0].strip()
    if value == "n.p.":
        return None
    return int(value.replace(",", ""))


def read_printed(published: PublishedSummary, truth: Summary) -> Printed:
    """Parse the printed tables (English) back into cells; check the numbers are the truth's."""
    tables = count_tables(truth)
    cells: dict[str, dict[Position, int | None]] = {}
    for table in published.tables:
        if table.key == "reach" or table.key in reach.GROUPS:
            cells.update(_reach_cells(table, truth))
            continue
        shape = tables[table.key]
        width = shape.n_cols + (1 if shape.row_totals else 0)
        body = [*table.rows] + ([table.total] if table.total and shape.col_totals else [])
        found: dict[Position, int | None] = {}
        for i, row in enumerate(body):
            for j in range(width):
                if table.key == "aid" and i == shape.n_rows:
                    # That row prints the families helped (a key figure): the sum of the
                    # categories' families is never printed, the reader does not know it.
                    found[(i, j)] = None if shape.value((i, j)) > 0 else 0
                    continue
                found[(i, j)] = _number(row[1 + j])
        cells[table.key] = found
    for index, key in _SINGLE_AT.items():
        if index < len(published.key_figures):
            cells[key] = {(0, 0): _number(published.key_figures[index].value)}
    for key, found in cells.items():
        for pos, value in found.items():
            assert value is None or value == tables[key].value(pos), (key, pos)
    return Printed(truth.period, cells, truth)


def _reach_cells(table: PublishedTable, truth: Summary) -> dict[str, dict[Position, int | None]]:
    """The one-cell tables a reach or money table prints: households with minors (its second
    row), or the households of each budget line, funder or year (rows in print order)."""
    if table.key == "reach":
        return {reach_tables.SINGLE_WITH_MINORS: {(0, 0): _number(table.rows[1][1])}}
    keys = list(reach.sorted_groups(truth.counts, table.key))
    return {
        reach_tables.table_key(table.key, key): {(0, 0): _number(row[1])}
        for key, row in zip(keys, table.rows, strict=False)
    }


def publish(vault: Vault, first: str, last: str, *, today: date) -> Printed:
    """Publish a report the way `ripartire report summary -o` does, and read it back."""
    conn = vault.connection
    settings = Records(conn).settings.load()
    prepared = publication.prepare(
        conn,
        Period.parse(first, last),
        settings=settings,
        today=today,
        source=source_id(vault.vault_id),
    )
    publication.record(conn, prepared, published_at=today.isoformat())
    shown = published_tables(prepared.summary, "en", prepared.hidden)
    return read_printed(shown, prepared.summary)


def _release(p: Printed) -> Release:
    tables = count_tables(p.truth)
    known = {
        key: {pos: table.value(pos) for pos in table.positions()} for key, table in tables.items()
    }
    for key, found in p.cells.items():
        for pos, value in found.items():
            if value is not None:
                assert known[key][pos] == value
    return Release(
        first=month_number(p.period.first),
        last=month_number(p.period.last),
        tables=tables,
        hidden=p.hidden,
        additive=ADDITIVE,
        links=[*links(tables), *reach_tables.links(p.truth, tables)],
    )


@dataclass(frozen=True)
class Outcome:
    recovered: int  # hidden non-zero cells pinned to their value
    narrow: int  # hidden non-zero cells (pinned included) narrower than k
    small_differences: int  # differences between reports of 1..k-1, narrower than k


def lp_attack(printed: Sequence[Printed], k: int) -> Outcome:
    releases = [_release(p) for p in printed]
    model = Model(releases)
    recovered = narrow = 0
    for (n, (key, pos)), (low, high) in model.intervals().items():
        if releases[n].tables[key].value(pos) == 0:
            continue
        recovered += low == high
        narrow += high - low < k
    small = 0
    for _ref, expr, exact in model.differences():
        if exact is None or not 0 < exact < k:
            continue
        low, high = model.bounds(expr)
        small += high - low < k
    return Outcome(recovered, narrow, small)


def differencing(outer: Printed, inner: Printed, rest: Printed | None = None) -> int:
    """Cells recovered by outer minus inner, both printed: of `rest` (the months of outer not
    in inner) where it hides them, or, without `rest`, differences of 1..k-1 (a small group
    that no report prints)."""
    k = outer.truth.k
    recovered = 0
    for key, cells in outer.cells.items():
        if key not in ADDITIVE and rest is not None:
            continue
        for pos, value in cells.items():
            before = inner.cells.get(key, {}).get(pos)
            if value is None or before is None:
                continue
            difference = value - before
            if rest is not None:
                hidden_there = rest.cells.get(key, {}).get(pos, 0) is None
                truth = count_tables(rest.truth)[key].value(pos)
                recovered += hidden_there and difference == truth
            else:
                recovered += 0 < difference < k
    return recovered


def single_table(value: int) -> CountTable:
    return CountTable(((value,),), row_totals=False, col_totals=False)


def insider_attack(merged: Printed, own: Summary, other: Summary) -> Outcome:
    """The merged report minus the exact counts of one's own vault (which its counsellor has,
    and which bounds anything its own reports print): the other vault's small counts."""
    k = merged.truth.k
    own_tables, other_tables = count_tables(own), count_tables(other)
    recovered = narrow = 0
    hidden: dict[str, frozenset[Position]] = {}
    for key, cells in merged.cells.items():
        for pos, value in cells.items():
            if value is not None:
                share = value - own_tables[key].value(pos)
                assert share == other_tables[key].value(pos)
                recovered += 0 < share < k  # a small count of the other vault, printed
        hidden[key] = frozenset(p for p, v in cells.items() if v is None)
    may_be_zero = frozenset(
        (key, pos)
        for key, table in own_tables.items()
        for pos in table.positions()
        if table.value(pos) > 0
    )
    release = Release(
        first=month_number(merged.period.first),
        last=month_number(merged.period.last),
        tables=other_tables,
        hidden=hidden,
        links=links(other_tables),
        may_be_zero=may_be_zero,
    )
    for (_, (key, pos)), (low, high) in Model([release]).intervals().items():
        if other_tables[key].value(pos) > 0:
            recovered += low == high
            narrow += high - low < k
    return Outcome(recovered, narrow, 0)
