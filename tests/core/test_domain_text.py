"""Free text of any script and length is kept exactly as typed, in every text field."""

from collections.abc import Callable
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ripartire_desktop.domain import (
    AidPayment,
    Assessment,
    Closure,
    Consent,
    Family,
    FirstContact,
    Identity,
    Interview,
    NeedScore,
    Person,
    PlanAction,
)

D = date(2026, 3, 2)
T = datetime(2026, 3, 2, 9, 30)

# (entity, base values, text fields that may be empty, text fields that must not be blank)
Row = tuple[Callable[..., object], dict[str, object], tuple[str, ...], tuple[str, ...]]
ENTITIES: list[Row] = [
    (Family, {"code": "RIP-2026-001", "created_on": D, "updated_on": D},
     ("counsellor", "municipality"), ()),
    (Person, {"given_name": "x"}, ("family_name",), ("given_name",)),
    (Identity, {}, ("address", "contact_preferences"), ()),
    (FirstContact, {"occurred_at": T, "channel": "phone", "outcome": "other"},
     ("request", "notes"), ()),
    (NeedScore, {"area": "work"}, ("note",), ()),
    (Assessment, {"family_id": 1, "assessed_on": D}, ("resources",), ()),
    (Interview, {"family_id": 1, "starts_at": T, "duration_minutes": 30, "mode": "desk"},
     ("participants", "notes", "next_steps"), ()),
    (PlanAction, {"family_id": 1, "action_type": "other"}, ("description", "owner", "outcome"), ()),
    (AidPayment, {"family_id": 1, "paid_on": D, "category": "other", "amount_cents": 1,
                  "payee_kind": "supplier", "payee_name": "x"},
     ("receipt_ref",), ("payee_name",)),
    (Consent, {"family_id": 1, "given_on": D, "method": "digital", "scopes": ("path",),
               "notice_version": "x"}, (), ("notice_version",)),
    (Closure, {"family_id": 1, "closed_on": D, "reason": "other", "outcome": "other"},
     ("note",), ()),
]  # fmt: skip

FIELDS = [
    pytest.param(entity, base, field, required, id=f"{entity.__name__}.{field}")
    for entity, base, optional, required_fields in ENTITIES
    for field, required in [(f, False) for f in optional] + [(f, True) for f in required_fields]
]

NASTY = [
    "<b>Tom & Jerry</b> &amp; <script>alert(1)</script>",
    "👨‍👩‍👧‍👦 famiglia 🇮🇹 ❤️",
    "مرحبا بالعائلة",  # right to left
    "שלום \u202e reversed \u202c",
    "  leading and trailing spaces  \n\n",
    "\x00nul\x00 and \t tabs \r\n CRLF",
    "Zalgo: Z̴̡͓a̷l̵g̶o̸",
    "'; DROP TABLE families; --",
    "%s %d {0} {name} $HOME \\",
    "ℝ𝔦𝔭𝔞𝔯𝔱𝔦𝔯𝔢 \ufeff BOM \u200b zero width",
]

any_text = st.text(alphabet=st.characters(codec=None), max_size=300) | st.sampled_from(NASTY)


@pytest.mark.parametrize(("entity", "base", "field", "required"), FIELDS)
@given(value=any_text)
def test_text_is_kept_exactly(
    entity: Callable[..., object],
    base: dict[str, object],
    field: str,
    required: bool,
    value: str,
) -> None:
    if required and not value.strip():
        return  # a blank required field is refused, tested in test_domain_entities
    obj = entity(**{**base, field: value})
    assert getattr(obj, field) == value
    assert type(getattr(obj, field)) is str


@pytest.mark.parametrize(("entity", "base", "field", "required"), FIELDS)
def test_very_long_text_is_kept(
    entity: Callable[..., object], base: dict[str, object], field: str, required: bool
) -> None:
    value = ("Verbale del colloquio 👨‍👩‍👧 <i>note</i> مرحبا " * 40_000)[:1_500_000]
    obj = entity(**{**base, field: value})
    assert getattr(obj, field) == value


@given(
    phones=st.lists(any_text.filter(str.strip), max_size=4),
    emails=st.lists(any_text.filter(str.strip), max_size=4),
)
def test_identity_contacts_are_kept_exactly(phones: list[str], emails: list[str]) -> None:
    identity = Identity(phones=phones, emails=emails)
    assert identity.phones == tuple(phones)
    assert identity.emails == tuple(emails)


@given(given_name=any_text.filter(str.strip), family_name=any_text)
def test_names_are_kept_exactly(given_name: str, family_name: str) -> None:
    person = Person(given_name=given_name, family_name=family_name)
    assert (person.given_name, person.family_name) == (given_name, family_name)
