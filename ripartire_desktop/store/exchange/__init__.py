"""Family files: one family, or several, with everything held about it, as versioned JSON.

They bring in records kept elsewhere (`ripartire import`) and carry one family's data out
(`ripartire export-family`); docs/family-json.md is the reference for counsellors and integrators.
The pieces: `schemas` (the format's names, bounds and fields), `reader` (checking hostile
input), `parse` (a file into validated records), `importer` and `export`.
"""

from __future__ import annotations

from ripartire_desktop.store.errors import VaultError

from .export import JsonObject, dumps, export_families, export_family
from .importer import import_families
from .parse import parse_document, read_family_file
from .schemas import (
    FORMAT_MANY,
    FORMAT_ONE,
    MAX_AMOUNT_CENTS,
    MAX_FILE_BYTES,
    VERSION,
    FamilyBundle,
    FamilyFileError,
    ImportedFamily,
    LinkedPayment,
)

__all__ = [
    "FORMAT_MANY",
    "FORMAT_ONE",
    "MAX_AMOUNT_CENTS",
    "MAX_FILE_BYTES",
    "VERSION",
    "FamilyBundle",
    "FamilyFileError",
    "ImportedFamily",
    "JsonObject",
    "LinkedPayment",
    "VaultError",
    "dumps",
    "export_families",
    "export_family",
    "import_families",
    "parse_document",
    "read_family_file",
]
