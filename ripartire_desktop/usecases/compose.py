"""The composition root of the vault: the one place a `Vault` is built.

The window (app.py), the command line (commands/), the self-test, the screenshots, the worker
threads' private openings and the test suite all build their vault here, so a vault is always
made the same way from a folder and a key store. `kdf_policy` and `clock` are for the test
suite only (keys.TEST_POLICY, a fake clock); the application always runs the production policy.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ripartire_desktop import paths
from ripartire_desktop.store import keys
from ripartire_desktop.store.keystore import KeyStore, MemoryKeyStore
from ripartire_desktop.store.vault import Vault

# Shown on the unlock screen on purpose: the demo vault holds only fictional data.
DEMO_PASSPHRASE = "prova-ripartire-demo"  # noqa: S105
DEMO_FAMILIES = 60
DEMO_INTERVIEWS = 8
DEMO_MARK = "D"


def build_vault(
    data_dir: Path,
    *,
    keystore: KeyStore | None = None,
    kdf_policy: keys.KdfPolicy = keys.PRODUCTION_POLICY,
    clock: Callable[[], float] = time.time,
) -> Vault:
    """The (locked) vault in `data_dir`. Without a key store nothing is remembered beyond the
    object's life (the application passes the system's credential store). `clock` is the
    unlock throttle's, which tests replace."""
    return Vault(
        data_dir,
        keystore=keystore if keystore is not None else MemoryKeyStore(),
        kdf_policy=kdf_policy,
        clock=clock,
    )


def sibling_vault(vault: Vault) -> Vault:
    """A second `Vault` object on the same folder, key store and policy: a worker thread opens
    it privately (a SQLCipher connection stays in the thread that opened it)."""
    return build_vault(vault.data_dir, keystore=vault.keystore, kdf_policy=vault.kdf_policy)


def build_demo_vault(*, families: int = DEMO_FAMILIES, seed: int = 2026) -> Vault:
    """A throwaway vault full of fictional families, deleted when the process ends."""
    from ripartire_desktop.store.demo import generate_demo

    folder = Path(tempfile.mkdtemp(prefix="ripartire-demo-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    vault = build_vault(paths.ensure_private_dir(folder / "vault"))
    # The demo vault's codes carry a mark, as a team member's vault's do (RIP-2026-D017).
    vault.create(DEMO_PASSPHRASE, kdf_seconds=0, mark=DEMO_MARK)
    vault.unlock_with_passphrase(DEMO_PASSPHRASE)
    try:
        generate_demo(
            vault.connection,
            families=families,
            interviews_per_family=DEMO_INTERVIEWS,
            seed=seed,
            today=date.today(),
        )
    finally:
        vault.lock()
    return vault
