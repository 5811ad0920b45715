"""Is FTS5's prefix index worth its size? The search index's text is rebuilt into plain SQLite
copies with prefix indexes of 2, 3 and 4 characters (the vault's), with none, and with 3 only;
for each: file size, build time, and the speed of short prefixes as a counsellor types them.

Run: .venv/bin/python -m benchmarks.prefix_index [families]   (a cached demo vault, 10,000)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import sqlcipher3

from benchmarks.harness import median, samples_ms
from benchmarks.vaults import PASSPHRASE, cached_vault, copy_vault
from ripartire_desktop.usecases.compose import build_vault

VARIANTS = {"2 3 4 (the vault's)": "prefix = '2 3 4',", "none": "", "3 only": "prefix = '3',"}
PREFIXES = ("la", "lav", "lavo", "cur", "bol", "fam")
RANKED = "SELECT rowid FROM s WHERE s MATCH ? ORDER BY bm25(s), rowid DESC LIMIT 50"
COUNTED = "SELECT count(*) FROM s WHERE s MATCH ?"


def main() -> None:
    families = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        vault = build_vault(copy_vault(cached_vault(families)[0], work / "v"))
        vault.unlock_with_passphrase(PASSPHRASE)
        rows = vault.connection.execute(
            "SELECT rowid, body, kind, family_id, ref_id, day FROM search_index"
        ).fetchall()
        vault.lock()
        print(f"{len(rows)} index rows from {families} families")
        for name, option in VARIANTS.items():
            path = work / f"{name[:4].strip()}.sqlite"
            conn = sqlcipher3.connect(str(path), isolation_level=None)
            conn.execute(
                "CREATE VIRTUAL TABLE s USING fts5 (body, kind UNINDEXED, family_id UNINDEXED, "
                f"ref_id UNINDEXED, day UNINDEXED, {option} "
                "tokenize = 'unicode61 remove_diacritics 2')"
            )
            start = time.perf_counter()
            conn.execute("BEGIN")
            conn.executemany(
                "INSERT INTO s (rowid, body, kind, family_id, ref_id, day) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
            conn.execute("COMMIT")
            conn.execute("INSERT INTO s (s) VALUES ('optimize')")
            built = time.perf_counter() - start
            conn.execute("VACUUM")
            size = path.stat().st_size / 1e6
            speeds = [
                (
                    median(
                        samples_ms(
                            lambda c=conn, p=p: c.execute(COUNTED, (f'"{p}" *',)).fetchall(), 3
                        )
                    ),
                    median(
                        samples_ms(
                            lambda c=conn, p=p: c.execute(RANKED, (f'"{p}" *',)).fetchall(), 3
                        )
                    ),
                )
                for p in PREFIXES
            ]
            conn.close()
            shown = ", ".join(
                f"{p}* {found:.1f}/{top:.0f} ms"
                for p, (found, top) in zip(PREFIXES, speeds, strict=True)
            )
            print(
                f"prefix {name}: {size:.1f} MB, built in {built:.1f} s; "
                f"all matches found / ranked top 50: {shown}"
            )


if __name__ == "__main__":
    main()
