"""Small-cell suppression of count tables, so that no family becomes recognisable in a summary.

Rules (docs/reports.md explains them to coordinators):

- **Primary**: a published count from 1 to k-1 is hidden. Zeros are published:
  "nobody" is not a small group, and hiding zeros would make the other rules much weaker.
- **Complementary**: in every line of the table that has a published total (a row with its row
  total, a column with its column total, the totals row and column with the grand total), a
  line that hides one cell hides at least one more, chosen among the smallest published counts
  (shown as "n.p.", not published), so the hidden cell cannot be recomputed by subtraction.
- **Audit**: after that, `audit` plays a reader who knows even more than what is printed (every
  hidden cell prints "n.p."): that a primary cell is between 1 and k-1 and a complementary cell
  is at least k; it solves the table's sums
  (exact linear algebra) and narrows every hidden cell by interval reasoning. Any hidden cell it
  can pin to one value gets one more complementary cell in one of its lines, and the audit runs
  again. A table that stays recoverable even with every non-zero cell hidden (e.g. four cells of
  1 summing to a hidden 4 with k = 5) is withheld entirely.
- Percentages are published only when every count they are computed from is published
  (`ratio`).

Only lines with a published total constrain anything: a table without column totals (e.g. one
whose columns count overlapping groups) needs no complementary cell within a column.

This is the first, cheap pass of one table. What may be published is decided by
`reports.release.protect`, which checks all tables of a release and every earlier release at
once with linear programming (`privacy.disclosure`) and requires ranges at least k wide.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from ripartire_desktop.domain.settings import MIN_SMALL_CELL_K

DEFAULT_K = 5
MAX_K = 100
NOT_PUBLISHED = "n.p."
_MAX_PROPAGATION_PASSES = 500

Position = tuple[int, int]  # (row, column) in the table extended with its totals
Line = tuple[tuple[Position, ...], Position]  # the cells of a line and the cell of its total


class Mark(StrEnum):
    PUBLISHED = "published"
    PRIMARY = "primary"  # 1 <= count < k: shown as "<k"
    COMPLEMENTARY = "complementary"  # count >= k hidden to protect a primary cell: "n.p."


def check_k(k: int) -> int:
    """`k` itself, or ValueError when it is not a whole number from 3 to 100."""
    if isinstance(k, bool) or not isinstance(k, int):
        raise ValueError("the small-cell threshold k must be a whole number")
    if k < MIN_SMALL_CELL_K:
        raise ValueError(
            f"the small-cell threshold k must be at least {MIN_SMALL_CELL_K} "
            f"(got {k}): below that, suppression no longer protects anyone"
        )
    if k > MAX_K:
        raise ValueError(f"the small-cell threshold k must be at most {MAX_K} (got {k})")
    return k


@dataclass(frozen=True, slots=True)
class CountTable:
    """Counts by row and column; totals are sums and are part of what gets published.

    Positions address the table extended with its margins: `(i, n_cols)` is row i's total,
    `(n_rows, j)` column j's total, `(n_rows, n_cols)` the grand total (present only when both
    kinds of totals are). A one-way table is one column with `col_totals=True`.
    """

    cells: tuple[tuple[int, ...], ...]
    row_totals: bool = True
    col_totals: bool = True

    def __post_init__(self) -> None:
        if not self.cells or not self.cells[0]:
            raise ValueError("a table needs at least one row and one column")
        width = len(self.cells[0])
        for row in self.cells:
            if len(row) != width:
                raise ValueError("every row of a table has the same number of columns")
            for value in row:
                if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                    raise ValueError("counts are whole numbers, zero or more")

    @classmethod
    def column(cls, counts: Iterable[int]) -> CountTable:
        """A one-way table: one count per category, and their total."""
        return cls(tuple((c,) for c in counts), row_totals=False, col_totals=True)

    @property
    def n_rows(self) -> int:
        return len(self.cells)

    @property
    def n_cols(self) -> int:
        return len(self.cells[0])

    def row_total(self, i: int) -> int:
        return sum(self.cells[i])

    def col_total(self, j: int) -> int:
        return sum(row[j] for row in self.cells)

    @property
    def grand_total(self) -> int:
        return sum(sum(row) for row in self.cells)

    def value(self, pos: Position) -> int:
        i, j = pos
        if i < self.n_rows and j < self.n_cols:
            return self.cells[i][j]
        if i < self.n_rows:
            return self.row_total(i)
        if j < self.n_cols:
            return self.col_total(j)
        return self.grand_total

    def positions(self) -> list[Position]:
        """Every cell that is published: the counts and the totals the table has."""
        rows = self.n_rows + (1 if self.col_totals else 0)
        cols = self.n_cols + (1 if self.row_totals else 0)
        return [(i, j) for i in range(rows) for j in range(cols)]

    def is_total(self, pos: Position) -> bool:
        return pos[0] >= self.n_rows or pos[1] >= self.n_cols

    def lines(self) -> list[Line]:
        """Each published sum: its cells and the cell holding the total."""
        r, c = self.n_rows, self.n_cols
        found: list[Line] = []
        if self.row_totals:
            for i in range(r):
                found.append((tuple((i, j) for j in range(c)), (i, c)))
            if self.col_totals:
                found.append((tuple((r, j) for j in range(c)), (r, c)))
        if self.col_totals:
            for j in range(c):
                found.append((tuple((i, j) for i in range(r)), (r, j)))
            if self.row_totals:
                found.append((tuple((i, c) for i in range(r)), (r, c)))
        return found


@dataclass(frozen=True, slots=True)
class SuppressedTable:
    """A table as it may be published: each cell's value or the reason it is hidden."""

    table: CountTable
    k: int
    marks: Mapping[Position, Mark]
    withheld: bool = False  # too small to publish at all, even with every cell hidden

    def mark(self, pos: Position) -> Mark:
        if self.withheld:
            return Mark.COMPLEMENTARY
        return self.marks[pos]

    def hidden(self, pos: Position) -> bool:
        return self.mark(pos) != Mark.PUBLISHED

    def published(self, pos: Position) -> int | None:
        """The count, or None when it must not be shown."""
        return None if self.hidden(pos) else self.table.value(pos)

    def text(self, pos: Position, number: str | None = None) -> str:
        """What a reader sees: the number (formatted as `number`, if given) or "n.p.".

        A small cell is not told apart from its complements: "<k" would tell a reader that
        the value is 1 to k-1, a range narrower than k.
        """
        if self.mark(pos) != Mark.PUBLISHED:
            return NOT_PUBLISHED
        return str(self.table.value(pos)) if number is None else number

    def hidden_positions(self) -> list[Position]:
        return [p for p in self.table.positions() if self.hidden(p)]


def ratio(numerator: int | None, denominator: int | None) -> float | None:
    """numerator / denominator, or None when either is unpublished or the denominator is 0."""
    if numerator is None or denominator is None or denominator <= 0:
        return None
    return numerator / denominator


# --- suppression -----------------------------------------------------------------------------


def suppress(
    table: CountTable, k: int = DEFAULT_K, *, force_hidden: Iterable[Position] = ()
) -> SuppressedTable:
    """The table with primary and complementary suppression applied (see the module docs).

    `force_hidden` hides cells that another table already hides (the same total published in
    two tables must be hidden in both); forcing a zero does nothing, zeros are always shown.
    """
    check_k(k)
    positions = table.positions()
    marks: dict[Position, Mark] = {}
    for pos in positions:
        value = table.value(pos)
        marks[pos] = Mark.PRIMARY if 0 < value < k else Mark.PUBLISHED
    for pos in force_hidden:
        if pos in marks and marks[pos] == Mark.PUBLISHED and table.value(pos) > 0:
            marks[pos] = Mark.COMPLEMENTARY
    lines = table.lines()
    # Each round hides at least one more cell, so this ends within len(positions) rounds.
    for _ in range(len(positions) + 1):
        if _complete_lines(table, lines, marks):
            continue
        risky = audit(table, marks, k)
        if not risky:
            return SuppressedTable(table, k, marks)
        if not _protect(table, lines, marks, risky[0]):
            break
    return SuppressedTable(table, k, marks, withheld=True)


def _candidates(
    table: CountTable,
    cells: Iterable[Position],
    marks: Mapping[Position, Mark],
    lines: list[Line],
) -> list[Position]:
    """Published non-zero cells that could be hidden, best first.

    Best is a cell that also completes another line already hiding exactly one cell, rather
    than one that opens a new line needing protection in turn; then the smallest count, and
    counts before totals.
    """
    found = [p for p in cells if marks[p] == Mark.PUBLISHED and table.value(p) > 0]

    def cost(p: Position) -> tuple[int, int, bool, Position]:
        knock_on = 0
        for line_cells, total in lines:
            members = (*line_cells, total)
            if p in members:
                already = sum(1 for q in members if marks[q] != Mark.PUBLISHED)
                knock_on += 1 if already == 0 else -1 if already == 1 else 0
        return (knock_on, table.value(p), table.is_total(p), p)

    return sorted(found, key=cost)


def _complete_lines(table: CountTable, lines: list[Line], marks: dict[Position, Mark]) -> bool:
    """Give every line hiding exactly one cell a second one; True if anything was hidden."""
    changed = False
    for cells, total in lines:
        members = (*cells, total)
        if sum(1 for p in members if marks[p] != Mark.PUBLISHED) != 1:
            continue
        options = _candidates(table, members, marks, lines)
        if options:  # always true for a consistent table; see docs/reports.md
            marks[options[0]] = Mark.COMPLEMENTARY
            changed = True
    return changed


def _protect(
    table: CountTable, lines: list[Line], marks: dict[Position, Mark], pos: Position
) -> bool:
    """Hide one more cell next to `pos`, the smallest in the emptiest line through it."""
    through = [(*cells, total) for cells, total in lines if pos in cells or pos == total]
    through.sort(key=lambda members: sum(1 for p in members if marks[p] != Mark.PUBLISHED))
    for members in through:
        options = _candidates(table, members, marks, lines)
        if options:
            marks[options[0]] = Mark.COMPLEMENTARY
            return True
    options = _candidates(table, table.positions(), marks, lines)
    if options:
        marks[options[0]] = Mark.COMPLEMENTARY
        return True
    return False


# --- the audit: what a reader can work out -------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Equation:
    coefficients: tuple[tuple[Position, int], ...]  # hidden cell -> +1 (part) or -1 (total)
    constant: int


def _equations(table: CountTable, marks: Mapping[Position, Mark]) -> Iterator[_Equation]:
    """Each line as `sum(parts) - total = 0`, with the published values moved to the right."""
    for cells, total in table.lines():
        terms = [(p, 1) for p in cells] + [(total, -1)]
        unknown = tuple((p, c) for p, c in terms if marks[p] != Mark.PUBLISHED)
        if unknown:
            known = sum(c * table.value(p) for p, c in terms if marks[p] == Mark.PUBLISHED)
            yield _Equation(unknown, -known)


def _linearly_determined(hidden: list[Position], equations: list[_Equation]) -> set[Position]:
    """Hidden cells whose value follows from the published sums alone (exact elimination)."""
    index = {p: n for n, p in enumerate(hidden)}
    rows = []
    for eq in equations:
        row = [Fraction(0)] * (len(hidden) + 1)
        for p, c in eq.coefficients:
            row[index[p]] = Fraction(c)
        row[-1] = Fraction(eq.constant)
        rows.append(row)
    pivot_row = 0
    pivots: list[int] = []
    for col in range(len(hidden)):
        found = next((r for r in range(pivot_row, len(rows)) if rows[r][col] != 0), None)
        if found is None:
            continue
        rows[pivot_row], rows[found] = rows[found], rows[pivot_row]
        lead = rows[pivot_row][col]
        rows[pivot_row] = [v / lead for v in rows[pivot_row]]
        for r in range(len(rows)):
            if r != pivot_row and rows[r][col] != 0:
                factor = rows[r][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[pivot_row], strict=True)]
        pivots.append(col)
        pivot_row += 1
    determined = set()
    for r, col in enumerate(pivots):
        # A pivot row with no free variable left pins its variable to the constant.
        if all(rows[r][c] == 0 for c in range(len(hidden)) if c != col):
            determined.add(hidden[col])
    return determined


def _bounds(
    hidden: list[Position], equations: list[_Equation], marks: Mapping[Position, Mark], k: int
) -> dict[Position, tuple[float, float]] | None:
    """Interval reasoning: each hidden cell's narrowest range, or None if it did not settle."""
    low: dict[Position, float] = {}
    high: dict[Position, float] = {}
    for p in hidden:
        if marks[p] == Mark.PRIMARY:
            low[p], high[p] = 1, k - 1
        else:
            low[p], high[p] = k, math.inf
    for _ in range(_MAX_PROPAGATION_PASSES):
        changed = False
        for eq in equations:
            # min/max of c*x for each term: finite, or -inf/+inf, never NaN
            term_min = [c * low[p] if c > 0 else -high[p] for p, c in eq.coefficients]
            term_max = [c * high[p] if c > 0 else -low[p] for p, c in eq.coefficients]
            sum_min, sum_max = sum(term_min), sum(term_max)
            for n, (p, c) in enumerate(eq.coefficients):
                rest_min = (
                    sum_min - term_min[n] if math.isfinite(term_min[n]) else _without(term_min, n)
                )
                rest_max = (
                    sum_max - term_max[n] if math.isfinite(term_max[n]) else _without(term_max, n)
                )
                # c*x = constant - rest
                lo_cx, hi_cx = eq.constant - rest_max, eq.constant - rest_min
                lo, hi = (lo_cx, hi_cx) if c > 0 else (-hi_cx, -lo_cx)
                if lo > low[p]:
                    low[p] = math.ceil(lo) if math.isfinite(lo) else lo
                    changed = True
                if hi < high[p]:
                    high[p] = math.floor(hi) if math.isfinite(hi) else hi
                    changed = True
                if low[p] > high[p]:
                    return None  # cannot happen for a real table; treat as unsafe
        if not changed:
            return {p: (low[p], high[p]) for p in hidden}
    return None


def _without(values: list[float], skip: int) -> float:
    return sum(v for n, v in enumerate(values) if n != skip)


def audit(table: CountTable, marks: Mapping[Position, Mark], k: int) -> list[Position]:
    """Hidden cells a reader could work out exactly from what is published; [] when none.

    The reader knows the published counts and totals, that "<k" means 1 to k-1 and that "n.p."
    means at least k. Exact linear elimination finds every cell fixed by the sums alone; the
    interval pass finds cells pinned by the sums together with those ranges.
    """
    hidden = [p for p in table.positions() if marks[p] != Mark.PUBLISHED]
    if not hidden:
        return []
    equations = list(_equations(table, marks))
    risky = _linearly_determined(hidden, equations)
    ranges = _bounds(hidden, equations, marks, k)
    if ranges is None:
        return hidden
    risky |= {p for p, (lo, hi) in ranges.items() if lo == hi}
    return sorted(risky)
