"""The places list a sealed bundle carries since version 2: a vault's active paths and waiting
list as family codes and days, nothing else (no name, no status detail, no other field).

    {"active": [{"code": "RIP-2026-004", "since": "2026-03-02"}, ...], "waiting": [...]}

The coordinator's merge reads it to count the project's places across vaults; it never enters
an anonymised report (reports/bundle.py keeps counts only).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ripartire_desktop.reports.bundle import BundleError
from ripartire_desktop.store.records.places import CODE, Place, VaultPlaces

MAX_PLACES = 10_000  # per list: far above a project of 25 places, and caps a hostile file


def to_document(places: VaultPlaces) -> dict[str, list[dict[str, str]]]:
    return {
        "active": [_entry(p) for p in places.active],
        "waiting": [_entry(p) for p in places.waiting],
    }


def _entry(place: Place) -> dict[str, str]:
    return {"code": place.code, "since": place.since.isoformat()}


def parse_document(value: object, *, what: str = "places") -> VaultPlaces:
    """A places list, fully checked; BundleError names the first problem."""
    if not isinstance(value, dict) or set(value) != {"active", "waiting"}:
        raise BundleError(f"{what} must have exactly 'active' and 'waiting'")
    return VaultPlaces(
        active=_places(value["active"], f"{what}.active"),
        waiting=_places(value["waiting"], f"{what}.waiting"),
    )


def _places(value: object, where: str) -> tuple[Place, ...]:
    if not isinstance(value, list) or len(value) > MAX_PLACES:
        raise BundleError(f"{where} must be a list of at most {MAX_PLACES} entries")
    seen: set[str] = set()
    found = []
    for item in value:
        place = parse_place(item, where)
        if place.code in seen:
            raise BundleError(f"{where} names {place.code} twice")
        seen.add(place.code)
        found.append(place)
    return tuple(found)


def parse_place(item: Any, where: str) -> Place:
    if not isinstance(item, dict) or set(item) != {"code", "since"}:
        raise BundleError(f"each entry of {where} must have exactly 'code' and 'since'")
    code, since = item["code"], item["since"]
    if not isinstance(code, str) or not CODE.fullmatch(code):
        raise BundleError(f"{where} holds something that is not a family code")
    return Place(code=code, since=parse_day(since, where))


def parse_day(value: object, where: str) -> date:
    if not isinstance(value, str) or len(value) != 10:
        raise BundleError(f"{where} holds a date that is not like 2026-03-02")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BundleError(f"{where} holds a date that is not like 2026-03-02") from None
