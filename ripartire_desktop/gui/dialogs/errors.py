"""What a counsellor reads when a vault, backup or file operation fails.

The store's messages are complete English sentences for the command line; the GUI shows these
translated ones instead, and adds the store's text only as a technical detail for damage.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from ripartire_desktop.gui.i18n import QT_TRANSLATE_NOOP
from ripartire_desktop.store.errors import (
    BackupError,
    DamagedDatabaseError,
    DamagedError,
    DatabaseMissingError,
    EnvelopeDamagedError,
    EnvelopeMissingError,
    ForeignDatabaseError,
    InvalidRecoveryKeyError,
    NewerSchemaError,
    NoVaultError,
    PlaintextDatabaseError,
    TruncatedDatabaseError,
    UnlockThrottledError,
    VaultError,
    VaultExistsError,
    VaultLockedError,
    WrongSecretError,
)


def _restore_advice() -> str:
    return QCoreApplication.translate(
        "describe_error", "Restore the most recent backup (Settings, Restore…)."
    )


def _damaged(exc: DamagedError) -> str:
    if isinstance(exc, BackupError):
        if isinstance(exc.__cause__, OSError):
            return describe_os_error(exc.__cause__)
        return QCoreApplication.translate(
            "describe_error",
            "This file is not a Ripartire backup, or it is damaged (truncated, altered or made "
            "by a newer version of Ripartire). Nothing was changed: choose another backup.",
        )
    if isinstance(exc, NewerSchemaError):
        return QCoreApplication.translate(
            "describe_error",
            "This vault was written by a newer version of Ripartire: update the app to open it.",
        )
    text = next(
        (words for kinds, words in _DAMAGE if isinstance(exc, kinds)),
        QT_TRANSLATE_NOOP("describe_error", "A file of the vault is damaged."),
    )
    return f"{QCoreApplication.translate('describe_error', text)} {_restore_advice()}"


# What is damaged, most particular first; the restore advice follows each.
_DAMAGE: tuple[tuple[type[Exception] | tuple[type[Exception], ...], str], ...] = (
    (
        EnvelopeMissingError,
        QT_TRANSLATE_NOOP(
            "describe_error", "The vault's key file is missing, so the data cannot be opened."
        ),
    ),
    (
        EnvelopeDamagedError,
        QT_TRANSLATE_NOOP(
            "describe_error", "The vault's key file is damaged, so the data cannot be opened."
        ),
    ),
    (
        DatabaseMissingError,
        QT_TRANSLATE_NOOP("describe_error", "The vault's data file is missing from its folder."),
    ),
    (
        (PlaintextDatabaseError, ForeignDatabaseError),
        QT_TRANSLATE_NOOP(
            "describe_error",
            "The data file in the vault's folder does not belong to this vault (it was replaced "
            "by another file).",
        ),
    ),
    (
        TruncatedDatabaseError,
        QT_TRANSLATE_NOOP("describe_error", "The vault's data file is truncated (cut short)."),
    ),
    (
        DamagedDatabaseError,
        QT_TRANSLATE_NOOP("describe_error", "The vault's data file is damaged and cannot be read."),
    ),
)


def describe_os_error(exc: OSError) -> str:
    """Disk full, read-only stick, missing folder... in words, not errno numbers."""
    translate = QCoreApplication.translate
    by_code = {
        errno.ENOSPC: translate(
            "describe_error",
            "The disk is full: nothing was written. Free some space or use another drive.",
        ),
        errno.EROFS: translate(
            "describe_error",
            "The drive is read-only (a write-protected USB stick?): nothing was written.",
        ),
        errno.EACCES: translate(
            "describe_error",
            "Permission denied: Ripartire may not write or read there. Choose another folder.",
        ),
        errno.ENOENT: translate(
            "describe_error",
            "The file or folder is no longer there (was the USB stick removed?).",
        ),
        errno.EEXIST: translate(
            "describe_error", "A file with that name already exists: nothing was overwritten."
        ),
        errno.EIO: translate(
            "describe_error",
            "The drive reported a read or write error (a failing or removed USB stick?).",
        ),
    }
    aliases = {errno.EDQUOT: errno.ENOSPC, errno.EPERM: errno.EACCES, errno.ENOTDIR: errno.ENOENT}
    code = aliases.get(exc.errno or 0, exc.errno or 0)
    if code in by_code:
        return by_code[code]
    return translate("describe_error", "The file could not be read or written ({0}).").format(
        exc.strerror or type(exc).__name__
    )


def _secret_or_state(exc: VaultError) -> str | None:
    """Messages for a wrong secret and for the vault's state; None for anything else."""
    translate = QCoreApplication.translate
    if isinstance(exc, UnlockThrottledError):
        return translate(
            "describe_error", "Too many wrong attempts: try again in {0} seconds."
        ).format(max(1, round(exc.seconds)))
    table: list[tuple[type[VaultError], str]] = [
        (
            InvalidRecoveryKeyError,
            translate(
                "describe_error",
                "That is not a valid recovery key: check each group of four characters "
                "against the recovery sheet.",
            ),
        ),
        (
            WrongSecretError,
            translate(
                "describe_error",
                "Wrong passphrase or recovery key: nothing was changed. Check the keyboard "
                "layout and Caps Lock.",
            ),
        ),
        (
            VaultExistsError,
            translate(
                "describe_error", "A vault already exists in that folder: nothing was changed."
            ),
        ),
        (
            VaultLockedError,
            translate("describe_error", "The vault is locked: unlock it and try again."),
        ),
        (NoVaultError, translate("describe_error", "There is no vault in that folder yet.")),
    ]
    return next((text for kind, text in table if isinstance(exc, kind)), None)


def describe_error(exc: BaseException) -> str:
    """One or two clear sentences for any failure of a vault, backup or file operation."""
    if isinstance(exc, DamagedError):
        return _damaged(exc)
    if isinstance(exc, VaultError):
        # The store's remaining messages are already complete sentences.
        return _secret_or_state(exc) or str(exc)
    if isinstance(exc, OSError):
        return describe_os_error(exc)
    return QCoreApplication.translate(
        "describe_error", "Unexpected error ({0}): nothing more is known. Please report it."
    ).format(type(exc).__name__)
