"""Consent tab: privacy-notice consents by scope, and their withdrawal (kept, never deleted)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from ripartire_desktop.domain import Consent, ConsentMethod, ConsentScope, Family
from ripartire_desktop.gui.dates import DateInput, confirm_dates
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.i18n import QT_TRANSLATE_NOOP
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.family_dialogs import FormDialog
from ripartire_desktop.gui.views.family_fields import (
    combo_value,
    fill_combo,
    fmt_day,
    vocab,
)
from ripartire_desktop.gui.views.family_tabs import StagedTab
from ripartire_desktop.gui.views.family_widgets import (
    RowsModel,
    select_row,
    selected_row,
    setup_table,
)
from ripartire_desktop.usecases.families import save_consents


class ConsentModel(RowsModel[Consent]):
    headers = (
        QT_TRANSLATE_NOOP("ConsentModel", "Notice version"),
        QT_TRANSLATE_NOOP("ConsentModel", "Given on"),
        QT_TRANSLATE_NOOP("ConsentModel", "Method"),
        QT_TRANSLATE_NOOP("ConsentModel", "Scopes"),
        QT_TRANSLATE_NOOP("ConsentModel", "State"),
    )

    def cell(self, row: Consent, column: int) -> str:
        if column == 0:
            return row.notice_version
        if column == 1:
            return fmt_day(row.given_on)
        if column == 2:
            return vocab(row.method)
        if column == 3:
            return ", ".join(vocab(s) for s in ConsentScope if s in row.scopes)
        if row.withdrawn_on is not None:
            return self.tr("Withdrawn on {0}").format(fmt_day(row.withdrawn_on))
        return self.tr("In force")


class ConsentDialog(FormDialog):
    def __init__(self, family_id: int, store: Callable[[Consent], None], parent: QWidget) -> None:
        super().__init__("family_consent_dialog", self.tr("Record consent"), store, parent)
        f = self.form
        self.notice_version = child(f, QLineEdit, "noticeVersionEdit")
        self.given_on = child(f, DateInput, "givenOnEdit")
        self.method = child(f, QComboBox, "methodCombo")
        self.scope_path = child(f, QCheckBox, "scopePathCheck")
        self.scope_stats = child(f, QCheckBox, "scopeStatsCheck")
        fill_combo(self.method, list(ConsentMethod))
        self.errors.bind_form(
            f,
            {
                "notice_version": "noticeVersionEdit",
                "given_on": "givenOnEdit",
                "scopes": "scopesBox",
            },
        )
        self.scope_path.setChecked(True)
        self.given_on.setDay(date.today())
        self._family_id = family_id

    def value(self) -> Consent:
        scopes = set()
        if self.scope_path.isChecked():
            scopes.add(ConsentScope.PATH)
        if self.scope_stats.isChecked():
            scopes.add(ConsentScope.ANONYMOUS_STATISTICS)
        consent = Consent(
            family_id=self._family_id,
            notice_version=self.notice_version.text().strip(),
            given_on=self.given_on.required_day(),
            method=combo_value(self.method, ConsentMethod) or ConsentMethod.SIGNED_PAPER,
            scopes=frozenset(scopes),
        )
        confirm_dates(self, consent)
        return consent


class WithdrawDialog(FormDialog):
    def __init__(self, consent: Consent, store: Callable[[Consent], None], parent: QWidget) -> None:
        super().__init__("family_withdraw_dialog", self.tr("Withdraw consent"), store, parent)
        self.withdrawn_on = child(self.form, DateInput, "withdrawnOnEdit")
        self.errors.bind_form(self.form, {"withdrawn_on": "withdrawnOnEdit"})
        self.withdrawn_on.setDay(date.today())
        self._consent = consent
        explanation = child(self.form, QLabel, "explanationLabel")
        explanation.setText(
            self.tr(
                "Consent to the notice {0} given on {1} stays in the record, marked as withdrawn."
            ).format(consent.notice_version, fmt_day(consent.given_on))
        )

    def value(self) -> Consent:
        consent = replace(self._consent, withdrawn_on=self.withdrawn_on.required_day())
        confirm_dates(self, consent)
        return consent


class ConsentTab(StagedTab):
    form_name = "family_consent"
    row_kind = Consent
    save_rows = staticmethod(save_consents)

    def __init__(self, *, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session=session, parent=parent)
        f = self.form
        self.table = child(f, QTableView, "consentTable")
        self.add_button = child(f, QPushButton, "addButton")
        self.withdraw_button = child(f, QPushButton, "withdrawButton")
        self.model = ConsentModel(self)
        setup_table(self.table, self.model)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self._update_buttons()

    def _selected(self) -> Consent | None:
        return self.model.row_at(selected_row(self.table))

    def _update_buttons(self, *_args: object) -> None:
        consent = self._selected()
        self.withdraw_button.setEnabled(consent is not None and consent.withdrawn_on is None)
        self.add_button.setEnabled(self.family is not None)

    def add(self) -> ConsentDialog | None:
        if self.family is None or self.family.id is None:
            return None
        dialog = ConsentDialog(self.family.id, self.staging(None), self)
        self.run_dialog(dialog)
        return dialog

    def withdraw_selected(self) -> WithdrawDialog | None:
        row = selected_row(self.table)
        consent = self.model.row_at(row)
        if consent is None or consent.withdrawn_on is not None:
            return None
        dialog = WithdrawDialog(consent, self.staging(row), self)
        self.run_dialog(dialog)
        return dialog

    def fill(self, family: Family) -> None:
        assert family.id is not None
        previous = self._selected()
        self.model.set_rows(self.records.consents.for_family(family.id))
        if previous is not None:
            select_row(self.table, self.model.row_of(previous.id))
        self._update_buttons()

    def empty(self) -> None:
        self.model.clear()
        self._update_buttons()
