"""Start-up order (issue 18): the unlock window paints before the main window is built, the
landing view is the only view built at the start, the others are built when first shown,
and the heavy libraries (ReportLab, HiGHS, zxcvbn...) load only when first used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest

from ripartire_desktop.gui.application import AppController
from ripartire_desktop.gui.first_paint import after_first_paint
from ripartire_desktop.store.keystore import MemoryKeyStore
from ripartire_desktop.usecases.compose import build_vault
from tests.core.vaults import new_vault

ROOT = Path(__file__).resolve().parents[2]


class PaintRecorder(QObject):
    """Notes, at the first paint of the watched widget, whether the main window existed."""

    def __init__(self, controller: AppController) -> None:
        super().__init__()
        self.controller = controller
        self.main_built_at_first_paint: bool | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.main_built_at_first_paint is None:
            self.main_built_at_first_paint = self.controller._main is not None
        return False


def _close(controller: AppController) -> None:
    controller.session.lock()
    controller.tasks.wait()
    if controller._main is not None:
        controller._main.close()
    controller.unlock_window.close()


def test_the_main_window_is_built_after_the_unlock_window_has_painted(
    data_dir: Path, qtbot
) -> None:
    vault, _ = new_vault(data_dir)
    vault.lock(sync=False)
    controller = AppController(vault=build_vault(data_dir))
    recorder = PaintRecorder(controller)
    controller.unlock_window.installEventFilter(recorder)
    controller.start()
    assert controller._main is None  # not before the window is on screen
    qtbot.waitUntil(lambda: controller._main is not None, timeout=15_000)
    assert recorder.main_built_at_first_paint is False
    assert controller.unlock_window.isVisible()
    _close(controller)


def test_a_remembered_key_opens_on_the_landing_view_the_only_view_built(
    data_dir: Path, qtbot
) -> None:
    store = MemoryKeyStore()
    vault, _ = new_vault(data_dir, keystore=store)
    vault.remember()
    vault.lock(sync=False)
    controller = AppController(vault=build_vault(data_dir, keystore=store))
    controller.start()
    main = controller.main
    assert main.isVisible()
    assert [view.name for view in main.views.built()] == ["dashboard"]
    assert main.pages.currentWidget() is main.views["dashboard"]
    assert controller._reminders_pending  # the day's reminders wait for the first paint
    # So do the application-wide input filters (idle watcher, F12/Ctrl+L guard), which would
    # otherwise see every event of every widget being built.
    assert not controller._watching_input
    qtbot.waitUntil(lambda: not controller._reminders_pending, timeout=15_000)
    qtbot.waitUntil(lambda: controller._watching_input, timeout=15_000)
    controller.idle._last = 0.0
    QTest.keyClick(main.views["dashboard"], Qt.Key.Key_Shift)
    assert controller.idle._last != 0.0  # the idle watcher saw the key
    width = main.navigation.width()
    # Every other view is there when asked for, once, under the name the window knows.
    main.show_view("families")
    families = main.views["families"]
    assert main.pages.currentWidget() is families
    assert main.views["families"] is families
    assert list(main.views) == [
        "dashboard", "families", "desk", "agenda", "reports", "settings", "search",
        "family", "interview",
    ]  # fmt: skip
    main.show_view("reports")  # the widest page: the navigation keeps its width
    qtbot.wait(0)
    assert main.navigation.width() == width
    _close(controller)


def test_the_navigation_titles_are_the_views_own(data_dir: Path, qtbot) -> None:
    """The navigation shows titles before the views exist: they must be the views' titles."""
    new_vault(data_dir)
    controller = AppController(vault=build_vault(data_dir))
    main = controller.main
    for row in range(main.navigation.count()):
        item = main.navigation.item(row)
        assert item.text() == main.views[item.data(Qt.ItemDataRole.UserRole)].title()
    _close(controller)


def test_after_first_paint_runs_once_after_the_paint(qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel("x")
    qtbot.addWidget(label)
    calls: list[bool] = []
    after_first_paint(label, lambda: calls.append(label.isVisible()))
    assert calls == []
    label.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=15_000)
    label.repaint()
    qtbot.wait(0)
    assert calls == [True]


HEAVY = ("reportlab", "highspy", "numpy", "zxcvbn", "phonenumbers", "icalendar", "PIL")

START_AND_LOOK = """
import sys, tempfile
from pathlib import Path
from ripartire_desktop.cli import window_start
assert window_start([]) is not None  # how `ripartire` reads a plain start of the window
from ripartire_desktop.gui.application import AppController, make_application
from ripartire_desktop.store.keystore import MemoryKeyStore
from ripartire_desktop.usecases.compose import build_vault
app = make_application("en")
folder = Path(tempfile.mkdtemp()) / "vault"
store = MemoryKeyStore()
vault = build_vault(folder, keystore=store)
vault.create("una frase lunga per la prova", kdf_seconds=0)
vault.unlock_with_passphrase("una frase lunga per la prova")
vault.remember()
vault.lock()
controller = AppController(vault=build_vault(folder, keystore=store))
controller.start()
controller.main.grab()
app.processEvents()
print(",".join(sorted(name for name in {HEAVY} if name in sys.modules)) or "none")
later = ("ripartire_desktop.reports", "ripartire_desktop.privacy", "ripartire_desktop.gui.views.",
         "ripartire_desktop.gui.wizard", "ripartire_desktop.gui.unlock",
         "ripartire_desktop.commands.")
print(",".join(sorted(name for name in sys.modules if name.startswith(later))))
controller.session.lock()
"""


def test_the_start_imports_no_heavy_library_and_only_the_landing_view(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), HOME=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, "-c", START_AND_LOOK.replace("{HEAVY}", repr(HEAVY))],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    heavy, ours = proc.stdout.strip().splitlines()[-2:]
    assert heavy == "none"
    # Of the app's own modules: the landing view's, and nothing of the reports, the
    # first-run and unlock windows (a remembered key needs neither) or the commands but
    # the vault's lock that the window takes too.
    assert ours.split(",") == [
        "ripartire_desktop.commands.process_lock",
        "ripartire_desktop.commands.terminal",
        "ripartire_desktop.gui.views.base",
        "ripartire_desktop.gui.views.dashboard",
        "ripartire_desktop.gui.views.dashboard_project",  # its line of the project's places
    ]
