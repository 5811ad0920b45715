"""Background work that finishes after the window that asked for it was closed."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QProgressBar, QWidget

from ripartire_desktop.gui.tasks import BackgroundTasks


class _Asker(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.progress = QProgressBar(self)
        self.shown: list[object] = []

    def done(self, value: object) -> None:
        self.progress.hide()  # touches a child: fails if the window is gone
        self.shown.append(value)


def test_a_result_for_a_closed_window_is_dropped_not_raised(qtbot) -> None:
    tasks = BackgroundTasks()
    release = threading.Event()
    asker = _Asker()
    tasks.run(lambda _p: release.wait(20) and 42, on_success=asker.done, on_failure=asker.done)
    shiboken6.delete(asker)  # closed (and deleted) while the work runs
    release.set()
    assert tasks.wait()
    # The relay's queued signal is delivered on the next turn of the event loop; pytest-qt
    # fails the test if a slot raises there.
    qtbot.wait(50)


def test_a_result_for_an_open_window_is_shown(qtbot) -> None:
    tasks = BackgroundTasks()
    asker = _Asker()
    qtbot.addWidget(asker)
    tasks.run(lambda _p: 42, on_success=asker.done, on_failure=asker.done)
    qtbot.waitUntil(lambda: asker.shown == [42], timeout=60_000)
