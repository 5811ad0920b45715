"""Grouped counts without GROUP BY: one pass with a sum per group, for groups over vocabulary
columns (issue 18).

SQLite computes a GROUP BY over an unordered column by sorting every row first; with the
vault's memory settings (every allocation locked and wiped) that sorter was most of the
anonymised summary's time (1.6 s of it for the interviews by mode over 250,000 rows). The
groups of the summary are the values of a vocabulary (a CHECK list), so one pass can count
each possible group with a conditional sum instead. The result is turned back into the GROUP
BY's rows; if the counts do not add up to the rows seen (a value outside the vocabulary), the
caller runs the GROUP BY itself, so the figures are the same either way.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

Rows = list[tuple[Any, ...]]


def _literal(value: object) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    text = str(value)
    assert text.replace("_", "").isalnum(), text  # vocabulary values only
    return f"'{text}'"


def _test(expression: str, value: object) -> str:
    return f"{expression} IS NULL" if value is None else f"{expression} = {_literal(value)}"


@dataclass(frozen=True, slots=True)
class Pivot:
    """The GROUP BY `keys` of `source` (a "FROM ... WHERE ..." text) with `measures`, each
    "count(*)" or "sum(<expression>)", as one row."""

    source: str
    keys: tuple[tuple[str, tuple[object, ...]], ...]  # (expression, its possible values)
    measures: tuple[str, ...]

    @property
    def groups(self) -> list[tuple[object, ...]]:
        return list(itertools.product(*(values for _, values in self.keys)))

    @property
    def sql(self) -> str:
        columns = ["count(*)"]
        for group in self.groups:
            test = " AND ".join(
                _test(expression, value)
                for (expression, _), value in zip(self.keys, group, strict=True)
            )
            columns.append(f"sum({test})")
            for measure in self.measures:
                if measure == "count(*)":
                    continue
                assert measure.startswith("sum(") and measure.endswith(")"), measure
                columns.append(f"sum(CASE WHEN {test} THEN {measure[4:-1]} END)")
        return f"SELECT {', '.join(columns)} {self.source}"

    def rows(self, row: Sequence[Any]) -> Rows | None:
        """The GROUP BY's rows (groups with no row left out) from the one row of `sql`;
        None when some row's group is not among the possible values."""
        total, *values = row
        found: Rows = []
        seen = 0
        width = 1 + sum(1 for m in self.measures if m != "count(*)")
        for index, group in enumerate(self.groups):
            count, *sums = values[index * width : (index + 1) * width]
            if not count:
                continue
            seen += count
            measured = iter(sums)
            found.append(
                (*group, *(count if m == "count(*)" else next(measured) for m in self.measures))
            )
        return found if seen == (total or 0) else None
