"""Is the login keyring that would hold a remembered key stored in clear?

GNOME Keyring saves a keyring whose password is empty in its plain text format (an .ini file
beginning "[keyring]", secrets included) instead of the encrypted one (beginning with the
"GnomeKeyring" magic). A remembered data key there is readable by anyone who can read the
account's files. Only this case can be told reliably from outside, so only it is reported;
other stores (KWallet, Keychain, Credential Locker) are described in SECURITY.md instead.
"""

from __future__ import annotations

import os
from pathlib import Path

ENCRYPTED_MAGIC = b"GnomeKeyring\n\r\x00\n"
PLAINTEXT_START = b"[keyring]"


def _keyrings_dir() -> Path:
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "keyrings"


def default_keyring_file(folder: Path | None = None) -> Path:
    """The file of the default collection (where `keyring` stores): named in `default`."""
    folder = folder or _keyrings_dir()
    try:
        name = (folder / "default").read_text(encoding="utf-8").strip() or "login"
    except (OSError, UnicodeDecodeError):
        name = "login"
    return folder / f"{Path(name).name}.keyring"


def plaintext_keyring(backend_id: str | None, folder: Path | None = None) -> Path | None:
    """The keyring file that would hold the key in clear, or None (encrypted, or not known)."""
    if backend_id is None or "SecretService" not in backend_id:
        return None
    path = default_keyring_file(folder)
    try:
        with path.open("rb") as handle:
            start = handle.read(len(ENCRYPTED_MAGIC))
    except OSError:
        return None
    return path if start.startswith(PLAINTEXT_START) else None
