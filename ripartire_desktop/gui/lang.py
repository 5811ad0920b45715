"""The language the interface is showing, for the domain's label table."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QLocale

from ripartire_desktop.domain import label


def ui_language() -> str:
    language = QLocale().name()[:2]
    return language if language in ("it", "en") else "it"


def show(value: StrEnum | None) -> str:
    """The label of a vocabulary value in the interface language ("" for None)."""
    return "" if value is None else label(value, ui_language())


def show_date(value: object) -> str:
    """Dates as the locale writes them (short form), "" for None."""
    from datetime import date, datetime

    locale = QLocale()
    if isinstance(value, datetime):
        return locale.toString(value, QLocale.FormatType.ShortFormat)
    if isinstance(value, date):
        return locale.toString(value, QLocale.FormatType.ShortFormat)
    return ""
