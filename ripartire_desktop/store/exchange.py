"""Family files: one family, or several, with everything held about it, as versioned JSON.

They bring in records kept elsewhere (`ripartire import`) and carry one family's data out
(`ripartire export-family`); docs/family-json.md is the reference for counsellors and integrators.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from ripartire_desktop.domain import (
    ActionStatus,
    ActionType,
    AgeBand,
    AidCategory,
    AidPayment,
    Assessment,
    Channel,
    Closure,
    ClosureReason,
    Consent,
    ConsentMethod,
    ConsentScope,
    Decision,
    Education,
    Family,
    FamilyStatus,
    FirstContact,
    FirstContactOutcome,
    Identity,
    Interview,
    InterviewMode,
    Member,
    MemberRole,
    NeedArea,
    NeedScore,
    Outcome,
    PayeeKind,
    Person,
    PlanAction,
    ValidationError,
    WorkSituation,
    WorkType,
    parse_family_code,
    validate_tax_code,
)
from ripartire_desktop.domain.assessment import (
    MOTIVATION_MAX,
    MOTIVATION_MIN,
    SEVERITY_MAX,
    SEVERITY_MIN,
)
from ripartire_desktop.domain.path import MAX_INTERVIEW_MINUTES
from ripartire_desktop.store.errors import DamagedError, VaultError
from ripartire_desktop.store.fileio import read_capped
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.store.records.facade import Records

__all__ = [
    "FORMAT_MANY",
    "FORMAT_ONE",
    "MAX_AMOUNT_CENTS",
    "VERSION",
    "FamilyBundle",
    "FamilyFileError",
    "ImportedFamily",
    "LinkedPayment",
    "dumps",
    "export_families",
    "export_family",
    "import_families",
    "parse_document",
]

FORMAT_ONE = "ripartire-family"
FORMAT_MANY = "ripartire-families"
VERSION = 1  # bump on any change a version-1 reader would misread or reject
# The largest family file accepted: about 2,000 families of ten interviews each (a demo family
# is 8 KB). Importing runs in one write transaction at about 150 KB/s, so this bounds it to
# about two minutes; a bigger archive is split into several files.
MAX_FILE_BYTES = 16_000_000

# A bound keeps every amount inside SQLite's integer range and catches a misplaced decimal point.
MAX_AMOUNT_CENTS = 99_999_999_999
# Children of a parsed family need a family id to be valid domain objects; the real id is only
# known once the family is stored, and replaces this one on import.
PLACEHOLDER_FAMILY_ID = 1
EARLIEST_YEAR = 1900  # of a family's created_on: earlier is a typo (0206 for 2026)

JsonObject = dict[str, Any]
E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


class FamilyFileError(DamagedError):
    """A family file that cannot be imported; nothing was written.

    `path` is where in the JSON the first problem is (`families[2].interviews[5].duration_minutes`,
    or `document` for the file as a whole) and `problem` says what is wrong with it.
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True, slots=True)
class LinkedPayment:
    """An aid payment and the position, in its family's `actions`, of the action it belongs to."""

    payment: AidPayment
    action_index: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class FamilyBundle:
    """One family read from a file and fully validated, ready to import.

    Every `family_id` inside is PLACEHOLDER_FAMILY_ID and every `id` is None until imported.
    """

    path: str  # "family" or "families[3]": where the family is in its file
    family: Family
    identity: Identity | None = None
    members: tuple[Member, ...] = ()
    first_contacts: tuple[FirstContact, ...] = ()
    assessment: Assessment | None = None
    interviews: tuple[Interview, ...] = ()
    actions: tuple[PlanAction, ...] = ()
    aid_payments: tuple[LinkedPayment, ...] = ()
    consents: tuple[Consent, ...] = ()
    closures: tuple[Closure, ...] = ()

    @property
    def code_in_file(self) -> str:
        return self.family.code


@dataclass(frozen=True, slots=True)
class ImportedFamily:
    code_in_file: str
    code_assigned: str


# --- export -------------------------------------------------------------------------------------


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _moment(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(timespec="seconds")


def _value(member: StrEnum | None) -> str | None:
    return None if member is None else member.value


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
    return {
        "code": family.code,
        "status": family.status.value,
        "counsellor": family.counsellor,
        "municipality": family.municipality,
        "adults": family.adults,
        "minors": family.minors,
        "first_contact_channel": _value(family.first_contact_channel),
        "known_to_social_services": family.known_to_social_services,
        "created_on": _day(family.created_on),
        "updated_on": _day(family.updated_on),
        "opened_on": _day(family.opened_on),
        "closed_on": _day(family.closed_on),
        "identity": None if identity is None else _identity_object(identity),
        "members": [
            {
                "role": m.role.value,
                "age_band": _value(m.age_band),
                "birth_year": m.birth_year,
                "work_situation": _value(m.work_situation),
                "unemployed_since": _day(m.unemployed_since),
                "education": _value(m.education),
            }
            for m in members
        ],
        "first_contacts": [
            {
                "occurred_at": _moment(c.occurred_at),
                "channel": c.channel.value,
                "outcome": c.outcome.value,
                "request": c.request,
                "notes": c.notes,
            }
            for c in contacts
        ],
        "assessment": None if assessment is None else _assessment_object(assessment),
        "interviews": [
            {
                "starts_at": _moment(i.starts_at),
                "duration_minutes": i.duration_minutes,
                "mode": i.mode.value,
                "participants": i.participants,
                "notes": i.notes,
                "topics": [t.value for t in i.topics],
                "next_steps": i.next_steps,
                "next_appointment": _moment(i.next_appointment),
            }
            for i in interviews
        ],
        "actions": [
            {
                "ref": refs[a.id],
                "action_type": a.action_type.value,
                "description": a.description,
                "owner": a.owner,
                "due_on": _day(a.due_on),
                "status": a.status.value,
                "outcome": a.outcome,
            }
            for a in actions
        ],
        "aid_payments": [
            {
                "paid_on": _day(p.paid_on),
                "category": p.category.value,
                "amount_cents": p.amount_cents,
                "payee_kind": p.payee_kind.value,
                "payee_name": p.payee_name,
                "receipt_ref": p.receipt_ref,
                "action_ref": None if p.action_id is None else refs.get(p.action_id),
            }
            for p in payments
        ],
        "consents": [
            {
                "notice_version": c.notice_version,
                "given_on": _day(c.given_on),
                "method": c.method.value,
                "scopes": sorted(s.value for s in c.scopes),
                "withdrawn_on": _day(c.withdrawn_on),
            }
            for c in consents
        ],
        "closures": [
            {
                "closed_on": _day(c.closed_on),
                "reason": c.reason.value,
                "outcome": c.outcome.value,
                "work_type": _value(c.work_type),
                "note": c.note,
            }
            for c in closures
        ],
    }


def _identity_object(identity: Identity) -> JsonObject:
    return {
        "people": [
            {"given_name": p.given_name, "family_name": p.family_name, "tax_code": p.tax_code}
            for p in identity.people
        ],
        "phones": list(identity.phones),
        "emails": list(identity.emails),
        "address": identity.address,
        "tax_code": identity.tax_code,
        "contact_preferences": identity.contact_preferences,
    }


def _assessment_object(a: Assessment) -> JsonObject:
    return {
        "assessed_on": _day(a.assessed_on),
        "needs": [
            {"area": n.area.value, "baseline": n.baseline, "exit": n.exit, "note": n.note}
            for n in a.needs
        ],
        "motivation": a.motivation,
        "resources": a.resources,
        "resident": a.resident,
        "has_minor": a.has_minor,
        "job_loss_or_hardship": a.job_loss_or_hardship,
        "decision": a.decision.value,
        "decided_on": _day(a.decided_on),
    }


def export_family(records: Records, code: str, *, now: datetime | None = None) -> JsonObject:
    """The document for one family (FamilyNotFoundError if the vault has no such code)."""
    return {
        "format": FORMAT_ONE,
        "version": VERSION,
        "exported_at": _moment((now or datetime.now()).replace(microsecond=0)),
        "family": _family_object(records, code),
    }


def export_families(
    records: Records, codes: Sequence[str], *, now: datetime | None = None
) -> JsonObject:
    """One document holding several families, in the order given."""
    return {
        "format": FORMAT_MANY,
        "version": VERSION,
        "exported_at": _moment((now or datetime.now()).replace(microsecond=0)),
        "families": [_family_object(records, code) for code in codes],
    }


def dumps(doc: JsonObject) -> bytes:
    """UTF-8 JSON, keys sorted and indented, so two exports of the same data are byte-equal."""
    text = json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False)
    return (text + "\n").encode("utf-8")


# --- reading: safe messages ---------------------------------------------------------------------

_SHOWN_CHARS = 40
_MESSAGE_CHARS = 200
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,39}")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MOMENT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}")


def _escape(text: str) -> str:
    # Control, format (bidi overrides) and separator characters could rewrite a terminal line.
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch.isprintable():
            out.append(ch)
        elif ord(ch) <= 0xFFFF:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    return "".join(out)


def _shown(value: object) -> str:
    """A value from the file as it may appear in a message: short, quoted, escaped."""
    if isinstance(value, str):
        clipped = value[:_SHOWN_CHARS] + ("…" if len(value) > _SHOWN_CHARS else "")
        return f'"{_escape(clipped)}"'
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        text = repr(value)
        return text if len(text) <= 20 else text[:20] + "…"
    return _kind(value)


def _kind(value: object) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "true/false"
    if value is None:
        return "null"
    return "a number"


def _join(path: str, key: str) -> str:
    part = key if _PLAIN_KEY.fullmatch(key) else f"[{_shown(key)}]"
    if not path:
        return part
    return path + part if part.startswith("[") else f"{path}.{part}"


def _clip(message: str) -> str:
    return message if len(message) <= _MESSAGE_CHARS else message[:_MESSAGE_CHARS] + "…"


@contextmanager
def _rules(path: str) -> Iterator[None]:
    """Turn a domain rule's ValidationError into a FamilyFileError at `path`.field."""
    try:
        yield
    except ValidationError as err:
        raise FamilyFileError(_join(path, err.field), _clip(err.message)) from None


# --- reading: JSON ------------------------------------------------------------------------------


class _JsonDict(dict[str, Any]):
    """A JSON object that remembers the first key it saw twice (json keeps only the last)."""

    duplicate: str | None = None


def _pairs(pairs: list[tuple[str, Any]]) -> _JsonDict:
    result = _JsonDict()
    for key, value in pairs:
        if key in result and result.duplicate is None:
            result.duplicate = key
        result[key] = value
    return result


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number JSON allows")


def _load(raw: bytes) -> object:
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark from Windows editors is harmless
    except UnicodeDecodeError as err:
        raise FamilyFileError(
            "document", f"is not UTF-8 text (invalid byte at position {err.start})"
        ) from None
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_no_constant)
    except json.JSONDecodeError as err:
        raise FamilyFileError(
            "document", f"is not valid JSON: {err.msg} at line {err.lineno}, column {err.colno}"
        ) from None
    except RecursionError:
        raise FamilyFileError("document", "is nested too deeply to be a family file") from None
    except ValueError as err:  # NaN/Infinity, or a number with thousands of digits
        raise FamilyFileError("document", f"is not valid JSON: {_clip(str(err))}") from None


_MISSING: Any = object()


class _Obj:
    """The fields of one JSON object, each read with its type and range, naming its path."""

    def __init__(self, value: object, path: str, fields: tuple[str, ...]) -> None:
        self.path = path
        if not isinstance(value, dict):
            raise FamilyFileError(path or "document", f"must be an object, not {_kind(value)}")
        duplicate = getattr(value, "duplicate", None)
        if duplicate is not None:
            raise FamilyFileError(self.at(duplicate), "appears twice in the same object")
        for key in value:
            if key not in fields:
                raise FamilyFileError(
                    self.at(key), f"is not a field of format version {VERSION} (misspelt?)"
                )
        self._data: dict[str, Any] = value

    def at(self, key: str) -> str:
        return _join(self.path, key)

    def fail(self, key: str, problem: str) -> FamilyFileError:
        return FamilyFileError(self.at(key), problem)

    def raw(self, key: str, required: bool) -> Any:
        value = self._data.get(key, _MISSING)
        if value is _MISSING and required:
            raise self.fail(key, "is required")
        return value

    def text(self, key: str, *, required: bool = False, nonblank: bool = False) -> str:
        value = self.raw(key, required)
        if value is _MISSING:
            return ""
        return _text(value, self.at(key), nonblank=nonblank)

    def integer(self, key: str, low: int, high: int, *, required: bool = False) -> int | None:
        value = self.raw(key, required)
        if value is _MISSING or (value is None and not required):
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"must be a whole number, not {_shown(value)}")
        if not low <= value <= high:
            raise self.fail(key, f"must be between {low} and {high}")
        return value

    def required_integer(self, key: str, low: int, high: int) -> int:
        value = self.integer(key, low, high, required=True)
        assert value is not None
        return value

    def flag(self, key: str, *, default: bool) -> bool:
        value = self.raw(key, False)
        if value is _MISSING:
            return default
        if not isinstance(value, bool):
            raise self.fail(key, f"must be true or false, not {_shown(value)}")
        return value

    def optional_flag(self, key: str) -> bool | None:
        value = self.raw(key, False)
        if value is _MISSING or value is None:
            return None
        if not isinstance(value, bool):
            raise self.fail(key, f"must be true, false or null, not {_shown(value)}")
        return value

    def day(self, key: str, *, required: bool = False) -> date | None:
        value = self.raw(key, required)
        if value is _MISSING or (value is None and not required):
            return None
        if isinstance(value, str) and _DAY.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                raise self.fail(key, f"{_shown(value)} is not a real date") from None
        raise self.fail(key, f"must be a date like 2026-03-01, not {_shown(value)}")

    def required_day(self, key: str) -> date:
        value = self.day(key, required=True)
        assert value is not None
        return value

    def moment(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, required)
        if value is _MISSING or (value is None and not required):
            return None
        if isinstance(value, str) and _MOMENT.fullmatch(value):
            try:
                return datetime.fromisoformat(value)
            except ValueError:
                raise self.fail(key, f"{_shown(value)} is not a real date and time") from None
        raise self.fail(
            key,
            "must be a local date and time like 2026-03-01T09:30:00 (no time zone), "
            f"not {_shown(value)}",
        )

    def required_moment(self, key: str) -> datetime:
        value = self.moment(key, required=True)
        assert value is not None
        return value

    def enum(self, key: str, vocabulary: type[E], *, default: E | None = None) -> E:
        value = self.raw(key, default is None)
        if value is _MISSING and default is not None:
            return default
        return _member(value, vocabulary, self.at(key))

    def optional_enum(self, key: str, vocabulary: type[E]) -> E | None:
        value = self.raw(key, False)
        if value is _MISSING or value is None:
            return None
        return _member(value, vocabulary, self.at(key))

    def enums(self, key: str, vocabulary: type[E], *, required: bool = False) -> tuple[E, ...]:
        found: list[E] = []
        for item, path in self.items(key, required=required):
            member = _member(item, vocabulary, path)
            if member in found:
                raise FamilyFileError(path, f"{_shown(item)} is listed twice")
            found.append(member)
        return tuple(found)

    def texts(self, key: str) -> tuple[str, ...]:
        return tuple(_text(item, path, nonblank=True) for item, path in self.items(key))

    def items(self, key: str, *, required: bool = False) -> list[tuple[Any, str]]:
        value = self.raw(key, required)
        if value is _MISSING:
            return []
        if not isinstance(value, list):
            raise self.fail(key, f"must be a list, not {_shown(value)}")
        path = self.at(key)
        return [(item, f"{path}[{n}]") for n, item in enumerate(value)]

    def child(self, key: str) -> Any:
        """A nested object, or None when absent or null (checked by its own reader)."""
        value = self.raw(key, False)
        return None if value is _MISSING else value

    def tax_code(self, key: str) -> str | None:
        value = self.raw(key, False)
        if value is _MISSING or value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(key, f"must be text or null, not {_shown(value)}")
        try:
            return validate_tax_code(value)
        except ValidationError as err:
            raise self.fail(key, _clip(err.message)) from None


def _text(value: object, path: str, *, nonblank: bool = False) -> str:
    if not isinstance(value, str):
        raise FamilyFileError(path, f"must be text, not {_shown(value)}")
    if nonblank and not value.strip():
        raise FamilyFileError(path, "is required and cannot be blank")
    # A lone surrogate (\ud800 written in the JSON) is no character and cannot be stored.
    if any("\ud800" <= ch <= "\udfff" for ch in value):
        raise FamilyFileError(path, "contains an invalid character (a lone UTF-16 surrogate)")
    return value


def _member(value: object, vocabulary: type[E], path: str) -> E:
    allowed = ", ".join(m.value for m in vocabulary)
    if isinstance(value, str):
        try:
            return vocabulary(value)
        except ValueError:
            raise FamilyFileError(path, f"{_shown(value)} is not one of: {allowed}") from None
    raise FamilyFileError(path, f"must be one of: {allowed}; not {_shown(value)}")


# --- reading: records ---------------------------------------------------------------------------

FAMILY_FIELDS = (
    "code",
    "status",
    "counsellor",
    "municipality",
    "adults",
    "minors",
    "first_contact_channel",
    "known_to_social_services",
    "created_on",
    "updated_on",
    "opened_on",
    "closed_on",
    "identity",
    "members",
    "first_contacts",
    "assessment",
    "interviews",
    "actions",
    "aid_payments",
    "consents",
    "closures",
)
IDENTITY_FIELDS = ("people", "phones", "emails", "address", "tax_code", "contact_preferences")
PERSON_FIELDS = ("given_name", "family_name", "tax_code")
MEMBER_FIELDS = (
    "role",
    "age_band",
    "birth_year",
    "work_situation",
    "unemployed_since",
    "education",
)
FIRST_CONTACT_FIELDS = ("occurred_at", "channel", "outcome", "request", "notes")
ASSESSMENT_FIELDS = (
    "assessed_on",
    "needs",
    "motivation",
    "resources",
    "resident",
    "has_minor",
    "job_loss_or_hardship",
    "decision",
    "decided_on",
)
NEED_FIELDS = ("area", "baseline", "exit", "note")
INTERVIEW_FIELDS = (
    "starts_at",
    "duration_minutes",
    "mode",
    "participants",
    "notes",
    "topics",
    "next_steps",
    "next_appointment",
)
ACTION_FIELDS = ("ref", "action_type", "description", "owner", "due_on", "status", "outcome")
AID_FIELDS = (
    "paid_on",
    "category",
    "amount_cents",
    "payee_kind",
    "payee_name",
    "receipt_ref",
    "action_ref",
)
CONSENT_FIELDS = ("notice_version", "given_on", "method", "scopes", "withdrawn_on")
CLOSURE_FIELDS = ("closed_on", "reason", "outcome", "work_type", "note")

_FID = PLACEHOLDER_FAMILY_ID


def _family_code(o: _Obj) -> str:
    value = o.text("code", required=True)
    try:
        parse_family_code(value)
    except ValidationError:
        raise o.fail("code", f"{_shown(value)} is not a family code like RIP-2026-007") from None
    return value


def _read_family(value: object, path: str) -> FamilyBundle:
    o = _Obj(value, path, FAMILY_FIELDS)
    code = _family_code(o)
    status = o.enum("status", FamilyStatus, default=FamilyStatus.FIRST_CONTACT)
    created_on = o.required_day("created_on")
    if created_on.year < EARLIEST_YEAR:
        # Also keeps a reassigned code (RIP-<created year>-NNN) a four-digit year.
        raise o.fail("created_on", f"must be a date from {EARLIEST_YEAR} on")
    with _rules(path):
        family = Family(
            code=code,
            created_on=created_on,
            status=status,
            counsellor=o.text("counsellor"),
            municipality=o.text("municipality"),
            adults=o.integer("adults", 0, 99) or 0,
            minors=o.integer("minors", 0, 99) or 0,
            first_contact_channel=o.optional_enum("first_contact_channel", Channel),
            known_to_social_services=o.optional_flag("known_to_social_services"),
            updated_on=o.required_day("updated_on"),
            opened_on=o.day("opened_on"),
            closed_on=o.day("closed_on"),
        )
    identity_value = o.child("identity")
    identity = None if identity_value is None else _read_identity(identity_value, o.at("identity"))
    members = _each(o, "members", _read_member)
    contacts = _each(o, "first_contacts", _read_first_contact)
    assessment_value = o.child("assessment")
    assessment = (
        None if assessment_value is None else _read_assessment(assessment_value, o.at("assessment"))
    )
    interviews = _each(o, "interviews", _read_interview)
    actions, refs = _read_actions(o)
    payments = tuple(_read_payment(item, p, refs) for item, p in o.items("aid_payments"))
    consents = _each(o, "consents", _read_consent)
    closures = _each(o, "closures", _read_closure)
    return FamilyBundle(
        path=path,
        family=family,
        identity=identity,
        members=members,
        first_contacts=contacts,
        assessment=assessment,
        interviews=interviews,
        actions=actions,
        aid_payments=payments,
        consents=consents,
        closures=closures,
    )


def _each(o: _Obj, key: str, read: Callable[[object, str], T]) -> tuple[T, ...]:
    return tuple(read(item, path) for item, path in o.items(key))


def _read_identity(value: object, path: str) -> Identity:
    o = _Obj(value, path, IDENTITY_FIELDS)
    people = _each(o, "people", _read_person)
    with _rules(path):
        return Identity(
            people=people,
            phones=o.texts("phones"),
            emails=o.texts("emails"),
            address=o.text("address"),
            tax_code=o.tax_code("tax_code"),
            contact_preferences=o.text("contact_preferences"),
        )


def _read_person(value: object, path: str) -> Person:
    o = _Obj(value, path, PERSON_FIELDS)
    with _rules(path):
        return Person(
            given_name=o.text("given_name"),
            family_name=o.text("family_name"),
            tax_code=o.tax_code("tax_code"),
        )


def _read_member(value: object, path: str) -> Member:
    o = _Obj(value, path, MEMBER_FIELDS)
    with _rules(path):
        return Member(
            family_id=_FID,
            role=o.enum("role", MemberRole),
            age_band=o.optional_enum("age_band", AgeBand),
            birth_year=o.integer("birth_year", 1880, 2999),
            work_situation=o.optional_enum("work_situation", WorkSituation),
            unemployed_since=o.day("unemployed_since"),
            education=o.optional_enum("education", Education),
        )


def _read_first_contact(value: object, path: str) -> FirstContact:
    o = _Obj(value, path, FIRST_CONTACT_FIELDS)
    with _rules(path):
        return FirstContact(
            occurred_at=o.required_moment("occurred_at"),
            channel=o.enum("channel", Channel),
            outcome=o.enum("outcome", FirstContactOutcome),
            request=o.text("request"),
            notes=o.text("notes"),
        )


def _read_assessment(value: object, path: str) -> Assessment:
    o = _Obj(value, path, ASSESSMENT_FIELDS)
    needs: list[NeedScore] = []
    for item, item_path in o.items("needs"):
        need = _read_need(item, item_path)
        if any(n.area == need.area for n in needs):
            raise FamilyFileError(
                _join(item_path, "area"), f'"{need.area.value}" is scored twice: once per area'
            )
        needs.append(need)
    with _rules(path):
        return Assessment(
            family_id=_FID,
            assessed_on=o.required_day("assessed_on"),
            needs=tuple(needs),
            motivation=o.integer("motivation", MOTIVATION_MIN, MOTIVATION_MAX),
            resources=o.text("resources"),
            resident=o.flag("resident", default=False),
            has_minor=o.flag("has_minor", default=False),
            job_loss_or_hardship=o.flag("job_loss_or_hardship", default=False),
            decision=o.enum("decision", Decision, default=Decision.PENDING),
            decided_on=o.day("decided_on"),
        )


def _read_need(value: object, path: str) -> NeedScore:
    o = _Obj(value, path, NEED_FIELDS)
    with _rules(path):
        return NeedScore(
            area=o.enum("area", NeedArea),
            baseline=o.integer("baseline", SEVERITY_MIN, SEVERITY_MAX),
            exit=o.integer("exit", SEVERITY_MIN, SEVERITY_MAX),
            note=o.text("note"),
        )


def _read_interview(value: object, path: str) -> Interview:
    o = _Obj(value, path, INTERVIEW_FIELDS)
    with _rules(path):
        return Interview(
            family_id=_FID,
            starts_at=o.required_moment("starts_at"),
            duration_minutes=o.required_integer("duration_minutes", 1, MAX_INTERVIEW_MINUTES),
            mode=o.enum("mode", InterviewMode),
            participants=o.text("participants"),
            notes=o.text("notes"),
            topics=o.enums("topics", NeedArea),
            next_steps=o.text("next_steps"),
            next_appointment=o.moment("next_appointment"),
        )


def _read_actions(o: _Obj) -> tuple[tuple[PlanAction, ...], dict[str, int]]:
    actions: list[PlanAction] = []
    refs: dict[str, int] = {}
    for index, (value, path) in enumerate(o.items("actions")):
        a = _Obj(value, path, ACTION_FIELDS)
        ref_value = a.child("ref")
        if ref_value is not None:
            ref = _text(ref_value, a.at("ref"), nonblank=True)
            if ref in refs:
                raise a.fail("ref", f"{_shown(ref)} is already the ref of another action")
            refs[ref] = index
        with _rules(path):
            actions.append(
                PlanAction(
                    family_id=_FID,
                    action_type=a.enum("action_type", ActionType),
                    description=a.text("description"),
                    owner=a.text("owner"),
                    due_on=a.day("due_on"),
                    status=a.enum("status", ActionStatus, default=ActionStatus.PLANNED),
                    outcome=a.text("outcome"),
                )
            )
    return tuple(actions), refs


def _read_payment(value: object, path: str, refs: dict[str, int]) -> LinkedPayment:
    o = _Obj(value, path, AID_FIELDS)
    with _rules(path):
        payment = AidPayment(
            family_id=_FID,
            paid_on=o.required_day("paid_on"),
            category=o.enum("category", AidCategory),
            amount_cents=o.required_integer("amount_cents", 1, MAX_AMOUNT_CENTS),
            payee_kind=o.enum("payee_kind", PayeeKind),
            payee_name=o.text("payee_name"),
            receipt_ref=o.text("receipt_ref"),
        )
    ref_value = o.child("action_ref")
    if ref_value is None:
        return LinkedPayment(payment, None)
    ref = _text(ref_value, o.at("action_ref"))
    if ref not in refs:
        raise o.fail("action_ref", f"no action of this family has the ref {_shown(ref)}")
    return LinkedPayment(payment, refs[ref])


def _read_consent(value: object, path: str) -> Consent:
    o = _Obj(value, path, CONSENT_FIELDS)
    notice_version = o.text("notice_version", required=True, nonblank=True)
    given_on = o.required_day("given_on")
    method = o.enum("method", ConsentMethod)
    scopes = o.enums("scopes", ConsentScope, required=True)
    with _rules(path):
        return Consent(
            family_id=_FID,
            notice_version=notice_version,
            given_on=given_on,
            method=method,
            scopes=frozenset(scopes),
            withdrawn_on=o.day("withdrawn_on"),
        )


def _read_closure(value: object, path: str) -> Closure:
    o = _Obj(value, path, CLOSURE_FIELDS)
    with _rules(path):
        return Closure(
            family_id=_FID,
            closed_on=o.required_day("closed_on"),
            reason=o.enum("reason", ClosureReason),
            outcome=o.enum("outcome", Outcome),
            work_type=o.optional_enum("work_type", WorkType),
            note=o.text("note"),
        )


def read_family_file(path: Path) -> bytes:
    """The bytes of a family file, refused unread above MAX_FILE_BYTES (FileTooLargeError)."""
    try:
        return read_capped(path, MAX_FILE_BYTES, "family file")
    except OSError as exc:
        raise VaultError(f"Cannot read {path}: {exc.strerror}.") from exc


def parse_document(raw: bytes) -> list[FamilyBundle]:
    """Every family in a family file, fully validated; FamilyFileError at the first problem.

    Nothing is written here, so a bad file is refused before the vault is touched.
    """
    data = _load(raw)
    if isinstance(data, list):
        raise FamilyFileError(
            "document",
            "is a bare list; a family file is an object with format, version and family or "
            f'families, e.g. {{"format": "{FORMAT_MANY}", "version": {VERSION}, '
            '"families": [...]}',
        )
    if not isinstance(data, dict):
        raise FamilyFileError("document", f"must be a JSON object, not {_kind(data)}")
    fmt = data.get("format", _MISSING)
    if fmt is _MISSING:
        raise FamilyFileError("format", "is required: this is not a Ripartire family file")
    if fmt not in (FORMAT_ONE, FORMAT_MANY):
        raise FamilyFileError(
            "format",
            f'must be "{FORMAT_ONE}" or "{FORMAT_MANY}", not {_shown(fmt)}: '
            "this is not a Ripartire family file",
        )
    body = "family" if fmt == FORMAT_ONE else "families"
    top = _Obj(data, "", ("format", "version", "exported_at", body))
    version = top.raw("version", True)
    if isinstance(version, bool) or not isinstance(version, int):
        raise top.fail("version", f"must be a whole number, not {_shown(version)}")
    if version > VERSION:
        raise top.fail(
            "version",
            f"this file is format version {_shown(version)}, written by a newer Ripartire; "
            f"this version reads version {VERSION}: update Ripartire to import it",
        )
    if version < VERSION:
        raise top.fail("version", f"{_shown(version)} is not a version of this format")
    top.moment("exported_at")
    if fmt == FORMAT_ONE:
        return [_read_family(top.raw("family", True), "family")]
    items = top.items("families", required=True)
    if not items:
        raise top.fail("families", "must hold at least one family")
    return [_read_family(item, path) for item, path in items]


# --- import -------------------------------------------------------------------------------------


def import_families(
    records: Records, bundles: list[FamilyBundle], *, on: date
) -> list[ImportedFamily]:
    """Store every family of `bundles` in one transaction: all of them, or none.

    A family keeps the code of its file when that code was never issued in this vault; otherwise
    it gets the next code of its `created_on` year. `on` is the day of the import: a family
    created or updated after it is refused (a wrong date, or a clock set wrong).
    """
    for bundle in bundles:
        for name in ("created_on", "updated_on"):
            if getattr(bundle.family, name) > on:
                raise FamilyFileError(
                    _join(bundle.path, name), f"is after the day of import ({on.isoformat()})"
                )
    imported: list[ImportedFamily] = []
    with records.transaction():
        for bundle in bundles:
            code = _store(records, bundle)
            records.audit.record(
                AuditAction.IMPORT, family_code=code, detail=f"code in file {bundle.code_in_file}"
            )
            imported.append(ImportedFamily(bundle.code_in_file, code))
    return imported


def _store(records: Records, bundle: FamilyBundle) -> str:
    stored = records.families.add(bundle.family, keep_code=True)
    fid = stored.id
    assert fid is not None
    if bundle.identity is not None:
        records.identities.save(fid, replace(bundle.identity, family_id=fid))
    for member in bundle.members:
        records.members.add(fid, member)
    for contact in bundle.first_contacts:
        records.first_contacts.add(replace(contact, family_id=fid))
    if bundle.assessment is not None:
        records.assessments.save(replace(bundle.assessment, family_id=fid))
    for interview in bundle.interviews:
        records.interviews.add(replace(interview, family_id=fid))
    action_ids = [records.actions.add(replace(a, family_id=fid)).id for a in bundle.actions]
    for linked in bundle.aid_payments:
        action_id = None if linked.action_index is None else action_ids[linked.action_index]
        records.aid.add(replace(linked.payment, family_id=fid, action_id=action_id))
    for consent in bundle.consents:
        records.consents.add(replace(consent, family_id=fid))
    for closure in bundle.closures:
        records.closures.add(replace(closure, family_id=fid))
    return stored.code
