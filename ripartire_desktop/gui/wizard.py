"""First run: organisation and name, a passphrase with a strength meter, the recovery key
shown once, and "remember on this device"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QFont, QFontDatabase, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ripartire_desktop import paths
from ripartire_desktop.domain import Settings, suggest_mark
from ripartire_desktop.gui import strength
from ripartire_desktop.gui.dialogs.busy import busy_text
from ripartire_desktop.gui.forms import child, load_form
from ripartire_desktop.gui.session import Session
from ripartire_desktop.store.vault_lock import VaultBusyError
from ripartire_desktop.usecases import keys
from ripartire_desktop.usecases.session import Opening
from ripartire_desktop.usecases.settings import save_settings


def _fill(page: QWizardPage, form_name: str) -> QWidget:
    """Load `ui/<form_name>.ui` as the whole content of `page`."""
    form = load_form(form_name, page)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Passphrase"))
        self.setCommitPage(True)  # after this page the vault exists: no way back
        form = _fill(self, "first_run_passphrase")
        self.twice = strength.NewPassphrase(
            form,
            "passphraseEdit",
            words=(
                self.tr("Type it again to confirm."),
                self.tr("The two passphrases differ."),
                self.tr("The passphrases match."),
            ),
            personal=wizard.personal_words,
        )
        self.passphrase, self.confirm = self.twice.edit, self.twice.confirm
        self.remember = child(form, QCheckBox, "rememberCheck")
        self.passphrase.textChanged.connect(self.completeChanged)
        self.confirm.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return self.twice.complete()


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Recovery key"))
        form = _fill(self, "first_run_recovery")
        self.key_label = child(form, QLabel, "keyLabel")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.6)
        mono.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(mono)
        self.progress = child(form, QProgressBar, "progressBar")
        self.print_button = child(form, QPushButton, "printButton")
        self.written = child(form, QCheckBox, "writtenCheck")
        self.written.toggled.connect(self.completeChanged)
        self._wizard = wizard
        self.ready = False
        self.printer: object | None = None  # the last sheet printer (its progress dialog)
        self.print_button.setEnabled(False)  # until the key exists
        self.print_button.clicked.connect(self._print_sheet)

    def initializePage(self) -> None:
        self._wizard.create_vault()

    def show_key(self, recovery_key: str) -> None:
        self.ready = True
        self.progress.hide()
        groups = recovery_key.split("-")
        self.key_label.setText(" ".join(groups[:5]) + "\n" + " ".join(groups[5:]))
        self.print_button.setEnabled(self._wizard.print_recovery_sheet is not None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.ready and self.written.isChecked()

    def _print_sheet(self) -> None:
        key = self._wizard.recovery_key
        if key and self._wizard.print_recovery_sheet is not None:
            self.printer = self._wizard.print_recovery_sheet(self._wizard, key)


class FirstRunWizard(QWizard):
    """Creates the vault; emits `unlocked` when the counsellor reaches the main window."""

    unlocked = Signal()
    failed = Signal(str)

    def __init__(self, *, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._opening: Opening | None = None
        self._recovery_key = ""
        # (parent widget, recovery key) -> printer: asks where to save the PDF and writes it.
        self.print_recovery_sheet: Callable[[QWidget, str], object] | None = self._print_sheet
        self.setWindowTitle(self.tr("Welcome to Ripartire"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the vault"))
        about = QWizardPage()
        about.setTitle(self.tr("Welcome"))
        about_form = _fill(about, "first_run_about")
        self.organisation = child(about_form, QLineEdit, "organisationEdit")
        self.counsellor = child(about_form, QLineEdit, "counsellorEdit")
        self.mark = child(about_form, QLineEdit, "markEdit")
        self.mark.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}"), self.mark)
        )
        # Qt counts a mandatory field done once it differs from its value when the page joins
        # the wizard: empty then, so Next waits for a mark (the suggestion is set below).
        about.registerField("mark*", self.mark)
        self._mark_typed = False
        self.mark.textEdited.connect(self._mark_edited)
        self.counsellor.textChanged.connect(self._suggest_mark)
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryPage(self)
        for page in (about, self.passphrase_page, self.recovery_page):
            self.addPage(page)
        self.mark.setText(suggest_mark(""))
        self.setMinimumSize(620, 460)

    def _mark_edited(self, text: str) -> None:
        self._mark_typed = bool(text)
        if text != text.upper():
            self.mark.setText(text.upper())

    def _suggest_mark(self, name: str) -> None:
        """The initials of the name typed, until a mark is typed by hand."""
        if not self._mark_typed:
            self.mark.setText(suggest_mark(name))

    def personal_words(self) -> tuple[str, ...]:
        """What an attacker would try first for this vault: who and where it belongs to."""
        return (self.organisation.text(), self.counsellor.text())

    def _print_sheet(self, parent: QWidget, recovery_key: str) -> object:
        from ripartire_desktop.gui.dialogs.recovery_sheet import print_from_wizard

        return print_from_wizard(
            parent, self._session.tasks, recovery_key, organisation=self.organisation.text()
        )

    def create_vault(self) -> None:
        core = self._session.core
        passphrase = self.passphrase_page.passphrase.text()
        mark = self.mark.text().strip().upper()
        try:
            paths.ensure_private_dir(core.data_dir)  # the lock file lives there
        except OSError as exc:
            self._failed(exc)
            return
        holder = self._session.claim()  # two first runs must not create one vault twice
        if holder is not None:
            self._failed(VaultBusyError(busy_text(holder), holder))
            return

        def work(_progress: object) -> tuple[str, Opening]:
            recovery = keys.create_vault(core, passphrase, mark=mark)
            return recovery, core.check_passphrase(passphrase)

        self._session.tasks.run(work, on_success=self._created, on_failure=self._failed)

    def _created(self, result: tuple[str, Opening]) -> None:
        self._recovery_key, self._opening = result
        self.recovery_page.show_key(self._recovery_key)

    def _failed(self, exc: BaseException) -> None:
        self.recovery_page.progress.hide()
        self.recovery_page.key_label.setText(
            self.tr("The vault could not be created: {0}").format(str(exc))
        )
        self.failed.emit(str(exc))

    @property
    def recovery_key(self) -> str:
        return self._recovery_key

    def accept(self) -> None:
        if self._opening is None:
            return
        core = self._session.core
        core.unlock(self._opening)
        self._opening = None
        self._recovery_key = ""
        self.recovery_page.key_label.clear()
        records_settings = Settings(
            organisation=self.organisation.text(), counsellor_name=self.counsellor.text()
        )
        save_settings(core, records_settings)
        if self.passphrase_page.remember.isChecked():
            core.remember()
        self.passphrase_page.passphrase.clear()
        self.passphrase_page.confirm.clear()
        super().accept()
        self._session.opened()
        self.unlocked.emit()
