"""The economic aid ledger: payments in integer cents, and totals against the budget."""

from __future__ import annotations

from ripartire_desktop.domain import AidCategory, AidPayment
from ripartire_desktop.store.columns import AID_PAYMENTS
from ripartire_desktop.store.connection import scalar
from ripartire_desktop.store.records._table import FamilyTable, Shape


class AidRepository(FamilyTable[AidPayment]):
    shape = Shape(AID_PAYMENTS, AidPayment)
    family_order = "paid_on, id"

    def total_cents(self) -> int:
        return int(scalar(self._conn, "SELECT coalesce(sum(amount_cents), 0) FROM aid_payments"))

    def totals_by_category(self) -> dict[AidCategory, int]:
        totals = dict.fromkeys(AidCategory, 0)
        for category, cents in self._conn.execute(
            "SELECT category, sum(amount_cents) FROM aid_payments GROUP BY category"
        ):
            totals[AidCategory(category)] = int(cents)
        return totals
