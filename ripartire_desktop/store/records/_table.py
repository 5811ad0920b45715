"""The shape every repository of a family's records shares: one table (store/columns.py), one
entity, and the two conversions between them; each repository adds only what is its own."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from ripartire_desktop.store.columns import Record, Table
from ripartire_desktop.store.connection import Connection

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

E = TypeVar("E", bound="DataclassInstance")


class FamilyTable(ABC, Generic[E]):
    """Rows of `table` that belong to a family, read and written as entities `E` whose `id`
    is the row id. `values(entity)` lists `table.fields` in order; `entity(row)` reads a
    `table.record` by column name."""

    table: ClassVar[Table]
    # ORDER BY of `for_family`: the order each screen and document shows the records in.
    family_order: ClassVar[str]
    # Made once per repository: they run for every family opened.
    _for_family_sql: ClassVar[str]
    _get_sql: ClassVar[str]

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        cls._for_family_sql = cls.table.select(f"WHERE family_id = ? ORDER BY {cls.family_order}")
        cls._get_sql = cls.table.select(f"WHERE {cls.table.key} = ?")

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    @staticmethod
    @abstractmethod
    def entity(row: Record) -> E: ...

    @staticmethod
    @abstractmethod
    def values(entity: E) -> tuple[object, ...]: ...

    def add(self, entity: E) -> E:
        cursor = self._conn.execute(self.table.insert(), self.values(entity))
        return replace(entity, id=cursor.lastrowid)

    def update(self, entity: E) -> None:
        self._conn.execute(self.table.update(), (*self.values(entity), self._id(entity)))

    def delete(self, row_id: int) -> None:
        self._conn.execute(f"DELETE FROM {self.table.name} WHERE {self.table.key} = ?", (row_id,))

    def get(self, row_id: int) -> E | None:
        return next(iter(self._entities(self._get_sql, (row_id,))), None)

    def for_family(self, family_id: int) -> list[E]:
        return self._entities(self._for_family_sql, (family_id,))

    def where(self, tail: str, params: Sequence[object]) -> list[E]:
        """The entities of `SELECT <every column> FROM <table> <tail>`."""
        return self._entities(self.table.select(tail), params)

    def _entities(self, sql: str, params: Sequence[object]) -> list[E]:
        record, entity = self.table.record_type._make, self.entity
        return [entity(record(values)) for values in self._conn.execute(sql, params)]

    @staticmethod
    def _id(entity: Any) -> object:
        return entity.id
