"""Adding a colleague to the team: their fingerprint to compare aloud, a name, a confirmation."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from ripartire_desktop.gui.dialogs.common import embed_form, ok_button, say
from ripartire_desktop.gui.forms import child
from ripartire_desktop.store.identity import PublicIdentity, Role


def role_label(role: Role) -> str:
    from PySide6.QtCore import QCoreApplication

    if role is Role.COORDINATOR:
        return QCoreApplication.translate("role_label", "coordinator")
    return QCoreApplication.translate("role_label", "counsellor")


def fingerprint_font(label: QLabel, scale: float = 1.4) -> None:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    font.setBold(True)
    label.setFont(font)


class TeamAddDialog(QDialog):
    """Shows who the file says it is and its fingerprint; OK only once checked in person.

    OK emits `add_requested`; the owner adds the member and closes the dialog, or shows why not.
    """

    add_requested = Signal()

    def __init__(self, identity: PublicIdentity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.identity = identity
        form = embed_form(self, "dialog_team_add", self.tr("Add a team member"))
        self.who = child(form, QLabel, "whoLabel")
        self.fingerprint = child(form, QLabel, "fingerprintValue")
        self.handle = child(form, QLineEdit, "handleEdit")
        self.checked = child(form, QCheckBox, "checkedBox")
        self.message = child(form, QLabel, "messageLabel")
        buttons = child(form, QDialogButtonBox, "buttonBox")
        self.ok_button = ok_button(buttons, self.tr("Add to the team"))
        self.who.setText(
            self.tr("This file is the public identity of {0}, {1}.").format(
                identity.name, role_label(identity.role)
            )
        )
        self.fingerprint.setText(identity.spoken)
        fingerprint_font(self.fingerprint, 1.6)
        self.handle.setText(identity.name)
        buttons.accepted.connect(self.add_requested)
        buttons.rejected.connect(self.reject)
        self.checked.toggled.connect(self._update)
        self.handle.textChanged.connect(self._update)
        say(self.message, "")
        self._update()

    def _update(self, *_args: object) -> None:
        self.ok_button.setEnabled(self.checked.isChecked() and bool(self.handle.text().strip()))

    def show_error(self, text: str) -> None:
        say(self.message, text, error=True)
