"""Search across the vault: snippets with the matches in bold; Enter opens the family there."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
)

from ripartire_desktop.gui.clipboard import SensitiveTextEdit
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.models.search import SearchResultsModel
from ripartire_desktop.gui.views.base import View
from ripartire_desktop.store.records.search import MARK_END, MARK_START
from ripartire_desktop.usecases.changes import Changes, Kind

TYPING_DELAY_MS = 250


def snippet_html(snippet: str) -> str:
    """Escape the note text first, then turn the match markers into bold: markup typed in a
    note is shown as text, never interpreted."""
    escaped = html.escape(snippet)
    return escaped.replace(MARK_START, "<b>").replace(MARK_END, "</b>").replace("\n", "<br>")


class SearchView(View):
    name = "search"

    def build(self) -> None:
        form = self.host_form("search", margin=8)
        self.query = child(form, QLineEdit, "queryEdit")
        self.results = child(form, QTableView, "results")
        self.preview = child(form, SensitiveTextEdit, "preview")
        self.preview.guard = self.session.clipboard
        self.summary = child(form, QLabel, "summaryLabel")
        self.model = SearchResultsModel()
        self.results.setModel(self.model)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.results.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.hide()
        self.results.horizontalHeader().setStretchLastSection(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(self._timer.start)
        self.query.returnPressed.connect(self._enter)
        self.results.activated.connect(self._open)
        self.results.selectionModel().currentRowChanged.connect(self._show_preview)

    def title(self) -> str:
        return self.tr("Search")

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.query.setFocus()
        self.query.selectAll()

    def concerns(self, changes: Changes) -> bool:
        return changes.concerns(Kind.FAMILIES, Kind.CASE, Kind.DESK)

    def refresh(self) -> None:
        if self.query.text().strip():
            self.run_search()

    def run_search(self) -> None:
        if not self.session.is_unlocked:
            return
        text = self.query.text()
        hits = self.session.records.search.search(text) if text.strip() else []
        self.model.set_rows(hits)
        self.preview.clear()
        if not text.strip():
            self.summary.clear()
        elif hits:
            self.summary.setText(self.tr("%n results (best first)", "", len(hits)))
            self.results.selectRow(0)
        else:
            self.summary.setText(self.tr("No results. Try fewer or shorter words."))

    def _enter(self) -> None:
        self._timer.stop()
        self.run_search()
        if self.model.rowCount():
            self._open(self.results.currentIndex())

    def _show_preview(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = self.model.row_at(current)
        self.preview.setHtml(snippet_html(hit.snippet) if hit else "")

    def _open(self, index: QModelIndex) -> None:
        hit = self.model.row_at(index)
        if hit is None:
            return
        if hit.family_id is None:
            self.navigator.show_view("desk")
            return
        self.navigator.open_family(hit.family_id, kind=hit.kind, ref_id=hit.ref_id)

    def clear(self) -> None:
        self.query.blockSignals(True)
        self.query.clear()
        self.query.blockSignals(False)
        self._timer.stop()
        self.model.set_rows([])
        self.preview.clear()
        self.summary.clear()
