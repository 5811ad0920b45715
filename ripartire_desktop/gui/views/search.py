"""Search across the vault: snippets with the matches in bold; Enter opens the family there.

The search runs on a worker thread with its own connection (a common word on a large vault
takes longer than a frame); its results reach the view on the GUI thread, and results of a
query that was changed or cleared meanwhile are dropped."""

from __future__ import annotations

import html
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QLocale, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
)

from ripartire_desktop.gui.clipboard import SensitiveTextEdit
from ripartire_desktop.gui.dialogs.errors import describe_error
from ripartire_desktop.gui.forms import after_typing, child
from ripartire_desktop.gui.models.search import SearchResultsModel
from ripartire_desktop.gui.views.base import View
from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.search import MARK_END, MARK_START, SearchResults
from ripartire_desktop.usecases.changes import Changes, Kind

TYPING_DELAY_MS = 250


def snippet_html(snippet: str) -> str:
    """Escape the note text first, then turn the match markers into bold: markup typed in a
    note is shown as text, never interpreted."""
    escaped = html.escape(snippet)
    return escaped.replace(MARK_START, "<b>").replace(MARK_END, "</b>").replace("\n", "<br>")


class SearchView(View):
    name = "search"
    # After the results of the latest query are on screen (or were found stale and dropped).
    search_finished = Signal()

    def build(self) -> None:
        self._generation = 0
        self._open_when_done = False
        self._shown_text = ""  # the query whose results are on screen
        form = self.host_form("search", margin=8)
        self.query = child(form, QLineEdit, "queryEdit")
        self.results = child(form, QTableView, "results")
        self.preview = child(form, SensitiveTextEdit, "preview")
        self.preview.guard = self.session.clipboard
        self.summary = child(form, QLabel, "summaryLabel")
        self.summary.setWordWrap(True)  # the "best of the newest" sentence is long
        self.model = SearchResultsModel()
        self.results.setModel(self.model)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.results.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.hide()
        self.results.horizontalHeader().setStretchLastSection(True)
        self._timer = after_typing(self.query, TYPING_DELAY_MS, self.run_search, self)
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
        """Start searching for the query as it is now; the results replace the shown ones
        when they arrive (`search_finished`)."""
        self._generation += 1
        text = self.query.text()
        if not self.session.is_unlocked or not text.strip():
            self._open_when_done = False
            if self.session.is_unlocked:
                self._show(SearchResults([], 0, 0, windowed=False), text)
            self.search_finished.emit()
            return
        generation = self._generation

        def work(conn: Connection, _progress: Callable[[int, int], None]) -> SearchResults:
            return Records(conn).search.ranked(text)

        def found(results: SearchResults) -> None:
            if not shiboken6.isValid(self):
                return  # the window was closed while the search ran
            if generation == self._generation and text == self.query.text():
                self._show(results, text)
            self.search_finished.emit()

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            if generation == self._generation:
                self.model.set_rows([])
                self.summary.setText(describe_error(exc))
            self.search_finished.emit()

        self.session.in_background(work, on_success=found, on_failure=failed)

    def _show(self, results: SearchResults, text: str) -> None:
        self._shown_text = text
        hits = results.hits
        self.model.set_rows(hits)
        self.preview.clear()
        if not text.strip():
            self.summary.clear()
        elif hits and results.windowed:
            number = QLocale().toString
            self.summary.setText(
                self.tr(
                    "%n results: the best of the newest {0} matches (about {1} in all). "
                    "Add a word to search them all.",
                    "",
                    len(hits),
                ).format(number(results.ranked), number(results.matches))
            )
        elif hits:
            self.summary.setText(self.tr("%n results (best first)", "", len(hits)))
        else:
            self.summary.setText(self.tr("No results. Try fewer or shorter words."))
        if hits:
            self.results.selectRow(0)
        if self._open_when_done:
            self._open_when_done = False
            if self.model.rowCount():
                self._open(self.results.currentIndex())

    def _enter(self) -> None:
        """Enter opens the best result of what is typed: at once if it is shown, else when
        the search of the text as typed arrives."""
        if self._timer.isActive() or self._pending_text() != self.query.text():
            self._timer.stop()
            self._open_when_done = True
            self.run_search()
        elif self.model.rowCount():
            self._open(self.results.currentIndex())

    def _pending_text(self) -> str:
        return self._shown_text

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
        self._generation += 1  # a search still running is dropped when it reports
        self._open_when_done = False
        self._shown_text = ""
        self.model.set_rows([])
        self.preview.clear()
        self.summary.clear()
