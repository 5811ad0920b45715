"""Reading one spreadsheet cell as counsellors write it: Italian dates, euro amounts with a
decimal comma, tax codes, phone numbers, yes/no, vocabulary labels; and guessing the column
of each header in Italian or English."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ripartire_desktop.domain import Channel, Education, MemberRole, WorkSituation
from ripartire_desktop.store.sheets import Problem, cells, guess_mapping
from ripartire_desktop.store.sheets.cells import CellError

TODAY = date(2026, 6, 30)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("31/01/2026", date(2026, 1, 31)),
        ("31-1-26", date(2026, 1, 31)),
        ("31.01.2026", date(2026, 1, 31)),
        ("2026-01-31", date(2026, 1, 31)),
        ("31 gennaio 2026", date(2026, 1, 31)),
        ("1° mar 2026", date(2026, 3, 1)),
        ("5 Settembre 85", date(1985, 9, 5)),
        ("29/02/2024", date(2024, 2, 29)),
        ("02/03/2026 10:30", date(2026, 3, 2)),
        (datetime(2026, 1, 31, 0, 0), date(2026, 1, 31)),
        (46053.0, date(2026, 1, 31)),  # a date cell that lost its format
    ],
)
def test_dates_written_the_italian_ways(written: object, expected: date) -> None:
    assert cells.day(written, TODAY) == expected


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("31/02/2026", Problem.NOT_A_DATE),
        ("29/02/2025", Problem.NOT_A_DATE),
        ("13/13/2026", Problem.NOT_A_DATE),
        ("ieri", Problem.NOT_A_DATE),
        ("01/07/2026", Problem.DATE_AFTER_TODAY),
        ("01/01/1899", Problem.DATE_TOO_OLD),
        (True, Problem.NOT_A_DATE),
    ],
)
def test_impossible_dates_are_named(written: object, problem: Problem) -> None:
    with pytest.raises(CellError) as caught:
        cells.day(written, TODAY)
    assert caught.value.problem == problem


@pytest.mark.parametrize(
    ("written", "cents"),
    [
        ("150", 15000),
        ("150,5", 15050),
        ("1.250,50", 125050),
        ("€ 1.250", 125000),
        ("1250.50", 125050),
        ("80 EUR", 8000),
        ("1.234.567,89", 123456789),
        (99.99, 9999),
        (12, 1200),
    ],
)
def test_amounts_with_a_decimal_comma(written: object, cents: int) -> None:
    assert cells.cents(written) == cents


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("12,345", Problem.NOT_MONEY),
        ("1,2,3", Problem.NOT_MONEY),
        ("12.3.4", Problem.NOT_MONEY),
        ("dieci", Problem.NOT_MONEY),
        ("0", Problem.MONEY_NOT_POSITIVE),
        ("-5", Problem.MONEY_NOT_POSITIVE),
        ("9999999999999", Problem.MONEY_TOO_LARGE),
        (float("nan"), Problem.NOT_MONEY),
        (0.001, Problem.NOT_MONEY),
    ],
)
def test_wrong_amounts_are_named(written: object, problem: Problem) -> None:
    with pytest.raises(CellError) as caught:
        cells.cents(written)
    assert caught.value.problem == problem


def test_phone_numbers_are_checked_and_written_the_international_way() -> None:
    assert cells.phones("333 1234567 / 02 9210 1234") == ("+39 333 123 4567", "+39 02 9210 1234")
    assert cells.phones(3331234567.0) == ("+39 333 123 4567",)
    assert cells.phones("+44 20 7946 0958") == ("+44 20 7946 0958",)
    for wrong in ("292101234", "123", "telefono"):  # a landline that lost its 0, junk
        with pytest.raises(CellError) as caught:
            cells.phones(wrong)
        assert caught.value.problem == Problem.NOT_A_PHONE


def test_tax_codes_are_validated_with_the_domain_rules() -> None:
    assert cells.tax_code("rss mra 85t41 c523u") == "RSSMRA85T41C523U"
    for wrong, problem in (
        ("RSSMRA85T41C523", Problem.TAX_CODE_SHAPE),
        ("RSSMRA85Z41C523U", Problem.TAX_CODE_DATE),
        ("RSSMRA85T41C523A", Problem.TAX_CODE_CHECK),
    ):
        with pytest.raises(CellError) as caught:
            cells.tax_code(wrong)
        assert caught.value.problem == problem


def test_vocabularies_by_their_labels_gendered_forms_and_everyday_words() -> None:
    assert cells.choice("Disoccupata", WorkSituation) == WorkSituation.UNEMPLOYED
    assert cells.choice("STUDENTESSA", WorkSituation) == WorkSituation.STUDENT
    assert cells.choice("figlia", MemberRole) == MemberRole.CHILD
    assert cells.choice("Mamma", MemberRole) == MemberRole.PARENT
    assert cells.choice("Licenza media", Education) == Education.LOWER_SECONDARY
    assert cells.choice("word of mouth", Channel) == Channel.WORD_OF_MOUTH
    assert cells.choice("Facebook", Channel) == Channel.SOCIAL_NETWORK
    with pytest.raises(CellError) as caught:
        cells.choice("piccione viaggiatore", Channel, "en")
    assert dict(caught.value.args_)["choices"].startswith("Phone line, E-mail")
    assert [cells.yes_no(v) for v in ("Sì", "si", "X", "no", "FALSO", 1.0)] == [
        True, True, True, False, False, True
    ]  # fmt: skip


def test_text_refuses_hidden_characters_and_pastes_gone_wrong() -> None:
    assert cells.text("  Via Roma 1\nscala B ") == "Via Roma 1\nscala B"
    for hostile, problem in (
        ("Rossi\u202eissoR", Problem.CONTROL_CHARACTERS),
        ("Bell\x07", Problem.CONTROL_CHARACTERS),
        ("x" * 1001, Problem.TOO_LONG),
    ):
        with pytest.raises(CellError) as caught:
            cells.text(hostile)
        assert caught.value.problem == problem
    assert cells.text("Nguyễn Thị 明 محمد") == "Nguyễn Thị 明 محمد"


def test_headers_are_guessed_in_italian_and_english() -> None:
    headers = [
        "COGNOME", "Nome ", "Cod. Fiscale", "Cellulare", "E-mail", "Data primo contatto",
        "N° minori", "Città", "Già noto ai servizi sociali", "Operatrice", "Importo (€)",
        "Surname", "First name", "Date of first contact", "Phone", "Colonna misteriosa",
    ]  # fmt: skip
    assert guess_mapping(headers) == {
        0: "family_name", 1: "given_name", 2: "tax_code", 3: "phone", 4: "email",
        5: "first_contact", 6: "minors", 7: "municipality", 8: "known_to_services",
        9: "counsellor", 10: "aid_amount",
    }  # fmt: skip
    english = ["Surname", "First name", "Date of first contact", "Phone", "Household"]
    assert guess_mapping(english) == {
        0: "family_name", 1: "given_name", 2: "first_contact", 3: "phone", 4: "household"
    }  # fmt: skip
