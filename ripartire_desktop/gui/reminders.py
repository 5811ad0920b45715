"""Reminders: the day's appointments and due actions when the vault opens, and each appointment
shortly before its time, as a desktop notification (or a banner in the window without a tray).

Family codes only, never names: a notification shows on the desktop, where anyone passing by
can read it, and may be kept by the desktop's notification history.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QLocale, QObject, Qt, QTime, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon, QWidget

from ripartire_desktop.gui.session import Session
from ripartire_desktop.usecases.agenda import APPOINTMENT, AgendaItem, items, reminders

REMIND_BEFORE = timedelta(minutes=10)  # time to close the previous note and greet the family
CHECK_EVERY_MS = 30_000


class Reminders(QObject):
    """Started on unlock, stopped on lock. `now` is injected so tests never wait for the clock."""

    def __init__(
        self,
        parent: QWidget,
        *,
        session: Session,
        banner: Callable[[str], None],
        now: Callable[[], datetime] = datetime.now,
        tray: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent, self._session = parent, session
        self._banner, self._now = banner, now
        self._told: set[tuple[str, int, date]] = set()
        self._summarised: date | None = None
        self.summary: QMessageBox | None = None
        use_tray = QSystemTrayIcon.isSystemTrayAvailable() if tray is None else tray
        self.tray: QSystemTrayIcon | None = None
        if use_tray:
            self.tray = QSystemTrayIcon(parent.windowIcon() or QIcon(), self)
            self.tray.setToolTip("Ripartire")
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.sent: list[str] = []  # every notification or banner text, for the tests

    def start(self) -> None:
        """The day's list (if there is anything), then a check every half minute."""
        today = self._now().date()
        items = reminders(self._session.records, today)
        # Once a day, not at every unlock, and only for the day's own items: old overdue
        # actions alone are the agenda's business.
        if self._summarised != today and any(i.day == today for i in items):
            self._summarised = today
            box = QMessageBox(
                QMessageBox.Icon.Information, self.tr("Today"), "", parent=self._parent
            )
            box.setText(self.day_text(items))
            box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 18em; }")  # a line per entry
            box.setWindowModality(Qt.WindowModality.NonModal)  # the day can start meanwhile
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.finished.connect(self._summary_closed)
            box.show()
            self.summary = box
        if self.tray is not None:
            self.tray.show()
        self.timer.start()
        self.check()

    def stop(self) -> None:
        """On lock: nothing about the day stays on screen."""
        self.timer.stop()
        if self.summary is not None:
            self.summary.close()
            self.summary = None
        if self.tray is not None:
            self.tray.hide()

    def _summary_closed(self, _result: int) -> None:
        self.summary = None

    def check(self) -> None:
        if not self._session.is_unlocked:
            return
        now = self._now()
        # The day's own items only: this runs every half minute, and the overdue actions
        # (thousands in a large vault) never ring.
        for item in items(self._session.records, now.date(), now.date() + timedelta(days=1)):
            if item.kind != APPOINTMENT or item.at is None:
                continue
            at = datetime.combine(item.day, item.at)
            key = (item.kind, item.ref_id, item.day)
            if at - REMIND_BEFORE <= now <= at and key not in self._told:
                self._told.add(key)
                self.notify(self.tr("Appointment at {0}: {1}").format(self._time(item), item.code))

    def notify(self, text: str) -> None:
        self.sent.append(text)
        if self.tray is not None:
            self.tray.showMessage("Ripartire", text, QSystemTrayIcon.MessageIcon.Information)
        else:
            self._banner(text)

    def day_text(self, items: list[AgendaItem]) -> str:
        today = self._now().date()
        lines: list[str] = []
        appointments = [i for i in items if i.kind == APPOINTMENT]
        if appointments:
            lines.append(self.tr("Appointments today:"))
            lines += [f"  {self._time(i)}  {i.code}" for i in appointments]
        due_today = [i for i in items if i.kind != APPOINTMENT and i.day == today]
        overdue = len(items) - len(appointments) - len(due_today)
        if due_today:
            if lines:
                lines.append("")
            lines.append(self.tr("Actions due today:"))
            lines += [f"  {i.code}" for i in due_today]
        if overdue:
            if lines:
                lines.append("")
            # A count, not a list: dozens of old actions would bury the day's appointments.
            lines.append(self.tr("%n action(s) overdue: see the Agenda.", "", overdue))
        return "\n".join(lines)

    @staticmethod
    def _time(item: AgendaItem) -> str:
        assert item.at is not None
        return QLocale().toString(QTime(item.at.hour, item.at.minute), "HH:mm")
