"""Composition root: builds the services once and hands them to the GUI or the commands."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from datetime import date
from pathlib import Path

from ripartire_desktop import paths
from ripartire_desktop.store.keystore import KeyStore, MemoryKeyStore, SystemKeyStore
from ripartire_desktop.store.vault import Vault

# Shown on the unlock screen on purpose: the demo vault holds only fictional data.
DEMO_PASSPHRASE = "prova-ripartire-demo"  # noqa: S105
DEMO_FAMILIES = 60
DEMO_INTERVIEWS = 8


def make_vault(data_dir: Path, *, keystore: KeyStore | None = None) -> Vault:
    return Vault(data_dir, keystore=keystore if keystore is not None else SystemKeyStore())


def make_demo_vault(*, families: int = DEMO_FAMILIES, seed: int = 2026) -> Vault:
    """A throwaway vault full of fictional families, deleted when the process ends."""
    from ripartire_desktop.store.demo import generate_demo

    folder = Path(tempfile.mkdtemp(prefix="ripartire-demo-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    vault = Vault(paths.ensure_private_dir(folder / "vault"), keystore=MemoryKeyStore())
    vault.create(DEMO_PASSPHRASE, kdf_seconds=0)
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


def run_gui(*, data_dir: Path, demo: bool = False) -> int:
    """Start the desktop app on the vault in `data_dir` (or on a demo vault)."""
    from ripartire_desktop.gui.application import run

    if demo:
        return run(vault=make_demo_vault(), demo_passphrase=DEMO_PASSPHRASE)
    return run(vault=make_vault(data_dir))


def run_screenshots(out: Path, *, scale: float = 1.0, language: str = "it") -> int:
    """Render every main view of a demo vault to PNG files in `out` (no screen needed)."""
    from ripartire_desktop.gui.screenshots import main

    return main(
        out,
        vault=make_demo_vault(),
        demo_passphrase=DEMO_PASSPHRASE,
        scale=scale,
        language=language,
    )
