"""Qt-free helpers of the Settings view: the language mirror in device.json, backup names."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ripartire_desktop.store.vault_files import read_device, write_device

BACKUP_SUFFIX = ".ripbak"


def mirror_language(data_dir: Path, language: str) -> None:
    """Keep the interface language in device.json (outside the vault, so the unlock window
    of the next start already speaks it), keeping the file's other keys."""
    data = read_device(data_dir)
    if data.get("language", "") == language:
        return
    if language:
        data["language"] = language
    else:
        data.pop("language", None)
    write_device(data_dir, data)


def default_backup_name(folder: Path, now: datetime | None = None) -> str:
    """ripartire-backup-YYYYMMDD-HHMM.ripbak, with -2, -3... if that name is taken."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M")
    name = f"ripartire-backup-{stamp}{BACKUP_SUFFIX}"
    counter = 2
    while (folder / name).exists():
        name = f"ripartire-backup-{stamp}-{counter}{BACKUP_SUFFIX}"
        counter += 1
    return name


def backup_target(chosen: Path) -> Path:
    """The file to write for what the user chose: a folder gets the default name inside it."""
    if chosen.is_dir():
        return chosen / default_backup_name(chosen)
    if chosen.suffix.lower() != BACKUP_SUFFIX:
        return chosen.with_name(chosen.name + BACKUP_SUFFIX)
    return chosen
