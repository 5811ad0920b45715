"""The Reports view's anonymised summary: a period of whole months, counted off the GUI thread,
shown in the preview dialog, and saved from there as a PDF or a bundle (recorded in the audit).
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
)

from ripartire_desktop.domain.errors import ValidationError
from ripartire_desktop.gui.dates import DateInput, DateProblem
from ripartire_desktop.gui.dialogs.common import say
from ripartire_desktop.gui.dialogs.errors import describe_error
from ripartire_desktop.gui.dialogs.export_files import ExportPlace
from ripartire_desktop.gui.dialogs.export_preview import ExportPreviewDialog
from ripartire_desktop.gui.dialogs.team_add import role_label
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.reports_bundle_errors import describe_saving_error
from ripartire_desktop.reports.aggregates import Month, Period, Summary
from ripartire_desktop.reports.publication import Prepared
from ripartire_desktop.reports.release import ReleaseRefused
from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.identity import Role
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases import summaries
from ripartire_desktop.usecases.changes import Changes

if TYPE_CHECKING:
    from ripartire_desktop.gui.views.reports import ReportsView
    from ripartire_desktop.reports.sealed import OpenedBundle
    from ripartire_desktop.store.records.team import TeamMember


def _previous(month: Month) -> Month:
    return Month(month.year - 1, 12) if month.month == 1 else Month(month.year, month.month - 1)


def default_period(today: date) -> Period:
    """The last six months up to and including this one, so the first preview already
    counts the work of these weeks (the counts of an unfinished month are partial)."""
    last = Month(today.year, today.month)
    first = last
    for _ in range(5):
        first = _previous(first)
    return Period(first, last)


def _month_of(edit: DateInput) -> Month:
    """The month of the typed day (DateProblem, shown under the field, if it is not one)."""
    day = edit.required_day()
    return Month(day.year, day.month)


def _show_month(edit: DateInput, month: Month, *, end: bool = False) -> None:
    """The first day of `month`, or its last with `end`: the period counts whole months."""
    edit.setDay(date(month.year, month.month, monthrange(month.year, month.month)[1] if end else 1))


class PreviewSaving(QObject):
    """The Save buttons of one preview dialog: a new file, written off the GUI thread with the
    export's audit entry, and the outcome shown in the dialog. A bundle is sealed to a team
    member chosen here. `merged` (the merge's verified bundles) are checked against replays
    again just before writing and recorded as merged right after."""

    def __init__(
        self,
        dialog: ExportPreviewDialog,
        *,
        session: Session,
        place: ExportPlace,
        stem: str,
        merged: list[OpenedBundle] | None = None,
    ) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._session = session
        self._place = place
        self._stem = stem
        self._merged = merged
        dialog.pdf_requested.connect(self.save_pdf)
        dialog.bundle_requested.connect(self.save_bundle)

    def save_pdf(self) -> None:
        path = self._place.new_file(
            title=self.tr("Save the anonymised report"),
            default_name=f"{self._stem}.pdf",
            file_filter=self.tr("PDF documents (*.pdf)"),
            suffix=".pdf",
        )
        if path is not None:
            self._write(path, "pdf", None)

    def choose_recipient(self) -> TeamMember | None:
        """The team member the bundle is sealed to (coordinators first), or None."""
        if not self._session.is_unlocked:
            return None
        members = sorted(
            self._session.records.team.members(),
            key=lambda m: (m.identity.role is not Role.COORDINATOR, m.name.casefold()),
        )
        if not members:
            self._dialog.show_result(
                self.tr(
                    "A bundle is sealed to one team member: add your coordinator first in "
                    "Settings, Team (after checking their fingerprint in person)."
                ),
                error=True,
            )
            return None
        labels = [
            f"{m.name} — {role_label(m.identity.role)} — {m.identity.spoken}" for m in members
        ]
        only = self.tr("Only this team member's vault will be able to open the bundle:")
        if self._merged is None:  # a counsellor's own bundle also carries its places list
            only = self.tr(
                "Only this team member's vault will be able to open the bundle. Besides the "
                "counts shown, it carries this vault's places list for the project's count: "
                "the codes of the active paths and of the waiting list, with their dates, no "
                "names."
            )
        chosen, ok = QInputDialog.getItem(
            self._dialog,
            self.tr("Seal the bundle for"),
            only,
            labels,
            0,
            False,
        )
        if not ok or chosen not in labels:
            return None
        return members[labels.index(chosen)]

    def save_bundle(self) -> None:
        recipient = self.choose_recipient()
        if recipient is None:
            return
        path = self._place.new_file(
            title=self.tr("Save the sealed bundle for {0}").format(recipient.name),
            default_name=f"{self._stem}.age",
            file_filter=self.tr("Sealed bundles (*.age)"),
            suffix=".age",
        )
        if path is not None:
            self._write(path, "bundle", recipient)

    def _write(self, path: Path, kind: str, recipient: TeamMember | None) -> None:
        dialog = self._dialog
        lang, prepared = dialog.lang, dialog.prepared
        if dialog.summary is None or not self._session.is_unlocked:
            return
        targets = (
            summaries.Targets(pdf=path)
            if kind == "pdf"
            else summaries.Targets(bundle=path, recipient=recipient)
        )
        merged = self._merged

        def work(conn: Connection, _progress: Callable[[int, int], None]) -> Changes:
            return summaries.publish(Records(conn), prepared, targets, lang=lang, merged=merged)

        def written(_changes: Changes) -> None:
            # The ledger and the audit log changed; no screen shows them live.
            if not shiboken6.isValid(dialog) or dialog.summary is None:
                return  # closed or locked meanwhile: the file is written and recorded anyway
            if kind == "pdf":
                text = self.tr("Report written to {0}.").format(str(path))
            else:
                text = self.tr(
                    "Bundle written to {0}, signed and sealed: only the vault of {1} can open it."
                ).format(str(path), recipient.name if recipient else "")
            dialog.show_result(text)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(dialog) and dialog.summary is not None:
                dialog.show_result(describe_saving_error(exc), error=True)

        dialog.set_busy(True, self.tr("Writing {0}…").format(str(path)))
        self._session.in_background(work, on_success=written, on_failure=failed)


class PreviewPanel(QObject):
    """What the summary and the merge panels share: the Reports view's session, export place
    and language, and the one preview dialog they have open."""

    def __init__(self, view: ReportsView) -> None:
        super().__init__(view)
        self._view = view
        self._session = view.session
        self._place = view.place
        self._language = view.language
        self.dialog: ExportPreviewDialog | None = None
        self._generation = 0  # bumped by clear(): work finishing after a lock is dropped

    def _open(
        self, dialog: ExportPreviewDialog, *, stem: str, merged: list[OpenedBundle] | None = None
    ) -> ExportPreviewDialog:
        PreviewSaving(dialog, session=self._session, place=self._place, stem=stem, merged=merged)
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: ExportPreviewDialog) -> None:
        dialog.clear()
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _forget(self) -> None:
        """On lock: drop what is being counted or read, close the preview."""
        self._generation += 1
        if self.dialog is not None:
            self.dialog.reject()


class SummaryPanel(PreviewPanel):
    """Drives the "Anonymised summary for a period" group of `ui/reports.ui`."""

    def __init__(self, view: ReportsView) -> None:
        super().__init__(view)
        form = view.form
        self.from_edit = child(form, DateInput, "fromEdit")
        self.to_edit = child(form, DateInput, "toEdit")
        self.preview_button = child(form, QPushButton, "previewButton")
        self.busy = child(form, QProgressBar, "busyBar")
        self.message = child(form, QLabel, "summaryMessage")
        period = default_period(date.today())
        _show_month(self.from_edit, period.first)
        _show_month(self.to_edit, period.last, end=True)
        for name in ("fromLabel", "toLabel"):
            # Room for the mnemonic's underline, drawn without the kerning the size hint assumes.
            label = child(form, QLabel, name)
            label.setMinimumWidth(label.sizeHint().width() + label.fontMetrics().averageCharWidth())
        for edit in (self.from_edit, self.to_edit):
            edit.use_label("period", lambda text: say(self.message, text, error=True))
        self.preview_button.clicked.connect(self.preview)
        self.busy.hide()
        say(self.message, "")

    def period(self) -> Period | None:
        try:
            return Period(_month_of(self.from_edit), _month_of(self.to_edit))
        except ValidationError:
            return None

    def preview(self) -> None:
        if not self._session.is_unlocked or self.busy.isVisible():
            return
        try:
            period = self.period()
        except DateProblem:
            return  # the reason is under the field
        if period is None:
            say(
                self.message,
                self.tr("The period ends before it starts: check the two months."),
                error=True,
            )
            return
        vault_id = self._session.core.vault_id
        today = date.today()

        def work(conn: Connection, _progress: Callable[[int, int], None]) -> Prepared:
            # Counted and protected against the release ledger, off the GUI thread.
            return summaries.prepare_summary(Records(conn), period, vault_id=vault_id, today=today)

        generation = self._generation
        self._set_busy(True)
        say(self.message, self.tr("Counting {0}…").format(str(period).replace("..", " – ")))

        def counted(prepared: Prepared) -> None:
            if generation != self._generation:
                return
            self._set_busy(False)
            say(self.message, "")
            self.show_preview(prepared.summary, prepared)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._set_busy(False)
            if isinstance(exc, ReleaseRefused):
                text = self.tr(
                    "This report cannot be published safely, not even with more figures hidden: "
                    "{0}. Nothing was written."
                ).format(exc.reason)
            else:
                text = describe_error(exc)
            say(self.message, text, error=True)

        self._session.in_background(work, on_success=counted, on_failure=failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.preview_button.setEnabled(not busy)

    def show_preview(
        self, summary: Summary, prepared: Prepared | None = None
    ) -> ExportPreviewDialog:
        lang = str(self._language.currentData() or "it")
        organisation = summary.organisations[0] if summary.organisations else ""
        dialog = ExportPreviewDialog(
            summary,
            lang=lang,
            title=self.tr("Preview: anonymised summary"),
            sources=organisation or self.tr("This vault"),
            prepared=prepared,
            parent=self._view,
        )
        period = summary.period
        stem = self.tr("ripartire-summary-{0}-{1}").format(str(period.first), str(period.last))
        return self._open(dialog, stem=stem)

    def clear(self) -> None:
        self._forget()
        self._set_busy(False)
        say(self.message, "")
