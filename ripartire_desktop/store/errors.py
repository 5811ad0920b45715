"""Errors of the vault, each with the message a counsellor reads and the CLI's exit code."""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")

# Exit codes promised by the `ripartire` command.
EXIT_OK = 0
EXIT_OTHER = 1
EXIT_USAGE = 2
EXIT_CANNOT_UNLOCK = 3
EXIT_DAMAGED = 4


class VaultError(Exception):
    """Base of every expected vault failure; `str(err)` is a complete sentence for the user."""

    exit_code = EXIT_OTHER


class NoVaultError(VaultError):
    """There is no vault in the data directory yet."""


class VaultExistsError(VaultError):
    """Refused to create or restore over an existing vault."""


class VaultLockedError(VaultError):
    """An operation needs the vault unlocked."""


def while_unlocked(value: T | None) -> T:
    """`value`, which an unlocked vault holds and a locked one has as None (its connection,
    key, records...): a VaultLockedError then."""
    if value is None:
        raise VaultLockedError("The vault is locked.")
    return value


class WrongSecretError(VaultError):
    """The passphrase or recovery key does not open this vault."""

    exit_code = EXIT_CANNOT_UNLOCK


class InvalidRecoveryKeyError(WrongSecretError):
    """The text typed is not a well-formed recovery key (a mistyped character)."""


class UnlockThrottledError(VaultError):
    """Too many wrong attempts: the caller must wait before trying again."""

    exit_code = EXIT_CANNOT_UNLOCK

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(
            f"Too many wrong attempts: wait {seconds:.0f} s before trying again."
            if seconds >= 1
            else "Too many wrong attempts: wait a moment before trying again."
        )


class StorageFullError(VaultError):
    """The disk holding the vault is full: the change was rolled back."""


class ReadOnlyStorageError(VaultError):
    """The vault's folder cannot be written (a read-only disk or missing permissions)."""


class DamagedError(VaultError):
    """A file of the vault (or a backup) is damaged, truncated, foreign or of a newer version."""

    exit_code = EXIT_DAMAGED


class EnvelopeMissingError(DamagedError):
    """The database is there but its key envelope is not."""


class EnvelopeDamagedError(DamagedError):
    """The key envelope cannot be read."""


class DatabaseMissingError(DamagedError):
    """The key envelope is there but the database is not."""


class PlaintextDatabaseError(DamagedError):
    """The database file is an unencrypted SQLite file, not a vault."""


class TruncatedDatabaseError(DamagedError):
    """The database file is shorter than its pages say."""


class ForeignDatabaseError(DamagedError):
    """The database file belongs to another vault."""


class DamagedDatabaseError(DamagedError):
    """The database cannot be decrypted or read with the right key."""


class DamagedWalError(DamagedError):
    """The write-ahead log holds committed changes behind a damaged frame."""


class NewerSchemaError(DamagedError):
    """The vault was written by a newer version of Ripartire."""


class BackupError(DamagedError):
    """A backup file is not a Ripartire backup, or it is damaged."""


class EnvelopeAlteredError(EnvelopeDamagedError):
    """The key envelope fails its authentication: a field was edited (or it was replaced)."""


class AuditLogBrokenError(DamagedError):
    """The audit log was cut, altered or re-chained since the envelope last recorded it."""
