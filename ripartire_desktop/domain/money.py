"""Amounts are integer euro cents everywhere; this only turns them into text."""

from __future__ import annotations

from .errors import ValidationError


def format_cents(cents: int, lang: str = "it") -> str:
    """`format_cents(123456) == "1.234,56 €"`; English gives "€1,234.56"."""
    if isinstance(cents, bool) or not isinstance(cents, int):
        raise ValidationError("cents", "must be a whole number of cents")
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    grouped = f"{euros:,}"
    if lang == "it":
        return f"{sign}{grouped.replace(',', '.')},{rest:02d} €"
    if lang == "en":
        return f"{sign}€{grouped}.{rest:02d}"
    raise ValueError(f"unsupported language {lang!r}")
