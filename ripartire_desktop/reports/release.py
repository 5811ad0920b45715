"""Which cells of a summary may be published, checked against every earlier release at once.

`protect` starts from the per-table suppression of `privacy.suppression`, then plays the
attacker of `privacy.disclosure` over this release and the whole ledger: every hidden cell of
every release must keep a feasible range at least k wide. While one does not, one more cell of
the new release is hidden (next to the narrow cell first); when nothing more can be hidden the
release is refused with the reason (`ReleaseRefused`). docs/reports.md explains the method.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from ripartire_desktop.domain.errors import DomainError
from ripartire_desktop.privacy.disclosure import (
    DIFFERENCE,
    CellRef,
    InfeasibleLedger,
    Model,
    NarrowCell,
    Release,
)
from ripartire_desktop.privacy.suppression import CountTable, Position, check_k, suppress
from ripartire_desktop.reports import reach
from ripartire_desktop.reports.aggregates import Counts, Month, Summary
from ripartire_desktop.reports.release_model import (
    ADDITIVE,
    SINGLES,
    Hidden,
    _release,
    count_tables,
    links,
    month_number,
)

_MAX_ROUNDS = 2000


class ReleaseRefused(DomainError):
    """No choice of hidden cells protects this release against the ledger: nothing published."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"This report cannot be published safely: {reason}. Nothing was written.")
        self.reason = reason


@dataclass(frozen=True)
class PriorRelease:
    """A release already in the ledger: its months, exact summary and the cells it hid."""

    summary: Summary
    hidden: Hidden
    published_at: str = ""


def _initial(tables: Mapping[str, CountTable], k: int) -> dict[str, set[Position]]:
    hidden: dict[str, set[Position]] = {}
    for key, table in tables.items():
        st = suppress(table, k)
        if st.withheld:  # hide every non-zero cell: zeros stay published, as everywhere
            hidden[key] = {p for p in table.positions() if table.value(p) > 0}
        else:
            hidden[key] = set(st.hidden_positions())
    return hidden


def _lines_through(table: CountTable, pos: Position) -> list[list[Position]]:
    return [[*cells, total] for cells, total in table.lines() if pos in cells or pos == total]


def _candidates(
    tables: Mapping[str, CountTable],
    hidden: Mapping[str, set[Position]],
    narrow: NarrowCell,
    is_new: bool,
) -> list[CellRef]:
    """Cells of the new release to hide for a narrow cell, best first (see the module docs)."""
    key, pos = narrow.ref

    def open_cells(key: str, cells: Sequence[Position]) -> list[CellRef]:
        table = tables[key]
        found = [p for p in cells if p not in hidden[key] and table.value(p) > 0]
        found.sort(key=lambda p: (table.value(p), table.is_total(p), p))
        return [(key, p) for p in found]

    ordered: list[CellRef] = []
    if key in tables:
        table = tables[key]
        if not is_new:
            ordered += open_cells(key, [pos])
        lines = sorted(
            _lines_through(table, pos), key=lambda line: sum(p in hidden[key] for p in line)
        )
        for line in lines:
            ordered += open_cells(key, line)
        ordered += open_cells(key, table.positions())
    for other in tables:
        ordered += open_cells(other, tables[other].positions())
    seen: set[CellRef] = set()
    return [c for c in ordered if not (c in seen or seen.add(c))]  # type: ignore[func-returns-value]


def _share(
    source: Summary, others: Sequence[Summary], hidden: Hidden
) -> tuple[Release, frozenset[CellRef]]:
    """One source's counts as an insider of every other source sees them in the merged report:
    the merged figures minus the others' exact counts (published cells exactly, hidden ones
    at least 1 minus what the others put there)."""
    release = _release(source, hidden)
    other_tables = [count_tables(o) for o in others]
    may_be_zero = frozenset(
        (key, pos)
        for key, table in release.tables.items()
        for pos in table.positions()
        if any(key in t and t[key].value(pos) > 0 for t in other_tables)
    )
    return replace(release, may_be_zero=may_be_zero), may_be_zero


def protect(
    summary: Summary,
    ledger: Sequence[PriorRelease] = (),
    *,
    contributions: Sequence[Summary] = (),
    months: Mapping[str, Counts] | None = None,
) -> dict[str, frozenset[Position]]:
    """The cells of `summary` to hide so that no hidden cell of it or of `ledger` narrows below k.

    `contributions` are the exact summaries a merged `summary` adds up: then each source is
    also protected from an insider of all the others (who knows their exact counts), so that
    "merged minus own" reveals no small count of another organisation. `months` are the exact
    counts of single months ("YYYY-MM"), when known (a vault's frozen months): differences
    between releases are then checked only where they are small.
    ReleaseRefused when no choice of hidden cells is enough (the reason says which cell).
    """
    k = check_k(summary.k)
    tables = count_tables(summary)
    hidden = _initial(tables, k)
    shares = [count_tables(c) for c in contributions] if len(contributions) > 1 else []
    for share in shares:  # a small share published in a merged cell is known to the others
        for key, table in share.items():
            hidden[key] |= {p for p in table.positions() if 0 < table.value(p) < k}
    ledger = _connected(summary, ledger)
    prior = [_release(p.summary, p.hidden, p.published_at) for p in ledger]
    new_index = len(prior)
    checked: set[tuple[int, CellRef]] = set()
    checked_shares: list[set[tuple[int, CellRef]]] = [set() for _ in shares]
    checked_differences: set[tuple[CellRef, tuple[tuple[int, float], ...]]] = set()
    truth = _segment_truth(summary, months) if months is not None else None
    # Cells the ledger alone fixes (Jan-Jun and July published fix Jan-Jul): hiding them hides
    # nothing, so those of k or more are printed and never chosen as complements.
    determined = _print_fixed(prior, summary, tables, truth, hidden=hidden, k=k)
    for _ in range(_MAX_ROUNDS):
        frozen = {key: frozenset(cells) for key, cells in hidden.items()}
        model = Model([*prior, _release(summary, frozen)], truth)
        try:
            narrow, wide = model.narrow_cells(
                k, skip=checked, one_per_table=True, releases=[new_index, *range(new_index)]
            )
            checked |= wide
            if not narrow and prior:
                narrow, wide_differences = model.narrow_differences(
                    k, skip=checked_differences, one_per_table=True
                )
                checked_differences |= wide_differences
        except InfeasibleLedger as exc:
            raise _contradiction(exc) from None
        if shares and not narrow:
            narrow = _insider_narrow(contributions, frozen, k, checked_shares, new_index)
        if not narrow:
            return frozen
        # One more hidden cell for each narrow one (one per table per round), then again.
        chosen: set[CellRef] = set()
        for cell in narrow:
            is_new = cell.release == new_index
            key, pos = cell.ref
            possible = [c for c in _candidates(tables, hidden, cell, is_new) if c not in determined]
            options = [c for c in possible if c not in chosen]
            if possible and not options:
                # What could protect it is being hidden this round for other narrow cells
                # (many one-cell tables: the budget lines): look at it again next round.
                continue
            if not options:
                raise ReleaseRefused(
                    f"a hidden figure of {_where(ledger, cell, new_index)} ({cell.ref[0]}) would "
                    f"be narrowed to {_range(cell)}, and nothing left to hide in this report "
                    "prevents it"
                )
            chosen.add(options[0])
        for key, pos in chosen:
            hidden[key].add(pos)
    raise ReleaseRefused("the check did not settle")  # pragma: no cover - bounded by cell count


def _contradiction(exc: InfeasibleLedger) -> ReleaseRefused:
    return ReleaseRefused(
        "the figures already published no longer agree with each other "
        f"({exc}); re-issue a period already published instead"
    )


def _insider_narrow(
    contributions: Sequence[Summary],
    hidden: Hidden,
    k: int,
    checked: list[set[tuple[int, CellRef]]],
    new_index: int,
) -> list[NarrowCell]:
    """Narrow cells of one vault's share, seen by an insider of all the others (merged report)."""
    for n, source in enumerate(contributions):
        others = [c for m, c in enumerate(contributions) if m != n]
        insider, _ = _share(source, others, hidden)
        narrow, wide = Model([insider]).narrow_cells(k, skip=checked[n], one_per_table=True)
        checked[n] |= wide
        if narrow:  # cells of the merged report itself
            return [replace(c, release=new_index) for c in narrow]
    return []


def _print_fixed(
    prior: Sequence[Release],
    summary: Summary,
    tables: Mapping[str, CountTable],
    truth: Callable[[int, int], Mapping[str, CountTable] | None] | None,
    *,
    hidden: dict[str, set[Position]],
    k: int,
) -> set[CellRef]:
    """Unhide the cells of k or more that the ledger fixes; all the fixed cells."""
    try:
        determined = _fixed_by_ledger(prior, summary, tables, truth)
    except InfeasibleLedger as exc:
        raise _contradiction(exc) from None
    for key, pos in determined:
        if tables[key].value(pos) >= k:
            hidden[key].discard(pos)
    return determined


def _fixed_by_ledger(
    prior: Sequence[Release],
    summary: Summary,
    tables: Mapping[str, CountTable],
    truth: Callable[[int, int], Mapping[str, CountTable] | None] | None,
) -> set[CellRef]:
    if not prior:
        return set()
    everything = {
        key: frozenset(p for p in t.positions() if t.value(p) > 0) for key, t in tables.items()
    }
    model = Model([*prior, _release(summary, everything)], truth)
    n = len(prior)
    found = set()
    for key in ADDITIVE:  # stock counts are only bounded by earlier releases, never fixed
        for pos in tables[key].positions():
            if tables[key].value(pos) > 0:
                low, high = model.bounds(model.expr(n, (key, pos)))
                if low == high:
                    found.add((key, pos))
    return found


def _connected(summary: Summary, ledger: Sequence[PriorRelease]) -> list[PriorRelease]:
    """The releases linked to this one through overlapping periods, directly or by a chain:
    the others share no unknown with it, and its figures cannot narrow theirs."""
    spans = [
        (month_number(p.summary.period.first), month_number(p.summary.period.last)) for p in ledger
    ]
    reached = {month_number(summary.period.first), month_number(summary.period.last)}
    low, high = min(reached), max(reached)
    linked: set[int] = set()
    grew = True
    while grew:
        grew = False
        for n, (first, last) in enumerate(spans):
            if n not in linked and first <= high and low <= last:
                linked.add(n)
                low, high = min(low, first), max(high, last)
                grew = True
    return [p for n, p in enumerate(ledger) if n in linked]


def _where(ledger: Sequence[PriorRelease], cell: NarrowCell, new_index: int) -> str:
    if cell.release == DIFFERENCE:
        return "a difference between reports"
    if cell.release >= new_index:
        return "this report"
    return _describe(ledger, cell)


def _segment_truth(
    summary: Summary, months: Mapping[str, Counts]
) -> Callable[[int, int], Mapping[str, CountTable] | None]:
    def truth(first: int, last: int) -> Mapping[str, CountTable] | None:
        total: Counts | None = None
        for number in range(first, last + 1):
            month = months.get(str(Month(number // 12, number % 12 + 1)))
            if month is None:
                return None
            total = month if total is None else _added(total, month)
        if total is None:
            return None
        tables = count_tables(replace(summary, counts=total))
        return {key: tables[key] for key in ADDITIVE}

    return truth


def _added(a: Counts, b: Counts) -> Counts:
    found: Counts = {}
    for key, value in a.items():
        if key in reach.VARYING:  # not month-additive: never taken from months
            continue
        other = b[key]
        if isinstance(value, dict) and isinstance(other, dict):
            found[key] = _added(value, other)
        elif isinstance(value, int) and isinstance(other, int):
            found[key] = value + other
    return found


def _range(cell: NarrowCell) -> str:
    low = int(cell.low)
    high = "more" if cell.high == float("inf") else str(int(cell.high))
    return f"{low}..{high}"


def _describe(ledger: Sequence[PriorRelease], cell: NarrowCell) -> str:
    prior = ledger[cell.release]
    return f"the report of {prior.summary.period} published on {prior.published_at or '?'}"


def attacker_intervals(
    releases: Sequence[tuple[Summary, Hidden]],
) -> dict[tuple[int, CellRef], tuple[float, float]]:
    """Every hidden cell's feasible range over these releases together (the attacker's answer)."""
    return Model([_release(s, h) for s, h in releases]).intervals()


__all__ = [
    "ADDITIVE",
    "SINGLES",
    "Hidden",
    "PriorRelease",
    "ReleaseRefused",
    "attacker_intervals",
    "count_tables",
    "links",
    "month_number",
    "protect",
]
