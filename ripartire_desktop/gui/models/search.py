"""Search results as a table: family code, date, what was found, the snippet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    Qt,
)

from ripartire_desktop.gui.i18n import QT_TRANSLATE_NOOP
from ripartire_desktop.gui.lang import show_date
from ripartire_desktop.gui.models.rows import Index, ListModel
from ripartire_desktop.store.records.search import SearchHit

KIND_LABELS = {
    "family": QT_TRANSLATE_NOOP("SearchResultsModel", "Family code"),
    "interview": QT_TRANSLATE_NOOP("SearchResultsModel", "Interview"),
    "assessment": QT_TRANSLATE_NOOP("SearchResultsModel", "Assessment"),
    "assessment_note": QT_TRANSLATE_NOOP("SearchResultsModel", "Assessment note"),
    "action": QT_TRANSLATE_NOOP("SearchResultsModel", "Action"),
    "first_contact": QT_TRANSLATE_NOOP("SearchResultsModel", "Desk contact"),
}


class SearchResultsModel(ListModel[SearchHit]):
    headers = (
        QT_TRANSLATE_NOOP("SearchResultsModel", "Family"),
        QT_TRANSLATE_NOOP("SearchResultsModel", "Date"),
        QT_TRANSLATE_NOOP("SearchResultsModel", "Found in"),
        QT_TRANSLATE_NOOP("SearchResultsModel", "Text"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.row_at(index)
        if hit is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return hit.family_code or self.tr("(anonymous)")
        if column == 1:
            return show_date(hit.day)
        if column == 2:
            return self.tr(KIND_LABELS.get(hit.kind, hit.kind))
        return " ".join(hit.plain_snippet("", "").split())
