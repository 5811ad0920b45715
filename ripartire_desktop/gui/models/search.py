"""Search results as a table: family code, date, what was found, the snippet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ripartire_desktop.gui.i18n import QT_TRANSLATE_NOOP
from ripartire_desktop.gui.lang import show_date
from ripartire_desktop.store.records.search import SearchHit

Index = QModelIndex | QPersistentModelIndex

KIND_LABELS = {
    "family": QT_TRANSLATE_NOOP("SearchResultsModel", "Family code"),
    "interview": QT_TRANSLATE_NOOP("SearchResultsModel", "Interview"),
    "assessment": QT_TRANSLATE_NOOP("SearchResultsModel", "Assessment"),
    "assessment_note": QT_TRANSLATE_NOOP("SearchResultsModel", "Assessment note"),
    "action": QT_TRANSLATE_NOOP("SearchResultsModel", "Action"),
    "first_contact": QT_TRANSLATE_NOOP("SearchResultsModel", "Desk contact"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("SearchResultsModel", "Family"),
    QT_TRANSLATE_NOOP("SearchResultsModel", "Date"),
    QT_TRANSLATE_NOOP("SearchResultsModel", "Found in"),
    QT_TRANSLATE_NOOP("SearchResultsModel", "Text"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchResultsModel", text)


class SearchResultsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return hit.family_code or QCoreApplication.translate(
                "SearchResultsModel", "(anonymous)"
            )
        if column == 1:
            return show_date(hit.day)
        if column == 2:
            return _tr(KIND_LABELS.get(hit.kind, hit.kind))
        return " ".join(hit.plain_snippet("", "").split())
