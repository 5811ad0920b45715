"""Families brought in from a counsellor's spreadsheet (CSV, XLSX, ODS): reading the file
(`reader`), the fields a column can be (`fields`), reading cells (`cells`), checking every row
(`plan`), the messages (`messages`), storing (`importer`) and the Italian template (`template`,
written by `writer`)."""

from __future__ import annotations

from .fields import BY_KEY, FIELDS, SheetField, apply_saved, guess_mapping, normalise, to_saved
from .importer import ImportedHousehold, import_households
from .messages import CellProblem, Problem, column_letter
from .plan import Checked, PlannedHousehold, PreviewRow, check
from .reader import FileProblem, SheetData, SheetFileError, read_sheet
from .template import template_bytes, template_rows
from .writer import FORMATS, sheet_bytes, write_sheet

__all__ = [
    "BY_KEY",
    "FIELDS",
    "FORMATS",
    "CellProblem",
    "Checked",
    "FileProblem",
    "ImportedHousehold",
    "PlannedHousehold",
    "PreviewRow",
    "Problem",
    "SheetData",
    "SheetField",
    "SheetFileError",
    "apply_saved",
    "check",
    "column_letter",
    "guess_mapping",
    "import_households",
    "normalise",
    "read_sheet",
    "sheet_bytes",
    "template_bytes",
    "template_rows",
    "to_saved",
    "write_sheet",
]
