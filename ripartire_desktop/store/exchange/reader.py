"""Reading a family file that may be hostile: JSON with duplicate keys, wrong types, absurd
numbers, control characters. Every value is checked with its type and range, and every problem
names its path in the file (`families[2].interviews[5].duration_minutes`) with the offending
value shown short, quoted and escaped, so a message can never rewrite the terminal it is
printed on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Generic, TypeVar

from ripartire_desktop.domain import ValidationError, validate_tax_code

from .schemas import VERSION, FamilyFileError

E = TypeVar("E", bound=StrEnum)
D = TypeVar("D", bound=date)
V = TypeVar("V")
_SHOWN_CHARS = 40
_MESSAGE_CHARS = 200
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,39}")


@dataclass(frozen=True, slots=True)
class _Calendar(Generic[D]):
    """A date (or date and time) as the file writes it: ISO form, exactly `shape`."""

    shape: re.Pattern[str]
    parse: Callable[[str], D]
    what: str  # "is not a real <what>"
    like: str  # "must be <like>"


_DAY = _Calendar(
    re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"), date.fromisoformat, "date", "a date like 2026-03-01"
)
_MOMENT = _Calendar(
    re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}"),
    datetime.fromisoformat,
    "date and time",
    "a local date and time like 2026-03-01T09:30:00 (no time zone)",
)


def _escape(text: str) -> str:
    # Control, format (bidi overrides) and separator characters could rewrite a terminal line.
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch.isprintable():
            out.append(ch)
        elif ord(ch) <= 0xFFFF:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    return "".join(out)


def shown(value: object) -> str:
    """A value from the file as it may appear in a message: short, quoted, escaped."""
    if isinstance(value, str):
        clipped = value[:_SHOWN_CHARS] + ("…" if len(value) > _SHOWN_CHARS else "")
        return f'"{_escape(clipped)}"'
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        text = repr(value)
        return text if len(text) <= 20 else text[:20] + "…"
    return kind(value)


def kind(value: object) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "true/false"
    if value is None:
        return "null"
    return "a number"


def join(path: str, key: str) -> str:
    part = key if _PLAIN_KEY.fullmatch(key) else f"[{shown(key)}]"
    if not path:
        return part
    return path + part if part.startswith("[") else f"{path}.{part}"


def clip(message: str) -> str:
    return message if len(message) <= _MESSAGE_CHARS else message[:_MESSAGE_CHARS] + "…"


@contextmanager
def rules(path: str) -> Iterator[None]:
    """Turn a domain rule's ValidationError into a FamilyFileError at `path`.field."""
    try:
        yield
    except ValidationError as err:
        raise FamilyFileError(join(path, err.field), clip(err.message)) from None


# --- reading: JSON ------------------------------------------------------------------------------


class _JsonDict(dict[str, Any]):
    """A JSON object that remembers the first key it saw twice (json keeps only the last)."""

    duplicate: str | None = None


def _pairs(pairs: list[tuple[str, Any]]) -> _JsonDict:
    result = _JsonDict()
    for key, value in pairs:
        if key in result and result.duplicate is None:
            result.duplicate = key
        result[key] = value
    return result


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number JSON allows")


def load(raw: bytes) -> object:
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark from Windows editors is harmless
    except UnicodeDecodeError as err:
        raise FamilyFileError(
            "document", f"is not UTF-8 text (invalid byte at position {err.start})"
        ) from None
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_no_constant)
    except json.JSONDecodeError as err:
        raise FamilyFileError(
            "document", f"is not valid JSON: {err.msg} at line {err.lineno}, column {err.colno}"
        ) from None
    except RecursionError:
        raise FamilyFileError("document", "is nested too deeply to be a family file") from None
    except ValueError as err:  # NaN/Infinity, or a number with thousands of digits
        raise FamilyFileError("document", f"is not valid JSON: {clip(str(err))}") from None


MISSING: Any = object()


class Obj:
    """The fields of one JSON object, each read with its type and range, naming its path."""

    def __init__(self, value: object, path: str, fields: tuple[str, ...]) -> None:
        self.path = path
        if not isinstance(value, dict):
            raise FamilyFileError(path or "document", f"must be an object, not {kind(value)}")
        duplicate = getattr(value, "duplicate", None)
        if duplicate is not None:
            raise FamilyFileError(self.at(duplicate), "appears twice in the same object")
        for key in value:
            if key not in fields:
                raise FamilyFileError(
                    self.at(key), f"is not a field of format version {VERSION} (misspelt?)"
                )
        self._data: dict[str, Any] = value

    def at(self, key: str) -> str:
        return join(self.path, key)

    def fail(self, key: str, problem: str) -> FamilyFileError:
        return FamilyFileError(self.at(key), problem)

    def raw(self, key: str, required: bool) -> Any:
        value = self._data.get(key, MISSING)
        if value is MISSING and required:
            raise self.fail(key, "is required")
        return value

    def text(self, key: str, *, required: bool = False, nonblank: bool = False) -> str:
        value = self.raw(key, required)
        if value is MISSING:
            return ""
        return text_at(value, self.at(key), nonblank=nonblank)

    def integer(self, key: str, low: int, high: int, *, required: bool = False) -> int | None:
        value = self.raw(key, required)
        if value is MISSING or (value is None and not required):
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"must be a whole number, not {shown(value)}")
        if not low <= value <= high:
            raise self.fail(key, f"must be between {low} and {high}")
        return value

    def _given(self, key: str) -> Any:
        """An optional field's value, or MISSING when it is absent or null."""
        value = self.raw(key, False)
        return MISSING if value is None else value

    def required_integer(self, key: str, low: int, high: int) -> int:
        value = self.integer(key, low, high, required=True)
        assert value is not None
        return value

    def flag(self, key: str, *, default: bool) -> bool:
        value = self.raw(key, False)
        if value is MISSING:
            return default
        if not isinstance(value, bool):
            raise self.fail(key, f"must be true or false, not {shown(value)}")
        return value

    def optional_flag(self, key: str) -> bool | None:
        return self._optional(key, bool, "true, false or null")

    def _optional(self, key: str, wanted: type[V], words: str) -> V | None:
        value = self._given(key)
        if value is MISSING:
            return None
        if not isinstance(value, wanted):
            raise self.fail(key, f"must be {words}, not {shown(value)}")
        return value

    def day(self, key: str, *, required: bool = False) -> date | None:
        return self._calendar(key, required, _DAY)

    def required_day(self, key: str) -> date:
        value = self.day(key, required=True)
        assert value is not None
        return value

    def moment(self, key: str, *, required: bool = False) -> datetime | None:
        return self._calendar(key, required, _MOMENT)

    def _calendar(self, key: str, required: bool, form: _Calendar[D]) -> D | None:
        value = self.raw(key, required)
        if value is MISSING or (value is None and not required):
            return None
        if isinstance(value, str) and form.shape.fullmatch(value):
            try:
                return form.parse(value)
            except ValueError:
                raise self.fail(key, f"{shown(value)} is not a real {form.what}") from None
        raise self.fail(key, f"must be {form.like}, not {shown(value)}")

    def required_moment(self, key: str) -> datetime:
        value = self.moment(key, required=True)
        assert value is not None
        return value

    def enum(self, key: str, vocabulary: type[E], *, default: E | None = None) -> E:
        value = self.raw(key, default is None)
        if value is MISSING and default is not None:
            return default
        return member_at(value, vocabulary, self.at(key))

    def optional_enum(self, key: str, vocabulary: type[E]) -> E | None:
        value = self._given(key)
        if value is MISSING:
            return None
        return member_at(value, vocabulary, self.at(key))

    def enums(self, key: str, vocabulary: type[E], *, required: bool = False) -> tuple[E, ...]:
        found: list[E] = []
        for item, path in self.items(key, required=required):
            member = member_at(item, vocabulary, path)
            if member in found:
                raise FamilyFileError(path, f"{shown(item)} is listed twice")
            found.append(member)
        return tuple(found)

    def texts(self, key: str) -> tuple[str, ...]:
        return tuple(text_at(item, path, nonblank=True) for item, path in self.items(key))

    def items(self, key: str, *, required: bool = False) -> list[tuple[Any, str]]:
        value = self.raw(key, required)
        if value is MISSING:
            return []
        if not isinstance(value, list):
            raise self.fail(key, f"must be a list, not {shown(value)}")
        path = self.at(key)
        return [(item, f"{path}[{n}]") for n, item in enumerate(value)]

    def child(self, key: str) -> Any:
        """A nested object, or None when absent or null (checked by its own reader)."""
        value = self.raw(key, False)
        return None if value is MISSING else value

    def tax_code(self, key: str) -> str | None:
        value = self._optional(key, str, "text or null")
        if value is None:
            return None
        try:
            return validate_tax_code(value)
        except ValidationError as err:
            raise self.fail(key, clip(err.message)) from None


def text_at(value: object, path: str, *, nonblank: bool = False) -> str:
    if not isinstance(value, str):
        raise FamilyFileError(path, f"must be text, not {shown(value)}")
    if nonblank and not value.strip():
        raise FamilyFileError(path, "is required and cannot be blank")
    # A lone surrogate (\ud800 written in the JSON) is no character and cannot be stored.
    if any("\ud800" <= ch <= "\udfff" for ch in value):
        raise FamilyFileError(path, "contains an invalid character (a lone UTF-16 surrogate)")
    return value


def member_at(value: object, vocabulary: type[E], path: str) -> E:
    allowed = ", ".join(m.value for m in vocabulary)
    if isinstance(value, str):
        try:
            return vocabulary(value)
        except ValueError:
            raise FamilyFileError(path, f"{shown(value)} is not one of: {allowed}") from None
    raise FamilyFileError(path, f"must be one of: {allowed}; not {shown(value)}")
