"""Small validators shared by the entities' `__post_init__`; each raises ValidationError.

Text is checked, never changed: what the counsellor typed is what gets stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from .errors import ValidationError

E = TypeVar("E", bound=StrEnum)


def set_field(obj: object, name: str, value: object) -> None:
    """Normalise a field of a frozen dataclass from inside `__post_init__`."""
    object.__setattr__(obj, name, value)


def text(name: str, value: object, *, required: bool = False) -> str:
    if not isinstance(value, str):
        raise ValidationError(name, "must be text")
    if required and not value.strip():
        raise ValidationError(name, "is required")
    return value


def optional_text(name: str, value: object) -> str | None:
    return None if value is None else text(name, value, required=True)


def integer(name: str, value: object, *, low: int | None = None, high: int | None = None) -> int:
    # bool is an int subclass; True as a severity would be a bug upstream, not a 1.
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(name, "must be a whole number")
    if low is not None and value < low:
        raise ValidationError(name, _range_message(low, high))
    if high is not None and value > high:
        raise ValidationError(name, _range_message(low, high))
    return value


def _range_message(low: int | None, high: int | None) -> str:
    if high is None:
        return f"must be at least {low}"
    if low is None:
        return f"must be at most {high}"
    return f"must be between {low} and {high}"


def optional_integer(
    name: str, value: object, *, low: int | None = None, high: int | None = None
) -> int | None:
    return None if value is None else integer(name, value, low=low, high=high)


def record_id(name: str, value: object) -> int | None:
    return optional_integer(name, value, low=1)


def flag(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(name, "must be true or false")
    return value


def optional_flag(name: str, value: object) -> bool | None:
    return None if value is None else flag(name, value)


def day(name: str, value: object) -> date:
    # A datetime is a date subclass, but comparing one with a plain date raises TypeError.
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(name, "must be a date")
    return value


def optional_day(name: str, value: object) -> date | None:
    return None if value is None else day(name, value)


def moment(name: str, value: object) -> datetime:
    # Local wall-clock time throughout: mixing naive and aware values makes comparisons raise.
    if not isinstance(value, datetime):
        raise ValidationError(name, "must be a date and time")
    if value.tzinfo is not None:
        raise ValidationError(name, "must be local time without a time zone")
    return value


def optional_moment(name: str, value: object) -> datetime | None:
    return None if value is None else moment(name, value)


def member(name: str, vocabulary: type[E], value: object) -> E:
    """Accept a member or its stored string value (rows come back from the database as text)."""
    if isinstance(value, vocabulary):
        return value
    if isinstance(value, str):
        try:
            return vocabulary(value)
        except ValueError:
            pass
    allowed = ", ".join(m.value for m in vocabulary)
    raise ValidationError(name, f"{value!r} is not one of: {allowed}")


def optional_member(name: str, vocabulary: type[E], value: object) -> E | None:
    return None if value is None else member(name, vocabulary, value)


def member_field(obj: object, name: str, vocabulary: type[StrEnum]) -> None:
    """Make field `name` of the frozen dataclass `obj` a member of `vocabulary`."""
    set_field(obj, name, member(name, vocabulary, getattr(obj, name)))


def optional_member_field(obj: object, name: str, vocabulary: type[StrEnum]) -> None:
    """As `member_field`, for a field that may be None."""
    set_field(obj, name, optional_member(name, vocabulary, getattr(obj, name)))


def members(name: str, vocabulary: type[E], values: object) -> tuple[E, ...]:
    """A tuple of distinct members, in the given order."""
    items = sequence(name, values)
    result = tuple(member(name, vocabulary, v) for v in items)
    if len(set(result)) != len(result):
        raise ValidationError(name, "contains the same value twice")
    return result


def sequence(name: str, values: object) -> tuple[object, ...]:
    # A lone string is iterable too, and would silently become a tuple of characters.
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise ValidationError(name, "must be a list of values")
    return tuple(values)


def texts(name: str, values: object) -> tuple[str, ...]:
    """A tuple of non-blank strings, kept exactly as typed."""
    return tuple(text(name, v, required=True) for v in sequence(name, values))


def not_before(name: str, value: date | None, earliest: date | None, earliest_name: str) -> None:
    if value is not None and earliest is not None and value < earliest:
        raise ValidationError(name, f"cannot be before {earliest_name}")


def required_id(name: str, value: object) -> int:
    if value is None:
        raise ValidationError(name, "is required")
    return integer(name, value, low=1)
