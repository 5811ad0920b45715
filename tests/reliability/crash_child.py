"""A child process for the crash tests: works on a vault until it is killed with SIGKILL.

It prints one line per acknowledged (committed, or for files: fsynced and renamed) step, so the
parent knows exactly what must survive the kill. Modes:

- writes:  raw committed inserts;
- records: families and interviews through the repositories (what the app does);
- rotate:  a write, then a full key rotation, in a loop;
- migrate: unlock an older-schema vault (backup before migration, then the migrations);
- backup:  backups in a loop, each acknowledged once `write_backup` returns;
- restore: one `restore --force` of a backup over the vault, announcing each step.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from ripartire_desktop.store.connection import transaction
from ripartire_desktop.store.vault import Vault


def say(line: str) -> None:
    print(line, flush=True)


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
        say(f"f{family.code}")


def main() -> None:
    mode, data_dir, passphrase = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    extra = sys.argv[4] if len(sys.argv) > 4 else "0"
    if mode == "restore":
        _restore(data_dir, passphrase, Path(extra), sys.argv[5] if len(sys.argv) > 5 else "")
        return
    vault = Vault(data_dir)
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
        _records_loop(vault, int(extra))
    if mode == "backup":
        from ripartire_desktop.store.backup import write_backup

        folder = Path(sys.argv[5])
        number = int(extra)
        while True:
            number += 1
            target = folder / f"b{number}.ripbak"
            write_backup(vault, target)
            say(f"b{target.name}")
    step = int(extra)
    while True:
        step += 1
        with transaction(vault.connection) as conn:
            conn.execute(
                "INSERT INTO vault_meta (key, value) VALUES (?, ?)",
                (f"w{step}", "nota di colloquio " * 50),
            )
        say(f"w{step}")
        if mode == "rotate":
            vault.rotate_key(passphrase)
            say("rotated")


def _restore(data_dir: Path, passphrase: str, backup_path: Path, stop_at: str) -> None:
    """Restore over the vault; with `stop_at`, freeze at that step so the kill lands exactly
    between two of its file operations."""
    import time

    from ripartire_desktop.store import backup as backups

    def step(name: str) -> None:
        say(name)
        if name == stop_at:
            time.sleep(120)

    backup = backups.inspect_backup(backup_path)
    key = backups.backup_key_from_passphrase(backup, passphrase)
    say("ready")
    backups.restore_backup(data_dir, backup, key, force=True, step=step)
    say("restored")


if __name__ == "__main__":
    main()
