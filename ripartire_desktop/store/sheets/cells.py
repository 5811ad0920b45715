"""Reading one cell as the value it stands for: Italian dates, euro amounts with a decimal
comma, tax codes, phone numbers, yes/no and the closed vocabularies by their labels.

Each reader takes what the file gave (text from a CSV; numbers, dates or text from a
workbook) and returns the value to store, or raises CellError saying what is wrong.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from ripartire_desktop.domain import ValidationError, label, validate_tax_code
from ripartire_desktop.store.exchange import MAX_AMOUNT_CENTS

from .fields import normalise
from .messages import Problem

Cell = object  # str, int, float, bool, date, datetime, time or timedelta, as the reader gives
MAX_TEXT = 1_000  # characters in one cell: more is a paste gone wrong, not a name or address
EARLIEST = date(1900, 1, 1)
_EXCEL_EPOCH = date(1899, 12, 30)
# Characters that change how text is shown or read back: C0/C1 controls, bidi overrides.
_HIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


class CellError(ValueError):
    def __init__(self, problem: Problem, **args: str) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.args_ = tuple(sorted(args.items()))


def as_text(value: Cell) -> str:
    """The cell as its text, without surrounding spaces ("" for an empty cell). Whole numbers
    read without ".0", dates as day/month/year."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "VERO" if value else "FALSO"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M") if value.time() else value.strftime("%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value).strip()


def text(value: Cell) -> str:
    shown = as_text(value)
    if _HIDDEN.search(shown.replace("\n", " ").replace("\t", " ").replace("\r", " ")):
        raise CellError(Problem.CONTROL_CHARACTERS)
    if len(shown) > MAX_TEXT:
        raise CellError(Problem.TOO_LONG, limit=str(MAX_TEXT))
    return shown


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("gennaio", "gen", "january", "jan"),
            ("febbraio", "feb", "february"),
            ("marzo", "mar", "march"),
            ("aprile", "apr", "april"),
            ("maggio", "mag", "may"),
            ("giugno", "giu", "june", "jun"),
            ("luglio", "lug", "july", "jul"),
            ("agosto", "ago", "august", "aug"),
            ("settembre", "set", "sett", "september", "sep", "sept"),
            ("ottobre", "ott", "october", "oct"),
            ("novembre", "nov", "november"),
            ("dicembre", "dic", "december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_NUMERIC = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_WORDS = re.compile(r"(\d{1,2})\s*(?:°|º)?\s+([^\W\d_]+)\.?\s+(\d{2}|\d{4})")
# A time after the date (a workbook's date-time written as text) is allowed and dropped.
_TIME_TAIL = re.compile(r"(?:\s+|T)\d{1,2}[:.]\d{2}(?:[:.]\d{2})?$")


def _full_year(digits: str, today: date) -> int:
    year = int(digits)
    if len(digits) == 2:  # 26 -> 2026, 85 -> 1985
        year += 2000 if year <= today.year % 100 else 1900
    return year


def _day_from_text(written: str, today: date) -> date:
    written = _TIME_TAIL.sub("", written.strip())
    numeric = _NUMERIC.fullmatch(written)
    iso = _ISO.fullmatch(written)
    words = _WORDS.fullmatch(written.casefold())
    if numeric:  # day first, as in Italy
        day, month, year = int(numeric[1]), int(numeric[2]), _full_year(numeric[3], today)
    elif iso:
        year, month, day = int(iso[1]), int(iso[2]), int(iso[3])
    elif words and words[2] in _MONTHS:
        day, month, year = int(words[1]), _MONTHS[words[2]], _full_year(words[3], today)
    else:
        raise CellError(Problem.NOT_A_DATE)
    try:
        return date(year, month, day)
    except ValueError:
        raise CellError(Problem.NOT_A_DATE) from None


def day(value: Cell, today: date, *, past_only: bool = True) -> date:
    """A day from a date cell, a spreadsheet date number or text such as 31/01/2026,
    31-1-26, 31.01.2026, 2026-01-31 or 31 gennaio 2026."""
    if isinstance(value, datetime):
        found = value.date()
    elif isinstance(value, date):
        found = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        # A date cell that lost its format shows as its serial number (days since 1899-12-30).
        if not 1 <= value <= 2_958_465:
            raise CellError(Problem.NOT_A_DATE)
        found = _EXCEL_EPOCH + timedelta(days=int(value))
    elif isinstance(value, str):
        found = _day_from_text(value, today)
    else:
        raise CellError(Problem.NOT_A_DATE)
    if found < EARLIEST:
        raise CellError(Problem.DATE_TOO_OLD)
    if past_only and found > today:
        raise CellError(Problem.DATE_AFTER_TODAY)
    return found


_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+")
_POINT_DECIMAL = re.compile(r"\d+\.\d{1,2}")
_COMMA_DECIMAL = re.compile(r"\d+(,\d{1,2})?")


def _amount_text(written: str) -> Decimal:
    written = written.replace("€", "").replace("\u00a0", "").replace(" ", "")
    written = re.sub(r"(?i)^eur(o)?|eur(o)?$", "", written)
    negative = written.startswith("-")
    written = written.removeprefix("-")
    if "," in written:  # Italian: dots group thousands, the comma marks the decimals
        whole, _, decimals = written.rpartition(",")
        if whole and "." in whole and not _THOUSANDS.fullmatch(whole):
            raise CellError(Problem.NOT_MONEY)
        written = whole.replace(".", "") + "," + decimals
        if not _COMMA_DECIMAL.fullmatch(written):
            raise CellError(Problem.NOT_MONEY)
        written = written.replace(",", ".")
    elif _THOUSANDS.fullmatch(written):
        written = written.replace(".", "")
    elif not (_POINT_DECIMAL.fullmatch(written) or (written.isdigit() and written.isascii())):
        raise CellError(Problem.NOT_MONEY)
    return Decimal(written) * (-1 if negative else 1)


def cents(value: Cell) -> int:
    """Euro cents from 150, 150,5, 1.250,50, € 1.250, 1250.50 or a number cell."""
    if isinstance(value, str):
        amount = _amount_text(value)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            raise CellError(Problem.NOT_MONEY) from None
    else:
        raise CellError(Problem.NOT_MONEY)
    if not amount.is_finite():
        raise CellError(Problem.NOT_MONEY)
    found = amount * 100
    if found != found.to_integral_value():
        raise CellError(Problem.NOT_MONEY)
    if found <= 0:
        raise CellError(Problem.MONEY_NOT_POSITIVE)
    if found > MAX_AMOUNT_CENTS:
        raise CellError(Problem.MONEY_TOO_LARGE)
    return int(found)


def _whole(value: Cell, problem: Problem) -> int:
    if isinstance(value, bool):
        raise CellError(problem)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit() and value.strip().isascii():
        return int(value.strip())
    raise CellError(problem)


def count(value: Cell) -> int:
    found = _whole(value, Problem.NOT_A_COUNT)
    if not 0 <= found <= 99:
        raise CellError(Problem.NOT_A_COUNT)
    return found


def birth_year(value: Cell, today: date) -> int:
    """A year (1985), or a date of birth whose year is kept."""
    if isinstance(value, (date, datetime)) or (isinstance(value, str) and not value.isdigit()):
        try:
            return day(value, today).year
        except CellError:
            raise CellError(Problem.NOT_A_YEAR) from None
    year = _whole(value, Problem.NOT_A_YEAR)
    if not today.year - 130 <= year <= today.year:
        raise CellError(Problem.NOT_A_YEAR)
    return year


def tax_code(value: Cell) -> str:
    try:
        return validate_tax_code(as_text(value))
    except ValidationError as exc:
        if "date of birth" in exc.message:
            raise CellError(Problem.TAX_CODE_DATE) from None
        if "check character" in exc.message:
            raise CellError(Problem.TAX_CODE_CHECK) from None
        raise CellError(Problem.TAX_CODE_SHAPE) from None


_SEPARATORS = re.compile(r"\s*[;/|]\s*|\s+-\s+|\s*,\s*")


def phones(value: Cell) -> tuple[str, ...]:
    """One or more numbers ("333 123 4567 / 02 9210 1234"), each written the international
    way (+39 333 123 4567). Italy is the home region for numbers written without +."""
    import phonenumbers  # heavy (its metadata): loaded on the first import, not at start-up

    found = []
    for part in _SEPARATORS.split(as_text(value)):
        if not part:
            continue
        try:
            number = phonenumbers.parse(part, "IT")
        except phonenumbers.NumberParseException:
            raise CellError(Problem.NOT_A_PHONE) from None
        if not phonenumbers.is_valid_number(number):
            raise CellError(Problem.NOT_A_PHONE)
        found.append(
            phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        )
    return tuple(found)


_EMAIL = re.compile(r"[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\].]{2,}")


def emails(value: Cell) -> tuple[str, ...]:
    found = [part for part in re.split(r"[\s;,]+", text(value)) if part]
    if not all(_EMAIL.fullmatch(part) for part in found):
        raise CellError(Problem.NOT_AN_EMAIL)
    return tuple(found)


_YES = frozenset({"si", "s", "yes", "y", "x", "1", "vero", "true"})
_NO = frozenset({"no", "n", "0", "falso", "false"})


def yes_no(value: Cell) -> bool:
    if isinstance(value, bool):
        return value
    written = normalise(as_text(value))
    if written in _YES:
        return True
    if written in _NO:
        return False
    raise CellError(Problem.NOT_YES_NO)


# Words counsellors write that are not the labels themselves.
_SYNONYMS: dict[str, str] = {
    "padre": "parent", "madre": "parent", "genitore": "parent", "richiedente": "parent",
    "capofamiglia": "parent", "intestatario": "parent", "mamma": "parent", "papa": "parent",
    "figlio": "child", "figlia": "child", "figli": "child", "minore": "child", "son": "child",
    "daughter": "child", "nonno": "other_adult", "nonna": "other_adult", "zio": "other_adult",
    "zia": "other_adult", "convivente": "other_adult", "coniuge": "other_adult",
    "telefonata": "phone", "tel": "phone", "mail": "email", "facebook": "social_network",
    "instagram": "social_network", "social": "social_network", "amici": "word_of_mouth",
    "servizi sociali": "referral", "invio": "referral", "sportello": "in_person",
    "di persona": "in_person", "disoccupata": "unemployed", "occupata": "employed",
}  # fmt: skip


def _spellings(vocabulary: type[StrEnum]) -> dict[str, StrEnum]:
    found: dict[str, StrEnum] = {}
    for member in vocabulary:
        forms = [member.value.replace("_", " ")]
        for lang in ("it", "en"):
            written = label(member, lang)
            forms.append(written)
            if "/" in written:  # "Occupato/a" -> occupato, occupata; "Studente/studentessa"
                first, _, second = written.partition("/")
                forms += [first, second if len(second) > 2 else first[: -len(second)] + second]
        for form in forms:
            found.setdefault(normalise(form), member)
    values = {member.value: member for member in vocabulary}
    for word, value in _SYNONYMS.items():
        if value in values:
            found.setdefault(word, values[value])
    return found


_CHOICES: dict[type[StrEnum], dict[str, StrEnum]] = {}


def choice(value: Cell, vocabulary: type[StrEnum], lang: str = "it") -> StrEnum:
    spellings = _CHOICES.get(vocabulary)
    if spellings is None:
        spellings = _CHOICES[vocabulary] = _spellings(vocabulary)
    found = spellings.get(normalise(as_text(value)))
    if found is None:
        accepted = ", ".join(label(member, lang) for member in vocabulary)
        raise CellError(Problem.NOT_A_CHOICE, choices=accepted)
    return found
