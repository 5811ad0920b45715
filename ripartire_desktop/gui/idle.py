"""Locking when the counsellor walks away: idle timer, and the desktop's own screen lock."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import SLOT, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent

log = logging.getLogger(__name__)

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits `idle` once no input has arrived for `minutes`. Install on the QApplication.

    During an interview the family is in the room: idleness first emits `curtain` (at the
    usual limit) and `idle` only after the longer interview limit, so the passphrase is not
    asked for in front of them while the counsellor only listens."""

    idle = Signal()
    curtain = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._limit = minutes * 60.0
        self._interview_limit = 30 * 60.0
        self._interview = False
        self._curtained = False
        self._last = time.monotonic()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._check)

    def set_minutes(self, minutes: float) -> None:
        self._limit = minutes * 60.0

    def set_interview_minutes(self, minutes: float) -> None:
        self._interview_limit = minutes * 60.0

    def set_interview(self, active: bool) -> None:
        """Interview mode on screen or not (the main window tells)."""
        self._interview = active

    def arm(self) -> None:
        self._last = time.monotonic()
        self._armed = True
        self._timer.start()

    def disarm(self) -> None:
        self._armed = False
        self._timer.stop()

    def seconds_idle(self) -> float:
        return time.monotonic() - self._last

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last = time.monotonic()
            self._curtained = False
        return False

    def _check(self) -> None:
        if not self._armed:
            return
        idle = self.seconds_idle()
        if self._interview and idle < max(self._interview_limit, self._limit):
            if idle >= self._limit and not self._curtained:
                self._curtained = True
                self.curtain.emit()
            return
        if idle >= self._limit:
            self.disarm()
            self.idle.emit()


class GuardKeys(QObject):
    """F12 (curtain) and Ctrl+L (lock) from any window of the application, dialogs included:
    the main window's shortcuts are blocked while a modal dialog is open. Install on the
    QApplication; when no dialog is open the window's own shortcuts take the key first."""

    curtain_requested = Signal()
    lock_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = False  # only while the vault is open

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() == Qt.Key.Key_F12 and modifiers == Qt.KeyboardModifier.NoModifier:
            self.curtain_requested.emit()
            return True
        if event.key() == Qt.Key.Key_L and modifiers == Qt.KeyboardModifier.ControlModifier:
            self.lock_requested.emit()
            return True
        return False


class ScreenLockWatcher(QObject):
    """Emits `screen_locked` when the desktop locks the screen or the machine suspends,
    where D-Bus tells us (freedesktop/GNOME screensaver, logind). Silent elsewhere."""

    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        # The `type: ignore`s below: PySide6's stub types the slot of QDBusConnection.connect as
        # bytes, yet the binding rejects bytes at run time and takes SLOT()'s str.
        session_bus = QDBusConnection.sessionBus()
        if session_bus.isConnected():
            # Any sender: desktops emit these from differently named services. A spoofed
            # signal could only lock the app, never open it.
            for path, interface in (
                ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
                ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
                ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
            ):
                if session_bus.connect(  # type: ignore[call-overload]
                    "", path, interface, "ActiveChanged", self, SLOT("_active_changed(bool)")
                ):
                    self.connected.append(f"{interface} {path}")
        system_bus = QDBusConnection.systemBus()
        if system_bus.isConnected() and system_bus.connect(  # type: ignore[call-overload]
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            SLOT("_prepare_for_sleep(bool)"),
        ):
            self.connected.append("login1")
        log.debug("screen lock signals: %s", self.connected)

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    @Slot(bool)
    def _prepare_for_sleep(self, sleeping: bool) -> None:
        if sleeping:
            self.screen_locked.emit()
