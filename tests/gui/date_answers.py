"""Answering the "Check the dates — Save anyway?" question the way a counsellor would."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_dates(*, save: bool) -> list[str]:
    """Click "Save anyway" (or "Go back and correct") on the next date question; the returned
    list receives the question's text, so a test can check both that it asked and why."""
    asked: list[str] = []

    def click() -> None:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "saveAnywayBox" and w.isVisible()
        ]
        if not boxes:
            QTimer.singleShot(10, click)
            return
        box = boxes[0]
        asked.append(f"{box.text()}\n{box.informativeText()}")
        role = QMessageBox.ButtonRole.AcceptRole if save else QMessageBox.ButtonRole.RejectRole
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()

    QTimer.singleShot(0, click)
    return asked
