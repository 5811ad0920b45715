"""The data key remembered on this computer, in the OS credential store (store/keystore.py).

device.json records which credential-store backend holds it: a changed backend (another
desktop session, a keyring reinstalled) means "ask for the passphrase", never a guess.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ripartire_desktop.store import keys
from ripartire_desktop.store.connection import try_connect
from ripartire_desktop.store.envelope import Envelope
from ripartire_desktop.store.errors import EnvelopeAlteredError
from ripartire_desktop.store.vault_files import ENVELOPE_NAME, read_device, write_device

if TYPE_CHECKING:
    from ripartire_desktop.store.vault import Vault

BACKEND = "remembered_backend"


def remembered_backend(vault: Vault) -> str | None:
    backend = read_device(vault.data_dir).get(BACKEND)
    return backend if isinstance(backend, str) else None


def remembered_key(vault: Vault, envelope: Envelope) -> bytes | None:
    """The remembered key if it authenticates `envelope`; None means "ask for the passphrase"
    (a stale key, rotated elsewhere, is forgotten on the way)."""
    marker = remembered_backend(vault)
    if marker is None or marker != vault.keystore.backend_id():
        return None
    if envelope.pending is not None:
        return None  # an interrupted rotation is finished by a passphrase unlock
    key = vault.keystore.load(envelope.vault_id)
    if key is None or len(key) != keys.DATA_KEY_BYTES:
        return None
    try:
        envelope.check(key, ENVELOPE_NAME)
    except EnvelopeAlteredError:
        # A stale key (rotated elsewhere) fails the MAC like an edit would; the database
        # tells them apart: a key it no longer takes is forgotten, one it takes means
        # the envelope was edited.
        proof = try_connect(vault.db_path, key)
        if proof is None:
            vault.keystore.delete(envelope.vault_id)
            return None
        proof.close()
        raise
    return key


def remember(vault: Vault) -> bool:
    """Store the open vault's data key in the OS credential store; False when no usable
    store exists."""
    backend = vault.keystore.backend_id()
    if backend is None or not vault.keystore.save(vault.envelope.vault_id, vault.data_key):
        return False
    write_device(vault.data_dir, {**read_device(vault.data_dir), BACKEND: backend})
    return True


def forget(vault: Vault) -> None:
    """Remove the remembered key from the credential store (works while locked too)."""
    try:
        vault_id = vault.vault_id
    except Exception:  # a damaged envelope must not stop the user from forgetting
        vault_id = None
    if vault_id is not None:
        vault.keystore.delete(vault_id)
    device = read_device(vault.data_dir)
    if BACKEND in device:
        del device[BACKEND]
        write_device(vault.data_dir, device)
