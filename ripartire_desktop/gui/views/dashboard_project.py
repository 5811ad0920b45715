"""The dashboard's line on the project's places (issue 16): "Project: N of 25 places taken as of
DATE" from the latest status the coordinator sent, beside the vault's own count, with a link
to load a newer status file. Counts and a date only, never a code."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton

from ripartire_desktop.gui import palette
from ripartire_desktop.gui.dialogs.errors import describe_error
from ripartire_desktop.gui.i18n import QT_TRANSLATE_NOOP
from ripartire_desktop.gui.lang import show_date
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases.project_places import ProjectPlaces, project_places

if TYPE_CHECKING:
    from ripartire_desktop.gui.views.dashboard import DashboardView
    from ripartire_desktop.usecases.project_status import StatusLoaded

# What a refusal says (the reader's English text) -> the words shown, in the UI's language;
# the first match wins ("older than the status already loaded" before "already loaded").
_REFUSALS = (
    (
        "made for other vaults",
        QT_TRANSLATE_NOOP(
            "describe_status_error",
            "{0} was made for other vaults: this vault cannot open it. Ask the coordinator to"
            " add you to their team list and send a new status.",
        ),
    ),
    (
        "not in your team",
        QT_TRANSLATE_NOOP(
            "describe_status_error",
            "{0} is signed by a vault that is not in your team list (or was removed from it):"
            " it was not loaded.",
        ),
    ),
    (
        "not the coordinator",
        QT_TRANSLATE_NOOP(
            "describe_status_error",
            "{0} is signed by a colleague who is not the coordinator in your team list: only "
            "the coordinator's status is loaded.",
        ),
    ),
    (
        "older than the status",
        QT_TRANSLATE_NOOP(
            "describe_status_error",
            "{0} is older than the project status already loaded (a replay): ask the "
            "coordinator for the newest. Nothing changed.",
        ),
    ),
    (
        "already loaded",
        QT_TRANSLATE_NOOP("describe_status_error", "{0} is already loaded: nothing changed."),
    ),
    (
        "re-encrypted",
        QT_TRANSLATE_NOOP(
            "describe_status_error",
            "{0} was addressed to other vaults and re-encrypted to this one: it was not loaded.",
        ),
    ),
    (
        "altered",
        QT_TRANSLATE_NOOP(
            "describe_status_error",
            "{0} is damaged or was altered: its encryption or signature does not check out. "
            "Ask for a new copy; nothing changed.",
        ),
    ),
    (
        "not a project status",
        QT_TRANSLATE_NOOP("describe_status_error", "{0} is not a Ripartire project status file."),
    ),
)


def describe_status_error(exc: BaseException, name: str) -> str:
    detail = str(exc)
    for words, text in _REFUSALS:
        if words in detail:
            return QCoreApplication.translate("describe_status_error", text).format(name)
    return describe_error(exc)


class ProjectLine(QObject):
    """Drives the dashboard's `projectLabel`: the project's places and "Load project status…"."""

    def __init__(self, view: DashboardView, label: QLabel, button: QPushButton) -> None:
        super().__init__(view)
        self._view = view
        self.label = label
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.button = button
        self.button.clicked.connect(self.choose_file)
        self.message: QMessageBox | None = None

    def show(self, places: ProjectPlaces | None) -> None:
        if places is None:
            self.label.setText(self.tr("Project: no status from the coordinator yet."))
            return
        line = self.tr("Project: {0} of {1} places taken as of {2}").format(
            places.taken, places.capacity, show_date(places.as_of)
        )
        notes = []
        if places.full:
            notes.append(self.tr("the project is full"))
        if places.missing:
            notes.append(self.tr("%n vault(s) not counted", "", len(places.missing)))
        if notes:
            line += " (" + "; ".join(notes) + ")"
        if places.stale:
            stale = self.tr(
                "This status is more than 30 days old: ask the coordinator for a new one."
            )
            line += f'<br><span style="color:{palette.ERROR}">{stale}</span>'
        self.label.setText(line)

    def refresh(self, records: Records, *, today: date) -> None:
        self.show(project_places(records, today=today))

    def clear(self) -> None:
        self.label.clear()
        if self.message is not None:
            self.message.close()
            self.message = None

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self._view,
            self.tr("Load the project status"),
            "",
            self.tr("Project status (*.age);;All files (*)"),
        )
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        from ripartire_desktop.usecases.project_status import load_status  # when first used

        """Verify and keep the status off the GUI thread, then show the new figures."""
        session = self._view.session

        def done(loaded: StatusLoaded) -> None:
            if not session.is_unlocked:
                return
            session.saved(loaded.changes.from_(self._view))
            self._view.refresh()
            self._tell(
                QMessageBox.Icon.Information,
                self.tr("Project status of {0} loaded: {1} of {2} places taken.").format(
                    show_date(loaded.status.as_of), loaded.status.taken, loaded.status.capacity
                ),
            )

        def failed(exc: BaseException) -> None:
            if session.is_unlocked:
                self._tell(QMessageBox.Icon.Warning, describe_status_error(exc, path.name))

        session.in_background(
            lambda conn, _progress: load_status(Records(conn), path),
            on_success=done,
            on_failure=failed,
        )

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        if self.message is not None:
            self.message.close()
        box = QMessageBox(icon, self.tr("Project status"), text, parent=self._view)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.message = box
