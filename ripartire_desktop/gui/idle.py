"""Locking when the counsellor walks away: idle timer, and the desktop's own screen lock."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import SLOT, QEvent, QObject, QTimer, Signal, Slot

log = logging.getLogger(__name__)

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits `idle` once no input has arrived for `minutes`. Install on the QApplication."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._limit = minutes * 60.0
        self._last = time.monotonic()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._check)

    def set_minutes(self, minutes: int) -> None:
        self._limit = minutes * 60.0

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
        return False

    def _check(self) -> None:
        if self._armed and self.seconds_idle() >= self._limit:
            self.disarm()
            self.idle.emit()


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
