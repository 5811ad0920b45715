"""A table read from the vault a page at a time as the view scrolls: the base of the families
list and the audit log (thousands of rows stay smooth: only the rows scrolled to are read)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QModelIndex

from ripartire_desktop.gui.models.rows import Index, ListModel
from ripartire_desktop.store.records import Records

T = TypeVar("T")


class PagedModel(ListModel[T]):
    """`reload` shows the first page; Qt's `fetchMore` appends the next until `total` rows are
    in. Subclasses keep their filter and say how a page is read."""

    def __init__(self) -> None:
        super().__init__()
        self._records: Records | None = None
        self._total = 0

    @property
    def total(self) -> int:
        """How many rows the filter matches (more than are read while the view has not
        scrolled to them)."""
        return self._total

    # subclass hooks
    def first_page(self, records: Records) -> tuple[list[T], int]:
        """The first page of rows and how many there are in all."""
        raise NotImplementedError

    def next_page(self, records: Records, offset: int) -> list[T]:
        """The page of rows that starts at `offset`; empty past the end."""
        raise NotImplementedError

    def reload(self, records: Records) -> None:
        """Show the first page, read from `records` with the filter as it is now."""
        self.beginResetModel()
        self._records = records
        self._rows, self._total = self.first_page(records)
        self.endResetModel()

    def clear(self) -> None:
        """Forget the records and every row (on lock)."""
        self.beginResetModel()
        self._records, self._rows, self._total = None, [], 0
        self.endResetModel()

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._records is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent) or self._records is None:
            return
        more = self.next_page(self._records, len(self._rows))
        if not more:
            self._total = len(self._rows)  # fewer rows than counted: the table changed since
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()
