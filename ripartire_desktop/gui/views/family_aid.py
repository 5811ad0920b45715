"""Aid ledger tab: payments in integer cents, totals per category and for the family."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from ripartire_desktop.domain import (
    AidCategory,
    AidPayment,
    BudgetLine,
    Family,
    PayeeKind,
    PlanAction,
    default_line,
    format_cents,
    total_cents,
    totals_by_category,
)
from ripartire_desktop.gui import palette
from ripartire_desktop.gui.dates import DateInput, confirm_dates
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.i18n import QT_TRANSLATE_NOOP
from ripartire_desktop.gui.lang import ui_language
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.family_dialogs import FormDialog
from ripartire_desktop.gui.views.family_fields import (
    FieldError,
    combo_value,
    fill_combo,
    fmt_day,
    set_combo_value,
    vocab,
)
from ripartire_desktop.gui.views.family_money import AmountError, cents_to_text, parse_euros
from ripartire_desktop.gui.views.family_tabs import RowsTab
from ripartire_desktop.gui.views.family_widgets import RowsModel
from ripartire_desktop.usecases.budget import budget_use
from ripartire_desktop.usecases.families import save_aid_payments

ACTION_LABEL_CHARS = 48


def money(cents: int) -> str:
    return format_cents(cents, ui_language())


def action_label(action: PlanAction) -> str:
    text = vocab(action.action_type)
    if action.description:
        short = action.description.splitlines()[0]
        if len(short) > ACTION_LABEL_CHARS:
            short = short[: ACTION_LABEL_CHARS - 1] + "…"
        text = f"{text}: {short}"
    return text


class AidModel(RowsModel[AidPayment]):
    headers = (
        QT_TRANSLATE_NOOP("AidModel", "Date"),
        QT_TRANSLATE_NOOP("AidModel", "Category"),
        QT_TRANSLATE_NOOP("AidModel", "Amount"),
        QT_TRANSLATE_NOOP("AidModel", "Paid to"),
        QT_TRANSLATE_NOOP("AidModel", "Receipt"),
        QT_TRANSLATE_NOOP("AidModel", "Linked action"),
        QT_TRANSLATE_NOOP("AidModel", "Budget line"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions: dict[int, PlanAction] = {}
        self.lines: dict[int, BudgetLine] = {}

    def set_actions(self, actions: list[PlanAction]) -> None:
        self.actions = {a.id: a for a in actions if a.id is not None}

    def set_lines(self, lines: list[BudgetLine]) -> None:
        self.lines = {line.id: line for line in lines if line.id is not None}

    def clear(self) -> None:
        self.actions = {}
        self.lines = {}
        super().clear()

    def cell(self, row: AidPayment, column: int) -> str:
        if column == 0:
            return fmt_day(row.paid_on)
        if column == 1:
            return vocab(row.category)
        if column == 2:
            return money(row.amount_cents)
        if column == 3:
            payee = vocab(row.payee_kind)
            return f"{payee}: {row.payee_name}" if row.payee_name else payee
        if column == 4:
            return row.receipt_ref
        return self._linked(row, column)

    def _linked(self, row: AidPayment, column: int) -> str:
        """The linked action (column 5) or the budget line (column 6), by name."""
        if column == 6:
            line = self.lines.get(row.budget_line_id) if row.budget_line_id is not None else None
            return "" if line is None else line.name
        action = self.actions.get(row.action_id) if row.action_id is not None else None
        return "" if action is None else action_label(action)

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column == 2 else None


class PaymentDialog(FormDialog):
    def __init__(
        self,
        payment: AidPayment | None,
        family_id: int,
        actions: list[PlanAction],
        store: Callable[[AidPayment], None],
        parent: QWidget,
        *,
        lines: Sequence[BudgetLine] = (),
        left: Mapping[int, int] | None = None,
    ) -> None:
        title = self.tr("New payment") if payment is None else self.tr("Payment")
        super().__init__("family_payment_dialog", title, store, parent)
        f = self.form
        self.paid_on = child(f, DateInput, "paidOnEdit")
        self.category = child(f, QComboBox, "categoryCombo")
        self.amount = child(f, QLineEdit, "amountEdit")
        self.payee_kind = child(f, QComboBox, "payeeKindCombo")
        self.payee_name = child(f, QLineEdit, "payeeNameEdit")
        self.receipt = child(f, QLineEdit, "receiptEdit")
        self.action = child(f, QComboBox, "actionCombo")
        self.budget_line = child(f, QComboBox, "budgetLineCombo")
        # What is left of each line before this payment (cents by line id): a warning, not a
        # refusal, when the payment goes beyond it.
        self.line_left = child(f, QLabel, "budgetLineLeft")
        self._left = dict(left or {})
        self._lines = list(lines)
        # Until the person picks a line, the line follows the date: the only line of its year.
        self._line_chosen = payment is not None
        fill_combo(self.category, list(AidCategory))
        fill_combo(self.payee_kind, list(PayeeKind))
        self.action.addItem(self.tr("None"), None)
        for action in actions:
            self.action.addItem(action_label(action), action.id)
        self.errors.bind_form(
            f,
            {
                "paid_on": "paidOnEdit",
                "amount_cents": "amountEdit",
                "payee_name": "payeeNameEdit",
                "receipt_ref": "receiptEdit",
                "budget_line_id": "budgetLineCombo",
            },
        )
        self._fill_lines(payment)
        self._payment = payment
        self._family_id = family_id
        self.paid_on.setDay(payment.paid_on if payment else date.today())
        if payment is not None:
            set_combo_value(self.category, payment.category)
            self.amount.setText(cents_to_text(payment.amount_cents))
            set_combo_value(self.payee_kind, payment.payee_kind)
            self.payee_name.setText(payment.payee_name)
            self.receipt.setText(payment.receipt_ref)
            self.action.setCurrentIndex(max(0, self.action.findData(payment.action_id)))
        self.budget_line.activated.connect(self._line_picked)
        self.budget_line.currentIndexChanged.connect(lambda _i: self._show_left())
        self.amount.textChanged.connect(lambda _text: self._show_left())
        self.paid_on.textChanged.connect(lambda _text: self._follow_date())
        self._follow_date()  # the day is set now: its year's only line, if it has one
        self._show_left()
        self.resize(520, self.sizeHint().height())

    def _fill_lines(self, payment: AidPayment | None) -> None:
        combo = self.budget_line
        if not self._lines:
            combo.addItem(self.tr("No budget lines yet (add them in Settings)"), None)
            combo.setEnabled(False)
            return
        combo.addItem(self.tr("Choose a budget line…"), None)
        for line in self._lines:
            combo.addItem(f"{line.label} · {line.year}", line.id)
        wanted = payment.budget_line_id if payment is not None else None
        if wanted is not None:
            combo.setCurrentIndex(max(0, combo.findData(wanted)))

    def _show_left(self) -> None:
        line_id = self.budget_line.currentData()
        if line_id is None or int(line_id) not in self._left:
            self.line_left.clear()
            return
        left = self._left[int(line_id)]
        if self._payment is not None and self._payment.budget_line_id == line_id:
            left += self._payment.amount_cents  # this payment is already counted as paid
        try:
            cents = parse_euros(self.amount.text())
        except AmountError:
            cents = 0
        if cents > left:
            text = self.tr("This payment is {0} more than is left on this line ({1}).").format(
                money(cents - left), money(left)
            )
            self.line_left.setStyleSheet(palette.ERROR_STYLE)
        else:
            text = self.tr("Left on this line: {0}.").format(money(left))
            self.line_left.setStyleSheet("")
        self.line_left.setText(text)

    def _line_picked(self, _index: int) -> None:
        self._line_chosen = self.budget_line.currentData() is not None

    def _follow_date(self) -> None:
        if self._line_chosen or not self._lines:
            return
        try:
            day = self.paid_on.parsed()
        except ValueError:  # half-typed: keep the line shown until the date reads
            return
        line = default_line(self._lines, day.year) if day is not None else None
        index = self.budget_line.findData(line.id) if line is not None else 0
        self.budget_line.setCurrentIndex(max(0, index))

    def cents(self) -> int:
        try:
            cents = parse_euros(self.amount.text())
        except AmountError as exc:
            raise FieldError("amount_cents", self._amount_message(exc.reason)) from None
        if cents <= 0:
            raise FieldError("amount_cents", self.tr("Type an amount greater than zero."))
        return cents

    def _amount_message(self, reason: str) -> str:
        return {
            AmountError.EMPTY: self.tr("Type the amount in euros, e.g. 12,50."),
            AmountError.NEGATIVE: self.tr(
                "Type an amount greater than zero: a refund is not a payment."
            ),
            AmountError.TOO_MANY_DECIMALS: self.tr("At most two decimals (cents), e.g. 12,50."),
            AmountError.BAD_GROUPING: self.tr(
                "Thousands are grouped by three digits, e.g. 1.234,50 (or type 1234,50)."
            ),
            AmountError.TOO_LARGE: self.tr("That amount is too large for the ledger."),
        }.get(reason, self.tr("Type the amount in euros, e.g. 12,50 or 12.50."))

    def _line_id(self) -> int | None:
        line_id = self.budget_line.currentData()
        if line_id is None and self._lines:
            raise FieldError(
                "budget_line_id", self.tr("Choose the budget line this payment is paid from.")
            )
        return None if line_id is None else int(line_id)

    def value(self) -> AidPayment:
        cents = self.cents()
        fields = {
            "paid_on": self.paid_on.required_day(),
            "category": combo_value(self.category, AidCategory) or AidCategory.OTHER,
            "amount_cents": cents,
            "payee_kind": combo_value(self.payee_kind, PayeeKind) or PayeeKind.FAMILY,
            "payee_name": self.payee_name.text().strip(),
            "receipt_ref": self.receipt.text().strip(),
            "action_id": self.action.currentData(),
            "budget_line_id": self._line_id(),
        }
        if self._payment is not None:
            payment = replace(self._payment, **fields)
        else:
            payment = AidPayment(family_id=self._family_id, **fields)
        confirm_dates(self, payment)
        return payment


class AidTab(RowsTab[AidModel]):
    form_name = "family_aid"
    table_name = "aidTable"
    row_kind = AidPayment
    save_rows = staticmethod(save_aid_payments)
    model_class = AidModel

    def __init__(self, *, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session=session, parent=parent)
        self.totals_label = child(self.form, QLabel, "totalsLabel")
        self.family_total_label = child(self.form, QLabel, "familyTotalLabel")
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.left: dict[int, int] = {}  # cents left per budget line, as last loaded

    def dialog_for(
        self, found: AidPayment | None, family_id: int, store: Callable[[AidPayment], None]
    ) -> PaymentDialog:
        actions = list(self.model.actions.values())
        lines = list(self.model.lines.values())
        return PaymentDialog(found, family_id, actions, store, self, lines=lines, left=self.left)

    def removal_question(self, found: AidPayment) -> str:
        return self.tr("Remove the payment of {0} on {1} from the ledger?").format(
            money(found.amount_cents), fmt_day(found.paid_on)
        )

    def fill(self, family: Family) -> None:
        assert family.id is not None
        wanted = self.selection_to_keep()
        payments = self.records.aid.for_family(family.id)
        self.model.set_actions(self.records.actions.for_family(family.id))
        uses = budget_use(self.records)
        self.model.set_lines([u.line for u in uses])
        self.left = {u.line.id: u.remaining_cents for u in uses if u.line.id is not None}
        self.model.set_rows(payments)
        totals = [(c, cents) for c, cents in totals_by_category(payments).items() if cents]
        if totals:
            rows = "".join(
                f"<tr><td>{html.escape(vocab(c))}</td>"
                f"<td align='right'>&nbsp;&nbsp;{html.escape(money(cents))}</td></tr>"
                for c, cents in totals
            )
            self.totals_label.setText(f"<table>{rows}</table>")
        else:
            self.totals_label.setText(html.escape(self.tr("No payments yet.")))
        self.family_total_label.setText(
            self.tr("Family total: {0}").format(money(total_cents(payments)))
        )
        self.keep_selection(wanted)

    def empty(self) -> None:
        self.left = {}
        self.model.clear()
        self.totals_label.clear()
        self.family_total_label.clear()
        self._update_buttons()
