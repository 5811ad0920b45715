"""Small builders for real vaults on disk (keys.TEST_POLICY: 64 MiB, one pass, one lane).

`new_vault` copies a template vault instead of creating one: `Vault.create` and the unlock cost
two Argon2id derivations and the migrations (~0.35 s), a copy and a raw-key open a few ms. Each
test process keeps a few templates, made by the real `Vault.create` on first use; the n-th vault
of a test is a copy of the n-th template, so two vaults in one test are still two different
vaults (own id, data key, recovery key), as merging and hand-over tests need. The tests of
creation and unlocking themselves (test_vault.py and others) call `Vault.create` directly.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ripartire_desktop.store import keys as keys_module
from ripartire_desktop.store.connection import transaction
from ripartire_desktop.store.keystore import KeyStore, MemoryKeyStore
from ripartire_desktop.store.vault import Vault
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE


@dataclass(frozen=True)
class _Template:
    folder: Path
    recovery: str
    keys: tuple[bytes, ...]


_templates: list[_Template] = []
_made_in_this_test = 0
_root: Path | None = None


def start_test() -> None:
    """Called before each test (tests/conftest.py): its first vault is template 0 again."""
    global _made_in_this_test  # noqa: PLW0603
    _made_in_this_test = 0


def _template(index: int) -> _Template:
    global _root  # noqa: PLW0603
    if _root is None:
        _root = Path(tempfile.mkdtemp(prefix="ripartire-templates-"))
        atexit.register(shutil.rmtree, _root, ignore_errors=True)
    while len(_templates) <= index:
        folder = _root / f"vault-{len(_templates)}"
        vault = build_vault(folder, keystore=MemoryKeyStore(), kdf_policy=keys_module.TEST_POLICY)
        recovery = vault.create(PASSPHRASE, kdf_seconds=0)
        # Derived without opening, so the template's audit log holds only its creation.
        keys = tuple(vault.keys_from_passphrase(PASSPHRASE))
        _templates.append(_Template(folder, recovery, keys))
    return _templates[index]


def new_vault(data_dir: Path, keystore: KeyStore | None = None) -> tuple[Vault, str]:
    """A created and unlocked vault, and its recovery key."""
    global _made_in_this_test  # noqa: PLW0603
    template = _template(_made_in_this_test)
    _made_in_this_test += 1
    shutil.copytree(template.folder, data_dir, dirs_exist_ok=True)
    vault = build_vault(data_dir, keystore=keystore or MemoryKeyStore())
    vault.open_with(list(template.keys), method="passphrase")
    return vault, template.recovery


def put(vault: Vault, key: str, value: str) -> None:
    """Write a row the way any repository would: one committed transaction."""
    with transaction(vault.connection) as conn:
        conn.execute("INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)", (key, value))


def get(vault: Vault, key: str) -> str | None:
    row = vault.connection.execute("SELECT value FROM vault_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])
