"""Settings, Security: passphrase (re-keys), data key, recovery key and sheet, remember."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QMessageBox, QPushButton, QWidget

from ripartire_desktop.gui.dialogs.common import say
from ripartire_desktop.gui.dialogs.confirm import ask_to_confirm, without_default_button
from ripartire_desktop.gui.dialogs.errors import describe_error
from ripartire_desktop.gui.dialogs.passphrase import ChangePassphraseDialog
from ripartire_desktop.gui.dialogs.progress import ProgressDialog
from ripartire_desktop.gui.dialogs.recovery_sheet import (
    RecoverySheetPrinter,
    canonical_recovery_key,
)
from ripartire_desktop.gui.dialogs.secret import SecretDialog
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.settings_recovery import NewRecoveryKey
from ripartire_desktop.gui.views.settings_work import (
    Section,
    wrong_secret_message,
)
from ripartire_desktop.store.errors import (
    VaultError,
    WrongSecretError,
)
from ripartire_desktop.store.keyring_check import plaintext_keyring
from ripartire_desktop.store.keys import DEFAULT_TARGET_SECONDS, parse_recovery_key
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.usecases import keys

# How long the new passphrase's Argon2id should take here; tests set it to 0 (the floor).
KDF_SECONDS = DEFAULT_TARGET_SECONDS


class SecuritySection(Section):
    """Drives the buttons of the Security group box of `ui/settings.ui`."""

    SLOTS = ("passphrase_dialog", "rotate_dialog", "progress_dialog", "sheet_dialog", "confirm_box")

    def __init__(self, *, form: QWidget, session: Session, parent: QWidget) -> None:
        super().__init__(session=session, parent=parent)
        self.message = child(form, QLabel, "securityMessage")
        self.change_button = child(form, QPushButton, "changePassphraseButton")
        self.rotate_button = child(form, QPushButton, "rotateKeyButton")
        self.remember = child(form, QCheckBox, "rememberCheck")
        self.sheet_button = self._add_sheet_row(form)
        self.sheet_printer = RecoverySheetPrinter(parent, session.tasks)
        # The latest dialog of each kind while it is open (None once closed).
        self.passphrase_dialog: ChangePassphraseDialog | None = None
        self.rotate_dialog: SecretDialog | None = None
        self.confirm_box: QMessageBox | None = None  # "rotate now?", before the passphrase
        self.progress_dialog: ProgressDialog | None = None
        self.sheet_dialog: SecretDialog | None = None
        self.change_button.clicked.connect(self.change_passphrase)
        self.sheet_button.clicked.connect(self.print_recovery_sheet)
        self.rotate_button.clicked.connect(self.rotate_key)
        self.remember.toggled.connect(self._remember_toggled)
        self.recovery = NewRecoveryKey(
            form=form,
            session=session,
            view=parent,
            printer=self.sheet_printer,
            section=self,
        )
        say(self.message, "")

    def _add_sheet_row(self, form: QWidget) -> QPushButton:
        """ "Print recovery sheet…" as the third row of the Security grid (before the checkbox)."""
        grid = child(form, QGridLayout, "securityGrid")
        message = child(form, QLabel, "securityMessage")
        for widget in (message, self.remember):  # move the last two rows down by one
            position: tuple[int, int, int, int] = grid.getItemPosition(grid.indexOf(widget))  # type: ignore[assignment]
            row, column, _rows, span = position
            grid.removeWidget(widget)
            grid.addWidget(widget, row + 1, column, 1, span)
        button = QPushButton(self.tr("Print recovery sheet…"), form)
        button.setObjectName("recoverySheetButton")
        explain = QLabel(
            self.tr(
                "Prints a new recovery sheet to a PDF file. Ripartire never stores the recovery "
                "key: type it from your sheet or your notes, and it is checked against this vault."
            ),
            form,
        )
        explain.setWordWrap(True)
        grid.addWidget(button, 3, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(explain, 3, 1)
        return button

    # --- state -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.remember.blockSignals(True)
        self.remember.setChecked(self._session.core.is_remembered())
        self.remember.blockSignals(False)

    def clear(self) -> None:
        say(self.message, "")
        self.close_dialogs()
        self.sheet_printer.clear()

    # --- change passphrase ---------------------------------------------------------------

    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self._view)
        self.track(dialog)
        dialog.submitted.connect(lambda current, new: self._change(dialog, current, new))
        dialog.open()
        self.passphrase_dialog = dialog

    def _change(self, dialog: ChangePassphraseDialog, current: str, new: str) -> None:
        # Argon2id on the current passphrase first, off the GUI thread, with the vault open.
        core = self._session.core

        def failed(exc: BaseException) -> None:
            wrong = self.tr(
                "The current passphrase is wrong: nothing was changed. Check the keyboard "
                "layout and Caps Lock."
            )
            dialog.show_error(
                wrong_secret_message(exc, wrong), wrong_current=isinstance(exc, WrongSecretError)
            )

        self._session.tasks.run(
            lambda _progress: core.check_passphrase(current),
            on_success=lambda _opening: self._rekey(dialog, new),
            on_failure=failed,
        )

    def _rekey(self, dialog: ChangePassphraseDialog, new: str) -> None:
        """The new passphrase, and a new data key so old copies of the key file stop working:
        the GUI thread's connection is closed meanwhile (the dialog stays, busy)."""
        seconds = KDF_SECONDS

        def changed(_none: object, reopened: bool) -> None:
            if not reopened:
                self._session.lock_requested.emit()
            dialog.accept()
            say(
                self.message,
                self.tr(
                    "Passphrase changed and the vault re-encrypted under a new key: old copies "
                    "of the key file and old backups no longer open today's data. The recovery "
                    "key is unchanged."
                ),
                ok=True,
            )

        def failed(exc: BaseException, reopened: bool) -> None:
            if not reopened:
                self._session.lock_requested.emit()
            dialog.show_error(describe_error(exc))

        if not self.run_key_work(
            lambda work: keys.change_passphrase(work, new, kdf_seconds=seconds),
            purpose="passphrase change",
            on_done=changed,
            on_failed=failed,
        ):
            dialog.reject()

    # --- rotate the data key ---------------------------------------------------------------

    def rotate_key(self) -> None:
        """Asks first (Cancel is the default), then for the passphrase."""
        self.confirm_box = ask_to_confirm(
            self._view,
            title=self.tr("Rotate data key"),
            text=self.tr(
                "Re-encrypt the whole vault under a new key now? Ripartire cannot be used "
                "until it is done, and then it locks."
            ),
            action=self.tr("Continue…"),
            then=self._ask_rotate_passphrase,
        )
        self.track(self.confirm_box)

    def _ask_rotate_passphrase(self) -> None:
        self.rotate_dialog = self.ask_passphrase(
            title=self.tr("Rotate data key"),
            intro=self.tr(
                "Rotating the data key re-encrypts the whole vault under a new random key, so "
                "a copy of the old key (for example on a lost laptop that remembered it) no "
                "longer opens it. On a large vault this takes a while, and Ripartire cannot be "
                "used meanwhile. The passphrase and the recovery key stay the same; older "
                "backups keep opening with the passphrase and recovery key of their day."
            ),
            action=self.tr("&Rotate key"),
            then=self._rotate,
        )
        without_default_button(self.rotate_dialog)
        # Enter in the passphrase field does not rotate either: the button takes a click.
        self.rotate_dialog.secret.returnPressed.disconnect()

    def _rotate(self, dialog: SecretDialog, passphrase: str) -> None:
        dialog.accept()
        if not self._session.is_unlocked:
            return  # locked while the passphrase was checked
        progress = ProgressDialog(
            self.tr("Rotate data key"),
            self.tr("Re-encrypting the vault under a new key… Please do not switch off."),
            self._view,
        )
        self.progress_dialog = progress

        def rotated(_none: object, reopened: bool) -> None:
            text = self.tr(
                "Data key rotated: the vault was re-encrypted under a new key. Older "
                "backups still open with the passphrase and recovery key of their day."
            )
            locking = self.tr("Ripartire will lock: unlock it with the passphrase.")
            self.conclude(progress, text, ok=True, reopened=reopened, locking=locking)

        def failed(exc: BaseException, reopened: bool) -> None:
            text = describe_error(exc)
            if reopened:
                text += " " + self.tr("The vault still uses its previous key.")
            locking = self.tr("Ripartire will lock: unlock it with the passphrase to finish.")
            self.conclude(progress, text, ok=False, reopened=reopened, locking=locking)

        # The rekey needs the database to itself: the session is suspended meanwhile.
        self.run_key_work(
            lambda work: keys.rotate_key(work, passphrase),
            progress=progress,
            purpose="key rotation",
            on_done=rotated,
            on_failed=failed,
        )

    def ask_passphrase(
        self,
        *,
        title: str,
        intro: str,
        action: str,
        then: Callable[[SecretDialog, str], None],
    ) -> SecretDialog:
        """Ask for the passphrase, check it off the GUI thread while everything stays open
        and usable, then `then(dialog, passphrase)` (a rotation, a new recovery key)."""
        label = self.tr("&Passphrase")
        wrong = self.tr(
            "The passphrase is wrong: nothing was changed. Check the keyboard layout and Caps Lock."
        )
        dialog = SecretDialog(
            title=title, intro=intro, label=label, action=action, parent=self._view
        )
        self.track(dialog)
        core = self._session.core

        def check(passphrase: str) -> None:
            self._session.tasks.run(
                lambda _progress: core.check_passphrase(passphrase),
                on_success=lambda _opening: then(dialog, passphrase),
                on_failure=lambda exc: dialog.show_error(wrong_secret_message(exc, wrong)),
            )

        dialog.submitted.connect(check)
        dialog.open()
        return dialog

    # --- print the recovery sheet -----------------------------------------------------------

    def print_recovery_sheet(self) -> SecretDialog:
        dialog = SecretDialog(
            title=self.tr("Print recovery sheet"),
            intro=self.tr(
                "Type the recovery key (nine groups of four characters). Ripartire does not "
                "store it, so it cannot print it by itself; it checks that the key opens this "
                "vault, then asks where to save the sheet."
            ),
            label=self.tr("&Recovery key"),
            action=self.tr("&Continue…"),
            recovery_key=True,
            parent=self._view,
        )
        self.track(dialog)
        dialog.submitted.connect(lambda key: self._check_recovery_key(dialog, key))
        dialog.open()
        self.sheet_dialog = dialog
        return dialog

    def _check_recovery_key(self, dialog: SecretDialog, key: str) -> None:
        try:
            parse_recovery_key(key)  # the shape and the check group, instantly
        except VaultError as exc:
            dialog.show_error(describe_error(exc))
            return
        core = self._session.core
        wrong = self.tr(
            "This recovery key does not open this vault: it may belong to another vault. "
            "No sheet was written."
        )
        self._session.tasks.run(
            lambda _progress: core.check_recovery_key(key) and None,
            on_success=lambda _none: self._write_sheet(dialog, key),
            on_failure=lambda exc: dialog.show_error(wrong_secret_message(exc, wrong)),
        )

    def _write_sheet(self, dialog: SecretDialog, key: str) -> None:
        if dialog is not self.sheet_dialog or not self._session.is_unlocked:
            return  # closed or locked meanwhile
        dialog.accept()
        path = self.sheet_printer.ask_path()
        if path is None:
            return
        organisation = self._session.records.settings.load().organisation
        created = date.fromisoformat(self._session.core.created[:10])

        def recorded(_path: object) -> None:
            if self._session.is_unlocked:
                self._session.audit(AuditAction.EXPORT, detail="recovery sheet pdf")

        self.sheet_printer.write(
            path,
            canonical_recovery_key(key),  # printed as on the first sheet, whatever was typed
            organisation=organisation,
            created=created,
            after=recorded,
        )

    # --- remember on this device -----------------------------------------------------------

    def _remember_toggled(self, on: bool) -> None:
        core = self._session.core
        try:
            if not on:
                core.forget()
                say(
                    self.message,
                    self.tr(
                        "This device no longer remembers the key: the "
                        "passphrase will be asked at each start."
                    ),
                    ok=True,
                )
            elif core.remember():
                in_clear = plaintext_keyring(core.keystore_backend())
                if in_clear is not None:
                    say(self.message, self._in_clear_warning(str(in_clear)), error=True)
                    return
                say(
                    self.message,
                    self.tr(
                        "The key is remembered in this computer's keyring: Ripartire opens "
                        "without the passphrase for anyone who can use your user account here. "
                        "The keyring is only as safe as your login."
                    ),
                    ok=True,
                )
            else:
                self._uncheck()
                say(
                    self.message,
                    self.tr(
                        "This computer has no usable keyring (credential store), so the key cannot "
                        "be remembered: the passphrase will be asked at each start."
                    ),
                    error=True,
                )
        except Exception as exc:  # a keyring that fails loudly: say so, never crash
            self._uncheck()
            say(self.message, describe_error(exc), error=True)

    def _in_clear_warning(self, path: str) -> str:
        return self.tr(
            "The key is remembered, but the login keyring {0} has no password: the key is "
            "stored there in clear, readable by anyone who can use this account or read its "
            "files. Give the keyring a password (Passwords and Keys), or untick this box."
        ).format(path)

    def _uncheck(self) -> None:
        self.remember.blockSignals(True)
        self.remember.setChecked(self._session.core.is_remembered())
        self.remember.blockSignals(False)
