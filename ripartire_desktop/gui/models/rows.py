"""A read-only table over a Python list: the base of the window's small table models.

The lists are short (a page, a family's rows, a month of desk contacts), so the model is reset
as a whole; sorting and filtering happen in SQL before the rows get here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class ListModel(QAbstractTableModel, Generic[T]):
    """Rows of `T`, one column per entry of `headers`; subclasses say what a cell shows.

    A subclass declares its column titles as data, English source texts marked for lupdate in
    its own name: `headers = (QT_TRANSLATE_NOOP("AidModel", "Date"), ...)`. They are translated
    in the context of the class that declares them (a subclass of that class keeps it)."""

    headers: tuple[str, ...] = ()
    headers_context = ""  # the name of the class that declares `headers`

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "headers" in cls.__dict__:
            cls.headers_context = cls.__name__

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate(self.headers_context, self.headers[section])

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, where: int | Index) -> T | None:
        """The row at a position or a model index; None outside the rows."""
        row = where if isinstance(where, int) else where.row() if where.isValid() else -1
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < self.columnCount()
        ):
            return self.header_text(section)
        return None
