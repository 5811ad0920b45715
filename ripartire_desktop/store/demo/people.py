"""The demo household: parents, children and grandparents, their names, fake tax codes and
contacts, and the story their notes keep coming back to."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from ripartire_desktop.domain import vocab
from ripartire_desktop.domain.tax_code import check_character
from ripartire_desktop.domain.vocab import MemberRole, WorkSituation, age_band_for_birth_year

from .bulk import Writer
from .odds import CHILD_COUNT, EDUCATION, PARTNER_WORK, SPEAKER_WORK, S
from .plan import Plan, days
from .words import (
    CHILDREN,
    CONTACT_PREFERENCES,
    FEMALE_NAMES,
    JOBS,
    MALE_NAMES,
    MONTHS,
    STREETS,
    SURNAMES,
)

# A Belfiore (birthplace) code that no municipality has: every demo codice fiscale is fake.
FAKE_BIRTHPLACE = "X000"
_TAX_MONTHS = "ABCDEHLMPRST"


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().upper()


def _tax_code_part(name: str, *, given: bool) -> str:
    letters = [c for c in _ascii(name) if c.isalpha()]
    consonants = [c for c in letters if c not in "AEIOU"]
    if given and len(consonants) >= 4:
        consonants = [consonants[0], consonants[2], consonants[3]]
    vowels = [c for c in letters if c in "AEIOU"]
    return "".join(consonants + vowels + ["X"] * 3)[:3]


def fake_tax_code(family_name: str, given_name: str, born: date, *, female: bool) -> str:
    """A well-formed codice fiscale with a correct check character but a birthplace (X000)
    that does not exist, so it can never be a real person's."""
    day = born.day + (40 if female else 0)
    first15 = (
        f"{_tax_code_part(family_name, given=False)}{_tax_code_part(given_name, given=True)}"
        f"{born.year % 100:02d}{_TAX_MONTHS[born.month - 1]}{day:02d}{FAKE_BIRTHPLACE}"
    )
    return first15 + check_character(first15)


@dataclass(slots=True)
class Parent:
    given: str
    family_name: str
    female: bool
    born: date


@dataclass(slots=True)
class Story:
    """What the notes of one family keep coming back to."""

    parents: list[Parent]
    ctx: dict[str, str]
    closure: tuple[vocab.ClosureReason, vocab.Outcome] = (
        vocab.ClosureReason.OTHER,
        vocab.Outcome.OTHER,
    )


def _born(w: Writer, low: int, high: int) -> date:
    rng = w.rng
    year = w.today.year - rng.randint(low, high)
    return date(year, rng.randint(1, 12), rng.randint(1, 28))


def _age(w: Writer, born_year: int) -> tuple[str | None, int | None]:
    """(age band, birth year) as a counsellor records it: mostly the year, else the band."""
    if w.rng.random() < 0.8:
        return None, born_year
    return age_band_for_birth_year(born_year, w.today).value, None


def household(w: Writer, fid: int, plan: Plan) -> tuple[int, int, Story]:
    rng, year = w.rng, w.today.year
    low, high = (45, 58) if plan.unmet == "minor" else (24, 52)
    surname = rng.choice(SURNAMES)
    mother_name = surname if rng.random() < 0.3 else rng.choice(SURNAMES)
    mother = Parent(rng.choice(FEMALE_NAMES), mother_name, True, _born(w, low, high))
    father = Parent(rng.choice(MALE_NAMES), surname, False, _born(w, low, high))
    if rng.random() < 0.68:
        parents = [father, mother] if rng.random() < 0.55 else [mother, father]
    else:
        parents = [mother] if rng.random() < 0.75 else [father]
    speaker_work = SPEAKER_WORK(rng) if plan.unmet != "hardship" else WorkSituation.EMPLOYED
    members = w.rows["members"]
    for i, parent in enumerate(parents):
        work = speaker_work if i == 0 else PARTNER_WORK(rng)
        since = None
        if work == WorkSituation.UNEMPLOYED:
            since = (plan.created - days(rng.randint(15, 400))).isoformat()
        band, born_year = _age(w, parent.born.year)
        role = MemberRole.PARENT.value
        members.append((fid, role, band, born_year, work.value, since, EDUCATION(rng).value))
    adults, minors = len(parents), 0
    youngest = max(p.born.year for p in parents)
    if plan.unmet == "minor":  # only a grown-up child at home
        band, born_year = _age(w, year - rng.randint(20, 25))
        grown = rng.choice((WorkSituation.STUDENT, WorkSituation.UNEMPLOYED)).value
        upper = vocab.Education.UPPER_SECONDARY.value
        members.append((fid, MemberRole.CHILD.value, band, born_year, grown, None, upper))
        adults += 1
    else:
        for _ in range(CHILD_COUNT(rng)):
            band, born_year = _age(w, rng.randint(max(year - 17, youngest + 18), year))
            members.append((fid, MemberRole.CHILD.value, band, born_year, None, None, None))
            minors += 1
    if rng.random() < 0.1:  # a grandparent living with the family
        band, born_year = _age(w, year - rng.randint(62, 80))
        retired = WorkSituation.RETIRED.value
        members.append((fid, MemberRole.OTHER_ADULT.value, band, born_year, retired, None, None))
        adults += 1
    speaker = parents[0]
    who = "La madre" if speaker.female else "Il padre"
    child = rng.choice(CHILDREN)
    ctx = {
        "G": who,
        "g": who.lower(),
        "o": "a" if speaker.female else "o",
        "job": rng.choice(JOBS),
        "month": rng.choice(MONTHS),
        "child": child,
        "Child": child[0].upper() + child[1:],
        "amount": str(rng.randrange(150, 650, 50)),
    }
    return adults, minors, Story(parents, ctx)


def identity(w: Writer, fid: int, plan: Plan, story: Story, municipality: str) -> None:
    rng = w.rng
    people = w.rows["identity_people"]
    contacts = w.rows["identity_contacts"]
    speaker_code = None
    if plan.status == S.FIRST_CONTACT and rng.random() < 0.5:  # just a first name so far
        people.append((fid, 0, story.parents[0].given, "", None))
        address = ""
    else:
        for i, p in enumerate(story.parents):
            code = None
            if rng.random() < 0.25:
                code = fake_tax_code(p.family_name, p.given, p.born, female=p.female)
                speaker_code = code if i == 0 else speaker_code
            people.append((fid, i, p.given, p.family_name, code))
        address = f"{rng.choice(STREETS)} {rng.randint(1, 120)}, {municipality}"
    tax_code = speaker_code if rng.random() < 0.8 else None
    preference = rng.choice(CONTACT_PREFERENCES)
    w.rows["identities"].append((fid, address, tax_code, preference))
    mobile = f"+39 000 {rng.randint(100, 999)} {rng.randint(0, 9999):04d}"
    contacts.append((fid, "phone", 0, mobile))
    if rng.random() < 0.3:
        contacts.append((fid, "phone", 1, f"02 0000 {rng.randint(0, 9999):04d}"))
    if rng.random() < 0.65:
        speaker = story.parents[0]
        local = f"{_ascii(speaker.given)}.{_ascii(speaker.family_name)}".lower()
        contacts.append((fid, "email", 0, f"{local}{rng.randint(1, 99)}@example.org"))
