"""Where an export goes: always a new file or folder (nothing is ever overwritten), the last
folder remembered for this session only. The export itself, with its audit entry, is a use case
(usecases/documents.py, usecases/summaries.py) shared with the command line.

Exports leave the vault's encryption behind, so every message about a written file says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ripartire_desktop.gui.dialogs.common import note
from ripartire_desktop.usecases.documents import refuse_existing

# refuse_existing: kept importable here for the dialogs that write a file of their own (the
# recovery sheet); the use cases check their targets themselves.
__all__ = ["ExportPlace", "refuse_existing"]


class ExportPlace(QObject):
    """Asks for the target of an export and shows the outcome; remembers the folder in memory."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.folder = Path.home()
        self.boxes: list[QMessageBox] = []

    def _start(self) -> Path:
        return self.folder if self.folder.is_dir() else Path.home()

    def new_file(
        self, *, title: str, default_name: str, file_filter: str, suffix: str
    ) -> Path | None:
        """A path that does not exist yet in an existing folder, or None (cancelled/refused)."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent,
            title,
            str(self._start() / default_name),
            file_filter,
            options=QFileDialog.Option.DontConfirmOverwrite,  # we refuse instead of asking
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        return self._checked(path, title)

    def new_folder(self, *, title: str, default_name: str) -> Path | None:
        """A folder to create (it must not exist yet), or None."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent,
            title,
            str(self._start() / default_name),
            "",
            options=QFileDialog.Option.DontConfirmOverwrite | QFileDialog.Option.ShowDirsOnly,
        )
        return self._checked(Path(chosen), title) if chosen else None

    def _checked(self, path: Path, title: str) -> Path | None:
        if path.exists():
            self.say(
                title,
                self.tr("{0} already exists: choose another name. Nothing was written.").format(
                    str(path)
                ),
                warning=True,
            )
            return None
        if not path.parent.is_dir():
            self.say(
                title,
                self.tr("The folder {0} does not exist (was the USB stick removed?).").format(
                    str(path.parent)
                ),
                warning=True,
            )
            return None
        self.folder = path.parent
        return path

    def not_encrypted(self) -> str:
        return self.tr(
            "The file is NOT encrypted: keep it safe and delete it when it is no longer needed."
        )

    def say(self, title: str, text: str, *, warning: bool = False) -> QMessageBox:
        box = note(self._parent, title, text, warning=warning)
        self.boxes.append(box)
        box.finished.connect(lambda _r, b=box: self.boxes.remove(b) if b in self.boxes else None)
        return box

    def clear(self) -> None:
        """Close the messages (they name files and codes) on lock."""
        for box in list(self.boxes):
            box.close()
        self.boxes.clear()
