"""The Reports view's merge: counsellors' sealed bundles of one period, opened with this vault's
key and verified against its team list as they are added (a foreign, damaged, altered,
misaddressed or replayed file is named and left out), then one merged preview."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
)

from ripartire_desktop.gui.dialogs.common import read_only_rows, say
from ripartire_desktop.gui.dialogs.errors import describe_error
from ripartire_desktop.gui.dialogs.export_preview import ExportPreviewDialog, column_title
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.lang import show_date
from ripartire_desktop.gui.views.reports_bundle_errors import describe_bundle_error
from ripartire_desktop.gui.views.reports_summary import PreviewPanel
from ripartire_desktop.reports import bundle, sealed
from ripartire_desktop.reports.aggregates import Summary
from ripartire_desktop.reports.release import ReleaseRefused
from ripartire_desktop.reports.sealed import OpenedBundle
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases import project_status, summaries
from ripartire_desktop.usecases.project_status import StatusWritten

if TYPE_CHECKING:
    from ripartire_desktop.gui.views.reports import ReportsView

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Source:
    path: Path
    opened: OpenedBundle

    @property
    def summary(self) -> Summary:
        return self.opened.summary


class BundleSourcesModel(QAbstractTableModel):
    """The bundles to merge: file, organisations, period, threshold."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[Source] = []
        self._headers = [
            self.tr("File"),
            self.tr("Signed by"),
            self.tr("Organisation"),
            self.tr("Period"),
            self.tr("k"),
            self.tr("Places"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.sources)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.sources):
            return None
        source = self.sources[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            summary = source.summary
            period = summary.period
            return [
                source.path.name,
                source.opened.sender.name,
                ", ".join(summary.organisations) or "—",
                f"{period.first} – {period.last}",
                str(summary.k),
                self._places(source.opened),
            ][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return str(source.path)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return self._codes(source.opened)
        return None

    def _places(self, opened: OpenedBundle) -> str:
        if opened.places is None:
            return self.tr("no list (older version)")
        return self.tr("{0} active, {1} waiting").format(
            len(opened.places.active), len(opened.places.waiting)
        )

    def _codes(self, opened: OpenedBundle) -> str | None:
        """The places list itself (codes and days, as the bundle carries it), as a tooltip."""
        if opened.places is None:
            return None
        lines = [self.tr("Active paths:")]
        lines += [f"  {p.code}  {show_date(p.since)}" for p in opened.places.active]
        lines.append(self.tr("Waiting list:"))
        lines += [f"  {p.code}  {show_date(p.since)}" for p in opened.places.waiting]
        return "\n".join(lines)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return column_title(self._headers, section, orientation, role)

    def add(self, source: Source) -> None:
        row = len(self.sources)
        self.beginInsertRows(QModelIndex(), row, row)
        self.sources.append(source)
        self.endInsertRows()

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self.sources):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.sources[row]
                self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.sources = []
        self.endResetModel()

    def summaries(self) -> list[Summary]:
        return [s.summary for s in self.sources]

    def opened(self) -> list[OpenedBundle]:
        return [s.opened for s in self.sources]


class MergePanel(PreviewPanel):
    """Drives the "Merge bundles" group of `ui/reports.ui`."""

    def __init__(self, view: ReportsView) -> None:
        super().__init__(view)
        form = view.form
        self.view = child(form, QTableView, "sourcesView")
        self.add_button = child(form, QPushButton, "addBundlesButton")
        self.remove_button = child(form, QPushButton, "removeBundleButton")
        self.clear_button = child(form, QPushButton, "clearBundlesButton")
        self.preview_button = child(form, QPushButton, "mergePreviewButton")
        self.status_button = child(form, QPushButton, "projectStatusButton")
        self.message = child(form, QLabel, "mergeMessage")
        self.model = BundleSourcesModel(self)
        self.view.setModel(self.model)
        read_only_rows(self.view)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        metrics = self.view.fontMetrics()
        for column, sample in ((3, "2026-12 – 2026-12"), (4, "k 100")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)  # a few rows
        self.add_button.clicked.connect(self.choose_bundles)
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button.clicked.connect(self.clear_list)
        self.preview_button.clicked.connect(self.preview)
        self.status_button.clicked.connect(self.choose_status_file)
        self.model.rowsInserted.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        say(self.message, "")
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        has_rows = self.model.rowCount() > 0
        self.preview_button.setEnabled(has_rows)
        self.status_button.setEnabled(has_rows)
        self.clear_button.setEnabled(has_rows)
        self.remove_button.setEnabled(self.view.selectionModel().hasSelection())

    # --- the list ------------------------------------------------------------------------

    def choose_bundles(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileNames(
            self._view,
            self.tr("Add summary bundles"),
            str(self._place.folder),
            self.tr("Sealed bundles (*.age);;All files (*)"),
        )
        if chosen:
            self.add_files([Path(p) for p in chosen])

    def add_files(self, paths: list[Path]) -> None:
        """Read and check the files off the GUI thread (a slow USB stick), then add them."""
        generation = self._generation
        self.add_button.setEnabled(False)
        say(self.message, self.tr("Reading %n file(s)…", "", len(paths)))

        def done(found: list[tuple[Path, OpenedBundle | BaseException]]) -> None:
            if generation == self._generation:
                self.add_button.setEnabled(True)
                self._add_checked(found)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.add_button.setEnabled(True)
                say(self.message, describe_bundle_error(exc, ""), error=True)

        self._session.in_background(
            lambda conn, _progress: summaries.read_bundles(Records(conn), paths),
            on_success=done,
            on_failure=failed,
        )

    def _add_checked(self, found: list[tuple[Path, OpenedBundle | BaseException]]) -> None:
        problems: list[str] = []
        added = 0
        for path, result in found:
            if isinstance(result, BaseException):
                problems.append(describe_bundle_error(result, path.name))
                continue
            senders = {s.opened.sender.fingerprint for s in self.model.sources}
            try:
                if result.sender.fingerprint in senders:
                    raise sealed.SealedBundleError(
                        f"two bundles come from the same vault ({result.sender.name})"
                    )
                bundle.merge([*self.model.summaries(), result.summary])
            except (bundle.BundleError, bundle.BundleMergeError) as exc:
                problems.append(describe_bundle_error(exc, path.name))
                continue
            self.model.add(Source(path, result))
            self._place.folder = path.parent
            added += 1
        lines = []
        if added:
            lines.append(self.tr("Added {0} of %n file(s).", "", len(found)).format(added))
        lines += problems
        say(self.message, "\n".join(lines), error=bool(problems), ok=not problems)

    def remove_selected(self) -> None:
        rows = [index.row() for index in self.view.selectionModel().selectedRows()]
        self.model.remove_rows(rows)
        say(self.message, "")

    def clear_list(self) -> None:
        self.model.clear()
        say(self.message, "")

    # --- preview and save ----------------------------------------------------------------

    def merged(self) -> Summary:
        return bundle.merge(self.model.summaries())

    def preview(self) -> ExportPreviewDialog | None:
        if not self.model.sources or not self._session.is_unlocked:
            return None
        try:
            merged = self.merged()
        except bundle.BundleMergeError as exc:  # the list is checked on add; defensive
            say(self.message, describe_bundle_error(exc, ""), error=True)
            return None
        count = len(self.model.sources)
        sources = self.tr("%n bundle(s): {0}", "", count).format(
            ", ".join(merged.organisations) or "—"
        )
        # Suppressed after merging, each vault's share protected from the others and the whole
        # against this vault's ledger of merged releases (summaries.prepare_merge, shared with
        # `ripartire report merge`).
        try:
            prepared = summaries.prepare_merge(self._session.records, self.model.opened())
        except ReleaseRefused as exc:
            say(
                self.message,
                self.tr(
                    "This report cannot be published safely, not even with more figures hidden: "
                    "{0}. Nothing was written."
                ).format(exc.reason),
                error=True,
            )
            return None
        merged = prepared.summary
        dialog = ExportPreviewDialog(
            merged,
            lang=str(self._language.currentData() or "it"),
            title=self.tr("Preview: merged report"),
            sources=sources,
            prepared=prepared,
            parent=self._view,
        )
        period = merged.period
        stem = self.tr("ripartire-merged-{0}-{1}").format(str(period.first), str(period.last))
        return self._open(dialog, stem=stem, merged=self.model.opened())

    # --- the project status ------------------------------------------------------------

    def choose_status_file(self) -> None:
        if not self.model.sources or not self._session.is_unlocked:
            return
        path = self._place.new_file(
            title=self.tr("Save the project status"),
            default_name=self.tr("ripartire-project-status-{0}.age").format(
                date.today().isoformat()
            ),
            file_filter=self.tr("Project status (*.age)"),
            suffix=".age",
        )
        if path is not None:
            self.write_status(path)

    def write_status(self, path: Path) -> None:
        """Sign and encrypt the project's places to the whole team off the GUI thread."""
        generation, opened = self._generation, self.model.opened()
        self.status_button.setEnabled(False)

        def done(written: StatusWritten) -> None:
            if generation != self._generation:
                return
            self._update_buttons()
            status = written.status
            text = self.tr(
                "Wrote the project status to {0}: {1} of {2} places taken, {3} waiting, as of "
                "{4}; encrypted to {5} and this vault."
            ).format(
                str(path),
                status.taken,
                status.capacity,
                status.waiting,
                show_date(status.as_of),
                ", ".join(written.recipients),
            )
            say(self.message, text, ok=True)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._update_buttons()
                say(self.message, describe_error(exc), error=True)

        self._session.in_background(
            lambda conn, _progress: project_status.write_status(Records(conn), opened, path),
            on_success=done,
            on_failure=failed,
        )

    def clear(self) -> None:
        self._forget()
        self.add_button.setEnabled(True)
        self.model.clear()
        say(self.message, "")
