"""What SQLCipher's `cipher_memory_security` costs: the same work with it on and off, each in
a process of its own (the setting is process-wide and, once on, cannot be switched off).

`python -m benchmarks.memory_security on|off VAULT_FOLDER PASSPHRASE` prints one JSON line:
open by raw key, the worst list sort or filter, the median search, demo generation of 1,000
families into a fresh vault.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import sqlcipher3

from benchmarks.harness import median, samples_ms
from benchmarks.search_list import LIST_QUERIES, WORDS
from ripartire_desktop.store.connection import connect
from ripartire_desktop.store.demo import generate_demo
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases.compose import build_vault

DEMO_FAMILIES = 1000


def switch_on() -> None:
    """Memory security on for the whole process, as the app had it before issue 18."""
    conn = sqlcipher3.connect(":memory:")
    conn.execute("PRAGMA cipher_memory_security = ON")
    conn.close()


def probe(folder: Path, passphrase: str) -> dict[str, float]:
    vault = build_vault(folder)
    vault.unlock_with_passphrase(passphrase)
    key, path = vault.data_key, vault.db_path
    figures = {
        "memory_security": float(
            vault.connection.execute("PRAGMA cipher_memory_security").fetchone()[0]
        ),
        "open_ms": min(samples_ms(lambda: connect(path, key).close(), 20)),
    }
    records = Records(vault.connection)
    figures["list_worst_ms"] = max(
        min(samples_ms(lambda q=query: records.families.list(q), 5)) for _, query in LIST_QUERIES
    )
    figures["search_median_ms"] = median(
        [min(samples_ms(lambda w=word: records.search.ranked(w), 3)) for word in WORDS]
    )
    vault.lock()
    with tempfile.TemporaryDirectory() as tmp:
        fresh = build_vault(Path(tmp) / "demo")
        fresh.create(passphrase, kdf_seconds=0)
        fresh.unlock_with_passphrase(passphrase)
        start = time.perf_counter()
        generate_demo(
            fresh.connection,
            families=DEMO_FAMILIES,
            interviews_per_family=25,
            seed=11,
            today=date.today(),
        )
        figures["demo_s"] = time.perf_counter() - start
        fresh.lock()
    return figures


def main() -> None:
    mode, folder, passphrase = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    if mode == "on":
        switch_on()
    print(json.dumps(probe(folder, passphrase)))


if __name__ == "__main__":
    main()
