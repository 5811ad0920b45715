"""Writing a small spreadsheet: the import's template, as CSV (csv module), XLSX and ODS.

No workbook writer is among the dependencies, and a small workbook is a handful of XML
parts in a zip: text as inline strings, numbers, and dates as dates (a style with Excel's
built-in date format 14; `office:date-value` in ODS). Files are written crash-safely, 0600.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from ripartire_desktop.store.fileio import atomic_write

from .messages import column_letter

Value = str | int | float | date | None
# Not xml.sax.saxutils: it imports urllib.request, and with it the network modules the app
# never loads (tests/reliability/test_guards.py).
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})
# Characters XML 1.0 cannot hold at all: dropped from a written cell.
_NOT_XML = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])


def escape(text: str) -> str:
    return text.translate(_NOT_XML).translate(_ESCAPES)


def quoteattr(text: str) -> str:
    return f'"{escape(text)}"'


_EXCEL_EPOCH = date(1899, 12, 30)
_STAMP = (1980, 1, 1, 0, 0, 0)  # fixed zip times: the same rows give the same bytes


def csv_bytes(rows: Sequence[Sequence[Value]]) -> bytes:
    """Semicolon-separated UTF-8 with a byte-order mark: what Italian Excel opens as columns."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else _text(v) for v in row])
    return out.getvalue().encode("utf-8-sig")


def _text(value: Value) -> str:
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _zip(parts: Sequence[tuple[str, str]], *, stored_first: bool = False) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for index, (name, text) in enumerate(parts):
            info = zipfile.ZipInfo(name, _STAMP)
            stored = stored_first and index == 0  # ODS: "mimetype" first and uncompressed
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return out.getvalue()


_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def _xlsx_cell(ref: str, value: Value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, date):
        return f'<c r="{ref}" s="1"><v>{(value - _EXCEL_EPOCH).days}</v></c>'
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    return (
        f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(str(value))}</t></is></c>'
    )


Sheets = Sequence[tuple[str, Sequence[Sequence[Value]]]]


def _xlsx_sheet(rows: Sequence[Sequence[Value]], width: int) -> str:
    body = "".join(
        f'<row r="{r}">'
        + "".join(_xlsx_cell(f"{column_letter(c)}{r}", v) for c, v in enumerate(row))
        + "</row>"
        for r, row in enumerate(rows, 1)
    )
    columns = max((len(row) for row in rows), default=1) or 1
    return (
        f'{_XML}<worksheet xmlns="{_MAIN}"><cols><col min="1" max="{columns}" '
        f'width="{width}" customWidth="1"/></cols><sheetData>{body}</sheetData></worksheet>'
    )


def xlsx_bytes(sheets: Sheets, *, width: int = 24) -> bytes:
    numbers = range(1, len(sheets) + 1)
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for n in numbers
    )
    listed = "".join(
        f'<sheet name={quoteattr(name)} sheetId="{n}" r:id="rId{n}"/>'
        for n, (name, _rows) in zip(numbers, sheets, strict=True)
    )
    links = "".join(
        f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
        for n in numbers
    )
    styles = len(sheets) + 1
    parts = [
        (
            "[Content_Types].xml",
            f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            f'officedocument.spreadsheetml.sheet.main+xml"/>{overrides}<Override PartName="/xl/'
            'styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.styles+xml"/></Types>',
        ),
        (
            "_rels/.rels",
            f'{_XML}<Relationships xmlns="{_PKG}"><Relationship Id="rId1" Type="{_REL}/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>',
        ),
        (
            "xl/workbook.xml",
            f'{_XML}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>{listed}</sheets>'
            "</workbook>",
        ),
        (
            "xl/_rels/workbook.xml.rels",
            f'{_XML}<Relationships xmlns="{_PKG}">{links}<Relationship Id="rId{styles}" '
            f'Type="{_REL}/styles" Target="styles.xml"/></Relationships>',
        ),
        (
            "xl/styles.xml",
            f'{_XML}<styleSheet xmlns="{_MAIN}"><fonts count="1"><font><sz val="11"/>'
            '<name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill '
            'patternType="none"/></fill></fills><borders count="1"><border/></borders>'
            '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/>'
            '<xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
        ),
    ]
    parts += [
        (f"xl/worksheets/sheet{n}.xml", _xlsx_sheet(rows, width))
        for n, (_name, rows) in zip(numbers, sheets, strict=True)
    ]
    return _zip(parts)


_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"'
)


def _ods_cell(value: Value) -> str:
    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, date):
        return (
            f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
            f"<text:p>{value:%d/%m/%Y}</text:p></table:table-cell>"
        )
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value!r}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p>'
        "</table:table-cell>"
    )


def ods_bytes(sheets: Sheets) -> bytes:
    tables = "".join(
        f"<table:table table:name={quoteattr(name)}>"
        + "".join(
            "<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>"
            for row in rows
        )
        + "</table:table>"
        for name, rows in sheets
    )
    content = (
        f"{_XML}<office:document-content {_ODS_NS}><office:body><office:spreadsheet>"
        f"{tables}</office:spreadsheet></office:body></office:document-content>"
    )
    mime = "application/vnd.oasis.opendocument.spreadsheet"
    manifest = (
        f'{_XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
        'manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        f'manifest:media-type="{mime}"/><manifest:file-entry manifest:full-path="content.xml" '
        'manifest:media-type="text/xml"/></manifest:manifest>'
    )
    parts = [("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)]
    return _zip(parts, stored_first=True)


FORMATS = ("xlsx", "ods", "csv")


def sheet_bytes(fmt: str, sheets: Sheets) -> bytes:
    """The workbook of `sheets` ((name, rows) pairs) in `fmt`; a CSV holds the first only."""
    if fmt == "xlsx":
        return xlsx_bytes(sheets)
    if fmt == "ods":
        return ods_bytes(sheets)
    if fmt == "csv":
        return csv_bytes(sheets[0][1])
    raise ValueError(f"unknown spreadsheet format {fmt!r}")


def write_sheet(path: Path, sheets: Sheets) -> None:
    """Write `sheets` to `path` in the format its suffix names (.xlsx, .ods or .csv)."""
    atomic_write(path, sheet_bytes(path.suffix.lower().lstrip("."), sheets))
