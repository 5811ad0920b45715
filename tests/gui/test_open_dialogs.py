"""OpenDialogs: the dialogs a part of the window keeps track of until they close or the vault
locks."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ripartire_desktop.gui.dialogs.progress import ProgressDialog
from ripartire_desktop.gui.dialogs.tracked import OpenDialogs


class Guarded(QDialog):
    """Refuses reject() while busy, like the dialogs that wait for a slow answer."""

    busy = True

    def reject(self) -> None:
        if not self.busy:
            super().reject()


def test_a_dialog_is_kept_while_open_and_forgotten_once_it_finishes(qtbot) -> None:  # type: ignore[no-untyped-def]
    closed: list[QDialog] = []
    dialogs = OpenDialogs(on_closed=closed.append)
    first, second = QDialog(), QDialog()
    for dialog in (first, second):
        qtbot.addWidget(dialog)
        dialogs.track(dialog)
        dialog.open()
    assert first in dialogs and second in dialogs and len(dialogs) == 2
    first.accept()
    assert first not in dialogs and list(dialogs) == [second]
    assert closed == [first]


def test_closing_all_uses_the_given_way_but_only_hides_a_busy_progress_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    closed: list[QDialog] = []
    dialogs = OpenDialogs(on_closed=closed.append)
    guarded = Guarded()
    progress = ProgressDialog("Backup", "Writing…")
    for dialog in (guarded, progress):
        qtbot.addWidget(dialog)
        dialogs.track(dialog)
        dialog.open()
    dialogs.close_all(lambda dialog: dialog.reject())
    assert guarded.isVisible()  # its own reject() said no: the caller chose that way
    assert not progress.isVisible() and not progress.busy  # hidden, its work goes on
    assert len(dialogs) == 0
    assert closed == [progress]
    busy = Guarded()
    qtbot.addWidget(busy)
    dialogs.track(busy)
    busy.open()
    dialogs.close_all(lambda dialog: dialog.done(QDialog.DialogCode.Rejected))
    assert not busy.isVisible() and closed == [progress, busy]  # done() closes it all the same
