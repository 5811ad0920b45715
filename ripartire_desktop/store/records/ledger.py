"""The economic aid ledger: payments in integer cents, and totals against the budget."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ripartire_desktop.domain import AidCategory, AidPayment, PayeeKind
from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.records import _convert as cv

_COLUMNS = (
    "id, family_id, paid_on, category, amount_cents, payee_kind, payee_name, receipt_ref, action_id"
)


def _payment(row: Any) -> AidPayment:
    return AidPayment(
        id=row[0],
        family_id=row[1],
        paid_on=cv.to_day_req(row[2]),
        category=AidCategory(row[3]),
        amount_cents=row[4],
        payee_kind=PayeeKind(row[5]),
        payee_name=row[6],
        receipt_ref=row[7],
        action_id=row[8],
    )


class AidRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, payment: AidPayment) -> AidPayment:
        cursor = self._conn.execute(
            "INSERT INTO aid_payments (family_id, paid_on, category, amount_cents, payee_kind, "
            "payee_name, receipt_ref, action_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            self._values(payment),
        )
        return replace(payment, id=cursor.lastrowid)

    def update(self, payment: AidPayment) -> None:
        self._conn.execute(
            "UPDATE aid_payments SET family_id = ?, paid_on = ?, category = ?, amount_cents = ?, "
            "payee_kind = ?, payee_name = ?, receipt_ref = ?, action_id = ? WHERE id = ?",
            (*self._values(payment), payment.id),
        )

    def delete(self, payment_id: int) -> None:
        self._conn.execute("DELETE FROM aid_payments WHERE id = ?", (payment_id,))

    def for_family(self, family_id: int) -> list[AidPayment]:
        return [
            _payment(r)
            for r in self._conn.execute(
                f"SELECT {_COLUMNS} FROM aid_payments WHERE family_id = ? ORDER BY paid_on, id",
                (family_id,),
            )
        ]

    def total_cents(self) -> int:
        row = self._conn.execute("SELECT coalesce(sum(amount_cents), 0) FROM aid_payments")
        return int(row.fetchone()[0])

    def totals_by_category(self) -> dict[AidCategory, int]:
        totals = dict.fromkeys(AidCategory, 0)
        for category, cents in self._conn.execute(
            "SELECT category, sum(amount_cents) FROM aid_payments GROUP BY category"
        ):
            totals[AidCategory(category)] = int(cents)
        return totals

    @staticmethod
    def _values(p: AidPayment) -> tuple[object, ...]:
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
