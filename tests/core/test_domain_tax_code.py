"""Codice fiscale: codes built here from the published algorithm, for fictional people."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ripartire_desktop.domain import Identity, Person, ValidationError, validate_tax_code

# The published odd-position table, written out per character (independent of the module's).
DIGITS_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
LETTERS_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22]
LETTERS_ODD += [25, 24, 23]
ODD = dict(zip("0123456789", DIGITS_ODD, strict=True)) | dict(
    zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", LETTERS_ODD, strict=True)
)
EVEN = {ch: (int(ch) if ch.isdigit() else ord(ch) - ord("A")) for ch in ODD}
MONTHS = "ABCDEHLMPRST"
OMOCODIA = "LMNPQRSTUV"
OMOCODIA_POSITIONS = (6, 7, 9, 10, 12, 13, 14)


def check_char(first15: str) -> str:
    total = sum(ODD[ch] if i % 2 == 0 else EVEN[ch] for i, ch in enumerate(first15))
    return chr(ord("A") + total % 26)


def _split(word: str) -> tuple[str, str]:
    letters = [ch for ch in word.upper() if ch.isalpha()]
    return (
        "".join(ch for ch in letters if ch not in "AEIOU"),
        "".join(ch for ch in letters if ch in "AEIOU"),
    )


def build_code(surname: str, name: str, born: date, female: bool, place: str) -> str:
    cons, vows = _split(surname)
    part_surname = (cons + vows + "XXX")[:3]
    cons, vows = _split(name)
    part_name = cons[0] + cons[2] + cons[3] if len(cons) >= 4 else (cons + vows + "XXX")[:3]
    day = born.day + (40 if female else 0)
    first15 = (
        f"{part_surname}{part_name}{born.year % 100:02d}{MONTHS[born.month - 1]}{day:02d}{place}"
    )
    return first15 + check_char(first15)


def test_the_textbook_example_is_valid() -> None:
    assert build_code("Rossi", "Mario", date(1980, 1, 1), False, "F205") == "RSSMRA80A01F205X"
    assert validate_tax_code("RSSMRA80A01F205X") == "RSSMRA80A01F205X"


@pytest.mark.parametrize(
    ("surname", "name", "born", "female", "place"),
    [
        ("Bianchi", "Lucia", date(1985, 7, 15), True, "F205"),
        ("Verdi", "Giuseppina", date(1992, 12, 31), True, "C523"),
        ("Fo", "Al", date(2001, 2, 9), False, "Z330"),  # short names pad with X; born abroad
        ("Esposito", "Gianfranco", date(1979, 4, 30), False, "F839"),
    ],
)
def test_codes_of_fictional_people_are_accepted(
    surname: str, name: str, born: date, female: bool, place: str
) -> None:
    code = build_code(surname, name, born, female, place)
    assert validate_tax_code(code) == code


def test_code_is_normalised_to_uppercase_without_spaces() -> None:
    assert validate_tax_code(" rss mra 80a01 f205x ") == "RSSMRA80A01F205X"


def test_fixed_examples_computed_by_hand() -> None:
    # Worked out by hand from the tables: BNCLCU85L55F205 weighs 123, and 123 % 26 = 19 -> T.
    assert build_code("Bianchi", "Lucia", date(1985, 7, 15), True, "F205") == "BNCLCU85L55F205T"
    assert validate_tax_code("BNCLCU85L55F205T") == "BNCLCU85L55F205T"


@pytest.mark.parametrize("wrong", "ABCDEFGHIJKLMNOPQRSTUVWYZ")  # every letter but the right X
def test_a_wrong_check_character_is_refused(wrong: str) -> None:
    with pytest.raises(ValidationError, match="check character") as info:
        validate_tax_code("RSSMRA80A01F205" + wrong)
    assert info.value.field == "tax_code"


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "RSSMRA80A01F205",  # 15 characters
        "RSSMRA80A01F205XX",
        "RSSMRA80Z01F205X",  # Z is not a month letter
        "RSSMRA80A32F205X",  # day 32
        "RSSMRA80A00F205X",  # day 0
        "RSS-MRA80A01F205X",
        "RSSMRÀ80A01F205X",
        "1SSMRA80A01F205X",
        "RSSMRA８０A01F205X",  # full-width digits
    ],
)
def test_malformed_codes_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        validate_tax_code(bad)


def test_omocodia_substitution_with_recomputed_check_is_valid() -> None:
    # The Agenzia replaces digits from the right: last digit of the place code 5 -> R.
    base = "RSSMRA80A01F20R"
    code = base + check_char(base)
    assert validate_tax_code(code) == code
    # Keeping the old check character after substituting is a typo, and is caught.
    with pytest.raises(ValidationError):
        validate_tax_code(base + "X")


people = st.builds(
    build_code,
    surname=st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=12),
    name=st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=12),
    born=st.dates(min_value=date(1920, 1, 1), max_value=date(2025, 12, 31)),
    female=st.booleans(),
    place=st.from_regex(r"[A-Z][0-9]{3}", fullmatch=True),
)


@given(code=people, positions=st.sets(st.sampled_from(OMOCODIA_POSITIONS)))
def test_any_omocodia_variant_is_valid(code: str, positions: set[int]) -> None:
    chars = list(code[:15])
    for pos in positions:
        chars[pos] = OMOCODIA[int(chars[pos])]
    variant = "".join(chars) + check_char("".join(chars))
    assert validate_tax_code(variant.lower()) == variant


@given(code=people, index=st.integers(0, 14), replacement=st.sampled_from("0123456789"))
def test_a_single_mistyped_digit_is_caught(code: str, index: int, replacement: str) -> None:
    if not code[index].isdigit() or code[index] == replacement:
        return
    typo = code[:index] + replacement + code[index + 1 :]
    # A changed digit keeps the structure, so only the check character can catch it.
    with pytest.raises(ValidationError):
        validate_tax_code(typo)


def test_identity_and_person_store_the_normalised_code() -> None:
    identity = Identity(
        tax_code="rssmra80a01f205x",
        people=(Person(given_name="Lucia", family_name="Bianchi", tax_code="BNCLCU85L55F205T"),),
    )
    assert identity.tax_code == "RSSMRA80A01F205X"
    assert identity.all_tax_codes() == {"RSSMRA80A01F205X", "BNCLCU85L55F205T"}


def test_identity_refuses_an_invalid_code() -> None:
    with pytest.raises(ValidationError) as info:
        Identity(tax_code="RSSMRA80A01F205Y")
    assert info.value.field == "tax_code"
