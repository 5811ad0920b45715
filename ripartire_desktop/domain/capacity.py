"""How many paths run at once, and who comes next off the waiting list."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from . import _checks as c
from .codes import family_code_sort_key, parse_family_code
from .vocab import FamilyStatus

DEFAULT_CAPACITY = 25


def place_admitted(active_count: int, capacity: int = DEFAULT_CAPACITY) -> FamilyStatus:
    """Where an admitted family goes: a free path if there is one, else the waiting list."""
    c.integer("active_count", active_count, low=0)
    c.integer("capacity", capacity, low=0)
    return FamilyStatus.ACTIVE_PATH if active_count < capacity else FamilyStatus.WAITING_LIST


@dataclass(frozen=True, slots=True, kw_only=True)
class WaitingEntry:
    code: str
    admitted_on: date  # the day the admission was decided
    family_id: int | None = None

    def __post_init__(self) -> None:
        parse_family_code(self.code)
        c.day("admitted_on", self.admitted_on)
        c.record_id("family_id", self.family_id)


def waiting_list_order(entries: Iterable[WaitingEntry]) -> list[WaitingEntry]:
    """First admitted first; the same day, by family code in numeric order."""
    return sorted(entries, key=lambda e: (e.admitted_on, family_code_sort_key(e.code)))


def next_from_waiting_list(
    entries: Sequence[WaitingEntry], *, active_count: int, capacity: int = DEFAULT_CAPACITY
) -> WaitingEntry | None:
    """The family to move to active_path now, or None when there is no free path or no one waits."""
    if place_admitted(active_count, capacity) != FamilyStatus.ACTIVE_PATH:
        return None
    ordered = waiting_list_order(entries)
    return ordered[0] if ordered else None
