"""Runs inside `dbus-run-session`: does a screensaver's ActiveChanged(true) reach the app?"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QApplication

from ripartire_desktop.gui.idle import ScreenLockWatcher


def main() -> None:
    app = QApplication([])
    watcher = ScreenLockWatcher()
    fired: list[bool] = []
    watcher.screen_locked.connect(lambda: fired.append(True))
    watcher.screen_locked.connect(app.quit)  # heard: done, however busy the machine is
    signal = QDBusMessage.createSignal(
        "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
    )
    signal.setArguments([True])
    QDBusConnection.sessionBus().send(signal)
    QTimer.singleShot(30_000, app.quit)  # only bounds a signal that never arrives
    app.exec()
    print("connected", len(watcher.connected))
    print("locked", bool(fired))


if __name__ == "__main__":
    main()
