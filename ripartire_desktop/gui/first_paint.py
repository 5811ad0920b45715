"""Run something right after a widget's first paint: what can wait, waits for the screen.

The unlock window builds the main window once it has painted (not after a guessed delay that
a busy machine could lose); the main window starts the day's reminders once the landing view
is on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then = then
        self._done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            watched.removeEventFilter(self)
            # After the paint in progress has reached the screen: from the event loop.
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        self._then()
        self.deleteLater()


def after_first_paint(widget: QWidget, then: Callable[[], object]) -> None:
    """Call `then` from the event loop right after `widget` next paints (once)."""
    _FirstPaint(widget, then)
