"""Copying from notes: marked as secret for clipboard managers, and wiped after a while."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

CLEAR_AFTER_MS = 45_000
# Understood by KDE Klipper and GNOME clipboard managers: "do not keep in history".
SECRET_HINT_FORMAT = "x-kde-passwordManagerHint"  # noqa: S105 (a MIME type)


def mark_sensitive(mime: QMimeData) -> QMimeData:
    mime.setData(SECRET_HINT_FORMAT, b"secret")
    return mime


class ClipboardGuard(QObject):
    """Clears the clipboard `CLEAR_AFTER_MS` after a sensitive copy, if it still holds it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)

    def copied(self, text: str) -> None:
        self._text = text
        self._timer.start(CLEAR_AFTER_MS)

    def clear_now(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._text and clipboard.text() == self._text:
            clipboard.clear()
        self._text = ""


class _GuardedCopies:
    """What both editors below do on copy: mark the text sensitive and hand it to the guard."""

    guard: ClipboardGuard | None = None

    def createMimeDataFromSelection(self) -> QMimeData:
        mime = mark_sensitive(super().createMimeDataFromSelection())  # type: ignore[misc]
        if self.guard is not None:
            self.guard.copied(mime.text())
        return mime


class SensitivePlainTextEdit(_GuardedCopies, QPlainTextEdit):
    """A plain-text editor whose copies are marked sensitive and cleared later."""

    def __init__(self, parent: QWidget | None = None, guard: ClipboardGuard | None = None) -> None:
        super().__init__(parent)
        self.guard = guard


class SensitiveTextEdit(_GuardedCopies, QTextEdit):
    """Read-only rich text (snippets, notes) with the same copy rules."""

    def __init__(self, parent: QWidget | None = None, guard: ClipboardGuard | None = None) -> None:
        super().__init__(parent)
        self.guard = guard
