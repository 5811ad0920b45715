"""The spreadsheet import's saved column mapping, kept in the settings table (inside the
encrypted vault: headers can be telling) as one JSON value."""

from __future__ import annotations

import json

from ripartire_desktop.store.columns import SETTINGS
from ripartire_desktop.store.connection import Connection

KEY = "sheet_import_mapping"
VERSION = 1
MAX_HEADERS = 500


class SheetMappingRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def load(self) -> dict[str, str]:
        """Normalised header -> field key ("" = a column not imported); {} if never saved or
        unreadable (the mapping is then guessed again, nothing else depends on it)."""
        row = self._conn.execute(SETTINGS.select("WHERE key = ?", columns=("value",)), (KEY,))
        found = row.fetchone()
        if found is None:
            return {}
        try:
            stored = json.loads(found[0])
        except ValueError:
            return {}
        if not isinstance(stored, dict) or stored.get("version") != VERSION:
            return {}
        columns = stored.get("columns")
        if not isinstance(columns, dict):
            return {}
        return {
            header: key
            for header, key in columns.items()
            if isinstance(header, str) and isinstance(key, str)
        }

    def save(self, mapping: dict[str, str]) -> None:
        """Replace the saved mapping (the headers of the latest sheet win over older ones)."""
        kept = dict(list({**self.load(), **mapping}.items())[-MAX_HEADERS:])
        value = json.dumps({"version": VERSION, "columns": kept}, ensure_ascii=False)
        self._conn.execute(SETTINGS.upsert(("key",)), (KEY, value))
