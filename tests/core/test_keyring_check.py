"""Telling a GNOME login keyring stored in clear (empty password) from an encrypted one."""

from __future__ import annotations

from pathlib import Path

from ripartire_desktop.store.keyring_check import ENCRYPTED_MAGIC, plaintext_keyring

SECRET_SERVICE = "keyring.backends.SecretService.Keyring"


def test_an_empty_password_login_keyring_is_reported(tmp_path: Path) -> None:
    (tmp_path / "login.keyring").write_bytes(b"[keyring]\ndisplay-name=Login\n")
    assert plaintext_keyring(SECRET_SERVICE, tmp_path) == tmp_path / "login.keyring"


def test_the_default_collection_is_the_one_checked(tmp_path: Path) -> None:
    (tmp_path / "default").write_text("ufficio\n")
    (tmp_path / "login.keyring").write_bytes(b"[keyring]\n")
    (tmp_path / "ufficio.keyring").write_bytes(ENCRYPTED_MAGIC + b"\x00" * 32)
    assert plaintext_keyring(SECRET_SERVICE, tmp_path) is None
    (tmp_path / "ufficio.keyring").write_bytes(b"[keyring]\n")
    assert plaintext_keyring(SECRET_SERVICE, tmp_path) == tmp_path / "ufficio.keyring"


def test_encrypted_missing_or_other_backends_are_not_reported(tmp_path: Path) -> None:
    assert plaintext_keyring(SECRET_SERVICE, tmp_path) is None  # no file
    (tmp_path / "login.keyring").write_bytes(ENCRYPTED_MAGIC + b"\x00" * 32)
    assert plaintext_keyring(SECRET_SERVICE, tmp_path) is None
    (tmp_path / "login.keyring").write_bytes(b"[keyring]\n")
    assert plaintext_keyring("keyring.backends.kwallet.DBusKeyring", tmp_path) is None
    assert plaintext_keyring(None, tmp_path) is None
