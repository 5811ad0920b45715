"""The recovery key is readable on paper and forgiving of how it is typed, but not of typos."""

from __future__ import annotations

import re

import pytest

from ripartire_desktop.store import keys
from ripartire_desktop.store.errors import InvalidRecoveryKeyError


def test_shape_is_nine_groups_of_four() -> None:
    text = keys.new_recovery_key()
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}", text)


def test_keys_are_unique() -> None:
    assert len({keys.new_recovery_key() for _ in range(200)}) == 200


def test_round_trip_with_spaces_case_and_lookalikes() -> None:
    text = keys.new_recovery_key()
    secret = keys.parse_recovery_key(text)
    loose = text.lower().replace("-", "  ").replace("1", "l").replace("0", "O")
    assert keys.parse_recovery_key(loose) == secret


@pytest.mark.parametrize("position", [0, 10, 20, 31, 34])
def test_a_single_mistyped_character_is_caught(position: int) -> None:
    text = keys.new_recovery_key().replace("-", "")
    wrong = "Z" if text[position] != "Z" else "Y"
    typo = text[:position] + wrong + text[position + 1 :]
    with pytest.raises(InvalidRecoveryKeyError, match="mistyped"):
        keys.parse_recovery_key(typo)


@pytest.mark.parametrize("text", ["", "abc", "Ω" * 36, "ABCD-" * 20])
def test_wrong_shapes_get_a_clear_message(text: str) -> None:
    with pytest.raises(InvalidRecoveryKeyError, match="not a recovery key"):
        keys.parse_recovery_key(text)
