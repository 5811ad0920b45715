"""The status dialog: only the statuses the domain allows, none preselected, and the steps that
end a path (withdrawal, closure) behind an explicit tick and a button that is never the default."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ripartire_desktop.domain import Family, FamilyStatus, allowed_next, label
from ripartire_desktop.gui.forms import child, load_form
from ripartire_desktop.gui.lang import ui_language
from ripartire_desktop.usecases.families import ADMITTING

S = FamilyStatus
# Steps that end the path: a slip here costs the family a new intake.
ENDING = frozenset({S.WITHDREW, S.CLOSED, S.NOT_ELIGIBLE, S.REFERRED})


class StatusDialog(QDialog):
    """Offers only the statuses the domain allows from the current one."""

    def __init__(self, family: Family, active: int, capacity: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change status"))
        self.setMinimumWidth(420)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = load_form("family_status_dialog", self)
        QVBoxLayout(self).addWidget(self.form)
        lang = ui_language()
        self.family = family
        self._active, self._capacity = active, capacity
        child(self.form, QLabel, "currentLabel").setText(
            self.tr("Current status: {0}").format(label(family.status, lang))
        )
        self.combo = child(self.form, QComboBox, "statusCombo")
        self.explanation = child(self.form, QLabel, "explanationLabel")
        self.confirm_check = child(self.form, QCheckBox, "confirmCheck")
        child(self.form, QLabel, "messageLabel").hide()
        # Nothing chosen yet: Enter on an untouched dialog changes nothing.
        self.combo.addItem(self.tr("Choose…"), None)
        for status in FamilyStatus:  # declaration order reads as the path goes
            if status in allowed_next(family.status):
                text = label(status, lang)
                if status == S.ACTIVE_PATH and family.status in ADMITTING:
                    text = self.tr("Admit: {0}").format(text)
                self.combo.addItem(text, status.value)
        buttons = child(self.form, QDialogButtonBox, "buttonBox")
        self.buttons = buttons
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change"))
        self._no_default_button()
        buttons.accepted.connect(self._accept_if_ready)
        buttons.rejected.connect(self.reject)
        self.combo.currentIndexChanged.connect(self._explain)
        self.confirm_check.toggled.connect(self._update_ok)
        self._explain()

    def _no_default_button(self) -> None:
        # Enter never applies a status: the click (or its mnemonic) does.
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._no_default_button()  # the button box makes its OK the default when shown

    def choice(self) -> FamilyStatus | None:
        data = self.combo.currentData()
        return None if data is None else FamilyStatus(data)

    def statuses(self) -> list[FamilyStatus]:
        return [
            FamilyStatus(self.combo.itemData(i))
            for i in range(self.combo.count())
            if self.combo.itemData(i) is not None
        ]

    def choose(self, status: FamilyStatus) -> None:
        self.combo.setCurrentIndex(self.combo.findData(status.value))

    def needs_confirmation(self) -> bool:
        return self.choice() in ENDING

    def _update_ok(self, *_: object) -> None:
        ready = self.choice() is not None
        if self.needs_confirmation():
            ready = ready and self.confirm_check.isChecked()
        self.ok_button.setEnabled(ready)

    def _accept_if_ready(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()

    def _explain(self, *_args: object) -> None:
        new = self.choice()
        if new == S.ACTIVE_PATH and self.family.status in ADMITTING:
            text = self.tr(
                "Paths in use: {0} of {1}. If none is free, the family goes on the waiting list."
            ).format(self._active, self._capacity)
        elif new == S.CLOSED:
            text = self.tr("Closing asks for the reason and the outcome in the Closure tab.")
        elif new == S.INTAKE:
            text = self.tr(
                "Reopening starts a fresh intake under the same code; the history stays."
            )
        elif new in ENDING:
            text = self.tr(
                "This ends the family's path: coming back means a new intake. Tick the box to "
                "confirm."
            )
        else:
            text = ""
        self.explanation.setText(text)
        self.explanation.setVisible(bool(text))
        ending = self.needs_confirmation()
        self.confirm_check.setVisible(ending)
        if not ending:
            self.confirm_check.setChecked(False)
        self._update_ok()
        self.adjustSize()  # the explanation and the tick come and go: no clipped line
