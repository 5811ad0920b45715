"""Reading the audit log a page at a time, newest first, for `ripartire audit` and the app's
audit view. Read-only: entries are written and their chain checked in `audit.py`."""

from __future__ import annotations

from datetime import datetime

from ripartire_desktop.store.columns import AUDIT_LOG
from ripartire_desktop.store.connection import Connection, scalar
from ripartire_desktop.store.records.audit import ENTRY_COLUMNS, AuditEntry

MAX_PAGE = 10_000


def _where(code: str, exact: bool) -> tuple[str, tuple[object, ...]]:
    """The filter on the family code: exact (a whole code) or any code containing `code`."""
    text = code.strip().upper()
    if not text:
        return "", ()
    if exact:
        return " WHERE family_code = ?", (text,)
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return " WHERE family_code LIKE ? ESCAPE '\\'", (f"%{escaped}%",)


def count_entries(conn: Connection, *, code: str = "", exact: bool = False) -> int:
    where, params = _where(code, exact)
    return int(scalar(conn, f"SELECT count(*) FROM audit_log{where}", params))


def entries_page(
    conn: Connection, *, code: str = "", exact: bool = False, offset: int = 0, limit: int = 200
) -> list[AuditEntry]:
    """Entries `offset` to `offset + limit` (newest first), optionally for one family code."""
    where, params = _where(code, exact)
    rows = conn.execute(
        AUDIT_LOG.select(f"{where} ORDER BY id DESC LIMIT ? OFFSET ?", columns=ENTRY_COLUMNS),
        (*params, max(0, min(limit, MAX_PAGE)), max(0, offset)),
    )
    return [
        AuditEntry(int(entry_id), str(at), str(action), code, str(detail or ""))
        for entry_id, at, action, code, detail in rows
    ]


def local_time(at: str) -> str:
    """A stored UTC time as local date and time to the second (the stored text if odd)."""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return at
