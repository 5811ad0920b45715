"""The dialogs a part of the window opened, kept while they are open, so that locking the vault
can close every one of them (they show codes and may hold a secret being typed)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QDialog

from ripartire_desktop.gui.dialogs.progress import ProgressDialog


class OpenDialogs:
    """`track` a dialog when it opens; it is dropped (and deleted later) once it finishes, after
    `on_closed(dialog)`. `close_all` closes the ones still open with `close`, except a
    progress dialog, which is only hidden: its work still finishes and reports elsewhere."""

    def __init__(self, on_closed: Callable[[QDialog], object] = lambda _dialog: None) -> None:
        self._open: list[QDialog] = []
        self._on_closed = on_closed

    def track(self, dialog: QDialog) -> None:
        self._open.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self._closed(d))

    def _closed(self, dialog: QDialog) -> None:
        if dialog in self._open:
            self._open.remove(dialog)
        self._on_closed(dialog)
        dialog.deleteLater()

    def close_all(self, close: Callable[[QDialog], object]) -> None:
        for dialog in list(self._open):
            if isinstance(dialog, ProgressDialog):
                dialog.force_close()
            else:
                close(dialog)
        self._open.clear()

    def __contains__(self, dialog: object) -> bool:
        return dialog in self._open

    def __iter__(self) -> Iterator[QDialog]:
        return iter(list(self._open))

    def __len__(self) -> int:
        return len(self._open)
