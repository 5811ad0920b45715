"""The shape every repository of a family's records shares: one table (store/columns.py) and
one entity whose fields are named as its columns and typed as they are stored; each repository
adds only what is its own."""

from __future__ import annotations

import keyword
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, get_type_hints

from ripartire_desktop.store.columns import Table
from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.records import _convert as cv

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

E = TypeVar("E", bound="DataclassInstance")


class Shape(Generic[E]):
    """Rows of `table` (its key and fields) as entities `kind` whose fields have the columns'
    names; how each column holds its field (dates, choices, flags) follows the field's type."""

    __slots__ = ("_writers", "columns", "entity", "kind", "table")

    def __init__(self, table: Table, kind: type[E]) -> None:
        hints = get_type_hints(kind)
        missing = [name for name in table.writable if name not in hints]
        if missing:
            raise ValueError(f"{kind.__name__} has no field for the {table.name} columns {missing}")
        stored = {name: cv.stored_for(hints[name]) for name in table.writable}
        self.table = table
        self.kind = kind
        self.columns = table.writable
        # The entity of a row of `select`.
        self.entity: Callable[[Sequence[Any]], E] = _reader(kind, self.columns, stored)
        self._writers = tuple(
            (name, None if (to := stored[name]) is None else to.write) for name in table.fields
        )

    def select(self, tail: str = "") -> str:
        """`SELECT` of the columns `entity` reads."""
        return self.table.select(tail, columns=self.columns)

    def values(self, entity: E) -> tuple[object, ...]:
        """The table's fields, in order, as stored."""
        return tuple(
            getattr(entity, name) if to is None else to(getattr(entity, name))
            for name, to in self._writers
        )


def _reader(
    kind: type[E], columns: Sequence[str], stored: Mapping[str, cv.Stored | None]
) -> Callable[[Sequence[Any]], E]:
    """`kind` from a row: its values unpacked under the column names and passed by name.

    Compiled once from the names, as `dataclasses` compiles `__init__`: a call with named
    arguments costs what a hand-written reader does, where a dict built for every row cost a
    quarter more on a family with a hundred interviews."""
    # The reader's own names start with "_", which no column does, so a column never hides one.
    for name in columns:
        if not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_"):
            raise ValueError(f"the column {name!r} cannot name a field")
    arguments = ", ".join(
        f"{name}={name}" if stored[name] is None else f"{name}=_read_{name}({name})"
        for name in columns
    )
    source = f"def _entity(_row):\n    {', '.join(columns)}, = _row\n    return _kind({arguments})"
    namespace: dict[str, Any] = {"_kind": kind}
    namespace.update((f"_read_{name}", to.read) for name, to in stored.items() if to is not None)
    exec(source, namespace)  # noqa: S102 (only the checked column names of store/columns.py)
    entity: Callable[[Sequence[Any]], E] = namespace["_entity"]
    return entity


class Repository:
    """What every repository holds: the open connection it reads and writes through."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def _first(self, sql: str, params: Sequence[object]) -> Sequence[Any] | None:
        """The first row of `sql`, or None."""
        found: Sequence[Any] | None = self._conn.execute(sql, params).fetchone()
        return found


class FamilyTable(Repository, Generic[E]):
    """Rows of one table that belong to a family, read and written as entities whose `id` is
    the row id: add, update, get, delete, for_family."""

    shape: Shape[E]
    # ORDER BY of `for_family`: the order each screen and document shows the records in.
    family_order: ClassVar[str]
    # Made once per repository: they run for every family opened.
    _for_family_sql: ClassVar[str]
    _get_sql: ClassVar[str]

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        cls._for_family_sql = cls.shape.select(f"WHERE family_id = ? ORDER BY {cls.family_order}")
        cls._get_sql = cls.shape.select(f"WHERE {cls.shape.table.key} = ?")

    def add(self, entity: E) -> E:
        cursor = self._conn.execute(self.shape.table.insert(), self.shape.values(entity))
        return replace(entity, id=cursor.lastrowid)

    def update(self, entity: E) -> None:
        self._conn.execute(
            self.shape.table.update(), (*self.shape.values(entity), self._id(entity))
        )

    def delete(self, row_id: int) -> None:
        table = self.shape.table
        self._conn.execute(f"DELETE FROM {table.name} WHERE {table.key} = ?", (row_id,))

    def get(self, row_id: int) -> E | None:
        return next(iter(self._entities(self._get_sql, (row_id,))), None)

    def for_family(self, family_id: int) -> list[E]:
        return self._entities(self._for_family_sql, (family_id,))

    def where(self, tail: str, params: Sequence[object]) -> list[E]:
        """The entities of `SELECT <columns> FROM <table> <tail>`."""
        return self._entities(self.shape.select(tail), params)

    def _entities(self, sql: str, params: Sequence[object]) -> list[E]:
        entity = self.shape.entity
        return [entity(values) for values in self._conn.execute(sql, params)]

    @staticmethod
    def _id(entity: Any) -> object:
        return entity.id
