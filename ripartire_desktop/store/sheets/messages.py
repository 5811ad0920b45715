"""What the import says about a cell or a file, in Italian and English.

The store has no Qt, so these texts are kept here as pairs, as the printed documents keep
theirs (reports/strings_*.py); the window shows the Italian or English one, the command line
the language asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ripartire_desktop.domain import format_cents, label

from .fields import Kind


class Problem(StrEnum):
    NOT_A_DATE = "not_a_date"
    DATE_AFTER_TODAY = "date_after_today"
    DATE_TOO_OLD = "date_too_old"
    NOT_MONEY = "not_money"
    MONEY_NOT_POSITIVE = "money_not_positive"
    MONEY_TOO_LARGE = "money_too_large"
    NOT_A_COUNT = "not_a_count"
    NOT_A_YEAR = "not_a_year"
    TAX_CODE_SHAPE = "tax_code_shape"
    TAX_CODE_DATE = "tax_code_date"
    TAX_CODE_CHECK = "tax_code_check"
    NOT_A_PHONE = "not_a_phone"
    NOT_AN_EMAIL = "not_an_email"
    NOT_YES_NO = "not_yes_no"
    NOT_A_CHOICE = "not_a_choice"
    FORMULA = "formula"
    CONTROL_CHARACTERS = "control_characters"
    TOO_LONG = "too_long"
    NO_HOUSEHOLD = "no_household"
    CONFLICT = "conflict"
    NAME_MISSING = "name_missing"
    ROLE_MISSING = "role_missing"
    CLOSED_WITHOUT_DATE = "closed_without_date"
    DATE_BUT_NOT_CLOSED = "date_but_not_closed"
    CLOSED_BEFORE_CONTACT = "closed_before_contact"
    AID_DATE_MISSING = "aid_date_missing"
    AID_AMOUNT_MISSING = "aid_amount_missing"
    NOT_ACCEPTED = "not_accepted"
    IN_VAULT = "in_vault"
    TWICE = "twice"


# Problem -> (Italian, English); `{value}` is the cell as written, the rest per problem.
_CELL: dict[Problem, tuple[str, str]] = {
    Problem.NOT_A_DATE: ("{value} non è una data", "{value} is not a date"),
    Problem.DATE_AFTER_TODAY: ("{value} è dopo oggi", "{value} is after today"),
    Problem.DATE_TOO_OLD: ("{value} è prima del 1900", "{value} is before 1900"),
    Problem.NOT_MONEY: (
        "{value} non è un importo in euro (per esempio 150 o 1.250,50)",
        "{value} is not an amount in euros (for example 150 or 1.250,50)",
    ),
    Problem.MONEY_NOT_POSITIVE: (
        "{value}: l'importo deve essere maggiore di zero",
        "{value}: the amount must be more than zero",
    ),
    Problem.MONEY_TOO_LARGE: (
        "{value} è un importo troppo grande",
        "{value} is too large an amount",
    ),
    Problem.NOT_A_COUNT: (
        "{value} non è un numero intero da 0 a 99",
        "{value} is not a whole number from 0 to 99",
    ),
    Problem.NOT_A_YEAR: (
        "{value} non è un anno di nascita né una data di nascita",
        "{value} is neither a year nor a date of birth",
    ),
    Problem.TAX_CODE_SHAPE: (
        "{value} non è un codice fiscale (16 lettere e cifre, per esempio RSSMRA80A01F205X)",
        "{value} is not a codice fiscale (16 letters and digits, e.g. RSSMRA80A01F205X)",
    ),
    Problem.TAX_CODE_DATE: (
        "{value}: la data di nascita nel codice fiscale non è valida",
        "{value}: the date of birth in this codice fiscale is not valid",
    ),
    Problem.TAX_CODE_CHECK: (
        "{value}: il carattere di controllo del codice fiscale non torna (un carattere è "
        "sbagliato)",
        "{value}: the check character of this codice fiscale does not match (a character is "
        "mistyped)",
    ),
    Problem.NOT_A_PHONE: (
        "{value} non è un numero di telefono valido (se manca lo 0 iniziale, formatta la "
        "colonna come testo)",
        "{value} is not a valid phone number (if the leading 0 is missing, format the column "
        "as text)",
    ),
    Problem.NOT_AN_EMAIL: ("{value} non è un indirizzo e-mail", "{value} is not an e-mail address"),
    Problem.NOT_YES_NO: ("{value}: scrivere sì o no", "{value}: write yes or no (sì/no)"),
    Problem.NOT_A_CHOICE: (
        "{value} non è tra i valori ammessi: {choices}",
        "{value} is not one of the accepted values: {choices}",
    ),
    Problem.FORMULA: (
        "{value} è una formula non calcolata: salva il foglio con i valori",
        "{value} is a formula that was never computed: save the sheet with its values",
    ),
    Problem.CONTROL_CHARACTERS: (
        "{value} contiene caratteri di controllo o di direzione del testo",
        "{value} holds control or text-direction characters",
    ),
    Problem.TOO_LONG: (
        "il testo supera {limit} caratteri",
        "the text is longer than {limit} characters",
    ),
    Problem.NO_HOUSEHOLD: (
        "manca il nucleo: le righe con lo stesso valore formano un nucleo",
        "the household is missing: rows with the same value form one household",
    ),
    Problem.CONFLICT: (
        "{value} è diverso da {other} alla riga {line} dello stesso nucleo",
        "{value} differs from {other} on row {line} of the same household",
    ),
    Problem.NAME_MISSING: (
        "c'è un codice fiscale ma né nome né cognome",
        "there is a tax code but neither a given nor a family name",
    ),
    Problem.ROLE_MISSING: (
        "manca il ruolo (Genitore, Figlio/a, Altro adulto) o l'anno di nascita",
        "the role (parent, child, other adult) or the year of birth is missing",
    ),
    Problem.CLOSED_WITHOUT_DATE: (
        "{value}: un nucleo chiuso ha bisogno della Data chiusura",
        "{value}: a closed household needs its closing date",
    ),
    Problem.DATE_BUT_NOT_CLOSED: (
        "{value}: la Data chiusura vale solo per lo stato Chiuso",
        "{value}: a closing date goes only with the status Closed",
    ),
    Problem.CLOSED_BEFORE_CONTACT: (
        "{value} è prima della Data primo contatto",
        "{value} is before the first contact date",
    ),
    Problem.AID_DATE_MISSING: (
        "c'è un importo ma manca la Data contributo",
        "there is an amount but no aid date",
    ),
    Problem.AID_AMOUNT_MISSING: (
        "c'è una Data contributo ma manca l'importo",
        "there is an aid date but no amount",
    ),
    Problem.NOT_ACCEPTED: ("{value} non è accettato: {detail}", "{value} is refused: {detail}"),
    Problem.IN_VAULT: (
        "{value} è già nel vault, nella famiglia {code}",
        "{value} is already in the vault, in the family {code}",
    ),
    Problem.TWICE: ("{value} compare già alla riga {line}", "{value} also appears on row {line}"),
}

_ROW = ("riga", "row")
_COLUMN = ("colonna", "column")


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how spreadsheets name columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def quoted(value: str, limit: int = 60) -> str:
    """A cell's text as quoted in a message: shortened, control characters made visible."""
    shown = value if len(value) <= limit else value[: limit - 1] + "…"
    shown = "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in shown)
    return f"'{shown}'"


@dataclass(frozen=True, slots=True)
class CellProblem:
    """One bad cell (or, with `column` None, a bad row), as the import names it."""

    sheet: str
    row: int  # as the spreadsheet numbers it, from 1
    column: int | None  # 0-based
    header: str
    value: str
    problem: Problem
    args: tuple[tuple[str, str], ...] = ()

    def text(self, lang: str = "it") -> str:
        at = 0 if lang == "it" else 1
        where = f"{self.sheet}, {_ROW[at]} {self.row}"
        if self.column is not None:
            where += f", {_COLUMN[at]} {column_letter(self.column)}"
            if self.header:
                where += f" ({self.header})"
        words = _CELL[self.problem][at].format(value=quoted(self.value), **dict(self.args))
        return f"{where}: {words}"

    def __str__(self) -> str:
        return self.text("en")


def shown_value(kind: Kind, value: object, lang: str) -> str:
    """A checked value as the preview shows it: as stored, in the words of the interface."""
    if isinstance(value, StrEnum):
        shown = label(value, lang)
    elif kind == Kind.MONEY and isinstance(value, int):
        shown = format_cents(value, lang)
    elif isinstance(value, date):
        shown = value.strftime("%d/%m/%Y")
    elif isinstance(value, bool):
        shown = ("Sì" if value else "No") if lang == "it" else ("Yes" if value else "No")
    elif isinstance(value, tuple):
        shown = ", ".join(value)
    else:
        shown = "" if value is None else str(value)
    return shown
