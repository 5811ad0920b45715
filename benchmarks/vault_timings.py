"""Vault timings: unlock by passphrase (calibrated Argon2id) and by raw key, and backup/restore
of a vault of a given size. Run: .venv/bin/python -m benchmarks.vault_timings [--mb 50]"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from ripartire_desktop.store.backup import (
    backup_key_from_passphrase,
    inspect_backup,
    restore_backup,
    write_backup,
)
from ripartire_desktop.store.connection import connect, transaction
from ripartire_desktop.usecases.compose import build_vault

PASSPHRASE = "benchmark passphrase"


def median_of(runs: int, action) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=50)
    args = parser.parse_args()
    os.umask(0o077)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        vault = build_vault(root / "vault")
        vault.create(PASSPHRASE)  # calibrated, as a counsellor's machine would do it
        vault.unlock_with_passphrase(PASSPHRASE)
        params = vault.envelope.kdf
        blob = "nota di colloquio riservata " * 37  # ~1 KB of text per row
        rows = int(args.mb * 1e6 / 1390)  # measured: ~1.39 KB of database per row
        with transaction(vault.connection) as conn:
            conn.executemany(
                "INSERT INTO vault_meta (key, value) VALUES (?, ?)",
                ((f"r{i}", blob) for i in range(rows)),
            )
        vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        key = vault.data_key
        size_mb = vault.db_path.stat().st_size / 1e6
        vault.lock()

        by_pass = median_of(5, lambda: (vault.unlock_with_passphrase(PASSPHRASE), vault.lock()))
        raw = median_of(20, lambda: connect(vault.db_path, key).close())
        vault.unlock_with_passphrase(PASSPHRASE)
        out = root / "b.ripbak"
        start = time.perf_counter()
        write_backup(vault, out)
        backup_s = time.perf_counter() - start
        vault.lock()
        start = time.perf_counter()
        backup = inspect_backup(out)
        bkey = backup_key_from_passphrase(backup, PASSPHRASE)
        restore_backup(build_vault(root / "restored"), backup, bkey)
        restore_s = time.perf_counter() - start

        print(f"Argon2id: {params.iterations} passes, {params.memory_kib // 1024} MiB")
        print(f"unlock by passphrase (median of 5): {by_pass * 1000:.0f} ms")
        print(f"open by raw key (median of 20):     {raw * 1000:.2f} ms")
        print(f"vault size: {size_mb:.1f} MB")
        print(f"backup:  {backup_s:.2f} s ({out.stat().st_size / 1e6:.1f} MB file)")
        print(f"restore (incl. passphrase and full check): {restore_s:.2f} s")


if __name__ == "__main__":
    main()
