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
            raise SheetProblemsError(
                f"{count} bad cell{'' if count == 1 else 's'} in {data.name}: nothing was imported "
                "(correct them in the sheet, or change the column mapping, and run it again)."
            )
        if not checked.households:
            raise SheetProblemsError(f"The sheet {data.name} has no rows to import.")
        if args.dry_run:
            say(
                f"Dry run: {len(checked.households)} households from {len(checked.preview)} "
                "rows would be imported; nothing was written."
            )
            return EXIT_OK
        imported = sheet_import.import_sheet(
            session.records, data, mapping, checked, on=date.today()
        ).households
    for household in imported:
        rows = household.rows
        where = f"row {rows[0]}" if len(rows) == 1 else f"rows {', '.join(map(str, rows))}"
        say(f"Imported {household.code} ({where})")
    say(
        f"{len(imported)} households imported from {shown(data.name)}; the column mapping is saved."
    )
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
