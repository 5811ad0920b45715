"""Reading a date as a counsellor types it (04/12/2026, 4-12-26, 04.12.2026, "oggi"), and saying
precisely what is wrong when it is not a date: the GUI translates the `DayTextError`."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, time, timedelta

_DAY = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_TIME = re.compile(r"(\d{1,2})(?:\s*[:.]\s*(\d{2}))?")
_WORDS = {"oggi": 0, "today": 0, "ieri": -1, "yesterday": -1, "domani": 1, "tomorrow": 1}


@dataclass(frozen=True, slots=True)
class DayTextError(Exception):
    """`kind` is "format" (not a date at all), "month" (no such month) or "day" (the month is
    shorter: `days` it has); the text, year and month say which."""

    kind: str
    text: str
    year: int = 0
    month: int = 0
    days: int = 0


def full_year(two_digits: int, today: date) -> int:
    """26 -> 2026, 95 -> 1995: the century that puts the year at most 20 years ahead."""
    year = 2000 + two_digits
    return year if year <= today.year + 20 else year - 100


def parse_day_text(text: str, today: date) -> date | None:
    """The day typed in `text` ("" -> None); DayTextError when it is not a real date."""
    cleaned = text.strip().lower()
    if not cleaned:
        return None
    if cleaned in _WORDS:
        return today + timedelta(days=_WORDS[cleaned])
    if match := _DAY.fullmatch(cleaned):
        d, m, y = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            y = full_year(y, today)
    elif match := _ISO.fullmatch(cleaned):
        y, m, d = (int(g) for g in match.groups())
    else:
        raise DayTextError("format", text.strip())
    if not 1 <= m <= 12 or y < 1:
        raise DayTextError("month", text.strip(), y, m)
    days = calendar.monthrange(y, m)[1]
    if not 1 <= d <= days:
        raise DayTextError("day", text.strip(), y, m, days)
    return date(y, m, d)


def parse_time_text(text: str) -> time | None:
    """9, 9:30, 09.30 -> a time ("" -> None); DayTextError("time") when it is not one."""
    cleaned = text.strip()
    if not cleaned:
        return None
    match = _TIME.fullmatch(cleaned)
    if match is None or int(match.group(1)) > 23 or int(match.group(2) or 0) > 59:
        raise DayTextError("time", cleaned)
    return time(int(match.group(1)), int(match.group(2) or 0))


def parse_moment_text(text: str, today: date) -> tuple[date, time | None] | None:
    """A day as in `parse_day_text`, then optionally a time ("04/12/2026 9:30", "oggi 10").
    "" -> None; the time is None when none was typed (the caller asks for it)."""
    day_text, _, time_text = text.strip().partition(" ")
    day = parse_day_text(day_text, today)
    if day is None:
        return None
    return day, parse_time_text(time_text)
