"""The family view's documents: case summary, subject access export and consent form.

Each asks where to save (a new file or folder, named by the family code only), is written off
the GUI thread with its audit entry, and ends with a message saying the file is not encrypted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton

from ripartire_desktop.domain import Family
from ripartire_desktop.gui.dialogs.confirm import ask_to_confirm
from ripartire_desktop.gui.dialogs.errors import describe_error
from ripartire_desktop.gui.dialogs.export_case import CaseSummaryDialog
from ripartire_desktop.gui.dialogs.export_files import ExportPlace
from ripartire_desktop.gui.dialogs.progress import ProgressDialog
from ripartire_desktop.gui.dialogs.tracked import OpenDialogs
from ripartire_desktop.gui.lang import ui_language
from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases import documents
from ripartire_desktop.usecases.documents import Written

if TYPE_CHECKING:
    from ripartire_desktop.gui.views.family import FamilyView

Writer = Callable[[Records], Written]


class FamilyDocuments(QObject):
    """Adds the Documents button (a menu of three) to the family view's header and runs them."""

    def __init__(self, view: FamilyView) -> None:
        super().__init__(view)
        self._view = view
        self._session = view.session
        self.place = ExportPlace(view)
        # One "Documents" button with a menu: three more buttons would not fit the header
        # once translated (the Italian labels are a third longer).
        self.button = QPushButton(self.tr("Documen&ts"))
        self.button.setToolTip(self.tr("Print or export this family's documents (PDF files)"))
        menu = QMenu(self.button)
        self.menu = menu  # the hand-over adds itself here (family_handover.py)
        menu.setToolTipsVisible(True)
        self.case_action = menu.addAction(self.tr("&Case summary (PDF)…"))
        self.case_action.setToolTip(
            self.tr("The family's whole record as a confidential PDF, for the paper file")
        )
        self.subject_action = menu.addAction(self.tr("&Subject access export…"))
        self.subject_action.setToolTip(
            self.tr(
                "Everything held about the family (GDPR arts. 15 and 20): a new folder with a "
                "PDF and a JSON file"
            )
        )
        self.consent_action = menu.addAction(self.tr("C&onsent form (PDF)…"))
        self.consent_action.setToolTip(
            self.tr("The privacy notice and the consent sheet to print and sign")
        )
        self.button.setMenu(menu)
        view.add_header_button(self.button)
        self.case_action.triggered.connect(lambda _checked=False: self.case_summary())
        self.subject_action.triggered.connect(lambda _checked=False: self.subject_access())
        self.consent_action.triggered.connect(lambda _checked=False: self.consent_form())
        self.dialogs = OpenDialogs()
        self.set_family(None)

    def set_family(self, family: Family | None) -> None:
        self.button.setEnabled(family is not None)

    def clear(self) -> None:
        """On lock: close the option and progress dialogs and the messages (they show codes)."""
        self.dialogs.close_all(lambda dialog: dialog.reject())
        self.place.clear()
        self.set_family(None)

    def _family(self) -> Family | None:
        family = self._view.family
        if family is None or family.id is None or not self._session.is_unlocked:
            return None
        return family

    # --- the three documents ---------------------------------------------------------------

    def case_summary(self) -> CaseSummaryDialog | None:
        family = self._family()
        if family is None:
            return None
        dialog = CaseSummaryDialog(family.code, self._view)
        self.dialogs.track(dialog)
        dialog.accepted.connect(lambda: self._case_chosen(family, dialog.include_identity))
        dialog.open()
        return dialog

    def _case_chosen(self, family: Family, include_identity: bool) -> None:
        lang, code = ui_language(), family.code
        self._pdf(
            code,
            title=self.tr("Case summary of {0}"),
            name=self.tr("{0}-case-summary.pdf"),
            done=self.tr("The case summary of {0} was written to {1}."),
            write=lambda records, path: documents.case_summary(
                records, code, path, today=date.today(), lang=lang, identity=include_identity
            ),
        )

    def subject_access(self) -> QMessageBox | None:
        """Plain text leaves only as the family's own copy: asked first, Cancel the default."""
        family = self._family()
        if family is None:
            return None
        box = ask_to_confirm(
            self._view,
            title=self.tr("A copy for the family"),
            text=self.tr(
                "This writes everything held about {0} in plain text: anyone who gets the "
                "files can read them. It is meant for the family itself (GDPR arts. 15 and "
                "20). For a colleague, use the sealed hand-over instead."
            ).format(family.code),
            action=self.tr("&Write it for the family"),
            then=lambda: self._subject_access_confirmed(family),
        )
        self.dialogs.track(box)
        return box

    def _subject_access_confirmed(self, family: Family) -> None:
        title = self.tr("Subject access export of {0}").format(family.code)
        folder = self.place.new_folder(
            title=self.tr("Subject access export: name a new folder"),
            default_name=self.tr("{0}-subject-access").format(family.code),
        )
        if folder is None:
            return
        lang, code = ui_language(), family.code

        def write(records: Records) -> Written:
            return documents.subject_access(records, code, folder, today=date.today(), lang=lang)

        done = self.tr(
            "Everything held about {0} was written to the folder {1}: {0}.pdf and {0}.json."
        ).format(code, str(folder))
        self._run(title, folder, write=write, done=done)

    def consent_form(self) -> None:
        family = self._family()
        if family is None or family.id is None:
            return
        lang, family_id = ui_language(), family.id
        self._pdf(
            family.code,
            title=self.tr("Consent form of {0}"),
            name=self.tr("{0}-consent-form.pdf"),
            done=self.tr(
                "The consent form of {0} was written to {1}: print it and have it signed."
            ),
            write=lambda records, path: documents.consent_form(records, family_id, path, lang=lang),
        )

    def _pdf(
        self,
        code: str,
        *,
        title: str,
        name: str,
        done: str,
        write: Callable[[Records, Path], Written],
    ) -> None:
        """Ask where to save a PDF of family `code` (the window's `title` and the file's
        default `name` have the code as {0}), then `write` it in the background; `done` says
        so, with the code as {0} and the file as {1}."""
        title = title.format(code)
        path = self.place.new_file(
            title=title,
            default_name=name.format(code),
            file_filter=self.tr("PDF documents (*.pdf)"),
            suffix=".pdf",
        )
        if path is not None:
            written = done.format(code, str(path))
            self._run(title, path, write=lambda records: write(records, path), done=written)

    # --- running one export ----------------------------------------------------------------

    def _run(self, title: str, target: Path, *, write: Writer, done: str) -> ProgressDialog:
        progress = ProgressDialog(title, self.tr("Writing {0}…").format(str(target)), self._view)
        self.dialogs.track(progress)
        progress.open()

        def work(conn: Connection, _progress: Callable[[int, int], None]) -> Written:
            return write(Records(conn))

        def written(_result: Written) -> None:
            # Only the audit log changed (no screen shows it live): nothing to refresh.
            if shiboken6.isValid(progress) and progress in self.dialogs:
                progress.succeed(done + " " + self.place.not_encrypted())

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(progress) and progress in self.dialogs:
                progress.fail(describe_error(exc))

        self._session.in_background(work, on_success=written, on_failure=failed)
        return progress
