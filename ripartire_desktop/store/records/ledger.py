"""The economic aid ledger: payments in integer cents, and totals against the budget."""

from __future__ import annotations

from ripartire_desktop.domain import AidCategory, AidPayment, PayeeKind
from ripartire_desktop.store.columns import AID_PAYMENTS, Record
from ripartire_desktop.store.connection import scalar
from ripartire_desktop.store.records import _convert as cv
from ripartire_desktop.store.records._table import FamilyTable


class AidRepository(FamilyTable[AidPayment]):
    table = AID_PAYMENTS
    family_order = "paid_on, id"

    @staticmethod
    def entity(row: Record) -> AidPayment:
        return AidPayment(
            id=row.id,
            family_id=row.family_id,
            paid_on=cv.to_day_req(row.paid_on),
            category=AidCategory(row.category),
            amount_cents=row.amount_cents,
            payee_kind=PayeeKind(row.payee_kind),
            payee_name=row.payee_name,
            receipt_ref=row.receipt_ref,
            action_id=row.action_id,
        )

    @staticmethod
    def values(p: AidPayment) -> tuple[object, ...]:
        return (
            p.family_id,
            cv.day(p.paid_on),
            p.category.value,
            p.amount_cents,
            p.payee_kind.value,
            p.payee_name,
            p.receipt_ref,
            p.action_id,
        )

    def total_cents(self) -> int:
        return int(scalar(self._conn, "SELECT coalesce(sum(amount_cents), 0) FROM aid_payments"))

    def totals_by_category(self) -> dict[AidCategory, int]:
        totals = dict.fromkeys(AidCategory, 0)
        for category, cents in self._conn.execute(
            "SELECT category, sum(amount_cents) FROM aid_payments GROUP BY category"
        ):
            totals[AidCategory(category)] = int(cents)
        return totals
