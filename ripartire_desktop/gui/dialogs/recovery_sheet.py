"""Printing the recovery sheet to a PDF the user chooses: from the first-run wizard (which knows
the new key while its page is shown) and from Settings (the user types the key, checked against
this vault). The key is held only for the write and never stored or logged anywhere else."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ripartire_desktop.gui.dialogs.errors import describe_error
from ripartire_desktop.gui.dialogs.export_files import ExportPlace, refuse_existing
from ripartire_desktop.gui.dialogs.progress import ProgressDialog
from ripartire_desktop.gui.lang import ui_language
from ripartire_desktop.gui.tasks import BackgroundTasks

# The look-alike characters `store.keys.parse_recovery_key` forgives (Crockford base 32).
_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def canonical_recovery_key(typed: str) -> str:
    """A key as the user typed it (any case, spaces, look-alikes), in the printed form
    XXXX-XXXX-...; call it only on text `parse_recovery_key` accepted."""
    cleaned = "".join(ch for ch in typed.upper() if ch.isalnum()).translate(_ALIASES)
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))


class RecoverySheetPrinter(QObject):
    """Asks for a new PDF file and writes the sheet there off the GUI thread."""

    def __init__(self, parent: QWidget, tasks: BackgroundTasks) -> None:
        super().__init__(parent)
        self._parent = parent
        self._tasks = tasks
        self.place = ExportPlace(parent)
        self.progress: ProgressDialog | None = None

    def ask_path(self) -> Path | None:
        return self.place.new_file(
            title=self.tr("Save the recovery sheet"),
            default_name=self.tr("ripartire-recovery-sheet.pdf"),
            file_filter=self.tr("PDF documents (*.pdf)"),
            suffix=".pdf",
        )

    def write(
        self,
        path: Path,
        recovery_key: str,
        *,
        organisation: str,
        created: date,
        after: Callable[[Path], None] | None = None,
    ) -> ProgressDialog:
        lang = ui_language()
        progress = ProgressDialog(
            self.tr("Recovery sheet"), self.tr("Writing {0}…").format(str(path)), self._parent
        )
        self.progress = progress
        progress.finished.connect(lambda _r: self._closed(progress))
        progress.open()

        def work(_progress: Callable[[int, int], None]) -> Path:
            from ripartire_desktop.reports.recovery_sheet import write_recovery_sheet

            refuse_existing(path)
            write_recovery_sheet(
                path, recovery_key, organisation=organisation, created=created, lang=lang
            )
            return path

        def written(_path: Path) -> None:
            if after is not None:
                after(path)
            if shiboken6.isValid(progress) and self.progress is progress:
                progress.succeed(
                    self.tr(
                        "Recovery sheet written to {0}. Print it and keep the paper in a safe "
                        "place away from this computer, then delete the file: it is NOT "
                        "encrypted, and with the key anyone can open the vault."
                    ).format(str(path))
                )

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(progress) and self.progress is progress:
                progress.fail(describe_error(exc))

        self._tasks.run(work, on_success=written, on_failure=failed)
        return progress

    def _closed(self, progress: ProgressDialog) -> None:
        if self.progress is progress:
            self.progress = None
        progress.deleteLater()

    def clear(self) -> None:
        if self.progress is not None:
            self.progress.force_close()
        self.place.clear()


def print_from_wizard(
    parent: QWidget, tasks: BackgroundTasks, recovery_key: str, *, organisation: str
) -> RecoverySheetPrinter | None:
    """The wizard's "Print recovery sheet…": the vault was created today."""
    printer = RecoverySheetPrinter(parent, tasks)
    path = printer.ask_path()
    if path is None:
        printer.deleteLater()
        return None
    printer.write(path, recovery_key, organisation=organisation, created=date.today())
    return printer
