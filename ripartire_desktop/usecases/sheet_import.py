"""Families from a counsellor's spreadsheet (issue 17): read the file, map its columns (the
mapping saved in the vault, else guessed from the headers), check every row, import all or
nothing; and the Italian template to fill.

The file is read and checked before anything is written; an import with even one bad cell
writes nothing. The window and the command line both come through here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ripartire_desktop.store import sheets
from ripartire_desktop.store.fileio import atomic_write
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.sheets import Checked, ImportedHousehold, SheetData
from ripartire_desktop.usecases.changes import Changes, Kind

TEMPLATE_FORMATS = sheets.FORMATS


@dataclass(frozen=True, slots=True)
class SheetImported:
    households: list[ImportedHousehold]
    changes: Changes


def read_sheet(path: Path, sheet: str | None = None) -> SheetData:
    """The sheet (the first one when `sheet` is None) of the file at `path`; SheetFileError
    for a file that is not a readable spreadsheet. Needs no vault."""
    return sheets.read_sheet(path, sheet)


def mapping_for(records: Records, data: SheetData) -> dict[int, str]:
    """Column index -> field key: the mapping saved in the vault for these headers, the
    rest guessed from the headers' words (Italian or English)."""
    return sheets.apply_saved(list(data.headers), records.sheet_mapping.load())


def people_in_vault(records: Records) -> dict[str, str]:
    """Tax code -> family code of everyone the vault holds: a row naming one of them is a
    person imported already (the same sheet twice), refused by `check_sheet`."""
    return records.identities.family_codes_by_tax_code()


# Every household and every bad cell of the sheet, `in_vault` being `people_in_vault` (read
# first: this may run off the GUI thread); writes nothing.
check_sheet = sheets.check


def save_mapping(records: Records, data: SheetData, mapping: dict[int, str]) -> Changes:
    """Remember `mapping` for sheets with these headers (in the vault, encrypted)."""
    with records.transaction():
        records.sheet_mapping.save(sheets.to_saved(list(data.headers), mapping))
    return Changes.of(Kind.SETTINGS)


def import_sheet(
    records: Records,
    data: SheetData,
    mapping: dict[int, str],
    checked: Checked,
    *,
    on: date,
) -> SheetImported:
    """Store every household of `checked` (which has no problem) in one transaction, each
    with its audit entry, then remember the mapping used. `records` may be a worker
    thread's (the window imports off the GUI thread)."""
    households = sheets.import_households(records, checked, on=on)
    save_mapping(records, data, mapping)
    return SheetImported(households, Changes.everything())


def write_template(target: Path, fmt: str | None = None) -> None:
    """Write the Italian template to `target` as XLSX, ODS or CSV (by `fmt`, else by the
    file's suffix), crash-safely."""
    chosen = fmt or target.suffix.lower().lstrip(".")
    if chosen not in TEMPLATE_FORMATS:
        raise ValueError(f"the template is written as {', '.join(TEMPLATE_FORMATS)}")
    atomic_write(target, sheets.template_bytes(chosen))
