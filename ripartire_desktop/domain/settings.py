"""The vault's settings: who the counsellor is, the project's capacity and privacy rules (the
aid budget is in budget lines, domain/budget.py)."""

from __future__ import annotations

from dataclasses import dataclass

from . import _checks as c
from .capacity import DEFAULT_CAPACITY
from .errors import ValidationError

DEFAULT_MUNICIPALITY = "Cernusco sul Naviglio"
MIN_SMALL_CELL_K = 3  # below this, suppression no longer protects anyone
LANGUAGE_CHOICES = ("", "it", "en")  # "" follows the system
MAX_NOTICE_CHARS = 50_000  # a privacy notice is a few pages; more is a paste gone wrong


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    organisation: str = ""
    counsellor_name: str = ""
    municipality: str = DEFAULT_MUNICIPALITY
    capacity: int = DEFAULT_CAPACITY
    retention_months: int = 24
    small_cell_k: int = 5
    idle_lock_minutes: int = 5
    # In interview mode idleness first draws the curtain (after idle_lock_minutes) and locks
    # only after this longer limit: the family is in the room (docs/SECURITY.md).
    interview_lock_minutes: int = 30
    language: str = ""
    # The organisation's own privacy notice for the consent form; "" prints the built-in one
    # (reports.consent_text), so vaults made before this setting need no migration.
    privacy_notice: str = ""

    def __post_init__(self) -> None:
        c.text("organisation", self.organisation)
        c.text("counsellor_name", self.counsellor_name)
        c.text("municipality", self.municipality, required=True)
        c.integer("capacity", self.capacity, low=0, high=10_000)
        c.integer("retention_months", self.retention_months, low=1, high=600)
        c.integer("small_cell_k", self.small_cell_k, low=MIN_SMALL_CELL_K, high=100)
        c.integer("idle_lock_minutes", self.idle_lock_minutes, low=1, high=240)
        c.integer("interview_lock_minutes", self.interview_lock_minutes, low=1, high=240)
        if self.language not in LANGUAGE_CHOICES:
            raise ValidationError("language", "must be it, en or empty (system language)")
        c.text("privacy_notice", self.privacy_notice)
        if len(self.privacy_notice) > MAX_NOTICE_CHARS:
            raise ValidationError(
                "privacy_notice", f"must be at most {MAX_NOTICE_CHARS} characters"
            )
