"""The settings table: one row per setting, typed through the domain `Settings`."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from ripartire_desktop.domain import Settings
from ripartire_desktop.store.columns import SETTINGS
from ripartire_desktop.store.connection import Connection


class SettingsRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def load(self) -> Settings:
        """The stored settings; defaults for anything never set or no longer valid."""
        stored = dict(self._conn.execute(SETTINGS.select(columns=("key", "value"))).fetchall())
        defaults = Settings()
        values: dict[str, Any] = {}
        for field in fields(Settings):
            if field.name not in stored:
                continue
            default = getattr(defaults, field.name)
            raw = stored[field.name]
            try:
                values[field.name] = int(raw) if isinstance(default, int) else raw
            except ValueError:
                continue
        try:
            return replace(defaults, **values)
        except ValueError:
            return defaults

    def save(self, settings: Settings) -> None:
        self._conn.executemany(
            SETTINGS.upsert(("key",)),
            [(f.name, str(getattr(settings, f.name))) for f in fields(Settings)],
        )
