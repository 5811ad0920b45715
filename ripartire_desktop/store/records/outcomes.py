"""Consent to the privacy notice, and the closure of a path."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ripartire_desktop.domain import (
    Closure,
    ClosureReason,
    Consent,
    ConsentMethod,
    ConsentScope,
    Outcome,
    WorkType,
)
from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.records import _convert as cv


def _consent(row: Any) -> Consent:
    return Consent(
        id=row[0],
        family_id=row[1],
        notice_version=row[2],
        given_on=cv.to_day_req(row[3]),
        method=ConsentMethod(row[4]),
        scopes=frozenset(cv.from_words(row[5], ConsentScope)),
        withdrawn_on=cv.to_day(row[6]),
    )


def _closure(row: Any) -> Closure:
    return Closure(
        id=row[0],
        family_id=row[1],
        closed_on=cv.to_day_req(row[2]),
        reason=ClosureReason(row[3]),
        outcome=Outcome(row[4]),
        work_type=None if row[5] is None else WorkType(row[5]),
        note=row[6],
    )


class ConsentRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, consent: Consent) -> Consent:
        cursor = self._conn.execute(
            "INSERT INTO consents (family_id, notice_version, given_on, method, scopes, "
            "withdrawn_on) VALUES (?, ?, ?, ?, ?, ?)",
            self._values(consent),
        )
        return replace(consent, id=cursor.lastrowid)

    def update(self, consent: Consent) -> None:
        self._conn.execute(
            "UPDATE consents SET family_id = ?, notice_version = ?, given_on = ?, method = ?, "
            "scopes = ?, withdrawn_on = ? WHERE id = ?",
            (*self._values(consent), consent.id),
        )

    def for_family(self, family_id: int) -> list[Consent]:
        return [
            _consent(r)
            for r in self._conn.execute(
                "SELECT id, family_id, notice_version, given_on, method, scopes, withdrawn_on "
                "FROM consents WHERE family_id = ? ORDER BY given_on, id",
                (family_id,),
            )
        ]

    @staticmethod
    def _values(c: Consent) -> tuple[object, ...]:
        return (
            c.family_id,
            c.notice_version,
            cv.day(c.given_on),
            c.method.value,
            cv.words(sorted(c.scopes)),
            cv.day(c.withdrawn_on),
        )


class ClosureRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, closure: Closure) -> Closure:
        cursor = self._conn.execute(
            "INSERT INTO closures (family_id, closed_on, reason, outcome, work_type, note) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                closure.family_id,
                cv.day(closure.closed_on),
                closure.reason.value,
                closure.outcome.value,
                None if closure.work_type is None else closure.work_type.value,
                closure.note,
            ),
        )
        return replace(closure, id=cursor.lastrowid)

    def for_family(self, family_id: int) -> list[Closure]:
        return [
            _closure(r)
            for r in self._conn.execute(
                "SELECT id, family_id, closed_on, reason, outcome, work_type, note "
                "FROM closures WHERE family_id = ? ORDER BY closed_on, id",
                (family_id,),
            )
        ]
