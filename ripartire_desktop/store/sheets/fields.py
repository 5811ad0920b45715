"""What a spreadsheet column can be imported as: each field's labels, its kind, and the header
spellings (Italian and English) that let the app guess the mapping on its own.

A sheet holds one row per person; rows that share a "Nucleo" value form one household, and
without a "Nucleo" column every row is a household of its own (docs/DESIGN.md, "Spreadsheet
import"). Family-level values may be on any row of the household, once or repeated alike.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from ripartire_desktop.domain import (
    AidCategory,
    Channel,
    Education,
    FamilyStatus,
    MemberRole,
    WorkSituation,
)


class Kind(StrEnum):
    KEY = "key"  # groups the rows of one household; not stored
    TEXT = "text"
    DATE = "date"
    MONEY = "money"
    COUNT = "count"
    YEAR = "year"  # a year, or a whole date of which the year is kept
    TAX_CODE = "tax_code"
    PHONE = "phone"
    EMAIL = "email"
    YES_NO = "yes_no"
    CHOICE = "choice"


class Level(StrEnum):
    HOUSEHOLD = "household"  # one value per household
    PERSON = "person"  # one value per row


@dataclass(frozen=True, slots=True)
class SheetField:
    key: str
    it: str  # the Italian label, also the template's header
    en: str
    kind: Kind
    level: Level
    aliases: tuple[str, ...] = ()  # further header spellings, already normalised
    vocabulary: type[StrEnum] | None = None

    def label(self, lang: str) -> str:
        return self.it if lang == "it" else self.en


H, P = Level.HOUSEHOLD, Level.PERSON

FIELDS: tuple[SheetField, ...] = (
    SheetField("household", "Nucleo", "Household", Kind.KEY, H,
               ("id nucleo", "codice nucleo", "n nucleo", "numero nucleo", "famiglia",
                "id famiglia", "household id", "family", "family id")),
    SheetField("family_name", "Cognome", "Family name", Kind.TEXT, P,
               ("surname", "last name", "family name")),
    SheetField("given_name", "Nome", "Given name", Kind.TEXT, P,
               ("first name", "given name", "name", "nome proprio")),
    SheetField("tax_code", "Codice fiscale", "Tax code", Kind.TAX_CODE, P,
               ("cf", "c f", "cod fiscale", "cod fisc", "codice fiscale richiedente",
                "fiscal code", "tax code")),
    SheetField("role", "Ruolo", "Role", Kind.CHOICE, P,
               ("ruolo nel nucleo", "parentela", "relazione", "grado di parentela", "role",
                "relationship"), MemberRole),
    SheetField("birth_year", "Anno di nascita", "Year of birth", Kind.YEAR, P,
               ("data di nascita", "nato il", "nata il", "nato a il", "anno nascita",
                "year of birth", "birth year", "date of birth", "birth date")),
    SheetField("work", "Condizione lavorativa", "Work situation", Kind.CHOICE, P,
               ("situazione lavorativa", "occupazione", "lavoro", "condizione occupazionale",
                "work", "work situation", "employment"), WorkSituation),
    SheetField("education", "Titolo di studio", "Education", Kind.CHOICE, P,
               ("istruzione", "scolarita", "titolo studio", "education"), Education),
    SheetField("phone", "Telefono", "Phone", Kind.PHONE, H,
               ("tel", "cellulare", "cell", "numero di telefono", "recapito telefonico",
                "telefono cellulare", "phone", "mobile", "phone number", "telephone")),
    SheetField("email", "E-mail", "E-mail", Kind.EMAIL, H,
               ("email", "e mail", "mail", "posta elettronica", "indirizzo email")),
    SheetField("address", "Indirizzo", "Address", Kind.TEXT, H,
               ("via", "residenza", "indirizzo di residenza", "address")),
    SheetField("municipality", "Comune", "Municipality", Kind.TEXT, H,
               ("comune di residenza", "citta", "municipality", "town", "city")),
    SheetField("first_contact", "Data primo contatto", "First contact date", Kind.DATE, H,
               ("primo contatto", "data contatto", "data di primo contatto",
                "data del primo contatto", "first contact", "date of first contact")),
    SheetField("channel", "Canale", "Channel", Kind.CHOICE, H,
               ("canale di accesso", "canale di contatto", "come ci ha conosciuto",
                "come ci ha conosciuti", "channel", "how they reached us"), Channel),
    SheetField("known_to_services", "Già nota ai servizi sociali", "Known to social services",
               Kind.YES_NO, H,
               ("gia noto ai servizi sociali", "gia nota ai servizi", "gia noto ai servizi",
                "conosciuta ai servizi sociali", "conosciuto ai servizi sociali",
                "nota ai servizi sociali", "noto ai servizi sociali", "in carico ai servizi",
                "known to social services", "known to services")),
    SheetField("status", "Stato", "Status", Kind.CHOICE, H,
               ("stato percorso", "stato del percorso", "status"), FamilyStatus),
    SheetField("counsellor", "Operatore", "Counsellor", Kind.TEXT, H,
               ("operatrice", "operatore operatrice", "operatrice operatore", "referente",
                "counsellor", "counselor", "case worker")),
    SheetField("closed_on", "Data chiusura", "Closing date", Kind.DATE, H,
               ("chiuso il", "data di chiusura", "data fine percorso", "closed on",
                "closing date", "closure date")),
    SheetField("adults", "Numero adulti", "Adults", Kind.COUNT, H,
               ("adulti", "n adulti", "num adulti", "adults", "number of adults")),
    SheetField("minors", "Numero minori", "Minors", Kind.COUNT, H,
               ("minori", "n minori", "num minori", "figli minori", "n figli minori",
                "minors", "number of minors", "children")),
    SheetField("aid_date", "Data contributo", "Aid date", Kind.DATE, P,
               ("data erogazione", "data del contributo", "aid date", "payment date")),
    SheetField("aid_amount", "Importo contributo", "Aid amount", Kind.MONEY, P,
               ("importo", "importo erogato", "contributo", "contributo erogato", "euro",
                "amount", "aid amount")),
    SheetField("aid_category", "Categoria contributo", "Aid category", Kind.CHOICE, P,
               ("tipo contributo", "categoria", "aid category"), AidCategory),
)  # fmt: skip

BY_KEY: dict[str, SheetField] = {f.key: f for f in FIELDS}


def normalise(text: str) -> str:
    """A header or a choice as compared: lower case, no accents, words of letters and digits
    ("N° adulti" and "n. adulti" both read "n adulti")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = "".join(ch if ch.isalnum() else " " for ch in plain).split()
    return " ".join("n" if word in ("n", "nr", "num", "no") and len(words) > 1 else word
                    for word in words)  # fmt: skip


_GUESSES: dict[str, str] = {}
for _field in FIELDS:
    for _spelling in (_field.it, _field.en, *_field.aliases):
        _GUESSES.setdefault(normalise(_spelling), _field.key)


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> field key for the headers it recognises; each field once, the first
    column that names it winning."""
    found: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        key = _GUESSES.get(normalise(header))
        if key is not None and key not in taken:
            found[index] = key
            taken.add(key)
    return found


def apply_saved(headers: list[str], saved: dict[str, str]) -> dict[int, str]:
    """The mapping saved earlier (normalised header -> field key, "" = not imported) applied
    to `headers`; headers it does not know are guessed."""
    guessed = guess_mapping(headers)
    found: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        name = normalise(header)
        key = saved[name] if name in saved else guessed.get(index, "")
        if key in BY_KEY and key not in taken:
            found[index] = key
            taken.add(key)
    return found


def to_saved(headers: list[str], mapping: dict[int, str]) -> dict[str, str]:
    """What is kept of a mapping: every header of the sheet, with its field or ""."""
    return {normalise(h): mapping.get(i, "") for i, h in enumerate(headers) if normalise(h)}
