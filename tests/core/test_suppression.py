"""Small-cell suppression: what a reader of a published table can and cannot work out.

Two attackers written here, independent of the module's own audit: one that subtracts published
figures from published totals, line by line, as often as it helps; and one that tries every
integer value each hidden cell could take (knowing "<k" means 1..k-1 and "n.p." at least k) and
reports any hidden cell left with a single possible value.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ripartire_desktop.privacy.suppression import (
    NOT_PUBLISHED,
    CountTable,
    Mark,
    Position,
    SuppressedTable,
    audit,
    check_k,
    ratio,
    suppress,
)

# --- the attackers ---------------------------------------------------------------------------


def subtraction_attack(s: SuppressedTable) -> dict[Position, int]:
    """Hidden cells recovered by repeatedly solving lines with exactly one unknown left."""
    table = s.table
    known = {p: table.value(p) for p in table.positions() if not s.hidden(p)}
    recovered: dict[Position, int] = {}
    progress = True
    while progress:
        progress = False
        for cells, total in table.lines():
            unknown = [p for p in (*cells, total) if p not in known]
            if len(unknown) != 1:
                continue
            (p,) = unknown
            if p == total:
                value = sum(known[c] for c in cells)
            else:
                value = known[total] - sum(known[c] for c in cells if c != p)
            known[p] = recovered[p] = value
            progress = True
    return recovered


def exhaustive_attack(s: SuppressedTable) -> dict[Position, int]:
    """Hidden cells with exactly one value consistent with everything published.

    Backtracking over the hidden cells' possible values, pruned by every line's sum; upper bounds
    for "n.p." cells are capped well above the true values (tables here are small).
    """
    table, k = s.table, s.k
    hidden = [p for p in table.positions() if s.hidden(p)]
    cap = 2 * max((table.value(p) for p in table.positions()), default=0) + 10
    bounds = {
        p: (1, k - 1) if s.mark(p) == Mark.PRIMARY and not s.withheld else (k, cap) for p in hidden
    }
    if s.withheld:  # nothing is published: every hidden cell is only known to be >= 0
        bounds = {p: (0, cap) for p in hidden}
    lines = [((*cells,), total) for cells, total in table.lines()]

    def consistent(assign: dict[Position, int]) -> bool:
        for cells, total in lines:
            lo = hi = 0
            for p, sign in [*((c, 1) for c in cells), (total, -1)]:
                if p in assign or not s.hidden(p):
                    v = assign[p] if p in assign else table.value(p)
                    lo += sign * v
                    hi += sign * v
                else:
                    a, b = bounds[p]
                    lo += a if sign > 0 else -b
                    hi += b if sign > 0 else -a
            if lo > 0 or hi < 0:
                return False
        return True

    def solvable(assign: dict[Position, int], rest: list[Position]) -> bool:
        if not consistent(assign):
            return False
        if not rest:
            return True
        p, *others = rest
        lo, hi = bounds[p]
        for v in range(lo, hi + 1):
            assign[p] = v
            if solvable(assign, others):
                del assign[p]
                return True
            del assign[p]
        return False

    recovered = {}
    for p in hidden:
        lo, hi = bounds[p]
        found: list[int] = []
        others = [q for q in hidden if q != p]
        for v in range(lo, hi + 1):
            if solvable({p: v}, others):
                found.append(v)
                if len(found) > 1:
                    break
        if len(found) == 1:
            recovered[p] = found[0]
    return recovered


# --- strategies --------------------------------------------------------------------------------

small_counts = st.one_of(st.integers(0, 4), st.integers(0, 9), st.integers(0, 25))


@st.composite
def count_tables(draw: st.DrawFn, max_rows: int = 4, max_cols: int = 4) -> CountTable:
    rows = draw(st.integers(1, max_rows))
    cols = draw(st.integers(1, max_cols))
    cells = tuple(tuple(draw(small_counts) for _ in range(cols)) for _ in range(rows))
    return CountTable(cells, row_totals=draw(st.booleans()), col_totals=draw(st.booleans()))


ks = st.integers(3, 6)
PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- the rules -------------------------------------------------------------------------------


@PROPERTY
@given(count_tables(), ks)
def test_no_published_count_is_below_k_except_zero(table: CountTable, k: int) -> None:
    s = suppress(table, k)
    for p in table.positions():
        value = s.published(p)
        assert value is None or value == 0 or value >= k
        if 0 < table.value(p) < k:
            # Every hidden cell reads "n.p.": "<k" would tell a reader it is 1 to k-1.
            assert s.text(p) == "n.p."


@PROPERTY
@given(count_tables(), ks)
def test_every_line_hides_no_cell_or_at_least_two(table: CountTable, k: int) -> None:
    s = suppress(table, k)
    if s.withheld:
        return
    for cells, total in table.lines():
        hidden = sum(1 for p in (*cells, total) if s.hidden(p))
        assert hidden != 1, (cells, total)


@PROPERTY
@given(count_tables(), ks)
def test_subtraction_recovers_no_hidden_cell(table: CountTable, k: int) -> None:
    assert subtraction_attack(suppress(table, k)) == {}


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(count_tables(max_rows=3, max_cols=3), ks)
def test_no_hidden_cell_has_a_single_possible_value(table: CountTable, k: int) -> None:
    s = suppress(table, k)
    assume(len(s.hidden_positions()) <= 9)
    assert exhaustive_attack(s) == {}


@PROPERTY
@given(count_tables(), ks)
def test_complementary_cells_hide_counts_of_at_least_k(table: CountTable, k: int) -> None:
    s = suppress(table, k)
    for p in table.positions():
        if not s.withheld and s.mark(p) == Mark.COMPLEMENTARY:
            assert table.value(p) >= k
            assert s.text(p) == NOT_PUBLISHED


@PROPERTY
@given(count_tables(), ks)
def test_the_audit_passes_what_suppress_publishes(table: CountTable, k: int) -> None:
    s = suppress(table, k)
    if not s.withheld:
        assert audit(table, s.marks, k) == []


# --- examples --------------------------------------------------------------------------------


def texts(s: SuppressedTable) -> list[list[str]]:
    rows = max(i for i, _ in s.table.positions()) + 1
    cols = max(j for _, j in s.table.positions()) + 1
    return [[s.text((i, j)) for j in range(cols)] for i in range(rows)]


def test_a_two_way_table_hides_a_rectangle_not_half_the_table() -> None:
    s = suppress(CountTable(((3, 10, 7), (12, 2, 9), (0, 0, 8))), 5)
    assert texts(s) == [
        ["n.p.", "n.p.", "7", "20"],
        ["n.p.", "n.p.", "9", "23"],
        ["0", "0", "8", "8"],
        ["15", "12", "24", "51"],
    ]


def test_zeros_are_published() -> None:
    s = suppress(CountTable.column([0, 12, 0, 30]), 5)
    assert [s.text((i, 0)) for i in range(5)] == ["0", "12", "0", "30", "42"]


def test_two_ones_summing_to_a_known_two_get_a_third_cell_hidden() -> None:
    # 1 + 1 = 22 - 20: with only the two "<5" hidden, both would be known to be 1.
    s = suppress(CountTable.column([1, 1, 20]), 5)
    assert [s.text((i, 0)) for i in range(4)] == ["n.p.", "n.p.", "n.p.", "22"]


def test_a_small_cell_beside_one_of_exactly_k_hides_the_total_too() -> None:
    # 1 + 5 = 6 would pin "<5" to 1 if the total were published.
    s = suppress(CountTable.column([1, 0, 5]), 5)
    assert [s.text((i, 0)) for i in range(4)] == ["n.p.", "0", "n.p.", "n.p."]


def test_a_table_of_ones_is_withheld_when_nothing_can_hide_them() -> None:
    s = suppress(CountTable.column([1, 1, 1, 1]), 5)
    assert s.withheld
    assert all(s.published(p) is None for p in s.table.positions())


@pytest.mark.parametrize("k", [0, 1, 2, -5, 101])
def test_a_threshold_below_three_or_absurd_is_refused(k: int) -> None:
    with pytest.raises(ValueError):
        suppress(CountTable.column([1, 2]), k)


def test_k_must_be_a_whole_number() -> None:
    with pytest.raises(ValueError):
        check_k(True)  # type: ignore[arg-type]


def test_counts_must_be_whole_and_not_negative() -> None:
    with pytest.raises(ValueError):
        CountTable(((1, -1),))
    with pytest.raises(ValueError):
        CountTable(((1, 2), (3,)))


def test_forced_cells_are_hidden_and_protected() -> None:
    table = CountTable.column([20, 30, 40])
    s = suppress(table, 5, force_hidden=[(3, 0)])  # the total, hidden in another table
    assert s.hidden((3, 0))
    assert sum(1 for i in range(4) if s.hidden((i, 0))) >= 2


def test_a_share_needs_both_numbers_published() -> None:
    assert ratio(3, 12) == 0.25
    assert ratio(None, 12) is None
    assert ratio(3, None) is None
    assert ratio(3, 0) is None


def test_the_attackers_do_find_what_naive_suppression_leaves() -> None:
    """The checkers are not vacuous: primary suppression alone is broken, and they say so."""
    table = CountTable.column([2, 30, 40])
    naive = SuppressedTable(
        table, 5, {p: Mark.PRIMARY if p == (0, 0) else Mark.PUBLISHED for p in table.positions()}
    )
    assert subtraction_attack(naive) == {(0, 0): 2}
    assert exhaustive_attack(naive) == {(0, 0): 2}
    ones = CountTable.column([1, 1, 20])
    pair = SuppressedTable(
        ones, 5, {p: Mark.PRIMARY if p[0] < 2 else Mark.PUBLISHED for p in ones.positions()}
    )
    assert subtraction_attack(pair) == {}
    assert exhaustive_attack(pair) == {(0, 0): 1, (1, 0): 1}
    assert audit(ones, pair.marks, 5) == [(0, 0), (1, 0)]


def test_lines_cover_rows_columns_and_margins() -> None:
    table = CountTable(((1, 2), (3, 4)))
    lines = table.lines()
    assert len(lines) == 6  # 2 rows + totals row, 2 columns + totals column
    assert ((0, 2), (1, 2)) in [cells for cells, _ in lines]
    assert all(a != b for a, b in pairwise(sorted(table.positions())))
