"""Runs inside `dbus-run-session` with an unlocked gnome-keyring-daemon: remembers a vault's
key in the real Secret Service, unlocks from it, forgets it. Prints one line per step."""

from __future__ import annotations

import sys
from pathlib import Path

import keyring

from ripartire_desktop.store.keys import TEST_POLICY
from ripartire_desktop.store.keystore import SystemKeyStore
from ripartire_desktop.usecases.compose import build_vault


def main() -> None:
    data_dir, passphrase = Path(sys.argv[1]), sys.argv[2]
    print("backend", type(keyring.get_keyring()).__module__, flush=True)
    vault = build_vault(data_dir, keystore=SystemKeyStore(), kdf_policy=TEST_POLICY)
    vault.create(passphrase, kdf_seconds=0)
    vault.unlock_with_passphrase(passphrase)
    key = vault.data_key
    print("remembered", vault.remember(), flush=True)
    vault.lock()
    again = build_vault(data_dir, keystore=SystemKeyStore())
    print("unlocked-from-keyring", again.unlock_with_remembered(), flush=True)
    print("same-key", again.data_key == key, flush=True)
    again.forget()
    again.lock()
    print("after-forget", build_vault(data_dir, keystore=SystemKeyStore()).unlock_with_remembered())
    print("key-hex", key.hex(), flush=True)


if __name__ == "__main__":
    main()
