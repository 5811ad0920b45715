"""The attacker's view of everything published: one system of linear constraints, solved by LP.

A careful reader of every release of a ledger knows each published number, that the hidden
cells are whole numbers of at least 1 (zeros are always published), that every table's totals
are sums, that a month-additive count over a period is the sum of its months (so overlapping
periods share unknowns), that a stock count over a period contains the same count over a
shorter period inside it, and the links between tables of one release (children against
households by number of minors, closures against families with an exit score...). For each
hidden cell this module finds the smallest and largest value that system allows, with HiGHS
(linear relaxation, rounded inwards to whole numbers), and reports every hidden cell whose
range is narrower than k (docs/reports.md, "Protection intervals").

The model is generic: cells are `(table key, position)` of a `Release`; constraints are linear
in "atoms", non-negative unknowns. Only relations that hold for the exact counts are added,
so the exact counts are always one solution and the system is never inconsistent.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ripartire_desktop.privacy.suppression import CountTable, Position

if TYPE_CHECKING:  # HiGHS and numpy load with the first check (privacy/highs_lp.py)
    import highspy

CellRef = tuple[str, Position]  # table key, position in the table extended with its totals
DIFFERENCE = -1
_EPS = 1e-6


@dataclass(frozen=True)
class Release:
    """One release as the attacker model needs it: its months, exact tables and hidden cells.

    `first`/`last` are month numbers (year * 12 + month - 1), inclusive. `additive` names the
    tables whose counts over a period are the sum of their counts over its months.
    `links` are relations between cells of this release: (terms, lower, upper) meaning
    lower <= sum(coefficient * cell) <= upper; one is kept only if the exact counts satisfy it.
    """

    first: int
    last: int
    tables: Mapping[str, CountTable]
    hidden: Mapping[str, frozenset[Position]]
    additive: frozenset[str] = frozenset()
    links: Sequence[tuple[tuple[tuple[float, CellRef], ...], float, float]] = ()
    name: str = ""
    # Hidden cells the reader knows may be zero: one source's share of a merged cell that
    # other sources fill (docs/reports.md, "merged minus own"). Others are at least 1.
    may_be_zero: frozenset[CellRef] = frozenset()

    def is_hidden(self, ref: CellRef) -> bool:
        return ref[1] in self.hidden.get(ref[0], frozenset())


@dataclass(frozen=True, slots=True)
class NarrowCell:
    release: int  # index in the releases given; DIFFERENCE for a difference between releases
    ref: CellRef
    low: float
    high: float

    @property
    def width(self) -> float:
        return self.high - self.low


def _inner(table: CountTable, pos: Position) -> list[Position]:
    """The inner cells whose sum is the value at `pos`."""
    i, j = pos
    rows = range(table.n_rows) if i >= table.n_rows else [i]
    cols = range(table.n_cols) if j >= table.n_cols else [j]
    return [(r, c) for r in rows for c in cols]


@dataclass
class _System:
    n_vars: int = 0
    rows: list[tuple[dict[int, float], float, float]] = field(default_factory=list)
    var_index: dict[tuple[object, ...], int] = field(default_factory=dict)

    def var(self, key: tuple[object, ...]) -> int:
        if key not in self.var_index:
            self.var_index[key] = self.n_vars
            self.n_vars += 1
        return self.var_index[key]


class Model:
    """The constraint system of a set of releases (one ledger plus the new release)."""

    def __init__(
        self,
        releases: Sequence[Release],
        segment_truth: Callable[[int, int], Mapping[str, CountTable] | None] | None = None,
    ) -> None:
        """`segment_truth(first, last)`: the exact month-additive tables of those months (a
        vault's frozen months), so that differences are checked only where they are small;
        without it, any difference known to be 1 or more and narrower than k counts."""
        self.releases = list(releases)
        self._segment_truth = segment_truth
        self._solver: highspy.Highs | None = None
        bounds = sorted({r.first for r in releases} | {r.last + 1 for r in releases})
        # Segments: the pieces of the month line between any two period boundaries; a
        # period is a union of segments, and a month-additive count has one unknown each.
        self._segments = list(itertools.pairwise(bounds))
        self._sys = _System()
        self._exprs: dict[tuple[int, CellRef], dict[int, float]] = {}
        for n, release in enumerate(self.releases):
            self._add_release(n, release)
        self._add_nesting()

    # -- building ------------------------------------------------------------------------

    def expr(self, n: int, ref: CellRef) -> dict[int, float]:
        found = self._exprs.get((n, ref))
        if found is not None:
            return found
        release = self.releases[n]
        key, pos = ref
        table = release.tables[key]
        coefficients: dict[int, float] = {}
        for cell in _inner(table, pos):
            if key in release.additive:
                for seg in self._segments:
                    if release.first <= seg[0] and seg[1] <= release.last + 1:
                        v = self._sys.var(("add", key, cell, seg))
                        coefficients[v] = coefficients.get(v, 0.0) + 1.0
            else:
                v = self._sys.var(("stock", n, key, cell))
                coefficients[v] = coefficients.get(v, 0.0) + 1.0
        self._exprs[(n, ref)] = coefficients
        return coefficients

    def _add_release(self, n: int, release: Release) -> None:
        for key, table in release.tables.items():
            for pos in table.positions():
                ref = (key, pos)
                value = float(table.value(pos))
                if release.is_hidden(ref):
                    # Zeros are always published: a hidden cell is at least 1.
                    floor = 0.0 if ref in release.may_be_zero else 1.0
                    self._sys.rows.append((self.expr(n, ref), floor, math.inf))
                else:
                    self._sys.rows.append((self.expr(n, ref), value, value))
        for terms, lower, upper in release.links:
            exact = sum(c * release.tables[k].value(p) for c, (k, p) in terms)
            if not lower - _EPS <= exact <= upper + _EPS:
                continue  # does not hold for these counts: an attacker could not rely on it
            combined: dict[int, float] = {}
            for c, ref in terms:
                for v, a in self.expr(n, ref).items():
                    combined[v] = combined.get(v, 0.0) + c * a
            self._sys.rows.append((combined, lower, upper))

    def _add_nesting(self) -> None:
        """A stock count over a period is at least the same count over a period inside it."""
        for a, inner in enumerate(self.releases):
            for b, outer in enumerate(self.releases):
                if a == b or not (outer.first <= inner.first and inner.last <= outer.last):
                    continue
                for key, table in inner.tables.items():
                    if key in inner.additive or key not in outer.tables:
                        continue
                    other = outer.tables[key]
                    for cell in _inner(table, (table.n_rows, table.n_cols)):
                        if other.value(cell) < table.value(cell):
                            continue  # not true of these counts (an erasure in between)
                        row = {next(iter(self.expr(b, (key, cell)))): 1.0}
                        row[next(iter(self.expr(a, (key, cell))))] = -1.0
                        self._sys.rows.append((row, 0.0, math.inf))

    # -- solving -------------------------------------------------------------------------

    def _highs(self) -> highspy.Highs:
        from ripartire_desktop.privacy import highs_lp

        return highs_lp.model(self._sys.n_vars, self._sys.rows)

    def _optimum(self, h: highspy.Highs, coefficients: Mapping[int, float], sense: int) -> float:
        from ripartire_desktop.privacy import highs_lp

        try:
            return highs_lp.optimum(h, self._sys.n_vars, coefficients, sense)
        except highs_lp.NotOptimal as e:
            raise InfeasibleLedger(str(e)) from None

    def narrow_cells(
        self,
        k: int,
        *,
        releases: Iterable[int] | None = None,
        skip: set[tuple[int, CellRef]] | None = None,
        one_per_table: bool = False,
    ) -> tuple[list[NarrowCell], set[tuple[int, CellRef]]]:
        """Hidden non-zero cells whose feasible range is narrower than k, and the cells found wide.

        Width is max - min over whole numbers. `skip` are cells already found wide (hiding
        more only widens ranges, so they need no second look). With `one_per_table`, at most
        one narrow cell per table is looked for (the caller hides one more cell for each, then
        asks again: ranges change after each).
        """
        narrow: list[NarrowCell] = []
        wide: set[tuple[int, CellRef]] = set()
        which = range(len(self.releases)) if releases is None else releases
        for n in which:
            release = self.releases[n]
            for key, table in release.tables.items():
                if one_per_table and any(c.ref[0] == key for c in narrow):
                    continue
                for pos in table.positions():
                    ref = (key, pos)
                    if not release.is_hidden(ref) or table.value(pos) == 0:
                        continue
                    if skip is not None and (n, ref) in skip:
                        continue
                    low, high = self.bounds(self.expr(n, ref))
                    if high - low < k:
                        narrow.append(NarrowCell(n, ref, low, high))
                        if one_per_table:
                            break
                    else:
                        wide.add((n, ref))
        return narrow, wide

    def differences(self) -> Iterator[tuple[CellRef, dict[int, float], int | None]]:
        """Counts no release prints but a reader can form: a month-additive count over each
        piece of the month line between release boundaries (Jan-Jul minus Jan-Jun is July), and
        a stock count of a period minus the same count of a period inside it. Yields the cell,
        its expression and its exact value (None when unknown)."""
        yield from self._segment_differences()
        yield from self._stock_differences()

    def _segment_differences(self) -> Iterator[tuple[CellRef, dict[int, float], int | None]]:
        periods = {(r.first, r.last) for r in self.releases}
        for start, end in self._segments:
            if (start, end - 1) in periods or not any(
                r.first <= start and end - 1 <= r.last for r in self.releases
            ):
                continue  # a release's own cells are checked as such; a gap is never counted
            truth = self._segment_truth(start, end - 1) if self._segment_truth else None
            shapes: dict[str, CountTable] = {}
            for release in self.releases:
                for key in release.additive:
                    if key in release.tables:
                        shapes.setdefault(key, release.tables[key])
            for key, table in shapes.items():
                for pos in table.positions():
                    expr: dict[int, float] = {}
                    for cell in _inner(table, pos):
                        v = self._sys.var_index.get(("add", key, cell, (start, end)))
                        if v is not None:
                            expr[v] = expr.get(v, 0.0) + 1.0
                    exact = truth[key].value(pos) if truth is not None and key in truth else None
                    if expr:
                        yield (key, pos), expr, exact

    def _stock_differences(self) -> Iterator[tuple[CellRef, dict[int, float], int | None]]:
        """Between a period and the next larger period around it only: a year-to-date series
        gives each month once, not every pair of months (a cost that grows as n squared)."""

        def within(inner: Release, outer: Release) -> bool:
            return (outer.first <= inner.first and inner.last <= outer.last) and (
                outer.first,
                outer.last,
            ) != (inner.first, inner.last)

        for a, inner in enumerate(self.releases):
            for b, outer in enumerate(self.releases):
                if a == b or not within(inner, outer):
                    continue
                if any(
                    within(inner, mid) and within(mid, outer)
                    for m, mid in enumerate(self.releases)
                    if m not in (a, b)
                ):
                    continue
                for key, table in inner.tables.items():
                    if key in inner.additive or key not in outer.tables:
                        continue
                    for pos in table.positions():
                        expr = dict(self.expr(b, (key, pos)))
                        for v, c in self.expr(a, (key, pos)).items():
                            expr[v] = expr.get(v, 0.0) - c
                        exact = outer.tables[key].value(pos) - table.value(pos)
                        yield (key, pos), expr, exact

    def narrow_differences(
        self,
        k: int,
        *,
        skip: set[tuple[CellRef, tuple[tuple[int, float], ...]]] | None = None,
        one_per_table: bool = False,
    ) -> tuple[list[NarrowCell], set[tuple[CellRef, tuple[tuple[int, float], ...]]]]:
        """Small differences (see `differences`) narrower than k, and those found wide."""
        wide: set[tuple[CellRef, tuple[tuple[int, float], ...]]] = set()
        narrow: list[NarrowCell] = []
        for ref, expr, exact in self.differences():
            if exact is not None and not 0 < exact < k:
                continue  # zero or at least k: publishable as it is
            if one_per_table and any(c.ref[0] == ref[0] for c in narrow):
                continue
            token = (ref, tuple(sorted(expr.items())))
            if skip is not None and token in skip:
                continue
            low, high = self.bounds(expr)
            if exact is None and (low < 1 or low >= k):
                wide.add(token)  # not known to be a small group
            elif high - low < k:
                narrow.append(NarrowCell(DIFFERENCE, ref, low, high))
            else:
                wide.add(token)
        return narrow, wide

    def bounds(self, expr: Mapping[int, float]) -> tuple[float, float]:
        """The whole-number range of any expression of this system's unknowns."""
        if self._solver is None:
            self._solver = self._highs()
        return _whole(self._optimum(self._solver, expr, +1), self._optimum(self._solver, expr, -1))

    def intervals(self) -> dict[tuple[int, CellRef], tuple[float, float]]:
        """Every hidden cell's range (for tests and measurements: the attacker's full answer)."""
        found = {}
        for n, release in enumerate(self.releases):
            for key, table in release.tables.items():
                for pos in table.positions():
                    if release.is_hidden((key, pos)):
                        found[(n, (key, pos))] = self.bounds(self.expr(n, (key, pos)))
        return found


def _whole(low: float, high: float) -> tuple[float, float]:
    """An LP range rounded inwards to whole numbers (infinite ends kept)."""
    return (
        float(math.ceil(low - _EPS)) if math.isfinite(low) else low,
        float(math.floor(high + _EPS)) if math.isfinite(high) else high,
    )


class InfeasibleLedger(Exception):
    """The published figures contradict each other: the check cannot vouch for anything."""
