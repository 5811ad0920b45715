"""The GUI half of the canary session, run as its own process with a private HOME, XDG
folders and TMPDIR: unlock through the unlock window, type an interview draft and a desk
contact with canaries, back up from Settings, let the idle lock fire, quit.

argv: passphrase, family id, draft canary, desk canary, backup path. Prints one line per step.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ripartire_desktop.usecases.compose import build_vault


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    passphrase, family_id, draft_text, desk_text, backup_path = sys.argv[1:6]
    from PySide6.QtCore import QEventLoop, QStandardPaths, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QFileDialog

    from ripartire_desktop import paths
    from ripartire_desktop.gui.application import AppController, make_application

    app = make_application()
    assert isinstance(app, QApplication)

    def wait_until(condition, timeout_ms: int = 20_000) -> None:  # type: ignore[no-untyped-def]
        timer = QTimer()
        timer.setSingleShot(True)
        timer.start(timeout_ms)
        while not condition():
            if not timer.isActive():
                raise TimeoutError("the GUI did not get there in time")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    for kind in (
        QStandardPaths.StandardLocation.AppDataLocation,
        QStandardPaths.StandardLocation.AppConfigLocation,
        QStandardPaths.StandardLocation.CacheLocation,
        QStandardPaths.StandardLocation.GenericCacheLocation,
        QStandardPaths.StandardLocation.TempLocation,
    ):
        print("qt-location", QStandardPaths.writableLocation(kind), flush=True)

    controller = AppController(vault=build_vault(paths.data_dir()))
    controller.start()
    window = controller.unlock_window
    QTest.keyClicks(window.passphrase, passphrase)
    QTest.keyClick(window.passphrase, Qt.Key.Key_Return)
    wait_until(lambda: controller.session.is_unlocked and controller.main.isVisible())
    print("unlocked", flush=True)
    main_window = controller.main

    # Interview mode: type a note; the autosave writes the encrypted draft.
    main_window.open_interview_mode(int(family_id))
    interview = main_window.views["interview"]
    saved: list[bool] = []
    interview.draft_saved.connect(lambda: saved.append(True))  # type: ignore[attr-defined]
    # QTest types ASCII only: the accented tail is entered as an input method would.
    typed, tail = draft_text.rsplit("-", 1)
    QTest.keyClicks(interview.fields.notes, typed + "-")  # type: ignore[attr-defined]
    interview.fields.notes.insertPlainText(tail)  # type: ignore[attr-defined]
    wait_until(lambda: bool(saved))
    print("draft-saved", flush=True)
    interview.close_note()  # interview mode lasts until the counsellor leaves it

    # The drop-in desk: an anonymous contact with a canary request.
    main_window.show_view("desk")
    desk = main_window.views["desk"]
    typed, tail = desk_text.rsplit("-", 1)
    QTest.keyClicks(desk.request, typed + "-")  # type: ignore[attr-defined]
    desk.request.insert(tail)  # type: ignore[attr-defined]
    desk.save_contact()  # type: ignore[attr-defined]
    print("desk-saved", flush=True)

    # Settings, Back up now: the dialog answers with the chosen file.
    QFileDialog.getSaveFileName = staticmethod(  # type: ignore[method-assign]
        lambda *a, **k: (backup_path, "")
    )
    main_window.show_view("settings")
    settings = main_window.views["settings"]
    settings.data.back_up()  # type: ignore[attr-defined]
    wait_until(lambda: Path(backup_path).exists())
    controller.tasks.wait()
    app.processEvents()
    print("backup-written", flush=True)

    # Walk away: the idle lock fires.
    controller.idle.set_minutes(0)
    wait_until(lambda: not controller.session.is_unlocked)
    print("locked", flush=True)
    main_window.close()
    controller.tasks.wait()
    app.quit()
    print("quit", flush=True)


if __name__ == "__main__":
    main()
