"""The project's places as the latest loaded status says (the dashboard, the admission step).

The read side of usecases/project_status.py, kept apart so the landing view does not load the
status file's reader (and the sealed bundles' code behind it) before a status is held: a vault
that never loaded one reads nothing more than one row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ripartire_desktop.store.records import Records

if TYPE_CHECKING:
    from ripartire_desktop.reports.project_status import ProjectStatus

STALE_AFTER = timedelta(days=30)  # older than this, the dashboard says the status is stale


@dataclass(frozen=True, slots=True)
class ProjectPlaces:
    """What the dashboard and the admission step say about the project."""

    taken: int
    capacity: int
    waiting: int
    as_of: date
    stale: bool
    missing: tuple[str, ...]  # vaults counted without a places list

    @property
    def full(self) -> bool:
        return self.taken >= self.capacity


def held_status(records: Records) -> ProjectStatus | None:
    """The status loaded last, as signed (checked again on every read)."""
    held = records.places.held()
    if held is None:
        return None
    from ripartire_desktop.reports import project_status  # only once a status is held

    return project_status.parse_body(held.body.encode("utf-8"))


def project_places(records: Records, *, today: date) -> ProjectPlaces | None:
    """The project's places by the latest status, or None before any status was loaded (or
    if the held copy no longer reads: the next status loaded replaces it)."""
    if records.places.held() is None:
        return None
    from ripartire_desktop.reports.project_status import ProjectStatusError

    try:
        status = held_status(records)
    except ProjectStatusError:
        return None
    if status is None:
        return None
    return ProjectPlaces(
        taken=status.taken,
        capacity=status.capacity,
        waiting=status.waiting,
        as_of=status.as_of,
        stale=today - status.as_of > STALE_AFTER,
        missing=status.missing,
    )


def admission_warning(records: Records, *, today: date) -> ProjectPlaces | None:
    """The project's places when the latest status says the project is full (the admission
    then asks before going on; it never refuses on this), else None."""
    places = project_places(records, today=today)
    return places if places is not None and places.full else None
