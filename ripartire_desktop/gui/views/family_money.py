"""Amounts as counsellors type them: the domain's reader (domain/euros.py), where the views
have always imported it from."""

from __future__ import annotations

from ripartire_desktop.domain.euros import MAX_EURO_DIGITS, AmountError, cents_to_text, parse_euros

__all__ = ["MAX_EURO_DIGITS", "AmountError", "cents_to_text", "parse_euros"]
