"""A real desktop session (offscreen) in its own process, driven line by line from stdin.

argv: data dir, passphrase. It starts the app as `ripartire` does (hardened, the controller's
own start), types the passphrase into the unlock window and prints `unlocked`. Then it obeys
stdin: `lock` (Ctrl+L: prints `locked`), `unlock` (types the passphrase again: `unlocked`, or
`busy: MESSAGE` if another process holds the vault), `save CODE` (writes a change to a family
through the real records and prints `saved`), `quit`. Each answer is one flushed line, so
the parent never sleeps: it waits for the line.
"""

from __future__ import annotations

import dataclasses
import os
import queue
import sys
import threading
from pathlib import Path

from ripartire_desktop.usecases.compose import build_vault


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data_dir, passphrase = sys.argv[1:3]
    from ripartire_desktop.hardening import harden_process

    harden_process()
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ripartire_desktop.gui.application import AppController, make_application
    from ripartire_desktop.store.keystore import MemoryKeyStore

    app = make_application()
    assert isinstance(app, QApplication)
    commands: queue.Queue[str] = queue.Queue()

    def read_stdin() -> None:
        for line in sys.stdin:
            commands.put(line.strip())
        commands.put("quit")

    threading.Thread(target=read_stdin, daemon=True).start()

    def wait_until(condition, timeout_ms: int = 60_000) -> bool:  # type: ignore[no-untyped-def]
        timer = QTimer()
        timer.setSingleShot(True)
        timer.start(timeout_ms)
        while not condition():
            if not timer.isActive():
                return False
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return True

    controller = AppController(vault=build_vault(Path(data_dir), keystore=MemoryKeyStore()))
    controller.start()
    window = controller.unlock_window

    def unlock() -> None:
        window.passphrase.clear()
        QTest.keyClicks(window.passphrase, passphrase)
        QTest.keyClick(window.passphrase, Qt.Key.Key_Return)
        if not wait_until(lambda: controller.session.is_unlocked or not window._busy):
            print("timeout", flush=True)
            return
        if controller.session.is_unlocked:
            wait_until(controller.main.isVisible)
            print("unlocked", flush=True)
        else:
            print("busy: " + " ".join(window.message.text().split()), flush=True)

    unlock()
    while True:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        try:
            command = commands.get(timeout=0.02)
        except queue.Empty:
            continue
        if command == "lock":
            controller.lock()
            print("locked", flush=True)
        elif command == "unlock":
            unlock()
        elif command.startswith("save "):
            records = controller.session.records
            family = records.families.by_code(command.split()[1])
            with records.transaction():
                records.families.update(dataclasses.replace(family, municipality="Gorgonzola"))
            print("saved", flush=True)
        elif command == "quit":
            controller.lock()
            controller.tasks.wait()
            print("quit", flush=True)
            return


if __name__ == "__main__":
    main()
