"""Hand-over dialogs: seal one family for a colleague, and receive a hand-over or a receipt.

Both call the Qt-free use cases of usecases/handover.py (the CLI's `handover` and `receive`);
a refused file is named in one message and nothing is changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ripartire_desktop.gui.dialogs.common import embed_form, ok_button, say
from ripartire_desktop.gui.dialogs.errors import describe_error
from ripartire_desktop.gui.forms import child
from ripartire_desktop.store.errors import DamagedError, VaultError
from ripartire_desktop.usecases import handover as cases
from ripartire_desktop.usecases.changes import Changes
from ripartire_desktop.usecases.session import VaultSession


class _SealedFileDialog(QDialog):
    """What the two dialogs share: a sealed file with its Browse… button, a message line, OK
    (saying what it does) and Cancel. OK is enabled while `_ready`."""

    def _file_row(
        self,
        form: QWidget,
        action: str,
        *,
        on_ok: Callable[[], object],
        on_browse: Callable[[], object],
    ) -> None:
        self.file = child(form, QLineEdit, "fileEdit")
        self.browse = child(form, QPushButton, "browseButton")
        self.message = child(form, QLabel, "messageLabel")
        buttons = child(form, QDialogButtonBox, "buttonBox")
        self.ok_button = ok_button(buttons, action)
        buttons.accepted.connect(on_ok)
        buttons.rejected.connect(self.reject)
        self.browse.clicked.connect(on_browse)
        self.file.textChanged.connect(self._update)
        say(self.message, "")

    def _ready(self) -> bool:
        """A file is named."""
        return bool(self.file.text().strip())

    def _update(self, *_args: object) -> None:
        self.ok_button.setEnabled(self._ready())


class HandoverDialog(_SealedFileDialog):
    """Colleague, reason and file for the hand-over of one family; OK writes it."""

    handed_over = Signal(object)  # Changes

    def __init__(
        self,
        session: VaultSession,
        code: str,
        parent: QWidget | None = None,
        *,
        desk_contact_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.code = code
        self.desk_contact_id = desk_contact_id
        form = embed_form(self, "dialog_handover", self.tr("Hand over {0}").format(code))
        self.intro = child(form, QLabel, "introLabel")
        self.colleague = child(form, QComboBox, "colleagueCombo")
        self.reason = child(form, QPlainTextEdit, "reasonEdit")
        self._file_row(
            form, self.tr("Write the hand-over"), on_ok=self.write, on_browse=self._choose
        )
        self.intro.setText(
            self.tr(
                "The whole record of {0}, the reason and its audit entries go to the colleague "
                "you choose, in a file only their vault can open."
            ).format(code)
            if desk_contact_id is None
            else self.tr(
                "The desk contact (its request, notes and appointment) and the reason go to the "
                "colleague you choose, in a file only their vault can open."
            )
        )
        for member in cases.colleagues(session.records):
            self.colleague.addItem(member.name, member.name)
        self.reason.textChanged.connect(self._update)
        if self.colleague.count() == 0:
            say(
                self.message,
                self.tr("Your team list is empty: add the colleague in Settings, Team first."),
                error=True,
            )
        self._update()

    def _ready(self) -> bool:
        """A colleague to send to, a reason and a file."""
        return (
            self.colleague.count() > 0
            and bool(self.reason.toPlainText().strip())
            and super()._ready()
        )

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the hand-over of {0}").format(self.code),
            str(Path.home() / f"{self.code}-handover.age"),
            self.tr("Sealed files (*.age)"),
        )
        if path:
            self.file.setText(path)

    def write(self) -> bool:
        """Write the hand-over; on a refusal say why and keep everything typed."""
        target = Path(self.file.text().strip()).expanduser()
        if target.exists():
            say(
                self.message,
                self.tr("{0} already exists: choose another name.").format(target),
                error=True,
            )
            return False
        to, reason = str(self.colleague.currentData()), self.reason.toPlainText()
        try:
            if self.desk_contact_id is not None:
                written = cases.hand_over_desk_contact(
                    self._session, self.desk_contact_id, to=to, reason=reason, target=target
                )
            else:
                written = cases.hand_over(
                    self._session, self.code, to=to, reason=reason, target=target
                )
        except (VaultError, OSError) as exc:
            say(self.message, describe_error(exc), error=True)
            return False
        self.handed_over.emit(written.changes)
        self.accept()
        return True


class ReceiveDialog(_SealedFileDialog):
    """A hand-over or a receipt to open; OK checks and takes it, the result stays on screen."""

    received = Signal(object)  # Changes

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        form = embed_form(self, "dialog_receive", self.tr("Receive hand-over"))
        self._file_row(
            form, self.tr("Check and receive"), on_ok=self.receive, on_browse=self._choose
        )
        self._update()

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a hand-over or a receipt"), str(Path.home()),
            self.tr("Sealed files (*.age)"),
        )  # fmt: skip
        if path:
            self.file.setText(path)

    def receive(self) -> bool:
        source = Path(self.file.text().strip()).expanduser()
        try:
            done = cases.receive(self._session, source)
        except DamagedError as exc:
            say(
                self.message,
                self.tr("The file was refused and nothing was changed: {0}").format(str(exc)),
                error=True,
            )
            return False
        except (VaultError, OSError) as exc:
            say(self.message, describe_error(exc), error=True)
            return False
        h = done.handover
        if isinstance(done, cases.Received):
            text = self.tr(
                "{0} received from {1}, with the same code. Send this receipt back to {1}: {2}"
            ).format(h.family_code, h.peer_name, done.receipt)
        else:
            text = self.tr(
                "Receipt from {0}: {1} is now in their vault, and its names and notes were "
                "removed from yours."
            ).format(h.peer_name, h.family_code)
        say(self.message, text, ok=True)
        self.ok_button.setEnabled(False)
        self.file.clear()
        changes: Changes = done.changes
        self.received.emit(changes)
        return True
