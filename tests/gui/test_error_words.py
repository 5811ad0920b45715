"""Each kind of damage is named in words, followed by the advice to restore a backup."""

from __future__ import annotations

import pytest

from ripartire_desktop.gui.dialogs.errors import describe_error
from ripartire_desktop.store.errors import (
    DamagedDatabaseError,
    DamagedError,
    DatabaseMissingError,
    EnvelopeDamagedError,
    EnvelopeMissingError,
    ForeignDatabaseError,
    NewerSchemaError,
    PlaintextDatabaseError,
    TruncatedDatabaseError,
)

RESTORE = "Restore the most recent backup"


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (EnvelopeMissingError("x"), "key file is missing"),
        (EnvelopeDamagedError("x"), "key file is damaged"),
        (DatabaseMissingError("x"), "data file is missing"),
        (PlaintextDatabaseError("x"), "does not belong to this vault"),
        (ForeignDatabaseError("x"), "does not belong to this vault"),
        (TruncatedDatabaseError("x"), "truncated (cut short)"),
        (DamagedDatabaseError("x"), "damaged and cannot be read"),
        (DamagedError("x"), "A file of the vault is damaged."),
    ],
)
def test_damage_is_named_then_the_restore_advice(exc: DamagedError, words: str) -> None:
    text = describe_error(exc)
    assert words in text and text.index(words) < text.index(RESTORE)


def test_a_newer_vault_asks_for_an_update_not_a_restore() -> None:
    text = describe_error(NewerSchemaError("x"))
    assert "newer version" in text and RESTORE not in text
