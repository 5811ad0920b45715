"""The unlock window: passphrase or recovery key, "remember on this device", clear messages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ripartire_desktop.gui.dialogs.busy import busy_text
from ripartire_desktop.gui.forms import child, load_form
from ripartire_desktop.gui.session import Session
from ripartire_desktop.store.errors import (
    DamagedError,
    InvalidRecoveryKeyError,
    UnlockThrottledError,
    VaultError,
    WrongSecretError,
)
from ripartire_desktop.usecases.session import Opening


class UnlockWindow(QWidget):
    """Emits `unlocked` once the vault is open; the caller then shows the main window."""

    unlocked = Signal()

    def __init__(self, *, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._busy = False
        self.form = load_form("unlock", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        self.form.setMaximumWidth(560)
        layout.addWidget(self.form, 0, Qt.AlignmentFlag.AlignHCenter)
        self.setWindowTitle(self.tr("Ripartire: locked"))
        self.passphrase = child(self.form, QLineEdit, "passphraseEdit")
        self.recovery = child(self.form, QLineEdit, "recoveryEdit")
        self.recovery_label = child(self.form, QLabel, "recoveryLabel")
        self.passphrase_label = child(self.form, QLabel, "passphraseLabel")
        self.remember = child(self.form, QCheckBox, "rememberCheck")
        self.message = child(self.form, QLabel, "messageLabel")
        self.unlock_button = child(self.form, QPushButton, "unlockButton")
        self.recovery_toggle = child(self.form, QPushButton, "recoveryToggle")
        title = child(self.form, QLabel, "titleLabel")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        demo = child(self.form, QLabel, "demoLabel")
        if session.demo_passphrase:
            demo.setStyleSheet(
                "background: #fff4d6; color: #4a3b00; padding: 8px; border-radius: 4px;"
            )
            demo.setText(
                self.tr("Demo vault with fictional families. Passphrase: {0}").format(
                    session.demo_passphrase
                )
            )
        else:
            demo.hide()
        self.message.setStyleSheet("color: #b00020;")
        self._set_recovery_mode(False)
        self.unlock_button.clicked.connect(self._unlock)
        self.passphrase.returnPressed.connect(self._unlock)
        self.recovery.returnPressed.connect(self._unlock)
        self.recovery_toggle.clicked.connect(lambda: self._set_recovery_mode(not self._recovery))
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(lambda: self.unlock_button.setEnabled(True))

    def _set_recovery_mode(self, on: bool) -> None:
        self._recovery = on
        self.recovery.setVisible(on)
        self.recovery_label.setVisible(on)
        self.passphrase.setVisible(not on)
        self.passphrase_label.setVisible(not on)
        self.recovery_toggle.setText(
            self.tr("Use the &passphrase") if on else self.tr("Use the recovery &key")
        )
        (self.recovery if on else self.passphrase).setFocus()

    def reset(self) -> None:
        """Back to an empty form (after locking)."""
        self.passphrase.clear()
        self.recovery.clear()
        self.message.clear()
        self._set_recovery_mode(False)

    def _unlock(self) -> None:
        if self._busy or not self.unlock_button.isEnabled():
            return
        core = self._session.core
        check: Callable[[str], Opening]
        if self._recovery:
            secret, check = self.recovery.text(), core.check_recovery_key
        else:
            secret, check = self.passphrase.text(), core.check_passphrase
        if not secret:
            self.message.setText(self.tr("Type the passphrase first."))
            return
        holder = self._session.claim()  # the vault's lock first: one process at a time
        if holder is not None:
            self.message.setText(busy_text(holder))
            return
        self._busy = True
        self.unlock_button.setEnabled(False)
        self.message.setText(self.tr("Unlocking…"))
        self._session.tasks.run(
            lambda _progress: check(secret),
            on_success=self._open,
            on_failure=self._failed,
        )

    def _open(self, opening: Opening) -> None:
        self._busy = False
        self.unlock_button.setEnabled(True)
        core = self._session.core
        try:
            core.unlock(opening)
        except VaultError as exc:
            self._failed(exc)
            return
        if self.remember.isChecked() and not core.remember():
            self.message.setText(
                self.tr("This device has no usable keyring: the passphrase will be asked.")
            )
        self.reset()
        self._session.opened()
        self.unlocked.emit()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.unlock_button.setEnabled(True)
        self._session.unclaim()  # still locked: another process may use the vault meanwhile
        if isinstance(exc, UnlockThrottledError):
            self.message.setText(
                self.tr("Too many wrong attempts: try again in {0} seconds.").format(
                    max(1, round(exc.seconds))
                )
            )
            self.unlock_button.setEnabled(False)
            self._retry_timer.start(int(exc.seconds * 1000) + 100)
        elif isinstance(exc, InvalidRecoveryKeyError):
            self.message.setText(
                self.tr(
                    "That is not a valid recovery key: check each group of four characters "
                    "against the recovery sheet."
                )
            )
        elif isinstance(exc, WrongSecretError):
            self.message.setText(
                self.tr("Wrong recovery key.")
                if self._recovery
                else self.tr("Wrong passphrase. Check the keyboard layout and Caps Lock.")
            )
            (self.recovery if self._recovery else self.passphrase).selectAll()
        elif isinstance(exc, DamagedError):
            self.message.setText(
                self.tr("The vault cannot be opened: {0}").format(str(exc))
                + "\n"
                + self.tr("Restore the latest backup from Settings or with 'ripartire restore'.")
            )
        elif isinstance(exc, VaultError):
            self.message.setText(str(exc))
        else:
            self.message.setText(self.tr("Unexpected error: {0}").format(type(exc).__name__))
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft)
