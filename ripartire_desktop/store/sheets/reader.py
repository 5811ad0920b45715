"""Reading a spreadsheet given to the app: XLSX and ODS (and old XLS) with python-calamine,
CSV with the csv module (calamine reads workbooks only: "Cannot detect file format").

A hostile file (not a spreadsheet, a damaged or inflating zip, too many rows, a password)
is refused with a SheetFileError before any of it is used; nothing here touches a vault.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import python_calamine

from ripartire_desktop.store.errors import DamagedError
from ripartire_desktop.store.fileio import FileTooLargeError, read_capped

from .cells import Cell, as_text

MAX_FILE_BYTES = 20_000_000  # a register of thousands of families is well under 1 MB
MAX_UNPACKED_BYTES = 200_000_000  # what a workbook's zip may expand to (a zip bomb is refused)
MAX_ROWS = 20_000
MAX_COLUMNS = 200
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and password-protected workbooks
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


class FileProblem(StrEnum):
    NOT_A_SPREADSHEET = "not_a_spreadsheet"
    DAMAGED = "damaged"
    TOO_BIG = "too_big"
    PROTECTED = "protected"
    EMPTY = "empty"
    NO_SUCH_SHEET = "no_such_sheet"
    TOO_MANY_ROWS = "too_many_rows"
    TOO_MANY_COLUMNS = "too_many_columns"
    NOT_TEXT = "not_text"
    NOTHING_MAPPED = "nothing_mapped"


_WORDS: dict[FileProblem, tuple[str, str]] = {
    FileProblem.NOT_A_SPREADSHEET: (
        "{name} non è un foglio di calcolo (CSV, XLSX o ODS): non è stato importato nulla.",
        "{name} is not a spreadsheet (CSV, XLSX or ODS): nothing was imported.",
    ),
    FileProblem.DAMAGED: (
        "{name} è danneggiato e non si può leggere: non è stato importato nulla.",
        "{name} is damaged and cannot be read: nothing was imported.",
    ),
    FileProblem.TOO_BIG: (
        "{name} è troppo grande per un registro di nuclei: non è stato importato nulla.",
        "{name} is too large for a register of households: nothing was imported.",
    ),
    FileProblem.PROTECTED: (
        "{name} è protetto da password: salvalo senza password e riprova.",
        "{name} is protected by a password: save it without one and try again.",
    ),
    FileProblem.EMPTY: (
        "Il foglio {sheet} di {name} è vuoto: non è stato importato nulla.",
        "The sheet {sheet} of {name} is empty: nothing was imported.",
    ),
    FileProblem.NO_SUCH_SHEET: (
        "{name} non ha un foglio {sheet} (fogli: {sheets}).",
        "{name} has no sheet {sheet} (sheets: {sheets}).",
    ),
    FileProblem.TOO_MANY_ROWS: (
        "Il foglio {sheet} ha più di {limit} righe: dividilo in più file.",
        "The sheet {sheet} has more than {limit} rows: split it into several files.",
    ),
    FileProblem.TOO_MANY_COLUMNS: (
        "Il foglio {sheet} ha più di {limit} colonne: non sembra un registro di nuclei.",
        "The sheet {sheet} has more than {limit} columns: it does not look like a register.",
    ),
    FileProblem.NOT_TEXT: (
        "{name} non è un file CSV di testo: non è stato importato nulla.",
        "{name} is not a text CSV file: nothing was imported.",
    ),
    FileProblem.NOTHING_MAPPED: (
        "Nessuna colonna del foglio {sheet} è abbinata a un campo: scegli almeno Cognome o Nome.",
        "No column of the sheet {sheet} is matched to a field: choose at least a name.",
    ),
}


class SheetFileError(DamagedError):
    """A file the import refuses as a whole; nothing was changed. `str()` is English."""

    def __init__(self, problem: FileProblem, **args: str) -> None:
        self.problem = problem
        self.words = dict(args)
        super().__init__(self.text("en"))

    def text(self, lang: str = "it") -> str:
        return _WORDS[self.problem][0 if lang == "it" else 1].format(**self.words)


@dataclass(frozen=True, slots=True)
class SheetData:
    """One sheet as read: its header row and the rows after it, numbered as the spreadsheet
    numbers them (from 1). Rows with every cell empty are left out."""

    name: str
    sheets: tuple[str, ...]  # every sheet of the file, in order (one for a CSV)
    headers: tuple[str, ...]
    header_row: int
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]


def read_sheet(path: Path, sheet: str | None = None) -> SheetData:
    """The sheet `sheet` of the file at `path` (the first sheet when None)."""
    name = path.name
    try:
        data = read_capped(path, MAX_FILE_BYTES, "spreadsheet")
    except FileTooLargeError:
        raise SheetFileError(FileProblem.TOO_BIG, name=name) from None
    if data.startswith(_ZIP):
        _check_zip(data, name)
    elif not data.startswith(_OLE):
        if path.suffix.lower() not in CSV_SUFFIXES:
            raise SheetFileError(FileProblem.NOT_A_SPREADSHEET, name=name)
        return _csv_sheet(data, path, sheet)
    return _workbook_sheet(data, name, sheet)


def _check_zip(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            names = {entry.filename for entry in entries}
            if sum(entry.file_size for entry in entries) > MAX_UNPACKED_BYTES:
                raise SheetFileError(FileProblem.TOO_BIG, name=name)
            is_xlsx = "xl/workbook.xml" in names
            is_ods = "mimetype" in names and archive.read("mimetype").strip() == _ODS_MIME
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError):
        raise SheetFileError(FileProblem.DAMAGED, name=name) from None
    if not (is_xlsx or is_ods):
        raise SheetFileError(FileProblem.NOT_A_SPREADSHEET, name=name)


def _workbook_sheet(data: bytes, name: str, wanted: str | None) -> SheetData:
    try:
        with python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data)) as book:
            sheets = tuple(
                meta.name
                for meta in book.sheets_metadata
                if meta.typ == python_calamine.SheetTypeEnum.WorkSheet
            )
            if not sheets:
                raise SheetFileError(FileProblem.EMPTY, name=name, sheet="-")
            chosen = sheets[0] if wanted is None else wanted
            if chosen not in sheets:
                raise SheetFileError(
                    FileProblem.NO_SUCH_SHEET, name=name, sheet=chosen, sheets=", ".join(sheets)
                )
            found = book.get_sheet_by_name(chosen)
            _check_size(found.total_height, found.total_width, chosen)
            rows = found.to_python(skip_empty_area=False)
    except python_calamine.PasswordError:
        raise SheetFileError(FileProblem.PROTECTED, name=name) from None
    except python_calamine.CalamineError:
        raise SheetFileError(FileProblem.DAMAGED, name=name) from None
    return _shaped(chosen, sheets, [list(row) for row in rows], name)


def _check_size(height: int, width: int, sheet: str) -> None:
    if height > MAX_ROWS + 1:
        raise SheetFileError(FileProblem.TOO_MANY_ROWS, sheet=sheet, limit=f"{MAX_ROWS:,}")
    if width > MAX_COLUMNS:
        raise SheetFileError(FileProblem.TOO_MANY_COLUMNS, sheet=sheet, limit=str(MAX_COLUMNS))


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data:  # UTF-16 files and binaries alike: Excel's "CSV" is never UTF-16
        raise SheetFileError(FileProblem.NOT_TEXT, name=name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV (delimitato dal separatore di elenco)" in Windows-1252.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise SheetFileError(FileProblem.NOT_TEXT, name=name) from None


def _csv_sheet(data: bytes, path: Path, wanted: str | None) -> SheetData:
    name = path.name
    content = _decode(data, name)
    sheet = path.stem or "CSV"
    if wanted is not None and wanted != sheet:
        raise SheetFileError(FileProblem.NO_SUCH_SHEET, name=name, sheet=wanted, sheets=sheet)
    first_line = content.split("\n", 1)[0]
    # Italian Excel separates with ";" (the comma is the decimal mark); others with "," or tab.
    delimiter = max(";,\t", key=first_line.count) if first_line else ";"
    rows: list[list[Cell]] = []
    try:
        for row in csv.reader(io.StringIO(content, newline=""), delimiter=delimiter):
            rows.append(list(row))
            if len(rows) > MAX_ROWS + 1:
                raise SheetFileError(FileProblem.TOO_MANY_ROWS, sheet=sheet, limit=f"{MAX_ROWS:,}")
            if len(row) > MAX_COLUMNS:
                raise SheetFileError(
                    FileProblem.TOO_MANY_COLUMNS, sheet=sheet, limit=str(MAX_COLUMNS)
                )
    except csv.Error:  # a cell over csv's 128 KiB, a NUL: no register is written that way
        raise SheetFileError(FileProblem.DAMAGED, name=name) from None
    return _shaped(sheet, (sheet,), rows, name)


def _shaped(sheet: str, sheets: tuple[str, ...], rows: list[list[Cell]], name: str) -> SheetData:
    numbered = [
        (number, tuple(row)) for number, row in enumerate(rows, 1) if any(as_text(c) for c in row)
    ]
    if not numbered:
        raise SheetFileError(FileProblem.EMPTY, name=name, sheet=sheet)
    header_row, header = numbered[0]
    headers = [as_text(cell) for cell in header]
    while headers and not headers[-1]:
        headers.pop()
    return SheetData(sheet, sheets, tuple(headers), header_row, tuple(numbered[1:]))
