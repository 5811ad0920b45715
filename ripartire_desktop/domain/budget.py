"""Budget lines: the money of one funder for one year ("Fondazione Cariplo 2026"), and which
line an aid payment is paid from."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import _checks as c
from .errors import ValidationError

MIN_YEAR, MAX_YEAR = 2000, 2100


@dataclass(frozen=True, slots=True, kw_only=True)
class BudgetLine:
    name: str  # unique in a vault: what the aid tab and the reports show
    funder: str
    year: int
    amount_cents: int  # what the funder granted for the year; 0 when not known yet
    id: int | None = None

    def __post_init__(self) -> None:
        c.record_id("id", self.id)
        c.text("name", self.name, required=True)
        c.text("funder", self.funder, required=True)
        c.integer("year", self.year, low=MIN_YEAR, high=MAX_YEAR)
        c.integer("amount_cents", self.amount_cents, low=0)

    @property
    def label(self) -> str:
        """How a person picks it: the name, with the funder when the name does not say it."""
        if self.funder.casefold() in self.name.casefold():
            return self.name
        return f"{self.name} ({self.funder})"


@dataclass(frozen=True, slots=True)
class BudgetUse:
    """A line with what has been paid from it: the coordinator's "budget use"."""

    line: BudgetLine
    spent_cents: int
    payments: int

    @property
    def remaining_cents(self) -> int:
        """Negative when overspent, so the screen can say by how much."""
        return self.line.amount_cents - self.spent_cents


def lines_of_year(lines: Iterable[BudgetLine], year: int) -> list[BudgetLine]:
    return [line for line in lines if line.year == year]


def default_line(lines: Sequence[BudgetLine], year: int) -> BudgetLine | None:
    """The line a payment of `year` goes to when nobody chose: the only line of that year."""
    found = lines_of_year(lines, year)
    return found[0] if len(found) == 1 else None


def resolve_line(lines: Sequence[BudgetLine], year: int, chosen: int | None) -> int | None:
    """The budget line id a payment of `year` is stored with.

    The chosen line when it exists; else the only line of that year; no line when the vault
    has no budget lines at all. ValidationError (field "budget_line_id") when it must be chosen.
    """
    if chosen is not None:
        if not any(line.id == chosen for line in lines):
            raise ValidationError("budget_line_id", "is not a budget line of this vault")
        return chosen
    if not lines:
        return None
    found = lines_of_year(lines, year)
    if len(found) == 1:
        return found[0].id
    if not found:
        raise ValidationError(
            "budget_line_id",
            f"must be chosen: there is no budget line for {year} (add one in Settings)",
        )
    raise ValidationError(
        "budget_line_id", f"must be chosen: {len(found)} budget lines are open for {year}"
    )
