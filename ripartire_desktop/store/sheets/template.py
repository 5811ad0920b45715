"""The import's template, in Italian: a sheet "Nuclei" with the headers to fill, a sheet
"Esempio" with two fictional households written the ways the import reads, and a sheet
"Valori ammessi". The CSV template holds the headers only (a CSV has one sheet, and example
rows left in it would be imported)."""

from __future__ import annotations

from datetime import date

from ripartire_desktop.domain import label

from .fields import FIELDS, Kind
from .writer import Sheets, Value, sheet_bytes

SHEET = "Nuclei"

# Two households of the example sheet, in the order of FIELDS (fictional people: the tax
# codes are well formed but belong to no one known).
_EXAMPLE: tuple[tuple[Value, ...], ...] = (
    ("1", "Rossi", "Maria", "RSSMRA85T41C523U", "Genitore", 1985, "Disoccupata",
     "Diploma di scuola superiore", "333 123 4567", "maria.rossi@example.it", "Via Roma 1",
     "Cernusco sul Naviglio", date(2026, 1, 15), "Passaparola", "no", "Percorso attivo",
     "Operatrice Esempio", None, None, None, "20/01/2026", "150,00", "Buoni spesa"),
    ("1", "Rossi", "Luca", "RSSLCU15C10C523G", "Figlio", "10/03/2015", "Studente", None, None,
     None, None, None, None, None, None, None, None, None, None, None, None, None, None),
    ("2", "Bianchi", "Giovanni", "BNCGNN70A01C523V", None, None, "Occupato", None,
     "02 1234 5678", None, "Via Milano 5", "Cernusco sul Naviglio", "3 febbraio 2026",
     "Telefono", "sì", "Primo contatto", "Operatrice Esempio", None, 1, 2, None, None, None),
)  # fmt: skip

_FORMATS = {
    Kind.KEY: "Lo stesso valore sulle righe delle persone di uno stesso nucleo (anche un "
    "numero). Senza questa colonna ogni riga è un nucleo.",
    Kind.TEXT: "Testo.",
    Kind.DATE: "Una data: 31/01/2026, 31-1-26, 2026-01-31 o 31 gennaio 2026; non dopo oggi.",
    Kind.MONEY: "Euro, con la virgola per i decimali: 150, 150,50, 1.250,00 o € 80.",
    Kind.COUNT: "Un numero intero da 0 a 99. Se manca, si conta dalle persone del nucleo.",
    Kind.YEAR: "L'anno (1985) o la data di nascita (10/03/2015).",
    Kind.TAX_CODE: "16 lettere e cifre, controllate (anche con gli spazi).",
    Kind.PHONE: "Numeri italiani o con il prefisso internazionale (+33 ...); più numeri "
    "separati da / o ;. Formattare la colonna come testo, perché lo 0 iniziale non si perda.",
    Kind.EMAIL: "Uno o più indirizzi, separati da ;.",
    Kind.YES_NO: "sì o no.",
}


def _accepted(index: int) -> str:
    field = FIELDS[index]
    if field.kind == Kind.CHOICE and field.vocabulary is not None:
        return "; ".join(label(member, "it") for member in field.vocabulary)
    return _FORMATS[field.kind]


def template_sheets() -> Sheets:
    headers: list[Value] = [field.it for field in FIELDS]
    accepted: list[list[Value]] = [["Colonna", "Valori ammessi o formato"]]
    accepted += [[field.it, _accepted(i)] for i, field in enumerate(FIELDS)]
    return [
        (SHEET, [headers]),
        ("Esempio", [headers, *(list(row) for row in _EXAMPLE)]),
        ("Valori ammessi", accepted),
    ]


def template_rows() -> list[list[Value]]:
    """The example sheet's rows: headers, then the fictional households."""
    return [list(row) for row in template_sheets()[1][1]]


def template_bytes(fmt: str) -> bytes:
    """The template as `fmt` ("xlsx", "ods" or "csv")."""
    return sheet_bytes(fmt, template_sheets())
