"""Composition root: builds the services once and hands them to whoever needs them."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from ripartire_desktop.store.keystore import KeyStore, SystemKeyStore
from ripartire_desktop.store.vault import Vault


@dataclass(frozen=True, slots=True)
class Services:
    vault: Vault


def build_services(data_dir: Path, *, keystore: KeyStore | None = None) -> Services:
    return Services(vault=Vault(data_dir, keystore=keystore or SystemKeyStore()))


def run_gui(*, data_dir: Path) -> int:
    """Start the desktop app on the vault in `data_dir`."""
    build_services(data_dir)
    print(
        "This version of Ripartire Desktop has no window yet: the vault is managed with the "
        "headless commands (ripartire --help).",
        file=sys.stderr,
    )
    return 1
