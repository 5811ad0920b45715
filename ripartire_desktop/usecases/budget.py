"""Budget lines use cases: list, add, edit and remove the lines per funder and year (Settings,
`ripartire budget`), and how much of each has been paid out. Lines hold no personal data, so
changing them writes no audit entry."""

from __future__ import annotations

from dataclasses import replace

from ripartire_desktop.domain import BudgetLine, BudgetUse
from ripartire_desktop.domain.errors import ValidationError
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases.changes import Changes, Kind


def budget_lines(records: Records) -> list[BudgetLine]:
    return records.budget.all()


def budget_use(records: Records) -> list[BudgetUse]:
    """Each line with what was paid from it and what is left (negative when overspent)."""
    return records.budget.use()


def find_line(records: Records, name: str) -> BudgetLine:
    """The line called `name` (as typed, any case); ValidationError naming it when none is."""
    wanted = name.strip().casefold()
    for line in records.budget.all():
        if line.name.strip().casefold() == wanted:
            return line
    raise ValidationError("name", f"there is no budget line called {name.strip()!r}")


def _check_name_free(records: Records, line: BudgetLine) -> None:
    wanted = line.name.strip().casefold()
    for other in records.budget.all():
        if other.id != line.id and other.name.strip().casefold() == wanted:
            raise ValidationError("name", f"{line.name.strip()!r} is already a budget line")


def save_budget_line(records: Records, line: BudgetLine) -> tuple[BudgetLine, Changes]:
    """Add a line (no id yet) or change one; names are unique whatever their case."""
    line = replace(line, name=line.name.strip(), funder=line.funder.strip())
    with records.transaction():
        _check_name_free(records, line)
        if line.id is None:
            line = records.budget.add(line)
        else:
            if records.budget.get(line.id) is None:
                raise ValidationError("name", "this budget line no longer exists")
            records.budget.update(line)
    return line, Changes.of(Kind.SETTINGS)


def remove_budget_line(records: Records, line_id: int) -> Changes:
    """Remove a line nothing was paid from; a line in use is refused, nothing changed."""
    with records.transaction():
        line = records.budget.get(line_id)
        if line is None:
            raise ValidationError("name", "this budget line no longer exists")
        used = records.budget.payments_of(line_id)
        if used:
            raise ValidationError(
                "name",
                f"{line.name!r} cannot be removed: {used} aid payment(s) are paid from it",
            )
        records.budget.delete(line_id)
    return Changes.of(Kind.SETTINGS)
