"""The economic aid ledger: payments in integer cents and their totals against the budget."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from . import _checks as c
from .vocab import AidCategory, PayeeKind


@dataclass(frozen=True, slots=True, kw_only=True)
class AidPayment:
    family_id: int
    paid_on: date
    category: AidCategory
    amount_cents: int  # > 0; a refund is not a negative payment in this ledger
    payee_kind: PayeeKind
    id: int | None = None
    payee_name: str = ""  # required for a supplier (e.g. the energy company); optional for family
    receipt_ref: str = ""
    action_id: int | None = None  # the PlanAction this payment belongs to, if any
    budget_line_id: int | None = None  # the BudgetLine it is paid from (none: no lines yet)

    def __post_init__(self) -> None:
        c.record_id("id", self.id)
        c.required_id("family_id", self.family_id)
        c.day("paid_on", self.paid_on)
        c.member_field(self, "category", AidCategory)
        c.integer("amount_cents", self.amount_cents, low=1)
        c.member_field(self, "payee_kind", PayeeKind)
        c.text("payee_name", self.payee_name, required=self.payee_kind == PayeeKind.SUPPLIER)
        c.text("receipt_ref", self.receipt_ref)
        c.record_id("action_id", self.action_id)
        c.record_id("budget_line_id", self.budget_line_id)


def total_cents(payments: Iterable[AidPayment]) -> int:
    return sum(p.amount_cents for p in payments)


def totals_by_category(payments: Iterable[AidPayment]) -> dict[AidCategory, int]:
    """Total per category, every category present (zero when unused), in declaration order."""
    totals = dict.fromkeys(AidCategory, 0)
    for p in payments:
        totals[p.category] += p.amount_cents
    return totals


def remaining_budget(budget_cents: int, payments: Iterable[AidPayment]) -> int:
    """Budget left; negative when overspent, so the GUI can say by how much."""
    c.integer("budget_cents", budget_cents, low=0)
    return budget_cents - total_cents(payments)
