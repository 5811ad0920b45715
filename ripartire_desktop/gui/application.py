"""The GUI's composition: which window shows when, and what happens on lock and unlock."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ripartire_desktop.gui.dialogs.busy import BusyVaultDialog
from ripartire_desktop.gui.first_paint import after_first_paint
from ripartire_desktop.gui.i18n import install_translators, pick_language
from ripartire_desktop.gui.idle import GuardKeys, IdleWatcher, ScreenLockWatcher
from ripartire_desktop.gui.main_window import MainWindow
from ripartire_desktop.gui.reminders import Reminders
from ripartire_desktop.gui.sections import family_view, interview_view, main_sections
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.tasks import BackgroundTasks
from ripartire_desktop.paths import resource
from ripartire_desktop.store.vault import Vault
from ripartire_desktop.store.vault_files import read_device
from ripartire_desktop.store.vault_lock import Holder

if TYPE_CHECKING:  # imported when shown: a remembered key needs neither window
    from ripartire_desktop.gui.unlock import UnlockWindow
    from ripartire_desktop.gui.wizard import FirstRunWizard


def device_language(data_dir: Path) -> str:
    """The interface language chosen in Settings (mirrored outside the vault, so the unlock
    window already speaks it). Not personal data."""
    value = read_device(data_dir).get("language", "")
    return value if isinstance(value, str) else ""


class AppController(QObject):
    """Owns the windows. Started once; lives until the application quits."""

    def __init__(self, *, vault: Vault, demo_passphrase: str = "") -> None:
        super().__init__()
        self.tasks = BackgroundTasks(self)
        self.session = Session(vault=vault, tasks=self.tasks, demo_passphrase=demo_passphrase)
        self._main: MainWindow | None = None
        # What the views ask of the application, told on the session they all share.
        self.session.lock_requested.connect(self.lock)
        self.session.restore_completed.connect(self.lock)
        self._unlock_window: UnlockWindow | None = None
        self.wizard: FirstRunWizard | None = None
        self.idle = IdleWatcher(5, self)
        self.idle.idle.connect(self.lock)
        self.idle.curtain.connect(self._curtain)
        self.session.idle_lock_changed.connect(self._idle_settings_changed)
        self.keys = GuardKeys(self)
        self.keys.curtain_requested.connect(self._curtain)
        self.keys.lock_requested.connect(self.lock)
        self._watching_input = False
        self.screen_lock = ScreenLockWatcher(self)
        self.screen_lock.screen_locked.connect(self.lock)
        self._place: tuple[str, int | None] = ("dashboard", None)
        self.busy_dialog: BusyVaultDialog | None = None
        self.audit_warning: QMessageBox | None = None
        self.reminders: Reminders  # built with the main window
        self._reminders_pending = False  # started after the main window's next paint

    @property
    def unlock_window(self) -> UnlockWindow:
        """Built when first needed: a remembered key opens the vault without it."""
        if self._unlock_window is None:
            from ripartire_desktop.gui.unlock import UnlockWindow

            self._unlock_window = UnlockWindow(session=self.session)
            self._unlock_window.unlocked.connect(self._unlocked)
        return self._unlock_window

    @property
    def main(self) -> MainWindow:
        """Built on first use, after the unlock: the unlock window appears without waiting for
        every view's form to load."""
        if self._main is None:
            self._main = MainWindow(
                session=self.session,
                sections=main_sections(),
                family_view=family_view(),
                interview_view=interview_view(),
            )
            self._main.lock_requested.connect(self.lock)
            self._main.interview_mode_changed.connect(self.idle.set_interview)
            self.reminders = Reminders(
                self._main, session=self.session, banner=self._main.show_banner
            )
        return self._main

    def _curtain(self) -> None:
        if self.session.is_unlocked and self._main is not None and self._main.isVisible():
            self._main.cover()

    def _idle_settings_changed(self, minutes: int) -> None:
        """A Settings save changed an idle limit: the usual one, or the one in interviews."""
        self.idle.set_minutes(minutes)
        if self.session.is_unlocked:
            settings = self.session.records.settings.load()
            self.idle.set_interview_minutes(settings.interview_lock_minutes)

    def _watch_input(self) -> None:
        """Install the idle watcher and the F12/Ctrl+L guard on the application, once. A
        remembered key does it after the landing view's first paint: an application-wide
        filter sees every event of every widget being built, which alone cost the start a
        sixth of its time, and there is no input to see before a window is on screen. The
        unlock window does it after its own first paint."""
        app = QApplication.instance()
        if app is not None and not self._watching_input:
            self._watching_input = True
            app.installEventFilter(self.idle)
            app.installEventFilter(self.keys)

    def start(self) -> None:
        if not self.session.core.exists():
            from ripartire_desktop.gui.wizard import FirstRunWizard

            self.wizard = FirstRunWizard(session=self.session)
            self.wizard.unlocked.connect(self._unlocked)
            self._watch_input()
            self.wizard.show()
            return
        holder = self.session.claim()
        if holder is not None:  # another window (or a command) has the vault open
            self._show_busy(holder)
            return
        try:
            remembered = self.session.unlock_with_remembered()
        except Exception:  # damaged files: the unlock window explains on the first attempt
            remembered = False
        if remembered:
            self._unlocked()
            after_first_paint(self.main.pages.currentWidget() or self.main, self._watch_input)
            return
        self.session.unclaim()  # taken again when the passphrase has been typed
        # Build the main window while the passphrase is being typed, once the unlock
        # window has painted, so neither waits for the other.
        after_first_paint(self.unlock_window, self._after_unlock_window_painted)
        self.unlock_window.show()

    def _after_unlock_window_painted(self) -> None:
        self._watch_input()
        _ = self.main  # built now, while the passphrase is typed

    def _show_busy(self, holder: Holder) -> None:
        if self.busy_dialog is None:
            self.busy_dialog = BusyVaultDialog(holder)
            self.busy_dialog.finished.connect(self._busy_answered)
        else:
            self.busy_dialog.update_holder(holder)
        self.busy_dialog.open()
        self.busy_dialog.raise_()

    def _busy_answered(self, _result: int) -> None:
        dialog = self.busy_dialog
        if dialog is not None and dialog.clickedButton() is dialog.retry_button:
            self.start()
            return
        self.busy_dialog = None
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def _unlocked(self) -> None:
        if self._unlock_window is not None:
            self._unlock_window.hide()
        settings = self.session.records.settings.load()
        self.idle.set_minutes(settings.idle_lock_minutes)
        self.idle.set_interview_minutes(settings.interview_lock_minutes)
        self.idle.arm()
        self.keys.enabled = True
        self.main.show()
        self.main.restore_place(self._place)
        # The day's reminders once the landing view is on screen: the first paint waits for
        # nothing else.
        if not self._reminders_pending:
            self._reminders_pending = True
            after_first_paint(self.main.pages.currentWidget() or self.main, self._start_reminders)
        if self.session.audit_problem is not None:
            self._warn_audit(self.session.audit_problem)

    def _start_reminders(self) -> None:
        self._reminders_pending = False
        if self.session.is_unlocked and self._main is not None and self._main.isVisible():
            self.reminders.start()

    def _warn_audit(self, problem: str) -> None:
        """The audit log was cut or rewritten outside the app: say so on every unlock until a
        backup with a whole log is restored (the envelope keeps its record as evidence)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Audit log"),
            self.tr(
                "The audit log does not match the record of it kept with the vault's keys: "
                "entries were removed or changed outside Ripartire. The records themselves "
                "open as usual. Settings, Data, Verify gives the details; restoring a backup "
                "brings back a whole log."
            ),
            QMessageBox.StandardButton.Ok,
            self.main,
        )
        box.setDetailedText(problem)
        box.open()
        self.audit_warning = box

    def lock(self) -> None:
        if not self.session.is_unlocked:
            return
        self.idle.disarm()
        self.session.about_to_lock.emit()  # unsaved edits go into the vault before views clear
        self.keys.enabled = False
        if self._main is not None:
            self.reminders.stop()
            self._place = self._main.current_place()
            self._main.clear_all()
        self.session.lock()
        if self._main is not None:
            self._main.hide()
        self.unlock_window.reset()
        self.unlock_window.show()
        self.unlock_window.raise_()


def make_application(language_preference: str = "") -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Ripartire")
    app.setOrganizationName("Ripartire")
    app.setDesktopFileName("ripartire")
    with contextlib.suppress(FileNotFoundError):
        app.setWindowIcon(QIcon(str(resource("icons/ripartire.svg"))))
    translators = install_translators(app, pick_language(language_preference))
    app.setProperty("ripartire_translators", len(translators))
    app._ripartire_translators = translators  # type: ignore[attr-defined]  # keep alive
    return app


def run(*, vault: Vault, demo_passphrase: str = "") -> int:
    app = make_application(device_language(vault.data_dir))
    controller = AppController(vault=vault, demo_passphrase=demo_passphrase)
    controller.start()
    code = app.exec()
    controller.session.lock()
    controller.tasks.wait()
    return int(code)
