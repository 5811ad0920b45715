"""Dates, moments, flags and lists as stored in the database (ISO text, 0/1, space-separated)."""

from __future__ import annotations

import types
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar, Union, get_args, get_origin

E = TypeVar("E", bound=StrEnum)


def day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def moment(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(timespec="seconds")


def to_day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def to_day_req(value: str) -> date:
    return date.fromisoformat(value)


def to_moment(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def to_moment_req(value: str) -> datetime:
    return datetime.fromisoformat(value)


def flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def to_flag(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def words(values: Iterable[StrEnum]) -> str:
    return " ".join(v.value for v in values)


def from_words(text: str, vocabulary: type[E]) -> tuple[E, ...]:
    return tuple(vocabulary(w) for w in text.split())


@dataclass(frozen=True, slots=True)
class Stored:
    """How a column holds a field: `read` turns the stored value into the field's, `write`
    back. Both keep None as None, so one kind serves nullable and required columns alike."""

    read: Callable[[Any], Any]
    write: Callable[[Any], Any]


DAY = Stored(to_day, day)
MOMENT = Stored(to_moment, moment)
FLAG = Stored(to_flag, flag)


def choice(vocabulary: type[StrEnum]) -> Stored:
    """A closed vocabulary stored as its value (what was typed is checked on the way in)."""
    return Stored(
        lambda value: None if value is None else vocabulary(value),
        lambda value: None if value is None else vocabulary(value).value,
    )


def word_list(vocabulary: type[StrEnum], *, unordered: bool = False) -> Stored:
    """Several choices as space-separated words: a tuple in order, or a set (stored sorted)."""
    if unordered:
        return Stored(
            lambda text: frozenset(from_words(text, vocabulary)),
            lambda values: words(sorted(values)),
        )
    return Stored(lambda text: from_words(text, vocabulary), words)


def stored_for(hint: Any) -> Stored | None:
    """How a field of type `hint` is stored; None when its value is stored as it is (text,
    numbers). `X | None` is stored as X is."""
    if get_origin(hint) in (Union, types.UnionType):
        (hint,) = (arg for arg in get_args(hint) if arg is not type(None))
    if get_origin(hint) in (tuple, frozenset):
        item = get_args(hint)[0]
        if isinstance(item, type) and issubclass(item, StrEnum):
            return word_list(item, unordered=get_origin(hint) is frozenset)
        return None
    if hint in _BY_TYPE:  # the exact type: a datetime is a date too, a bool an int
        return _BY_TYPE[hint]
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return choice(hint)
    return None


_BY_TYPE: dict[Any, Stored] = {bool: FLAG, datetime: MOMENT, date: DAY}
