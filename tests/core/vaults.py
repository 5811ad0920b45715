"""Small builders for real vaults on disk (fast KDF floor: 64 MiB, one pass)."""

from __future__ import annotations

from pathlib import Path

from ripartire_desktop.store.connection import transaction
from ripartire_desktop.store.keystore import KeyStore, MemoryKeyStore
from ripartire_desktop.store.vault import Vault
from tests.conftest import PASSPHRASE


def new_vault(data_dir: Path, keystore: KeyStore | None = None) -> tuple[Vault, str]:
    """A created and unlocked vault, and its recovery key."""
    vault = Vault(data_dir, keystore=keystore or MemoryKeyStore())
    recovery = vault.create(PASSPHRASE, kdf_seconds=0)
    vault.unlock_with_passphrase(PASSPHRASE)
    return vault, recovery


def put(vault: Vault, key: str, value: str) -> None:
    """Write a row the way any repository would: one committed transaction."""
    with transaction(vault.connection) as conn:
        conn.execute("INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)", (key, value))


def get(vault: Vault, key: str) -> str | None:
    row = vault.connection.execute("SELECT value FROM vault_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])
