"""Dates, moments, flags and lists as stored in the database (ISO text, 0/1, space-separated)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

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
