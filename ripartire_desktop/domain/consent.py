"""Consent to the privacy notice, by scope, and its withdrawal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import _checks as c
from .errors import ValidationError
from .vocab import ConsentMethod, ConsentScope


@dataclass(frozen=True, slots=True, kw_only=True)
class Consent:
    family_id: int
    notice_version: str  # the privacy notice the family read, e.g. "2026-01"
    given_on: date
    method: ConsentMethod
    scopes: frozenset[ConsentScope]  # at least one
    id: int | None = None
    withdrawn_on: date | None = None

    def __post_init__(self) -> None:
        c.record_id("id", self.id)
        c.required_id("family_id", self.family_id)
        c.text("notice_version", self.notice_version, required=True)
        c.day("given_on", self.given_on)
        c.member_field(self, "method", ConsentMethod)
        scopes = frozenset(
            c.member("scopes", ConsentScope, s) for s in c.sequence("scopes", self.scopes)
        )
        if not scopes:
            raise ValidationError("scopes", "at least one scope is required")
        c.set_field(self, "scopes", scopes)
        c.optional_day("withdrawn_on", self.withdrawn_on)
        c.not_before("withdrawn_on", self.withdrawn_on, self.given_on, "given_on")

    def is_active(self, on: date) -> bool:
        """In force on `on`: given by then and not yet withdrawn (withdrawal counts that day)."""
        return self.given_on <= on and (self.withdrawn_on is None or on < self.withdrawn_on)

    def covers(self, scope: ConsentScope, on: date) -> bool:
        return self.is_active(on) and ConsentScope(scope) in self.scopes
