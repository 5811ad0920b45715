"""The release ledger: anonymised summaries already published, and the frozen months they used.

Plain rows in, plain rows out: what a release is, and how a new one is checked against these,
lives in `reports.release`. Counts are stored as the JSON text the caller gives.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ripartire_desktop.store.connection import Connection

CellKey = tuple[str, int, int]  # table key, row, column


@dataclass(frozen=True, slots=True)
class StoredRelease:
    id: int
    published_at: str
    sources: str
    first_month: str
    last_month: str
    k: int
    counts: str  # JSON of the exact counts
    cells: dict[CellKey, tuple[int, bool]]  # exact value, hidden


class ReleaseLedger:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def releases(self, sources: str) -> list[StoredRelease]:
        """Every release of this source set, oldest first."""
        rows = self._conn.execute(
            "SELECT id, published_at, sources, first_month, last_month, k, counts FROM releases "
            "WHERE sources = ? ORDER BY id",
            (sources,),
        ).fetchall()
        found = []
        for row in rows:
            cells: dict[CellKey, tuple[int, bool]] = {}
            for key, r, c, value, hidden in self._conn.execute(
                "SELECT table_key, row_index, col_index, value, hidden FROM release_cells "
                "WHERE release_id = ?",
                (row[0],),
            ):
                cells[(str(key), int(r), int(c))] = (int(value), bool(hidden))
            found.append(
                StoredRelease(
                    int(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]),
                    int(row[5]), str(row[6]), cells,
                )
            )  # fmt: skip
        return found

    def add(
        self,
        *,
        published_at: str,
        sources: str,
        first_month: str,
        last_month: str,
        k: int,
        counts: str,
        cells: Iterable[tuple[CellKey, int, bool]],
    ) -> int:
        cursor = self._conn.execute(
            "INSERT INTO releases (published_at, sources, first_month, last_month, k, counts) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (published_at, sources, first_month, last_month, k, counts),
        )
        release_id = int(cursor.lastrowid or 0)
        self._conn.executemany(
            "INSERT INTO release_cells (release_id, table_key, row_index, col_index, value, "
            "hidden) VALUES (?, ?, ?, ?, ?, ?)",
            [(release_id, key, r, c, value, int(hidden)) for (key, r, c), value, hidden in cells],
        )
        return release_id

    def frozen_months(self, sources: str) -> dict[str, str]:
        """Month ("YYYY-MM") -> JSON of that month's exact counts, for months already used."""
        return {
            str(month): str(counts)
            for month, counts in self._conn.execute(
                "SELECT month, counts FROM release_months WHERE sources = ?", (sources,)
            )
        }

    def freeze_months(self, sources: str, months: dict[str, str]) -> None:
        """Keep these months' counts; a month frozen before keeps its first counts."""
        self._conn.executemany(
            "INSERT OR IGNORE INTO release_months (sources, month, counts) VALUES (?, ?, ?)",
            [(sources, month, counts) for month, counts in months.items()],
        )
