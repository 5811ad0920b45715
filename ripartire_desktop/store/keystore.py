"""Where a remembered data key may live: the OS credential store, or memory in tests.

Any trouble with the credential store (no backend, locked, refused, changed) means "ask for
the passphrase". There is deliberately no file-based fallback.
"""

from __future__ import annotations

import binascii
import logging
from typing import Protocol

log = logging.getLogger(__name__)

SERVICE = "Ripartire Desktop"


class KeyStore(Protocol):
    """A place to remember a vault's data key on this device."""

    def backend_id(self) -> str | None:
        """A stable name of the backend in use, or None when no usable backend exists."""
        ...

    def load(self, vault_id: str) -> bytes | None:
        """The remembered key, or None (nothing stored, locked, unavailable)."""
        ...

    def save(self, vault_id: str, key: bytes) -> bool:
        """Remember `key`; False when the backend refused."""
        ...

    def delete(self, vault_id: str) -> None:
        """Forget the key; never raises."""
        ...


class MemoryKeyStore:
    """A KeyStore that lives as long as the object: for tests and for `--demo`."""

    def __init__(self) -> None:
        self._keys: dict[str, bytes] = {}

    def backend_id(self) -> str | None:
        return "memory"

    def load(self, vault_id: str) -> bytes | None:
        return self._keys.get(vault_id)

    def save(self, vault_id: str, key: bytes) -> bool:
        self._keys[vault_id] = key
        return True

    def delete(self, vault_id: str) -> None:
        self._keys.pop(vault_id, None)


class SystemKeyStore:
    """The OS credential store through `keyring` (Secret Service, Keychain, Credential Locker)."""

    def _backend(self) -> object | None:
        import keyring
        from keyring.backends import fail

        try:
            backend = keyring.get_keyring()
        except Exception:  # a broken keyring configuration is "no backend", not a crash
            log.warning("keyring backend could not be loaded")
            return None
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
            return None
        return backend

    def backend_id(self) -> str | None:
        backend = self._backend()
        if backend is None:
            return None
        cls = type(backend)
        return f"{cls.__module__}.{cls.__qualname__}"

    def load(self, vault_id: str) -> bytes | None:
        backend = self._backend()
        if backend is None:
            return None
        try:
            stored = backend.get_password(SERVICE, vault_id)  # type: ignore[attr-defined]
        except Exception:  # KeyringLocked, InitError, D-Bus errors: all mean "ask"
            log.info("keyring did not answer; asking for the passphrase")
            return None
        if not stored:
            return None
        try:
            key = binascii.unhexlify(stored)
        except (binascii.Error, ValueError):
            return None
        return key if len(key) == 32 else None

    def save(self, vault_id: str, key: bytes) -> bool:
        backend = self._backend()
        if backend is None:
            return False
        try:
            backend.set_password(SERVICE, vault_id, key.hex())  # type: ignore[attr-defined]
        except Exception:
            log.info("keyring refused to store the key")
            return False
        return True

    def delete(self, vault_id: str) -> None:
        backend = self._backend()
        if backend is None:
            return
        try:
            backend.delete_password(SERVICE, vault_id)  # type: ignore[attr-defined]
        except Exception:
            log.info("keyring had nothing to forget or refused")
