"""The spreadsheet import of issue 17, timed: a 500-row register (one row per person, every
template column filled) read, checked and imported into a fresh vault, as the window and
`ripartire import-sheet` do it. Target: under 5 s."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from benchmarks.harness import Result, median
from benchmarks.store_measures import PASSPHRASE
from ripartire_desktop.usecases import sheet_import
from ripartire_desktop.usecases.compose import build_vault
from ripartire_desktop.usecases.session import VaultSession
from tests.core.sheet_fixtures import register, write

ROWS = 500
RUNS = 3


def _one_import(folder: Path, sheet: Path) -> tuple[float, float]:
    """(seconds to read, check and import; of which reading and checking)."""
    vault = build_vault(folder)
    vault.create(PASSPHRASE, kdf_seconds=0)
    vault.unlock_with_passphrase(PASSPHRASE)
    session = VaultSession(vault, holder="benchmark")
    session.opened()
    try:
        start = time.perf_counter()
        data = sheet_import.read_sheet(sheet)
        mapping = sheet_import.mapping_for(session.records, data)
        in_vault = sheet_import.people_in_vault(session.records)
        checked = sheet_import.check_sheet(data, mapping, today=date.today(), in_vault=in_vault)
        checked_at = time.perf_counter()
        imported = sheet_import.import_sheet(
            session.records, data, mapping, checked, on=date.today()
        )
        total = time.perf_counter() - start
        assert sum(len(h.rows) for h in imported.households) == ROWS
    finally:
        session.lock()
    return total, checked_at - start


def measure_sheet_import(work: Path) -> list[Result]:
    rows = register(ROWS)
    results = []
    for fmt in ("xlsx", "ods", "csv"):
        sheet = write(work / f"registro-{ROWS}.{fmt}", rows)
        runs = [_one_import(work / f"sheet-{fmt}-{run}", sheet) for run in range(RUNS)]
        total = median([t for t, _ in runs])
        reading = median([r for _, r in runs])
        results.append(
            Result(
                f"spreadsheet import, {ROWS} rows ({fmt.upper()}): read, check, store",
                total,
                "s",
                "≤ 5 s",
                total <= 5,
                f"reading and checking {reading:.2f} s",
            )
        )
    return results


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for result in measure_sheet_import(Path(folder)):
            print(" | ".join(result.cells()))
