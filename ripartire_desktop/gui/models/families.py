"""The families table: pages of rows from SQL, sorted and filtered by SQL (10,000 families
stay smooth because only the rows scrolled into view are ever fetched)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ripartire_desktop.gui.i18n import QT_TRANSLATE_NOOP
from ripartire_desktop.gui.lang import show, show_date
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.families import FamilyQuery, FamilyRow

PAGE = 200
Index = QModelIndex | QPersistentModelIndex

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


class FamilyTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._records: Records | None = None
        self._query = FamilyQuery(limit=PAGE)
        self._rows: list[FamilyRow] = []
        self._total = 0

    # --- loading ----------------------------------------------------------------------

    def columns(self) -> tuple[tuple[str, str], ...]:
        return (*_COLUMNS, _NAME) if self._query.with_names else _COLUMNS

    @property
    def query(self) -> FamilyQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def load(self, records: Records, query: FamilyQuery) -> None:
        """Show the first page for `query`."""
        self.beginResetModel()
        self._records = records
        self._query = replace(query, offset=0, limit=PAGE)
        page = records.families.list(self._query)
        self._rows = list(page.rows)
        self._total = page.total
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._records = None
        self._rows = []
        self._total = 0
        self.endResetModel()

    def row_at(self, row: int) -> FamilyRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- Qt model API -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._records is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent) or self._records is None:
            return
        page = self._records.families.list(replace(self._query, offset=len(self._rows)))
        if not page.rows:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            columns = self.columns()
            return _tr(columns[section][1]) if 0 <= section < len(columns) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
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
