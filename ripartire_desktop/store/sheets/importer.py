"""Storing the checked households of a sheet: all of them in one transaction, or none, each
with its audit entry (the sheet's row, never a name)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ripartire_desktop.store import exchange
from ripartire_desktop.store.records.facade import Records

from .plan import Checked


@dataclass(frozen=True, slots=True)
class ImportedHousehold:
    rows: tuple[int, ...]  # its rows in the sheet
    code: str  # the code it got


def import_households(records: Records, checked: Checked, *, on: date) -> list[ImportedHousehold]:
    """Store every household of `checked`, which must have no problem, in one transaction;
    each gets the next code of its first-contact year."""
    if not checked.ok:
        raise ValueError("a sheet with problems is never imported")
    rows = {id(h.bundle): h.rows for h in checked.households}
    imported = exchange.import_families(
        records,
        [h.bundle for h in checked.households],
        on=on,
        keep_codes=False,
        detail=lambda bundle: f"spreadsheet row {rows[id(bundle)][0]}",
    )
    return [
        ImportedHousehold(household.rows, done.code_assigned)
        for household, done in zip(checked.households, imported, strict=True)
    ]
