"""Case-record timings on a demo vault: generation, list sort/filter, full-text search.

Run: .venv/bin/python -m benchmarks.records_timings --families 10000 [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ripartire_desktop.domain import FamilyStatus, NeedArea
from ripartire_desktop.store.demo import generate_demo
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.families import SORT_COLUMNS, FamilyQuery
from ripartire_desktop.store.vault import Vault

PASSPHRASE = "benchmark passphrase"
QUERIES = ("lavoro", "bollette", "perche", "affitto arretrato", "curriculum", "RIP-2026-007")


def timed(action: Callable[[], object], runs: int = 7) -> float:
    """Median milliseconds over `runs` after one warm-up."""
    action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def open_or_make(folder: Path, families: int) -> tuple[Vault, float | None]:
    vault = Vault(folder)
    if vault.exists():
        vault.unlock_with_passphrase(PASSPHRASE)
        return vault, None
    vault.create(PASSPHRASE, kdf_seconds=0)
    vault.unlock_with_passphrase(PASSPHRASE)
    start = time.perf_counter()
    generate_demo(
        vault.connection, families=families, interviews_per_family=25, seed=7, today=date.today()
    )
    return vault, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--families", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="reuse or keep the vault in this folder")
    args = parser.parse_args()
    os.umask(0o077)
    folder = args.keep or Path(tempfile.mkdtemp()) / "vault"
    vault, generation = open_or_make(folder, args.families)
    records = Records(vault.connection)
    total = records.families.count()
    notes = vault.connection.execute("SELECT count(*) FROM interviews").fetchone()[0]
    print(f"vault: {total} families, {notes} interviews, {folder}")
    if generation is not None:
        print(f"demo generation: {generation:.1f} s")
    for column in SORT_COLUMNS:
        for descending in (False, True):
            query = FamilyQuery(sort=column, descending=descending, with_names=column == "name")
            ms = timed(lambda q=query: records.families.list(q))
            print(f"list sorted by {column:<17} {'desc' if descending else 'asc ':<4} {ms:7.1f} ms")
    filters = {
        "status=active_path": FamilyQuery(statuses=frozenset({FamilyStatus.ACTIVE_PATH})),
        "need=debt": FamilyQuery(need_area=NeedArea.DEBT),
        "text=2026-00": FamilyQuery(text="2026-00"),
        "text=name 'Demo'": FamilyQuery(text="Demo", with_names=True),
    }
    for label, query in filters.items():
        ms = timed(lambda q=query: records.families.list(q))
        print(f"list filtered {label:<22} {ms:7.1f} ms")
    for text in QUERIES:
        ms = timed(lambda t=text: records.search.search(t, limit=50))
        hits = len(records.search.search(text, limit=50))
        print(f"search top 50 {text!r:<22} {ms:7.1f} ms ({hits} hits)")
    vault.lock()


if __name__ == "__main__":
    main()
