"""Before an anonymised report leaves the machine: exactly what the PDF and the bundle hold.

The tables come from `reports.tables.published_tables` and the text from `preview_text`, the
functions the PDF and `--preview` use, so what is seen here is what is written. The dialog only
shows and asks; the caller writes (off the GUI thread) and reports back with `show_result`.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from ripartire_desktop.gui.dialogs.common import embed_form, read_only_rows, say
from ripartire_desktop.gui.forms import child
from ripartire_desktop.reports import bundle
from ripartire_desktop.reports.aggregates import Summary
from ripartire_desktop.reports.publication import Prepared
from ripartire_desktop.reports.release import protect
from ripartire_desktop.reports.strings import period_label, t
from ripartire_desktop.reports.tables import PublishedSummary, preview_text, published_tables

Index = QModelIndex | QPersistentModelIndex


def column_title(
    headers: list[str], section: int, orientation: Qt.Orientation, role: int
) -> object:
    """A table model's horizontal header text (no vertical header)."""
    horizontal = orientation == Qt.Orientation.Horizontal
    if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(headers):
        return headers[section]
    return None


class PublishedTableModel(QAbstractTableModel):
    """One published table, cell for cell as printed (the totals row last, in bold)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._header: list[str] = []
        self._rows: list[list[str]] = []
        self._numeric_from = 1
        self._total_row = -1

    def show_table(
        self, header: list[str], rows: list[list[str]], *, numeric_from: int, has_total: bool
    ) -> None:
        self.beginResetModel()
        self._header = list(header)
        self._rows = [list(row) for row in rows]
        self._numeric_from = numeric_from
        self._total_row = len(rows) - 1 if has_total else -1
        self.endResetModel()

    def clear(self) -> None:
        self.show_table([], [], numeric_from=1, has_total=False)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: PLR0911
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if index.column() >= len(row):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() >= self._numeric_from:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() == self._total_row:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return column_title(self._header, section, orientation, role)

    def cells(self) -> list[list[str]]:
        return [list(row) for row in self._rows]


class ExportPreviewDialog(QDialog):
    """Shows a summary as it will be published; emits what the user asked to save."""

    pdf_requested = Signal()
    bundle_requested = Signal()

    def __init__(
        self,
        summary: Summary,
        *,
        lang: str,
        title: str,
        sources: str,
        prepared: Prepared | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # What may be published: the cells chosen against the ledger (reports.publication),
        # or, for a summary shown on its own, this release protected by itself.
        self.prepared = prepared if prepared is not None else Prepared(summary, protect(summary))
        self.summary: Summary | None = summary
        self.lang = lang
        form = embed_form(self, "dialog_export_preview", title, modal=True)
        self.intro = child(form, QLabel, "introLabel")
        self.period_value = child(form, QLabel, "periodValue")
        self.k_value = child(form, QLabel, "kValue")
        self.sources_value = child(form, QLabel, "sourcesValue")
        self.sections = child(form, QListWidget, "sectionList")
        self.table = child(form, QTableView, "tableView")
        self.note = child(form, QLabel, "tableNote")
        self.text = child(form, QPlainTextEdit, "textView")
        self.bundle_text = child(form, QPlainTextEdit, "bundleView")
        self.message = child(form, QLabel, "messageLabel")
        self.pdf_button = child(form, QPushButton, "pdfButton")
        self.bundle_button = child(form, QPushButton, "bundleButton")
        self.cancel_button = child(form, QPushButton, "cancelButton")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.text.setFont(mono)
        self.bundle_text.setFont(mono)
        self.model = PublishedTableModel(self)
        self.table.setModel(self.model)
        read_only_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.published: PublishedSummary = published_tables(summary, lang, self.prepared.hidden)
        self._fill(summary, sources)
        self.sections.currentRowChanged.connect(self._show_section)
        self.sections.setCurrentRow(0)
        self.pdf_button.clicked.connect(self.pdf_requested)
        self.bundle_button.clicked.connect(self.bundle_requested)
        self.cancel_button.clicked.connect(self.reject)
        say(self.message, "")
        self.resize(980, 640)

    def _fill(self, summary: Summary, sources: str) -> None:
        k = summary.k
        self.intro.setText(
            self.tr(
                "This is exactly what the report will contain: no names, codes, free text or "
                "days. Counts from 1 to {0}, and counts that would let them be worked out (also "
                "by comparing this report with those already published), are shown as “n.p.”: "
                "none can be narrowed to fewer than {1} possible values."
            ).format(k - 1, k)
        )
        self.period_value.setText(period_label(summary, self.lang))
        self.k_value.setText(str(k))
        self.sources_value.setText(sources)
        self.sections.addItem(t("key_figures", self.lang))
        for table in self.published.tables:
            self.sections.addItem(table.title)
        self.text.setPlainText(preview_text(summary, self.lang, self.prepared.hidden))
        self.bundle_text.setPlainText(bundle.dumps(summary).decode("utf-8"))

    def _show_section(self, row: int) -> None:
        if self.summary is None:  # cleared
            self.model.clear()
            return
        note = ""
        if row <= 0:
            figures = self.published.key_figures
            self.model.show_table(
                [t("key_figures", self.lang), ""],
                [[f.label, f.value] for f in figures],
                numeric_from=1,
                has_total=False,
            )
        else:
            table = self.published.tables[row - 1]
            note = table.note
            if table.withheld:
                self.model.show_table(
                    [table.title], [[t("withheld", self.lang)]], numeric_from=1, has_total=False
                )
            else:
                rows = [*table.rows] + ([table.total] if table.total else [])
                self.model.show_table(
                    table.header,
                    rows,
                    numeric_from=table.numeric_from,
                    has_total=table.total is not None,
                )
        self.table.resizeColumnsToContents()  # a few short rows: cheap
        say(self.note, note)

    # --- outcome of a save, told by the caller ----------------------------------------------

    def set_busy(self, busy: bool, text: str = "") -> None:
        for button in (self.pdf_button, self.bundle_button):
            button.setEnabled(not busy)
        if busy:
            say(self.message, text)

    def show_result(self, text: str, *, error: bool = False) -> None:
        self.set_busy(False)
        say(self.message, text, error=error, ok=not error)
        if not error:
            self.cancel_button.setText(self.tr("Close"))

    def clear(self) -> None:
        """Drop what is shown (on lock); the dialog is then closed by its owner."""
        self.summary = None
        self.published = PublishedSummary(key_figures=[], tables=[], k=0)
        self.model.clear()
        self.sections.clear()
        self.text.clear()
        self.bundle_text.clear()
        for label in (self.period_value, self.k_value, self.sources_value):
            label.clear()
        say(self.note, "")
        say(self.message, "")
