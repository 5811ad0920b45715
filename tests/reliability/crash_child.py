"""A child process for the crash tests: works on a vault until it is killed with SIGKILL.

Usage: crash_child.py MODE DATA_DIR PASSPHRASE KILL_POINT [EXTRA...]

It prints "ready", then one line per step: "ack ..." once a step is acknowledged (committed,
or for files: fsynced and renamed), so the parent knows exactly what must survive the kill,
and "sql N" as each SQL statement of the vault's connections starts, so a kill point can fall
inside a transaction. With a frozen KILL_POINT (progress.KillPoint) it blocks there until the
parent's SIGKILL. Modes:

- writes:  raw committed inserts;
- records: families and interviews through the repositories (what the app does);
- rotate:  a write, then a full key rotation ("rekeyed" between its two halves), in a loop;
- migrate: unlock an older-schema vault (backup before migration, then the migrations);
- backup:  backups in a loop, each acknowledged once `write_backup` returns;
- restore: one `restore --force` of a backup over the vault, announcing each step.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from ripartire_desktop.store import vault as vault_module
from ripartire_desktop.store.connection import Connection, transaction
from ripartire_desktop.store.vault import Vault
from ripartire_desktop.usecases.compose import build_vault
from tests.reliability.progress import KillPoint, Reporter

REPORT = Reporter(None)


def say(line: str) -> None:
    REPORT.say(line)


def _trace_every_vault_connection() -> None:
    """Announce each statement on every connection the vault opens (rotation reopens)."""
    opened = vault_module.try_connect
    statements = 0

    def traced(path: Path, key: bytes) -> Connection | None:
        conn = opened(path, key)
        if conn is not None:

            def each(_sql: str) -> None:
                nonlocal statements
                statements += 1
                say(f"sql {statements}")  # no SQL text: it may hold newlines

            conn.set_trace_callback(each)
        return conn

    vault_module.try_connect = traced


def _records_loop(vault: Vault, step: int) -> None:
    from ripartire_desktop.domain import Interview, InterviewMode
    from ripartire_desktop.store.records import Records

    records = Records(vault.connection)
    while True:
        step += 1
        with records.transaction():
            family = records.families.create(on=date(2026, 3, 2), counsellor=f"op{step}")
            assert family.id is not None
            records.interviews.add(
                Interview(
                    family_id=family.id,
                    starts_at=datetime(2026, 3, 3, 10, 0),
                    duration_minutes=30,
                    mode=InterviewMode.DESK,
                    notes=f"nota{step} " + "colloquio lungo " * 40,
                )
            )
        say(f"ack {family.code}")


def _backup_loop(vault: Vault, number: int, folder: Path) -> None:
    from ripartire_desktop.store.backup import write_backup

    while True:
        number += 1
        target = folder / f"b{number}.ripbak"
        write_backup(vault, target)
        say(f"ack {target.name}")


def _writes_loop(vault: Vault, step: int, passphrase: str, *, rotate: bool) -> None:
    while True:
        step += 1
        with transaction(vault.connection) as conn:
            conn.execute(
                "INSERT INTO vault_meta (key, value) VALUES (?, ?)",
                (f"w{step}", "nota di colloquio " * 50),
            )
        say(f"ack w{step}")
        if rotate:
            vault.rotate_key(passphrase, after_rekey=lambda: say("rekeyed"))
            say("rotated")


def main() -> None:
    mode, data_dir, passphrase = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    point = KillPoint.parse(sys.argv[4]) if sys.argv[4] != "-" else None
    extra = sys.argv[5:]
    REPORT.point = point
    if mode == "restore":
        _restore(data_dir, passphrase, Path(extra[0]))
        return
    _trace_every_vault_connection()
    vault = build_vault(data_dir)
    if mode == "migrate":
        keys = vault.keys_from_passphrase(passphrase)  # the slow KDF comes first
        say("ready")
        vault.open_with(keys, method="passphrase")  # migrates: the kill lands in here
        say("migrated")
        vault.lock()
        return
    vault.unlock_with_passphrase(passphrase)
    say("ready")
    if mode == "records":
        _records_loop(vault, int(extra[0]))
    elif mode == "backup":
        _backup_loop(vault, int(extra[0]), Path(extra[1]))
    else:
        _writes_loop(vault, int(extra[0]), passphrase, rotate=mode == "rotate")


def _restore(data_dir: Path, passphrase: str, backup_path: Path) -> None:
    """Restore over the vault, announcing each step between two of its file operations."""
    from ripartire_desktop.store import backup as backups

    backup = backups.inspect_backup(backup_path)
    key = backups.backup_key_from_passphrase(backup, passphrase)
    say("ready")
    backups.restore_backup(build_vault(data_dir), backup, key, force=True, step=say)
    say("restored")


if __name__ == "__main__":
    main()
