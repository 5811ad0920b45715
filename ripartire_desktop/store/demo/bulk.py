"""The bulk writer: demo rows held per table and moved into the vault in batches.

The per-row repositories are far too slow for 250,000 interviews, so rows are written straight
into the schema; the columns come from `store.columns`, the one column map per table.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from ripartire_desktop.store import columns
from ripartire_desktop.store.columns import Table
from ripartire_desktop.store.connection import Connection, scalar

# Families per transaction: big enough for few commits and few full-text segments, small
# enough that the WAL stays small and the progress bar moves.
CHUNK_FAMILIES = 1000
FLUSH_ROWS = 50_000  # interview rows held in memory at most
STAGE = "ripartire_demo_stage_"  # prefix of the in-memory staging tables
TEMP_STORE_MEMORY = 2  # PRAGMA temp_store value: no temp table ever reaches the disk

# Tables whose ids other rows point to are numbered here; the rest let SQLite number them.
NUMBERED = (
    columns.FAMILIES,
    columns.ASSESSMENTS,
    columns.ACTIONS,
    columns.AID_PAYMENTS,
    columns.ASSESSMENT_ROUNDS,
)
_WRITTEN = (
    columns.ISSUED_CODES, columns.IDENTITIES, columns.IDENTITY_PEOPLE, columns.IDENTITY_CONTACTS,
    columns.MEMBERS, columns.FIRST_CONTACTS, columns.CONSENTS, columns.CLOSURES,
    columns.NEED_SCORES, columns.INTERVIEWS, columns.ROUND_SCORES, columns.ROUND_WORK,
    columns.ROUND_BENEFITS, *NUMBERED,
)  # fmt: skip
# The tables the demo fills, parents before children (the order of `columns.ALL`).
TABLES: tuple[Table, ...] = tuple(table for table in columns.ALL if table in _WRITTEN)


def written(table: Table) -> tuple[str, ...]:
    """The columns of `table` a demo row holds, in order (its id only when numbered here)."""
    return table.writable if table in NUMBERED else table.fields


@dataclass(frozen=True, slots=True)
class Bulk:
    """The statements that move one table's batch through its in-memory staging table.

    With SQLCipher's memory security on, every execution of a statement on the encrypted
    database pays for locking and wiping its allocations (and for a statement journal when
    triggers fire). Rows therefore go first into a temp table (in memory: temp_store=MEMORY)
    and then into the real table with one INSERT ... SELECT per batch, about five times
    faster than `executemany` on the table itself. The triggers still fire for every row.
    """

    create: str
    stage: str
    copy: str
    clear: str
    drop: str

    @classmethod
    def of(cls, table: Table) -> Bulk:
        names = ", ".join(written(table))
        marks = ", ".join("?" * len(written(table)))
        stage = f"temp.{STAGE}{table.name}"
        return cls(
            create=f"CREATE TEMP TABLE IF NOT EXISTS {STAGE}{table.name} ({names})",
            stage=f"INSERT INTO {stage} ({names}) VALUES ({marks})",
            copy=f"INSERT INTO main.{table.name} ({names}) SELECT {names} FROM {stage} "
            "ORDER BY rowid",
            clear=f"DELETE FROM {stage}",
            drop=f"DROP TABLE IF EXISTS {stage}",
        )


BULK = {table.name: Bulk.of(table) for table in TABLES}


@contextmanager
def staging(conn: Connection) -> Iterator[None]:
    """The staging tables, in memory, for as long as the demo writes."""
    if scalar(conn, "PRAGMA temp_store") != TEMP_STORE_MEMORY:
        raise RuntimeError("demo data is staged in temp tables, which must stay in memory")
    for bulk in BULK.values():
        conn.execute(bulk.create)
    try:
        yield
    finally:
        for bulk in BULK.values():
            conn.execute(bulk.drop)


class Writer:
    """The rows of the chunk being written, table by table, and the one random generator
    every value comes from."""

    def __init__(self, conn: Connection, rng: random.Random, today: date) -> None:
        self.conn = conn
        self.rng = rng
        self.today = today
        self.rows: dict[str, list[tuple[object, ...]]] = {name: [] for name in BULK}
        self.next_id: dict[str, int] = {}
        self.totals = dict.fromkeys(BULK, 0)
        # The budget lines of a year, made when a payment of that year first needs them.
        self.lines_of_year: Callable[[int], list[int]] = lambda _year: []
        self._lines: dict[int, list[int]] = {}

    def budget_line(self, year: int, payment_id: int) -> int | None:
        """The line a payment of `year` is paid from: two of every three from the first
        funder, the third from the second (by id, so the random stream is not touched)."""
        if year not in self._lines:
            self._lines[year] = self.lines_of_year(year)
        lines = self._lines[year]
        if not lines:
            return None
        return lines[0] if payment_id % 3 or len(lines) == 1 else lines[1]

    def number_from_vault(self) -> None:
        """Continue the numbered tables' ids after those already in the vault."""
        for table in NUMBERED:
            following = scalar(self.conn, f"SELECT coalesce(max(id), 0) + 1 FROM {table.name}")
            self.next_id[table.name] = int(following)

    def take_id(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value

    def flush(self) -> None:
        for table, bulk in BULK.items():  # in dependency order
            rows = self.rows[table]
            if rows:
                self.conn.executemany(bulk.stage, rows)
                self.conn.execute(bulk.copy)
                self.conn.execute(bulk.clear)
                self.totals[table] += len(rows)
                rows.clear()
