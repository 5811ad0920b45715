"""The language the interface is showing (for the domain's label table), and how it writes dates."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from ripartire_desktop.domain import label


def ui_language() -> str:
    language = QLocale().name()[:2]
    return language if language in ("it", "en") else "it"


def show(value: StrEnum | None) -> str:
    """The label of a vocabulary value in the interface language ("" for None)."""
    return "" if value is None else label(value, ui_language())


def show_date(value: object) -> str:
    """Day-first numeric dates, as written in Italy (and the UK): 25/11/2026, 25/11/2026 09:30.
    "" for None."""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return ""


def datetime_format() -> str:
    """Day first, four-digit year, 24-hour clock: how dates are written in Italy, and
    unambiguous for the English interface too (locale short formats drop the century)."""
    return "dd/MM/yyyy HH:mm"


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
