"""Reading the audit log, for the window's log view and `ripartire audit`: newest first, page by
page, optionally for one family code (part of a code in the window, the exact code on the
command line)."""

from __future__ import annotations

from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.audit import AuditEntry
from ripartire_desktop.store.records.audit_read import count_entries, entries_page


def count(records: Records, code: str = "", *, exact: bool = False) -> int:
    return count_entries(records.conn, code=code, exact=exact)


def page(
    records: Records, code: str = "", *, exact: bool = False, offset: int = 0, limit: int = 200
) -> list[AuditEntry]:
    return entries_page(records.conn, code=code, exact=exact, offset=offset, limit=limit)
