"""The spreadsheet import's commands: `import-sheet` (families from CSV, XLSX or ODS) and
`sheet-template` (the Italian template to fill)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from ripartire_desktop.commands.secrets_input import UsageError
from ripartire_desktop.commands.terminal import shown
from ripartire_desktop.commands.vault_cmds import Parents, SubParsers, say, unlocked
from ripartire_desktop.store.errors import EXIT_OK, DamagedError
from ripartire_desktop.store.sheets import FIELDS, Checked, SheetData, column_letter, normalise
from ripartire_desktop.usecases import sheet_import

PREVIEW_ROWS = 10
SKIP = "-"


class SheetProblemsError(DamagedError):
    """The sheet has bad cells (each printed before this): nothing was imported."""


# What import-sheet says, in the language of --lang (the cells' messages come from
# store/sheets/messages.py in the same language). Each entry: (one, more than one).
_SAID = {
    "en": {
        "dry_run": ("Dry run: {households} from {rows} would be imported; nothing was written.",),
        "household": ("{n} household", "{n} households"),
        "row": ("{n} row", "{n} rows"),
        "imported_household": ("Imported {code} (row {rows})", "Imported {code} (rows {rows})"),
        "imported": ("{households} imported from {name}; the column mapping is saved.",),
        "bad_cells": (
            "1 bad cell in {name}: nothing was imported (correct it in the sheet, or change "
            "the column mapping, and run it again).",
            "{n} bad cells in {name}: nothing was imported (correct them in the sheet, or "
            "change the column mapping, and run it again).",
        ),
        "no_rows": ("The sheet {name} has no rows to import.",),
    },
    "it": {
        "dry_run": (
            "Prova: {households} da {rows} verrebbe importato; non è stato scritto nulla.",
            "Prova: {households} da {rows} verrebbero importati; non è stato scritto nulla.",
        ),
        "household": ("{n} nucleo", "{n} nuclei"),
        "row": ("{n} riga", "{n} righe"),
        "imported_household": ("Importato {code} (riga {rows})", "Importato {code} (righe {rows})"),
        "imported": (
            "{households} importato da {name}; la corrispondenza delle colonne è salvata.",
            "{households} importati da {name}; la corrispondenza delle colonne è salvata.",
        ),
        "bad_cells": (
            "1 cella errata in {name}: non è stato importato nulla (correggila nel foglio, o "
            "cambia la corrispondenza delle colonne, e riprova).",
            "{n} celle errate in {name}: non è stato importato nulla (correggile nel foglio, "
            "o cambia la corrispondenza delle colonne, e riprova).",
        ),
        "no_rows": ("Il foglio {name} non ha righe da importare.",),
    },
}


def _said(lang: str, key: str, n: int = 1, **values: object) -> str:
    forms = _SAID[lang][key]
    return forms[0 if n == 1 or len(forms) == 1 else 1].format(n=n, **values)


def _field_key(text: str) -> str:
    wanted = normalise(text)
    if text.strip() == SKIP:
        return ""
    for field in FIELDS:
        if wanted in (normalise(field.key), normalise(field.it), normalise(field.en)):
            return field.key
    keys = ", ".join(field.key for field in FIELDS)
    raise UsageError(f"--mapping: {text.strip()!r} is not a field; the fields are {keys} (or -).")


def _column(data: SheetData, text: str) -> int:
    wanted = normalise(text)
    for index, header in enumerate(data.headers):
        if normalise(header) == wanted and wanted:
            return index
    for index in range(len(data.headers)):
        if text.strip().upper() == column_letter(index):
            return index
    raise UsageError(
        f"--mapping: the sheet {data.name} has no column {text.strip()!r} "
        f"(its headers: {', '.join(h for h in data.headers if h)})."
    )


def apply_overrides(data: SheetData, mapping: dict[int, str], pairs: Sequence[str]) -> None:
    """`HEADER=FIELD` pairs (a header's text or column letter; a field's key or label, or - for
    a column not imported) laid over `mapping`."""
    for pair in pairs:
        header, equals, field_text = pair.rpartition("=")
        if not equals or not header.strip():
            raise UsageError(f"--mapping: write HEADER=FIELD, not {pair!r}.")
        column, key = _column(data, header), _field_key(field_text)
        for other, taken in list(mapping.items()):
            if key and taken == key and other != column:
                del mapping[other]
        if key:
            mapping[column] = key
        else:
            mapping.pop(column, None)


def _describe_mapping(data: SheetData, mapping: dict[int, str], lang: str) -> None:
    by_key = {field.key: field for field in FIELDS}
    for index, header in enumerate(data.headers):
        field = by_key.get(mapping.get(index, ""))
        into = field.label(lang) if field else ("(non importata)" if lang == "it" else "(skipped)")
        say(f"  {column_letter(index)} {shown(header) or '-'} -> {into}")


def _preview(checked: Checked, lang: str) -> None:
    names = [field.label(lang) for field in checked.fields]
    say(("Anteprima" if lang == "it" else "Preview") + ": " + " | ".join(names))
    for row in checked.preview[:PREVIEW_ROWS]:
        say(f"  {row.row:>5} [{row.household}] " + " | ".join(shown(v) for v in row.values))


def cmd_import_sheet(args: argparse.Namespace) -> int:
    lang = args.lang
    # The file is read (and a hostile one refused) before the vault is opened.
    data = sheet_import.read_sheet(Path(args.file).expanduser(), args.sheet)
    with unlocked(args) as session:
        mapping = sheet_import.mapping_for(session.records, data)
        apply_overrides(data, mapping, args.mapping or [])
        in_vault = sheet_import.people_in_vault(session.records)
        checked = sheet_import.check_sheet(
            data, mapping, today=date.today(), lang=lang, in_vault=in_vault
        )
        say(f"{shown(data.name)}: " + ("colonne" if lang == "it" else "columns"))
        _describe_mapping(data, mapping, lang)
        _preview(checked, lang)
        if checked.problems:
            for problem in checked.problems:
                print(shown(problem.text(lang)), file=sys.stderr)
            count = len(checked.problems)
            raise SheetProblemsError(_said(lang, "bad_cells", count, name=data.name))
        if not checked.households:
            raise SheetProblemsError(_said(lang, "no_rows", name=data.name))
        if args.dry_run:
            households = _said(lang, "household", len(checked.households))
            rows = _said(lang, "row", len(checked.preview))
            say(_said(lang, "dry_run", len(checked.households), households=households, rows=rows))
            return EXIT_OK
        imported = sheet_import.import_sheet(
            session.records, data, mapping, checked, on=date.today()
        ).households
    for household in imported:
        numbers = ", ".join(map(str, household.rows))
        say(
            _said(
                lang, "imported_household", len(household.rows), code=household.code, rows=numbers
            )
        )
    households = _said(lang, "household", len(imported))
    say(_said(lang, "imported", len(imported), households=households, name=shown(data.name)))
    return EXIT_OK


def cmd_sheet_template(args: argparse.Namespace) -> int:
    from ripartire_desktop.commands.report_cmds import check_new_file

    target = check_new_file(args.output, what="template")
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in sheet_import.TEMPLATE_FORMATS:
        raise UsageError(
            f"The template is written as .xlsx, .ods or .csv, not {target.suffix or 'no suffix'}."
        )
    sheet_import.write_template(target, fmt)
    say(f"Wrote the import template to {target}: fill the sheet Nuclei (one row per person).")
    return EXIT_OK


FIELDS_HELP = "fields: " + ", ".join(f"{f.key} ({f.it})" for f in FIELDS)


def add_parsers(sub: SubParsers, parents: Parents) -> None:
    p = sub.add_parser(
        "import-sheet",
        parents=parents,
        help="import families from a spreadsheet (CSV, XLSX, ODS), all or nothing",
        description="Import families from a spreadsheet: one row per person; rows with the same "
        "Nucleo (household) value form one family, and without that column each row is a "
        "family. Columns are matched to fields by the mapping saved at the last import, else "
        "by their headers. Every bad cell is listed and nothing is imported until there are "
        "none.",
        epilog=FIELDS_HELP,
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first)")
    p.add_argument(
        "--mapping",
        action="append",
        metavar="HEADER=FIELD",
        help="match a column (its header or letter) to a field (its key or label), or to - to "
        "skip it; repeatable",
    )
    p.add_argument("--dry-run", action="store_true", help="check and preview only; write nothing")
    p.add_argument(
        "--lang", choices=["it", "en"], default="en", help="language of the messages and preview"
    )
    p.set_defaults(func=cmd_import_sheet)

    p = sub.add_parser(
        "sheet-template",
        help="write the Italian template for import-sheet (.xlsx, .ods or .csv)",
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="the new file; its suffix picks the format",
    )
    p.set_defaults(func=cmd_sheet_template, holds_vault=False)
