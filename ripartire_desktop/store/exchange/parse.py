"""Reading family files into validated records: each object of the file with its fields, in
the order the reader checks them, so the first problem reported is always the same one.

Nothing is written here, so a bad file is refused before the vault is touched.
"""

from __future__ import annotations

from collections.abc import Callable
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
)
from ripartire_desktop.domain.assessment import (
    MOTIVATION_MAX,
    MOTIVATION_MIN,
    SEVERITY_MAX,
    SEVERITY_MIN,
)
from ripartire_desktop.domain.budget import MAX_YEAR, MIN_YEAR
from ripartire_desktop.domain.path import MAX_INTERVIEW_MINUTES
from ripartire_desktop.store.errors import VaultError
from ripartire_desktop.store.fileio import read_capped

from .parse_rounds import read_round
from .reader import MISSING, Obj, join, kind, load, rules, shown, text_at
from .schemas import (
    ACTION_FIELDS,
    AID_FIELDS,
    ASSESSMENT_FIELDS,
    BUDGET_LINE_FIELDS,
    CLOSURE_FIELDS,
    CONSENT_FIELDS,
    EARLIEST_YEAR,
    FAMILY_FIELDS,
    FIRST_CONTACT_FIELDS,
    FORMAT_MANY,
    FORMAT_ONE,
    IDENTITY_FIELDS,
    INTERVIEW_FIELDS,
    MAX_AMOUNT_CENTS,
    MAX_FILE_BYTES,
    MEMBER_FIELDS,
    NEED_FIELDS,
    OLDEST_VERSION,
    PERSON_FIELDS,
    PLACEHOLDER_FAMILY_ID,
    VERSION,
    FamilyBundle,
    FamilyFileError,
    LinkedPayment,
)

T = TypeVar("T")
_FID = PLACEHOLDER_FAMILY_ID
# How one field is read: `field(obj, key)`, raising FamilyFileError at the field's path.
Field = Callable[[Obj, str], Any]


def _enum(vocabulary: Any, default: Any = None) -> Field:
    return lambda o, key: o.enum(key, vocabulary, default=default)


def _maybe(vocabulary: Any) -> Field:
    return lambda o, key: o.optional_enum(key, vocabulary)


def _whole(low: int, high: int, *, required: bool = False) -> Field:
    return lambda o, key: o.integer(key, low, high, required=required)


def _record(
    make: Callable[..., T], names: tuple[str, ...], fields: tuple[Field, ...]
) -> Callable[[object, str], T]:
    """A reader of one object whose fields `names` are read, in order, by `fields`."""

    def read(value: object, path: str) -> T:
        o = Obj(value, path, names)
        with rules(path):
            return make(**{key: field(o, key) for key, field in zip(names, fields, strict=True)})

    return read


def _of_family(make: Callable[..., T]) -> Callable[..., T]:
    """`make` for a record of a family not stored yet (its real id replaces _FID on import)."""
    return lambda **values: make(family_id=_FID, **values)


# Each in the order of its field list (the table's columns).
_read_person = _record(Person, PERSON_FIELDS, (Obj.text, Obj.text, Obj.tax_code))
_read_member = _record(
    _of_family(Member),
    MEMBER_FIELDS,
    (
        _enum(MemberRole), _maybe(AgeBand), _whole(1880, 2999), _maybe(WorkSituation), Obj.day,
        _maybe(Education),
    ),
)  # fmt: skip
_read_first_contact = _record(
    FirstContact,
    FIRST_CONTACT_FIELDS,
    (Obj.required_moment, _enum(Channel), _enum(FirstContactOutcome), Obj.text, Obj.text,
     Obj.moment),
)  # fmt: skip
read_first_contact = _read_first_contact  # a desk contact handed over on its own
_read_need = _record(
    NeedScore,
    NEED_FIELDS,
    (_enum(NeedArea), _whole(SEVERITY_MIN, SEVERITY_MAX), _whole(SEVERITY_MIN, SEVERITY_MAX),
     Obj.text),
)  # fmt: skip
_read_interview = _record(
    _of_family(Interview),
    INTERVIEW_FIELDS,
    (
        Obj.required_moment, _whole(1, MAX_INTERVIEW_MINUTES, required=True),
        _enum(InterviewMode), Obj.text, Obj.text, lambda o, key: o.enums(key, NeedArea), Obj.text,
        Obj.moment,
    ),
)  # fmt: skip
_read_closure = _record(
    _of_family(Closure),
    CLOSURE_FIELDS,
    (Obj.required_day, _enum(ClosureReason), _enum(Outcome), _maybe(WorkType), Obj.text),
)
_read_consent = _record(
    _of_family(Consent),
    CONSENT_FIELDS,
    (
        lambda o, key: o.text(key, required=True, nonblank=True), Obj.required_day,
        _enum(ConsentMethod), lambda o, key: frozenset(o.enums(key, ConsentScope, required=True)),
        Obj.day,
    ),
)  # fmt: skip


def _family_code(o: Obj) -> str:
    value = o.text("code", required=True)
    try:
        parse_family_code(value)
    except ValidationError:
        raise o.fail("code", f"{shown(value)} is not a family code like RIP-2026-007") from None
    return value


def _read_family(value: object, path: str) -> FamilyBundle:
    o = Obj(value, path, FAMILY_FIELDS)
    code = _family_code(o)
    status = o.enum("status", FamilyStatus, default=FamilyStatus.FIRST_CONTACT)
    created_on = o.required_day("created_on")
    if created_on.year < EARLIEST_YEAR:
        # Also keeps a reassigned code (RIP-<created year>-NNN) a four-digit year.
        raise o.fail("created_on", f"must be a date from {EARLIEST_YEAR} on")
    with rules(path):
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
    identity = _one(o, "identity", _read_identity)
    members = _each(o, "members", _read_member)
    contacts = _each(o, "first_contacts", _read_first_contact)
    assessment = _one(o, "assessment", _read_assessment)
    interviews = _each(o, "interviews", _read_interview)
    actions, refs = _read_actions(o)
    payments = tuple(_read_payment(item, p, refs) for item, p in o.items("aid_payments"))
    consents = _each(o, "consents", _read_consent)
    closures = _each(o, "closures", _read_closure)
    rounds = None
    if o.raw("assessment_rounds", False) is not MISSING:
        rounds = tuple(
            read_round(item, p, len(members)) for item, p in o.items("assessment_rounds")
        )
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
        rounds=rounds,
    )


def _each(o: Obj, key: str, read: Callable[[object, str], T]) -> tuple[T, ...]:
    return tuple(read(item, path) for item, path in o.items(key))


def _one(o: Obj, key: str, read: Callable[[object, str], T]) -> T | None:
    value = o.child(key)
    return None if value is None else read(value, o.at(key))


def _read_identity(value: object, path: str) -> Identity:
    o = Obj(value, path, IDENTITY_FIELDS)
    people = _each(o, "people", _read_person)
    with rules(path):
        return Identity(
            people=people,
            phones=o.texts("phones"),
            emails=o.texts("emails"),
            address=o.text("address"),
            tax_code=o.tax_code("tax_code"),
            contact_preferences=o.text("contact_preferences"),
        )


def _read_assessment(value: object, path: str) -> Assessment:
    o = Obj(value, path, ASSESSMENT_FIELDS)
    needs: list[NeedScore] = []
    for item, item_path in o.items("needs"):
        need = _read_need(item, item_path)
        if any(n.area == need.area for n in needs):
            raise FamilyFileError(
                join(item_path, "area"), f'"{need.area.value}" is scored twice: once per area'
            )
        needs.append(need)
    with rules(path):
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


def _read_actions(o: Obj) -> tuple[tuple[PlanAction, ...], dict[str, int]]:
    actions: list[PlanAction] = []
    refs: dict[str, int] = {}
    for index, (value, path) in enumerate(o.items("actions")):
        a = Obj(value, path, ACTION_FIELDS)
        ref_value = a.child("ref")
        if ref_value is not None:
            ref = text_at(ref_value, a.at("ref"), nonblank=True)
            if ref in refs:
                raise a.fail("ref", f"{shown(ref)} is already the ref of another action")
            refs[ref] = index
        with rules(path):
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
    o = Obj(value, path, AID_FIELDS)
    with rules(path):
        payment = AidPayment(
            family_id=_FID,
            paid_on=o.required_day("paid_on"),
            category=o.enum("category", AidCategory),
            amount_cents=o.required_integer("amount_cents", 1, MAX_AMOUNT_CENTS),
            payee_kind=o.enum("payee_kind", PayeeKind),
            payee_name=o.text("payee_name"),
            receipt_ref=o.text("receipt_ref"),
        )
    line = _read_budget_line(o.child("budget_line"), o.at("budget_line"))
    ref_value = o.child("action_ref")
    if ref_value is None:
        return LinkedPayment(payment, None, line)
    ref = text_at(ref_value, o.at("action_ref"))
    if ref not in refs:
        raise o.fail("action_ref", f"no action of this family has the ref {shown(ref)}")
    return LinkedPayment(payment, refs[ref], line)


def _read_budget_line(value: object, path: str) -> tuple[str, str, int] | None:
    if value is None:
        return None
    o = Obj(value, path, BUDGET_LINE_FIELDS)
    year = o.required_integer("year", MIN_YEAR, MAX_YEAR)
    return (
        o.text("name", required=True, nonblank=True),
        o.text("funder", required=True, nonblank=True),
        year,
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
    data = load(raw)
    if isinstance(data, list):
        raise FamilyFileError(
            "document",
            "is a bare list; a family file is an object with format, version and family or "
            f'families, e.g. {{"format": "{FORMAT_MANY}", "version": {VERSION}, '
            '"families": [...]}',
        )
    if not isinstance(data, dict):
        raise FamilyFileError("document", f"must be a JSON object, not {kind(data)}")
    fmt = data.get("format", MISSING)
    if fmt is MISSING:
        raise FamilyFileError("format", "is required: this is not a Ripartire family file")
    if fmt not in (FORMAT_ONE, FORMAT_MANY):
        raise FamilyFileError(
            "format",
            f'must be "{FORMAT_ONE}" or "{FORMAT_MANY}", not {shown(fmt)}: '
            "this is not a Ripartire family file",
        )
    body = "family" if fmt == FORMAT_ONE else "families"
    top = Obj(data, "", ("format", "version", "exported_at", body))
    version = top.raw("version", True)
    if isinstance(version, bool) or not isinstance(version, int):
        raise top.fail("version", f"must be a whole number, not {shown(version)}")
    if version > VERSION:
        raise top.fail(
            "version",
            f"this file is format version {shown(version)}, written by a newer Ripartire; "
            f"this version reads version {VERSION}: update Ripartire to import it",
        )
    if version < OLDEST_VERSION:
        raise top.fail("version", f"{shown(version)} is not a version of this format")
    top.moment("exported_at")
    if fmt == FORMAT_ONE:
        return [_read_family(top.raw("family", True), "family")]
    items = top.items("families", required=True)
    if not items:
        raise top.fail("families", "must hold at least one family")
    return [_read_family(item, path) for item, path in items]
