"""Closure tab: close an active path (reason, outcome, kind of work) and see past closures.

Closing writes the Closure record and moves the family to closed in one transaction.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from ripartire_desktop.domain import (
    Closure,
    ClosureReason,
    Family,
    FamilyStatus,
    Outcome,
    WorkType,
    label,
)
from ripartire_desktop.gui.dates import DateInput, confirm_dates
from ripartire_desktop.gui.forms import child, on_edit
from ripartire_desktop.gui.i18n import QT_TRANSLATE_NOOP
from ripartire_desktop.gui.lang import ui_language
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.family_fields import (
    FieldError,
    combo_value,
    fill_combo,
    fmt_day,
    vocab,
)
from ripartire_desktop.gui.views.family_tabs import FamilyTab
from ripartire_desktop.gui.views.family_widgets import RowsModel, setup_table
from ripartire_desktop.usecases.changes import Changes
from ripartire_desktop.usecases.families import close_family


class ClosuresModel(RowsModel[Closure]):
    headers = (
        QT_TRANSLATE_NOOP("ClosuresModel", "Closed on"),
        QT_TRANSLATE_NOOP("ClosuresModel", "Reason"),
        QT_TRANSLATE_NOOP("ClosuresModel", "Outcome"),
        QT_TRANSLATE_NOOP("ClosuresModel", "Kind of work"),
        QT_TRANSLATE_NOOP("ClosuresModel", "Note"),
    )

    def cell(self, row: Closure, column: int) -> str:
        if column == 0:
            return fmt_day(row.closed_on)
        if column == 1:
            return vocab(row.reason)
        if column == 2:
            return vocab(row.outcome)
        if column == 3:
            return vocab(row.work_type)
        return row.note.splitlines()[0] if row.note else ""

    def tooltip(self, row: Closure, column: int) -> str | None:
        return (row.note or None) if column == 4 else None


class ClosureTab(FamilyTab):
    form_name = "family_closure"
    editable = True

    def __init__(self, *, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session=session, parent=parent)
        assert self.save_bar is not None
        self.save_bar.save_button.setText(self.tr("&Close the path"))
        f = self.form
        self.state_label = child(f, QLabel, "stateLabel")
        self.close_group = child(f, QGroupBox, "closeGroup")
        self.closed_on = child(f, DateInput, "closedOnEdit")
        self.reason = child(f, QComboBox, "reasonCombo")
        self.outcome = child(f, QComboBox, "outcomeCombo")
        self.work_type = child(f, QComboBox, "workTypeCombo")
        self.note = child(f, QPlainTextEdit, "noteEdit")
        self.exit_reminder = child(f, QLabel, "exitReminderLabel")
        self.assessment_button = child(f, QPushButton, "assessmentButton")
        self.table = child(f, QTableView, "closuresTable")
        self.model = ClosuresModel(self)
        setup_table(self.table, self.model)
        choose = self.tr("Choose…")
        fill_combo(self.reason, list(ClosureReason), empty=choose)
        fill_combo(self.outcome, list(Outcome), empty=choose)
        fill_combo(self.work_type, list(WorkType), empty=self.tr("Not applicable"))
        self.errors.bind_form(
            f,
            {
                "closed_on": "closedOnEdit",
                "reason": "reasonCombo",
                "outcome": "outcomeCombo",
                "work_type": "workTypeCombo",
                "note": "noteEdit",
            },
        )
        on_edit(self.mark_dirty, self.closed_on, self.reason, self.work_type, self.note)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.assessment_button.clicked.connect(lambda: self.go_to_tab.emit("assessment"))
        self._outcome_changed()

    def _outcome_changed(self, *_args: object) -> None:
        work = combo_value(self.outcome, Outcome) == Outcome.WORK_FOUND
        self.work_type.setEnabled(work)
        if not work:
            self.work_type.setCurrentIndex(0)
        self.mark_dirty()

    def mark_dirty(self, *_args: object) -> None:
        # Only a path that can be closed has something unsaved here.
        if self.close_group.isEnabled():
            super().mark_dirty()

    @property
    def can_close(self) -> bool:
        return self.family is not None and self.family.status == FamilyStatus.ACTIVE_PATH

    def fill(self, family: Family) -> None:
        assert family.id is not None
        self.model.set_rows(self.records.closures.for_family(family.id))
        self._reset_form()
        lang = ui_language()
        if family.status == FamilyStatus.ACTIVE_PATH:
            self.state_label.setText(
                self.tr("The path started on {0}. Closing it moves the family to “{1}”.").format(
                    fmt_day(family.opened_on), label(FamilyStatus.CLOSED, lang)
                )
            )
        else:
            self.state_label.setText(
                self.tr("Only an active path can be closed; this family is “{0}”.").format(
                    label(family.status, lang)
                )
            )
        self.close_group.setEnabled(self.can_close)
        if self.save_bar is not None:
            self.save_bar.setVisible(self.can_close)
        self._show_exit_reminder(family.id)

    def _show_exit_reminder(self, family_id: int) -> None:
        assessment = self.records.assessments.for_family(family_id)
        scored = [n for n in assessment.needs if n.baseline is not None] if assessment else []
        missing = [n for n in scored if n.exit is None]
        if not scored:
            text = self.tr(
                "Reminder: no need area has a baseline score, so the report cannot show "
                "what improved."
            )
        elif missing:
            names = ", ".join(vocab(n.area) for n in missing)
            text = self.tr(
                "Reminder: fill in the exit scores before closing. Still missing: {0}."
            ).format(names)
        else:
            text = self.tr("Exit scores are filled in for every area scored at baseline.")
        self.exit_reminder.setText(text)

    def _reset_form(self) -> None:
        self.closed_on.setDay(date.today())
        self.reason.setCurrentIndex(0)
        self.outcome.setCurrentIndex(0)
        self.work_type.setCurrentIndex(0)
        self.note.clear()

    def empty(self) -> None:
        self.model.clear()
        self._reset_form()
        self.state_label.clear()
        self.exit_reminder.clear()
        if self.save_bar is not None:
            self.save_bar.say("")

    def closure(self) -> Closure:
        assert self.family is not None and self.family.id is not None
        reason = combo_value(self.reason, ClosureReason)
        if reason is None:
            raise FieldError("reason", self.tr("Choose why the path ends."))
        outcome = combo_value(self.outcome, Outcome)
        if outcome is None:
            raise FieldError("outcome", self.tr("Choose what the path achieved."))
        return Closure(
            family_id=self.family.id,
            closed_on=self.closed_on.required_day(),
            reason=reason,
            outcome=outcome,
            work_type=combo_value(self.work_type, WorkType),
            note=self.note.toPlainText().strip(),
        )

    def write(self) -> Changes:
        assert self.family is not None and self.family.id is not None
        closure = self.closure()
        confirm_dates(self, closure)
        self.family, changes = close_family(self.records, closure, today=date.today())
        return changes

    def save(self) -> bool:
        if not self.can_close:
            return False
        return super().save()
