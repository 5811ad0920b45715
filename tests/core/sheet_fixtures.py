"""Registers of households as counsellors keep them, written as real CSV, XLSX and ODS files
by the app's own template writer, for the spreadsheet import's tests and benchmark."""

from __future__ import annotations

import random
import string
from datetime import date
from pathlib import Path

from ripartire_desktop.domain.tax_code import check_character
from ripartire_desktop.store.sheets import FIELDS, write_sheet
from ripartire_desktop.store.sheets.writer import Value

HEADERS = [field.it for field in FIELDS]
COLUMN = {field.key: index for index, field in enumerate(FIELDS)}
_MONTHS = "ABCDEHLMPRST"
_GIVEN = ("Anna", "Luca", "Sara", "Marco", "Giulia", "Paolo", "Elena", "Omar", "Fatima", "Ion")
_FAMILY = ("Esposito", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti")


def tax_code(rng: random.Random, year: int) -> str:
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(6))
    day = rng.randint(1, 28) + rng.choice((0, 40))
    first15 = f"{letters}{year % 100:02d}{rng.choice(_MONTHS)}{day:02d}C523"
    return first15 + check_character(first15)


def register(rows: int, *, seed: int = 17) -> list[list[Value]]:
    """A header row and `rows` people in households of one to three (the first a parent, the
    others children), every column of the template filled the ways people write them."""
    rng = random.Random(seed)
    table: list[list[Value]] = [list(HEADERS)]
    household = 0
    while len(table) <= rows:
        household += 1
        size = min(rng.randint(1, 3), rows + 1 - len(table))
        family_name = rng.choice(_FAMILY)
        contact = date(2025, rng.randint(1, 12), rng.randint(1, 28))
        for person in range(size):
            row: list[Value] = [None] * len(HEADERS)
            year = rng.randint(1960, 1995) if person == 0 else rng.randint(2010, 2022)
            row[COLUMN["household"]] = household
            row[COLUMN["family_name"]] = family_name
            row[COLUMN["given_name"]] = rng.choice(_GIVEN)
            row[COLUMN["tax_code"]] = tax_code(rng, year)
            row[COLUMN["role"]] = "Genitore" if person == 0 else rng.choice(("Figlio", "Figlia"))
            row[COLUMN["birth_year"]] = year
            if person == 0:
                row[COLUMN["work"]] = rng.choice(("Disoccupata", "Occupato", "Lavoro precario"))
                row[COLUMN["phone"]] = f"3{rng.randint(20, 49)} {rng.randint(1000000, 9999999)}"
                row[COLUMN["email"]] = f"famiglia{household}@example.it"
                row[COLUMN["address"]] = f"Via Roma {household}"
                row[COLUMN["municipality"]] = "Cernusco sul Naviglio"
                row[COLUMN["first_contact"]] = contact
                row[COLUMN["channel"]] = rng.choice(("Telefono", "Passaparola", "Social network"))
                row[COLUMN["known_to_services"]] = rng.choice(("sì", "no"))
                row[COLUMN["status"]] = "Primo contatto"
                row[COLUMN["counsellor"]] = "Operatrice Esempio"
                row[COLUMN["aid_date"]] = f"{contact.day:02d}/{contact.month:02d}/2025"
                row[COLUMN["aid_amount"]] = f"{rng.randint(1, 1500)},{rng.randint(0, 99):02d}"
                row[COLUMN["aid_category"]] = "Buoni spesa"
            table.append(row)
    return table


def write(path: Path, rows: list[list[Value]], sheet: str = "Foglio1") -> Path:
    write_sheet(path, [(sheet, rows)])
    return path
