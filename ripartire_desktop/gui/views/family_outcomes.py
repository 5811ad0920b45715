"""Assessments over time tab: the rounds of each path (baseline, reviews, exit, follow-ups)
with their amounts and facts, staged and saved like the other tabs; what comes up next
(follow-ups after closure, benefit renewals, ISEE expiry) below the table."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ripartire_desktop.domain import (
    AssessmentRound,
    BenefitKind,
    Family,
    RoundKind,
    format_cents,
)
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.i18n import QT_TRANSLATE_NOOP
from ripartire_desktop.gui.lang import ui_language
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.family_fields import fmt_day, vocab
from ripartire_desktop.gui.views.family_round_dialog import RoundDialog, adults_of
from ripartire_desktop.gui.views.family_tabs import RowsTab
from ripartire_desktop.gui.views.family_widgets import RowsModel
from ripartire_desktop.usecases.outcomes import dated_facts, follow_ups_between, save_rounds

# How far ahead "coming up" looks.
AHEAD_DAYS = 400


def _money(cents: int | None) -> str:
    return "" if cents is None else format_cents(cents, ui_language())


class RoundsModel(RowsModel[AssessmentRound]):
    headers = (
        QT_TRANSLATE_NOOP("RoundsModel", "Date"),
        QT_TRANSLATE_NOOP("RoundsModel", "Kind"),
        QT_TRANSLATE_NOOP("RoundsModel", "Path"),
        QT_TRANSLATE_NOOP("RoundsModel", "Income a month"),
        QT_TRANSLATE_NOOP("RoundsModel", "Debts and arrears"),
        QT_TRANSLATE_NOOP("RoundsModel", "ISEE"),
        QT_TRANSLATE_NOOP("RoundsModel", "Adults in work"),
    )

    def kind_text(self, row: AssessmentRound) -> str:
        if row.kind == RoundKind.FOLLOW_UP and row.follow_up_months is not None:
            return self.tr("Follow-up at %n month(s)", "", row.follow_up_months)
        return vocab(row.kind)

    def cell(self, row: AssessmentRound, column: int) -> str:
        debts = None
        if row.debt_cents is not None or row.arrears_cents is not None:
            debts = (row.debt_cents or 0) + (row.arrears_cents or 0)
        in_work = self.tr("{0} of {1}").format(row.in_work, len(row.work)) if row.work else ""
        cells = (
            fmt_day(row.assessed_on),
            self.kind_text(row),
            str(row.episode),
            _money(row.income_cents),
            _money(debts),
            _money(row.isee_cents),
            in_work,
        )
        return cells[column]

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column in (3, 4, 5) else None


class OutcomesTab(RowsTab[RoundsModel]):
    form_name = "family_outcomes"
    table_name = "roundsTable"
    row_kind = AssessmentRound
    save_rows = staticmethod(save_rounds)
    model_class = RoundsModel

    def __init__(self, *, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session=session, parent=parent)
        self.due_label = child(self.form, QLabel, "dueLabel")
        self.due_label.setTextFormat(Qt.TextFormat.RichText)

    def dialog_for(
        self,
        found: AssessmentRound | None,
        family_id: int,
        store: Callable[[AssessmentRound], None],
    ) -> RoundDialog:
        adults = adults_of(self.records.members.for_family(family_id))
        return RoundDialog(found, family_id, adults, store, self)

    def removal_question(self, found: AssessmentRound) -> str:
        return self.tr("Remove the assessment of {0} ({1})?").format(
            fmt_day(found.assessed_on), self.model.kind_text(found)
        )

    def fill(self, family: Family) -> None:
        assert family.id is not None
        wanted = self.selection_to_keep()
        self.model.set_rows(self.records.rounds.for_family(family.id))
        self._show_due(family.id)
        self.keep_selection(wanted)

    def _show_due(self, family_id: int) -> None:
        today = date.today()
        end = today + timedelta(days=AHEAD_DAYS)
        lines = [
            self.tr("Follow-up at %n month(s) after closure: {0}", "", due.months).format(
                fmt_day(due.due_on)
            )
            for due in follow_ups_between(
                self.records, today - timedelta(days=60), end, only=family_id
            )
        ]
        for fact in dated_facts(self.records, today, end, only=family_id):
            if fact.what == "isee":
                lines.append(self.tr("ISEE expires: {0}").format(fmt_day(fact.on)))
            else:
                label = fact.name or vocab(BenefitKind(fact.kind))
                lines.append(self.tr("{0}: renewal or expiry {1}").format(label, fmt_day(fact.on)))
        if not lines:
            self.due_label.setText(html.escape(self.tr("Nothing scheduled.")))
            return
        self.due_label.setText("<br/>".join(html.escape(line) for line in lines))

    def empty(self) -> None:
        self.model.clear()
        self.due_label.clear()
        self._update_buttons()
