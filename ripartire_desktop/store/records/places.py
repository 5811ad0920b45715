"""The project's places as this vault sees them: its own active paths and waiting list (codes and
dates only, for a sealed bundle), and the latest project status loaded from the coordinator.

The held status is one row of `vault_meta` (the verified, signed JSON as received, and when it
was loaded): a status replaces the one before, so it needs no table of its own.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from ripartire_desktop.domain import FamilyStatus
from ripartire_desktop.store.columns import VAULT_META
from ripartire_desktop.store.connection import Connection, scalar
from ripartire_desktop.store.records import _convert as cv
from ripartire_desktop.store.records.families import FamilyRepository

STATUS_META_KEY = "project_status"
# A family code as any version of Ripartire writes it (RIP-2026-007, or with a team mark);
# checked loosely on purpose: a bundle of a newer colleague's vault must still be read.
CODE = re.compile(r"[A-Z]{2,8}-[0-9]{4}-[A-Z0-9]{1,12}")


@dataclass(frozen=True, slots=True)
class Place:
    """One family on the project's list: its code and the day it got there (no name)."""

    code: str
    since: date


@dataclass(frozen=True, slots=True)
class VaultPlaces:
    """One vault's active paths (since the path opened) and waiting list (since admitted)."""

    active: tuple[Place, ...]
    waiting: tuple[Place, ...]


@dataclass(frozen=True, slots=True)
class HeldStatus:
    """The project status this vault loaded last: the signed body as verified, and when."""

    body: str
    digest: str
    issued: str
    loaded_at: str


class PlacesRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def snapshot(self) -> VaultPlaces:
        """This vault's active paths and waiting list, oldest first (codes and days only)."""
        rows = self._conn.execute(
            "SELECT code, coalesce(opened_on, updated_on) FROM families WHERE status = ?",
            (FamilyStatus.ACTIVE_PATH.value,),
        ).fetchall()
        active = sorted(
            (Place(code=str(code), since=cv.to_day_req(since)) for code, since in rows),
            key=lambda p: (p.since, len(p.code), p.code),
        )
        waiting = tuple(
            Place(code=entry.code, since=entry.admitted_on)
            for entry in FamilyRepository(self._conn).waiting_list()
        )
        return VaultPlaces(active=tuple(active), waiting=waiting)

    def held(self) -> HeldStatus | None:
        raw = scalar(self._conn, "SELECT value FROM vault_meta WHERE key = ?", (STATUS_META_KEY,))
        if raw is None:
            return None
        try:
            stored = json.loads(str(raw))
            return HeldStatus(
                body=str(stored["body"]),
                digest=str(stored["digest"]),
                issued=str(stored["issued"]),
                loaded_at=str(stored["loaded_at"]),
            )
        except (ValueError, KeyError, TypeError):  # pragma: no cover - only this module writes it
            return None

    def hold(self, status: HeldStatus) -> None:
        """Keep `status` in place of the one held before (the caller checked it is newer; one
        statement, so the caller can write it in one transaction with its audit entry)."""
        value = json.dumps(
            {
                "body": status.body,
                "digest": status.digest,
                "issued": status.issued,
                "loaded_at": status.loaded_at,
            },
            ensure_ascii=False,
            sort_keys=True,
        )
        self._conn.execute(VAULT_META.upsert(("key",)), (STATUS_META_KEY, value))
