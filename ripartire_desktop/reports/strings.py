"""Words of the printed documents in Italian and English, and how numbers and dates are written.

Vocabulary values get their labels from `domain.labels.label`; the texts of the strings_*
modules (documents, forms, summary) hold everything else a PDF says. Italian is the default.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from ripartire_desktop.domain.labels import LANGUAGES
from ripartire_desktop.reports import (
    strings_documents,
    strings_forms,
    strings_outcomes,
    strings_reach,
    strings_summary,
)

if TYPE_CHECKING:
    from ripartire_desktop.reports.aggregates import Summary

_MONTHS = {
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip


def parse_texts(text: str) -> dict[str, tuple[str, str]]:
    """key -> (Italian, English), in the format of the strings_* modules."""
    parts: dict[str, dict[str, list[str]]] = {}
    lines: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if not line.startswith(" "):
            parts[line] = {}
        elif line[4:7] in ("it:", "en:"):
            lines = parts[next(reversed(parts))].setdefault(line[4:6], [])
            lines.append(line[8:])
        else:
            lines.append(line.strip())
    return {key: (_joined(found["it"]), _joined(found["en"])) for key, found in parts.items()}


def _joined(lines: list[str]) -> str:
    return " ".join(lines).replace("\\n ", "\n")


# key -> (Italian, English)
_STRINGS = {
    key: texts
    for text in (
        strings_documents.TEXT,
        strings_forms.TEXT,
        strings_summary.TEXT,
        strings_reach.TEXT,
        strings_outcomes.TEXT,
        strings_outcomes.TEXT_CASE,
    )
    for key, texts in parse_texts(text).items()
}


def check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {LANGUAGES}")
    return lang


def t(key: str, lang: str = "it", **values: object) -> str:
    """The text of `key` in `lang`, with `{name}` placeholders filled from `values`."""
    text = _STRINGS[key][LANGUAGES.index(check_lang(lang))]
    return text.format(**values) if values else text


def keys() -> frozenset[str]:
    return frozenset(_STRINGS)


def format_int(n: int, lang: str = "it") -> str:
    grouped = f"{n:,}"
    return grouped.replace(",", ".") if lang == "it" else grouped


def format_decimal(value: float, lang: str = "it", digits: int = 1) -> str:
    text = f"{value:,.{digits}f}"
    if lang == "it":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def format_percent(share: float | None, lang: str = "it") -> str:
    """A share (0-1) as a whole percentage; "" when it is not published."""
    if share is None:
        return ""
    return f"{round(share * 100)}%"


def format_day(day: date | None, lang: str = "it") -> str:
    if day is None:
        return ""
    return day.strftime("%d/%m/%Y") if lang == "it" else day.isoformat()


def format_moment(moment: datetime | None, lang: str = "it") -> str:
    if moment is None:
        return ""
    return f"{format_day(moment.date(), lang)} {moment.strftime('%H:%M')}"


def format_month(year: int, month: int, lang: str = "it") -> str:
    return f"{_MONTHS[check_lang(lang)][month - 1]} {year}"


def format_month_of(day: date | None, lang: str = "it") -> str:
    return "" if day is None else format_month(day.year, day.month, lang)


def period_label(summary: Summary, lang: str) -> str:
    """The months a summary covers, as its title and the preview say them."""
    first, last = summary.period.first, summary.period.last
    start = format_month(first.year, first.month, lang)
    end = format_month(last.year, last.month, lang)
    return start if first == last else f"{start} – {end}"


def yes_no(value: bool | None, lang: str = "it") -> str:
    if value is None:
        return t("not_recorded", lang)
    return t("yes" if value else "no", lang)
