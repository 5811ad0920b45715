"""Settings use cases: store the settings table (the window's Settings view, the first-run
wizard). Settings hold no personal data, so saving them writes no audit entry."""

from __future__ import annotations

from ripartire_desktop.domain import Settings
from ripartire_desktop.usecases.changes import Changes, Kind
from ripartire_desktop.usecases.session import VaultSession


def save_settings(session: VaultSession, settings: Settings) -> Changes:
    records = session.records
    with records.transaction():
        records.settings.save(settings)
    return Changes.of(Kind.SETTINGS)
