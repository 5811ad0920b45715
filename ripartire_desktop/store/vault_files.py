"""The files that make up a vault, and finishing work a killed process left in its folder.

Names of the files, the work files of a backup or restore (named after the writer's process
id), the completion of a restore killed half-way, and device.json: facts about this computer
(the remembered key's backend, the interface language), never secrets nor names.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
from pathlib import Path

from ripartire_desktop.store.fileio import atomic_write, fsync_dir

DB_NAME = "vault.db"
ENVELOPE_NAME = "vault-key.json"
DEVICE_NAME = "device.json"
THROTTLE_NAME = "unlock-throttle.json"
BACKUP_DIR = "backups"
# Work files of a backup or restore in the data dir; their names carry the writer's process id.
WORK_PREFIXES = (".backup-", ".restore-")


def work_name(prefix: str) -> str:
    """A name for a backup's staging file or a restore's work folder in the data dir."""
    return f"{prefix}{os.getpid()}-{secrets.token_hex(6)}"


def _writer_may_be_running(name: str) -> bool:
    """True unless the process that made this work file is known to be gone."""
    try:
        pid = int(name.split("-")[1])
    except (IndexError, ValueError):
        return False  # a name from before process ids were recorded
    if pid == os.getpid() or os.name != "posix":
        return True  # our own worker thread; elsewhere no safe liveness probe
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def finish_interrupted_work(data_dir: Path) -> None:
    """Tidy up after a process killed during a backup or a restore.

    A restore killed after its backup was checked (its work folder holds the envelope)
    but before both files were in place is completed: otherwise the folder would look
    empty, or lack its envelope, with the old vault already moved aside. A restore
    killed earlier left the vault untouched; its work folder and the staging copies of
    killed backups (encrypted, but holding records the user may since have erased) are
    removed.
    """
    try:
        leftovers = sorted(
            entry
            for entry in data_dir.iterdir()
            if entry.name.startswith(WORK_PREFIXES) and not _writer_may_be_running(entry.name)
        )
    except OSError:
        return
    for entry in leftovers:
        with contextlib.suppress(OSError):
            if entry.is_dir():
                _finish_restore(data_dir, entry)
            else:
                entry.unlink()


def _finish_restore(data_dir: Path, work: Path) -> None:
    checked_envelope = work / ENVELOPE_NAME
    envelope_path = data_dir / ENVELOPE_NAME
    if checked_envelope.exists() and not envelope_path.exists():
        checked_db = work / DB_NAME
        if checked_db.exists():
            for extra in (f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
                with contextlib.suppress(OSError):
                    (data_dir / extra).unlink()
            os.replace(checked_db, data_dir / DB_NAME)
        os.replace(checked_envelope, envelope_path)
        fsync_dir(data_dir)
    shutil.rmtree(work, ignore_errors=True)


def read_device(data_dir: Path) -> dict[str, object]:
    """device.json, or {} when it is missing or unreadable."""
    try:
        data = json.loads((data_dir / DEVICE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_device(data_dir: Path, data: dict[str, object]) -> None:
    atomic_write(data_dir / DEVICE_NAME, json.dumps(data, sort_keys=True).encode("utf-8"))
