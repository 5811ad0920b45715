"""The audit log: append-only, hash-chained, codes only (never names or free text)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from ripartire_desktop.store.connection import Connection

GENESIS = "0" * 64


class AuditAction(StrEnum):
    CREATE = "create"
    UNLOCK = "unlock"
    OPEN_FAMILY = "open_family"
    EXPORT = "export"
    IMPORT = "import"
    ERASE = "erase"
    BACKUP = "backup"
    RESTORE = "restore"
    PASSPHRASE_CHANGE = "passphrase_change"  # noqa: S105 (an action name, not a secret)
    KEY_ROTATION = "key_rotation"
    DEMO = "demo"
    TEAM = "team"  # a team member added or removed, or this vault's identity relabelled


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: str
    action: str
    family_code: str | None
    detail: str


@dataclass(frozen=True, slots=True)
class ChainCheck:
    entries: int
    first_broken: int | None  # id of the first entry whose link does not hold

    @property
    def ok(self) -> bool:
        return self.first_broken is None


def _link(prev_hash: str, fields: tuple[object, ...]) -> str:
    """The hash of one entry: its fields, chained to the previous entry's hash."""
    payload = json.dumps(list(fields), ensure_ascii=False)
    return hashlib.sha256(f"{prev_hash}|{payload}".encode()).hexdigest()


class AuditLog:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def record(
        self, action: AuditAction, *, family_code: str | None = None, detail: str = ""
    ) -> None:
        """Append an entry (inside the caller's transaction, so it lands with the change)."""
        row = self._conn.execute(
            "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
        prev_id, prev_hash = (0, GENESIS) if row is None else (int(row[0]), str(row[1]))
        entry_id = prev_id + 1
        at = datetime.now(UTC).isoformat(timespec="seconds")
        digest = _link(prev_hash, (entry_id, at, action.value, family_code, detail))
        self._conn.execute(
            "INSERT INTO audit_log (id, at, action, family_code, detail, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (entry_id, at, action.value, family_code, detail, prev_hash, digest),
        )

    def entries(self, limit: int = 200) -> list[AuditEntry]:
        return [
            AuditEntry(*r)
            for r in self._conn.execute(
                "SELECT id, at, action, family_code, detail FROM audit_log "
                "ORDER BY id DESC LIMIT ?",
                (limit,),
            )
        ]

    def verify(self) -> ChainCheck:
        """Walk the chain from the start; name the first entry that does not link."""
        prev_hash = GENESIS
        expected_id = 1
        count = 0
        for entry_id, at, action, code, detail, stored_prev, stored_hash in self._conn.execute(
            "SELECT id, at, action, family_code, detail, prev_hash, hash FROM audit_log ORDER BY id"
        ):
            count += 1
            recomputed = _link(prev_hash, (entry_id, at, action, code, detail))
            if entry_id != expected_id or stored_prev != prev_hash or stored_hash != recomputed:
                return ChainCheck(count, int(entry_id) if entry_id == expected_id else expected_id)
            prev_hash = stored_hash
            expected_id += 1
        return ChainCheck(count, None)
