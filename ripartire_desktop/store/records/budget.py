"""Budget lines (per funder and year) and what has been paid from each."""

from __future__ import annotations

from ripartire_desktop.domain import BudgetLine, BudgetUse
from ripartire_desktop.store.columns import BUDGET_LINES
from ripartire_desktop.store.connection import scalar
from ripartire_desktop.store.records._table import FamilyTable, Shape

_ORDER = "ORDER BY year DESC, funder COLLATE NOCASE, name COLLATE NOCASE, id"


class BudgetRepository(FamilyTable[BudgetLine]):
    """Not a family's rows, but the same add/update/get/delete over one table."""

    shape = Shape(BUDGET_LINES, BudgetLine)
    family_order = "id"  # unused: budget lines belong to the vault, not to a family

    def all(self) -> list[BudgetLine]:
        """Newest year first, then by funder and name: the order every screen lists them in."""
        return self.where(_ORDER, ())

    def by_name(self, name: str) -> BudgetLine | None:
        found = self.where("WHERE name = ? COLLATE NOCASE", (name,))
        return found[0] if found else None

    def payments_of(self, line_id: int) -> int:
        return int(
            scalar(
                self._conn,
                "SELECT count(*) FROM aid_payments WHERE budget_line_id = ?",
                (line_id,),
            )
        )

    def use(self) -> list[BudgetUse]:
        """Every line with the total paid from it and the number of payments."""
        spent = {
            int(line_id): (int(cents), int(n))
            for line_id, cents, n in self._conn.execute(
                "SELECT budget_line_id, sum(amount_cents), count(*) FROM aid_payments "
                "WHERE budget_line_id IS NOT NULL GROUP BY budget_line_id"
            )
        }
        return [BudgetUse(line, *spent.get(line.id or 0, (0, 0))) for line in self.all()]

    def unassigned(self) -> tuple[int, int]:
        """(cents, payments) of payments paid from no line (vaults without budget lines)."""
        cents, n = self._conn.execute(
            "SELECT coalesce(sum(amount_cents), 0), count(*) FROM aid_payments "
            "WHERE budget_line_id IS NULL"
        ).fetchone()
        return int(cents), int(n)

    def total_for_years(self, first: int, last: int) -> int:
        """The amounts of the lines of years `first`..`last`: a report period's budget."""
        return int(
            scalar(
                self._conn,
                "SELECT coalesce(sum(amount_cents), 0) FROM budget_lines "
                "WHERE year BETWEEN ? AND ?",
                (first, last),
            )
        )
