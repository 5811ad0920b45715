"""The families table: pages of rows from SQL, sorted and filtered by SQL (10,000 families
stay smooth because only the rows scrolled into view are ever fetched)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from ripartire_desktop.gui.i18n import QT_TRANSLATE_NOOP
from ripartire_desktop.gui.lang import show, show_date
from ripartire_desktop.gui.models.paged import PagedModel
from ripartire_desktop.gui.models.rows import Index
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.families import FamilyQuery, FamilyRow

PAGE = 200

# (sort key in SQL, header) in display order; the name column appears only on request.
_COLUMNS = (
    ("code", QT_TRANSLATE_NOOP("FamilyTableModel", "Code")),
    ("status", QT_TRANSLATE_NOOP("FamilyTableModel", "Status")),
    ("counsellor", QT_TRANSLATE_NOOP("FamilyTableModel", "Counsellor")),
    ("minors", QT_TRANSLATE_NOOP("FamilyTableModel", "Minors")),
    ("last_interview", QT_TRANSLATE_NOOP("FamilyTableModel", "Last interview")),
    ("next_appointment", QT_TRANSLATE_NOOP("FamilyTableModel", "Next appointment")),
    ("open_actions", QT_TRANSLATE_NOOP("FamilyTableModel", "Open actions")),
)
_NAME = ("name", QT_TRANSLATE_NOOP("FamilyTableModel", "Name"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("FamilyTableModel", text)


class FamilyTableModel(PagedModel[FamilyRow]):
    def __init__(self) -> None:
        super().__init__()
        self._query = FamilyQuery(limit=PAGE)

    # --- loading ----------------------------------------------------------------------

    def columns(self) -> tuple[tuple[str, str], ...]:
        return (*_COLUMNS, _NAME) if self._query.with_names else _COLUMNS

    @property
    def query(self) -> FamilyQuery:
        return self._query

    def load(self, records: Records, query: FamilyQuery) -> None:
        """Show the first page for `query`."""
        self._query = replace(query, offset=0, limit=PAGE)
        self.reload(records)

    def first_page(self, records: Records) -> tuple[list[FamilyRow], int]:
        page = records.families.list(self._query)
        return list(page.rows), page.total

    def next_page(self, records: Records, offset: int) -> list[FamilyRow]:
        return list(records.families.list(replace(self._query, offset=offset)).rows)

    # --- Qt model API -----------------------------------------------------------------

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def header_text(self, section: int) -> str:
        return _tr(self.columns()[section][1])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        key = self.columns()[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("minors", "open_actions"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    @staticmethod
    def _display(row: FamilyRow, key: str) -> str:
        values: dict[str, object] = {
            "code": row.code,
            "status": show(row.status),
            "counsellor": row.counsellor,
            "minors": str(row.minors),
            "last_interview": show_date(row.last_interview),
            "next_appointment": show_date(row.next_appointment),
            "open_actions": str(row.open_actions),
            "name": row.name,
        }
        return str(values[key])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._records is None or not (0 <= column < len(self.columns())):
            return
        key = self.columns()[column][0]
        descending = order == Qt.SortOrder.DescendingOrder
        self.load(self._records, replace(self._query, sort=key, descending=descending))  # type: ignore[arg-type]
