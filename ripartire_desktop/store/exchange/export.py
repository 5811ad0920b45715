"""Writing family files: everything held about one family (or several) as a JSON document.

Each record is written field by field from its schema (`schemas`), so two exports of the same
data are byte-equal and every field a reader accepts is one an export writes.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from ripartire_desktop.domain import AssessmentRound, BudgetLine
from ripartire_desktop.store.records.facade import Records

from .schemas import (
    ACTION_FIELDS,
    AID_FIELDS,
    ASSESSMENT_FIELDS,
    CLOSURE_FIELDS,
    CONSENT_FIELDS,
    FAMILY_COLUMNS,
    FIRST_CONTACT_FIELDS,
    FORMAT_MANY,
    FORMAT_ONE,
    IDENTITY_FIELDS,
    INTERVIEW_FIELDS,
    MEMBER_FIELDS,
    NEED_FIELDS,
    PERSON_FIELDS,
    ROUND_BENEFIT_FIELDS,
    ROUND_FIELDS,
    ROUND_SCORE_FIELDS,
    VERSION,
)

JsonObject = dict[str, Any]


def _json(value: object) -> Any:
    """A field's value as the file writes it: vocabulary values, ISO dates and local times to
    the second, lists for tuples and sorted lists for sets."""
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, datetime):  # before date: a datetime is a date too
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_json(item) for item in value]
    if isinstance(value, frozenset):
        return sorted(_json(item) for item in value)
    return value


def _fields(record: object, names: Collection[str], **given: Any) -> JsonObject:
    """The fields `names` of `record`, except those `given` (written as given)."""
    return {name: given[name] if name in given else _json(getattr(record, name)) for name in names}


def _parent(
    record: object | None, names: Collection[str], key: str, child_names: Collection[str]
) -> JsonObject | None:
    """A record holding a list of others under `key` (an identity's people, an assessment's
    needs), or None for no record."""
    if record is None:
        return None
    children = [_fields(child, child_names) for child in getattr(record, key)]
    return _fields(record, names, **{key: children})


def first_contact_object(contact: object) -> JsonObject:
    """A desk contact as the family file writes it (for a hand-over of the contact alone)."""
    return _fields(contact, FIRST_CONTACT_FIELDS)


def _family_object(records: Records, code: str) -> JsonObject:
    family = records.families.by_code(code)
    fid = family.id
    assert fid is not None  # a stored family always has an id
    identity = records.identities.get(fid)
    assessment = records.assessments.for_family(fid)
    # Sorted by (date, id) so ties keep the order of entry, which an import reproduces.
    members = sorted(records.members.for_family(fid), key=lambda m: m.id or 0)
    contacts = sorted(
        records.first_contacts.for_family(fid), key=lambda c: (c.occurred_at, c.id or 0)
    )
    interviews = sorted(records.interviews.for_family(fid), key=lambda i: (i.starts_at, i.id or 0))
    actions = sorted(records.actions.for_family(fid), key=lambda a: a.id or 0)
    payments = sorted(records.aid.for_family(fid), key=lambda p: (p.paid_on, p.id or 0))
    consents = sorted(records.consents.for_family(fid), key=lambda c: (c.given_on, c.id or 0))
    closures = sorted(records.closures.for_family(fid), key=lambda c: (c.closed_on, c.id or 0))
    refs = {a.id: f"A{n}" for n, a in enumerate(actions, start=1)}
    lines = {line.id: line for line in records.budget.all()}
    positions = {m.id: n for n, m in enumerate(members, start=1)}
    return {
        **_fields(family, FAMILY_COLUMNS),
        "identity": _parent(identity, IDENTITY_FIELDS, "people", PERSON_FIELDS),
        "members": [_fields(m, MEMBER_FIELDS) for m in members],
        "first_contacts": [_fields(c, FIRST_CONTACT_FIELDS) for c in contacts],
        "assessment": _parent(assessment, ASSESSMENT_FIELDS, "needs", NEED_FIELDS),
        "interviews": [_fields(i, INTERVIEW_FIELDS) for i in interviews],
        "actions": [_fields(a, ACTION_FIELDS, ref=refs[a.id]) for a in actions],
        "aid_payments": [
            _fields(
                p,
                AID_FIELDS,
                action_ref=None if p.action_id is None else refs.get(p.action_id),
                budget_line=_line_object(lines.get(p.budget_line_id)),
            )
            for p in payments
        ],
        "consents": [_fields(c, CONSENT_FIELDS) for c in consents],
        "closures": [_fields(c, CLOSURE_FIELDS) for c in closures],
        "assessment_rounds": [_round(r, positions) for r in records.rounds.for_family(fid)],
    }


def _line_object(line: BudgetLine | None) -> JsonObject | None:
    if line is None:
        return None
    return {"name": line.name, "funder": line.funder, "year": line.year}


def _round(found: AssessmentRound, positions: dict[int | None, int]) -> JsonObject:
    """A round with its scores, adults' work (members by position) and benefits."""
    work = [
        {"member": positions.get(w.member_id), "work_situation": w.work_situation.value}
        for w in found.work
    ]
    return _fields(
        found,
        ROUND_FIELDS,
        scores=[_fields(s, ROUND_SCORE_FIELDS) for s in found.scores],
        work=work,
        benefits=[_fields(b, ROUND_BENEFIT_FIELDS) for b in found.benefits],
    )


def _now(now: datetime | None) -> str:
    return (now or datetime.now()).replace(microsecond=0).isoformat(timespec="seconds")


def export_family(records: Records, code: str, *, now: datetime | None = None) -> JsonObject:
    """The document for one family (FamilyNotFoundError if the vault has no such code)."""
    return {
        "format": FORMAT_ONE,
        "version": VERSION,
        "exported_at": _now(now),
        "family": _family_object(records, code),
    }


def export_families(
    records: Records, codes: Sequence[str], *, now: datetime | None = None
) -> JsonObject:
    """One document holding several families, in the order given."""
    return {
        "format": FORMAT_MANY,
        "version": VERSION,
        "exported_at": _now(now),
        "families": [_family_object(records, code) for code in codes],
    }


def dumps(doc: JsonObject) -> bytes:
    """UTF-8 JSON, keys sorted and indented, so two exports of the same data are byte-equal."""
    text = json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False)
    return (text + "\n").encode("utf-8")
