"""Remember-on-this-device over the real `keyring` API: any trouble means "ask for the
passphrase", and the key never lands in a file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked, PasswordSetError

from ripartire_desktop.store.keystore import SystemKeyStore
from ripartire_desktop.usecases.compose import build_vault
from tests.core.vaults import new_vault


class DictKeyring(KeyringBackend):
    """A working keyring backend kept in memory (keyring's own plugin interface)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


class LockedKeyring(DictKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the login keyring is locked")


class ReadOnlyKeyring(DictKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("refused")


@pytest.fixture
def backend() -> Iterator[DictKeyring]:
    previous = keyring.get_keyring()
    chosen = DictKeyring()
    keyring.set_keyring(chosen)
    try:
        yield chosen
    finally:
        keyring.set_keyring(previous)


def test_remember_and_unlock_through_keyring(backend: DictKeyring, data_dir: Path) -> None:
    vault, _ = new_vault(data_dir, SystemKeyStore())
    assert vault.remember()
    assert len(backend.items) == 1
    vault.lock()
    again = build_vault(data_dir, keystore=SystemKeyStore())
    assert again.unlock_with_remembered()
    again.forget()
    assert backend.items == {}
    again.lock()
    assert not build_vault(data_dir, keystore=SystemKeyStore()).unlock_with_remembered()


def test_no_backend_means_passphrase(data_dir: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        vault, _ = new_vault(data_dir, SystemKeyStore())
        assert SystemKeyStore().backend_id() is None
        assert not vault.remember()
        assert not (data_dir / "device.json").exists()
        vault.lock()
        assert not build_vault(data_dir, keystore=SystemKeyStore()).unlock_with_remembered()
    finally:
        keyring.set_keyring(previous)


def test_locked_keyring_means_passphrase(backend: DictKeyring, data_dir: Path) -> None:
    vault, _ = new_vault(data_dir, SystemKeyStore())
    assert vault.remember()
    vault.lock()
    keyring.set_keyring(LockedKeyring())
    assert not build_vault(data_dir, keystore=SystemKeyStore()).unlock_with_remembered()


def test_keyring_refusing_to_store_means_passphrase(data_dir: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(ReadOnlyKeyring())
    try:
        vault, _ = new_vault(data_dir, SystemKeyStore())
        assert not vault.remember()
        assert not vault.is_remembered()
    finally:
        keyring.set_keyring(previous)


def test_changed_backend_means_passphrase(backend: DictKeyring, data_dir: Path) -> None:
    vault, _ = new_vault(data_dir, SystemKeyStore())
    assert vault.remember()
    vault.lock()

    class OtherKeyring(DictKeyring):
        pass

    other = OtherKeyring()
    other.items = dict(backend.items)  # even holding the same secret, a new backend is not trusted
    keyring.set_keyring(other)
    assert not build_vault(data_dir, keystore=SystemKeyStore()).unlock_with_remembered()


def test_stale_remembered_key_after_rotation_elsewhere(
    backend: DictKeyring, data_dir: Path
) -> None:
    from tests.conftest import PASSPHRASE

    vault, _ = new_vault(data_dir, SystemKeyStore())
    assert vault.remember()
    stale = dict(backend.items)
    vault.rotate_key(PASSPHRASE)
    vault.lock()
    backend.items = stale  # e.g. a keyring restored from an old profile
    again = build_vault(data_dir, keystore=SystemKeyStore())
    assert not again.unlock_with_remembered()
    assert backend.items == {}  # the stale key is forgotten
