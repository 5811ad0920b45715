"""Plan actions tab: what was agreed with the family, who does it, by when; overdue ones marked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ripartire_desktop.domain import ActionStatus, ActionType, Family, PlanAction
from ripartire_desktop.gui import palette
from ripartire_desktop.gui.dates import DateInput, confirm_dates
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.i18n import QT_TRANSLATE_NOOP
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.family_dialogs import FormDialog
from ripartire_desktop.gui.views.family_fields import (
    combo_value,
    fill_combo,
    fmt_day,
    set_combo_value,
    vocab,
)
from ripartire_desktop.gui.views.family_tabs import RowsTab
from ripartire_desktop.gui.views.family_widgets import RowsModel, select_row
from ripartire_desktop.usecases.families import save_actions

OPEN_STATES = frozenset({ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED})


def is_overdue(action: PlanAction, today: date) -> bool:
    return action.due_on is not None and action.due_on < today and action.status in OPEN_STATES


class ActionsModel(RowsModel[PlanAction]):
    headers = (
        QT_TRANSLATE_NOOP("ActionsModel", "Type"),
        QT_TRANSLATE_NOOP("ActionsModel", "Description"),
        QT_TRANSLATE_NOOP("ActionsModel", "Owner"),
        QT_TRANSLATE_NOOP("ActionsModel", "Due"),
        QT_TRANSLATE_NOOP("ActionsModel", "Status"),
        QT_TRANSLATE_NOOP("ActionsModel", "Outcome"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def cell(self, row: PlanAction, column: int) -> str:
        if column == 0:
            return vocab(row.action_type)
        if column == 1:
            return row.description
        if column == 2:
            return row.owner
        if column == 3:
            due = fmt_day(row.due_on)
            # In words as well as in colour: colour alone is not enough for everyone.
            return self.tr("{0} – overdue").format(due) if is_overdue(row, self.today) else due
        if column == 4:
            return vocab(row.status)
        return row.outcome

    def foreground(self, row: PlanAction) -> QColor | None:
        return QColor(palette.ERROR) if is_overdue(row, self.today) else None

    def tooltip(self, row: PlanAction, column: int) -> str | None:
        if column in (1, 5):
            return (row.description if column == 1 else row.outcome) or None
        return None


class ActionDialog(FormDialog):
    def __init__(
        self,
        action: PlanAction,
        store: Callable[[PlanAction], None],
        parent: QWidget,
        *,
        new: bool,
    ) -> None:
        title = self.tr("New plan action") if new else self.tr("Plan action")
        super().__init__("family_action_dialog", title, store, parent)
        f = self.form
        self.action_type = child(f, QComboBox, "typeCombo")
        self.description = child(f, QLineEdit, "descriptionEdit")
        self.owner = child(f, QLineEdit, "ownerEdit")
        self.due_on = child(f, DateInput, "dueOnEdit")
        self.due_on.required = False
        self.status = child(f, QComboBox, "statusCombo")
        self.outcome = child(f, QLineEdit, "outcomeEdit")
        fill_combo(self.action_type, list(ActionType))
        fill_combo(self.status, list(ActionStatus))
        self.errors.bind_form(
            f,
            {
                "description": "descriptionEdit",
                "owner": "ownerEdit",
                "due_on": "dueOnEdit",
                "outcome": "outcomeEdit",
            },
        )
        self._action = action
        set_combo_value(self.action_type, action.action_type)
        self.description.setText(action.description)
        self.owner.setText(action.owner)
        self.due_on.setDay(action.due_on)
        set_combo_value(self.status, action.status)
        self.outcome.setText(action.outcome)
        self.resize(560, self.sizeHint().height())

    def value(self) -> PlanAction:
        record = replace(
            self._action,
            action_type=combo_value(self.action_type, ActionType) or ActionType.OTHER,
            description=self.description.text().strip(),
            owner=self.owner.text().strip(),
            due_on=self.due_on.day(),
            status=combo_value(self.status, ActionStatus) or ActionStatus.PLANNED,
            outcome=self.outcome.text().strip(),
        )
        confirm_dates(self, record, new=self._action.id is None)
        return record


class ActionsTab(RowsTab[ActionsModel]):
    form_name = "family_actions"
    table_name = "actionsTable"
    row_kind = PlanAction
    save_rows = staticmethod(save_actions)
    model_class = ActionsModel

    def __init__(self, *, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session=session, parent=parent)
        self.overdue_label = child(self.form, QLabel, "overdueLabel")
        self.overdue_label.setStyleSheet(palette.ERROR_STYLE)

    def dialog_for(
        self, found: PlanAction | None, family_id: int, store: Callable[[PlanAction], None]
    ) -> ActionDialog:
        action = found or PlanAction(family_id=family_id, action_type=ActionType.OTHER)
        return ActionDialog(action, store, self, new=found is None)

    def removal_question(self, found: PlanAction) -> str:
        return self.tr(
            "Remove the action “{0}”? Payments linked to it stay in the ledger, unlinked."
        ).format(vocab(found.action_type))

    def fill(self, family: Family) -> None:
        assert family.id is not None
        wanted = self.selection_to_keep()
        actions = self.records.actions.for_family(family.id)
        self.model.today = date.today()
        self.model.set_rows(actions)
        overdue = sum(1 for a in actions if is_overdue(a, self.model.today))
        self.overdue_label.setText(self.tr("%n action(s) overdue", "", overdue) if overdue else "")
        self.keep_selection(wanted)

    def empty(self) -> None:
        self.model.clear()
        self.overdue_label.clear()
        self._update_buttons()

    def select(self, kind: str, ref_id: int) -> bool:
        if kind != "action":
            return False
        select_row(self.table, self.model.row_of(ref_id))
        self.table.setFocus()
        return True
