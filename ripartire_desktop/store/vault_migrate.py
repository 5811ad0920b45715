"""Migrations of an opened vault, each preceded by a backup of the vault as it was."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ripartire_desktop import paths
from ripartire_desktop.store import migrations
from ripartire_desktop.store.vault_files import BACKUP_DIR

if TYPE_CHECKING:
    from ripartire_desktop.store.vault import Vault


def migrate_with_backup(vault: Vault) -> None:
    """Bring the open vault's schema up to this release, backing it up before each step."""
    migrations.migrate(vault.connection, before=lambda old, new: backup_before(vault, old, new))


def backup_before(vault: Vault, old: int, new: int) -> None:
    """A backup in the vault's own backups/ folder before migrating from `old` to `new`
    (the older ones pruned: store/erasure_list.prune_migration_backups)."""
    from ripartire_desktop.store.backup import write_backup
    from ripartire_desktop.store.erasure_list import prune_migration_backups

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = paths.ensure_private_dir(vault.data_dir / BACKUP_DIR)
    write_backup(vault, folder / f"before-migration-v{old}-to-v{new}-{stamp}.ripbak")
    prune_migration_backups(folder)
