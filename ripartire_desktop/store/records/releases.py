"""The release ledger: anonymised summaries already published, and the frozen months they used.

Plain rows in, plain rows out: what a release is, and how a new one is checked against these,
lives in `reports.release`. Counts are stored as the JSON text the caller gives.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ripartire_desktop.store.columns import RELEASE_CELLS, RELEASE_MONTHS, RELEASES
from ripartire_desktop.store.connection import Connection

CellKey = tuple[str, int, int]  # table key, row, column
_CELL = ("table_key", "row_index", "col_index", "value", "hidden")


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
            RELEASES.select("WHERE sources = ? ORDER BY id"), (sources,)
        ).fetchall()
        found = []
        for values in rows:
            row = RELEASES.row(values)
            cells: dict[CellKey, tuple[int, bool]] = {}
            for key, r, c, value, hidden in self._conn.execute(
                RELEASE_CELLS.select("WHERE release_id = ?", columns=_CELL), (row["id"],)
            ):
                cells[(str(key), int(r), int(c))] = (int(value), bool(hidden))
            found.append(
                StoredRelease(
                    id=int(row["id"]),
                    published_at=str(row["published_at"]),
                    sources=str(row["sources"]),
                    first_month=str(row["first_month"]),
                    last_month=str(row["last_month"]),
                    k=int(row["k"]),
                    counts=str(row["counts"]),
                    cells=cells,
                )
            )
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
            RELEASES.insert(),
            (published_at, sources, first_month, last_month, k, counts),
        )
        release_id = int(cursor.lastrowid or 0)
        self._conn.executemany(
            RELEASE_CELLS.insert(),
            [(release_id, key, r, c, value, int(hidden)) for (key, r, c), value, hidden in cells],
        )
        return release_id

    def frozen_months(self, sources: str) -> dict[str, str]:
        """Month ("YYYY-MM") -> JSON of that month's exact counts, for months already used."""
        return {
            str(month): str(counts)
            for month, counts in self._conn.execute(
                RELEASE_MONTHS.select("WHERE sources = ?", columns=("month", "counts")), (sources,)
            )
        }

    def freeze_months(self, sources: str, months: dict[str, str]) -> None:
        """Keep these months' counts; a month frozen before keeps its first counts."""
        self._conn.executemany(
            RELEASE_MONTHS.insert(verb="INSERT OR IGNORE"),
            [(sources, month, counts) for month, counts in months.items()],
        )
