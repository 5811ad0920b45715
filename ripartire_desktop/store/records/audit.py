"""The audit log: append-only, chained with an HMAC keyed from the data key, codes only.

Every connection opened with the data key carries the SQL function `ripartire_audit_mac`
(store/connection.py), so any repository appends correctly chained entries without ever
holding a key. Without the data key nobody can re-chain the log after deleting entries, and
the envelope records its length and last MAC, so cutting the tail is found too.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from ripartire_desktop.store.columns import AUDIT_LOG, VAULT_META
from ripartire_desktop.store.connection import (
    AUDIT_MAC_FUNCTION,
    Connection,
    scalar,
    transaction,
)

GENESIS = "0" * 64
CHAIN_META_KEY = "audit_chain"
KEYED_CHAIN = "hmac-sha256-v1"

Mac = Callable[[str, str], str]
# What each link covers: the entry as listed, without its own links.
ENTRY_COLUMNS = ("id", "at", "action", "family_code", "detail")
_LINKED = (*ENTRY_COLUMNS, "prev_hash", "hash")
_LAST = AUDIT_LOG.select("ORDER BY id DESC LIMIT 1", columns=("id", "hash"))


class AuditAction(StrEnum):
    CREATE = "create"
    UNLOCK = "unlock"
    OPEN_FAMILY = "open_family"
    EXPORT = "export"
    IMPORT = "import"
    ERASE = "erase"
    CLEAR_DESK_TEXT = "clear_desk_text"  # old desk contacts kept as counts, text removed
    BACKUP = "backup"
    RESTORE = "restore"
    PASSPHRASE_CHANGE = "passphrase_change"  # noqa: S105 (an action name, not a secret)
    KEY_ROTATION = "key_rotation"
    RECOVERY_KEY_CHANGE = "recovery_key_change"
    AUDIT_RECHAIN = "audit_rechain"
    DEMO = "demo"
    TEAM = "team"  # a team member added or removed, or this vault's identity relabelled
    DESK_CORRECT = "desk_correct"  # a desk contact corrected (detail: its id, never its text)
    DESK_DELETE = "desk_delete"  # a desk contact deleted
    STATUS_UNDO = "status_undo"  # a family's last status change taken back
    HANDOVER = "handover"  # a family sealed for a colleague (detail: hand-over id, to whom)
    HANDOVER_RECEIVED = "handover_received"  # a colleague's hand-over imported, receipt written
    HANDOVER_RECEIPT = "handover_receipt"  # the receipt came back: identity removed here


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
    head: str = ""  # the last entry's MAC

    @property
    def ok(self) -> bool:
        return self.first_broken is None


def _payload(fields: tuple[object, ...]) -> str:
    return json.dumps(list(fields), ensure_ascii=False)


def legacy_link(prev_hash: str, payload: str) -> str:
    """The unkeyed SHA-256 link of logs written before the keyed chain."""
    return hashlib.sha256(f"{prev_hash}|{payload}".encode()).hexdigest()


def keyed_mac(audit_key: bytes) -> Mac:
    """The link under an explicit audit key (to check a log against another data key)."""

    def link(prev_hash: str, payload: str) -> str:
        return hmac.new(audit_key, f"{prev_hash}|{payload}".encode(), hashlib.sha256).hexdigest()

    return link


class AuditLog:
    def __init__(self, conn: Connection, *, mac: Mac | None = None) -> None:
        self._conn = conn
        self._mac = mac

    def _link(self, prev_hash: str, fields: tuple[object, ...]) -> str:
        payload = _payload(fields)
        if self._mac is not None:
            return self._mac(prev_hash, payload)
        return str(scalar(self._conn, f"SELECT {AUDIT_MAC_FUNCTION}(?, ?)", (prev_hash, payload)))

    def record(
        self, action: AuditAction, *, family_code: str | None = None, detail: str = ""
    ) -> None:
        """Append an entry (inside the caller's transaction, so it lands with the change)."""
        prev_id, prev_hash = self._last() or (0, GENESIS)
        entry_id = prev_id + 1
        at = datetime.now(UTC).isoformat(timespec="seconds")
        digest = self._link(prev_hash, (entry_id, at, action.value, family_code, detail))
        self._conn.execute(
            AUDIT_LOG.insert(with_key=True),
            (entry_id, at, action.value, family_code, detail, prev_hash, digest),
        )

    def entries(self, limit: int = 200) -> list[AuditEntry]:
        return [
            AuditEntry(**AUDIT_LOG.row(entry, ENTRY_COLUMNS))
            for entry in self._conn.execute(
                AUDIT_LOG.select("ORDER BY id DESC LIMIT ?", columns=ENTRY_COLUMNS), (limit,)
            )
        ]

    def head(self) -> tuple[int, str]:
        """(number of entries, MAC of the last one): what the envelope records."""
        return self._last() or (0, "")

    def _last(self) -> tuple[int, str] | None:
        last = self._conn.execute(_LAST).fetchone()
        if last is None:
            return None
        entry_id, digest = last
        return int(entry_id), str(digest)

    def last_link_holds(self) -> bool:
        """The newest entry is linked under this connection's key (a cheap check before its
        MAC is recorded in the envelope: a row slipped in from outside never is)."""
        newest = AUDIT_LOG.select("ORDER BY id DESC LIMIT 1", columns=_LINKED)
        last = self._conn.execute(newest).fetchone()
        if last is None:
            return True
        entry_id, at, action, code, detail, prev_hash, stored = last
        return bool(self._link(str(prev_hash), (entry_id, at, action, code, detail)) == stored)

    def hash_at(self, entry_id: int) -> str | None:
        digest = scalar(self._conn, "SELECT hash FROM audit_log WHERE id = ?", (entry_id,))
        return None if digest is None else str(digest)

    def is_keyed(self) -> bool:
        chain = scalar(self._conn, "SELECT value FROM vault_meta WHERE key = ?", (CHAIN_META_KEY,))
        return bool(chain == KEYED_CHAIN)

    def verify(self, *, legacy: bool = False) -> ChainCheck:
        """Walk the chain from the start; name the first entry that does not link."""
        prev_hash = GENESIS
        expected_id = 1
        count = 0
        for entry_id, at, action, code, detail, stored_prev, stored_hash in self._conn.execute(
            AUDIT_LOG.select("ORDER BY id", columns=_LINKED)
        ).fetchall():
            count += 1
            fields = (entry_id, at, action, code, detail)
            if legacy:
                recomputed = legacy_link(prev_hash, _payload(fields))
            else:
                recomputed = self._link(prev_hash, fields)
            if entry_id != expected_id or stored_prev != prev_hash or stored_hash != recomputed:
                return ChainCheck(count, int(entry_id) if entry_id == expected_id else expected_id)
            prev_hash = stored_hash
            expected_id += 1
        return ChainCheck(count, None, "" if count == 0 else prev_hash)

    def rechain(self, reason: str) -> None:
        """Re-link every entry under this connection's key, then record why, in one transaction.

        Used once when a vault's unkeyed log becomes keyed, and after every change of data
        key (the chain's key is derived from it). The append-only triggers are lifted for
        the rewrite and restored with their exact text, so the schema stays as shipped."""
        with transaction(self._conn) as conn:
            triggers = conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                "AND tbl_name = 'audit_log' ORDER BY name"
            ).fetchall()
            for name, _sql in triggers:
                conn.execute(f'DROP TRIGGER "{name}"')
            prev_hash = GENESIS
            rows = conn.execute(AUDIT_LOG.select("ORDER BY id", columns=ENTRY_COLUMNS)).fetchall()
            for expected_id, (entry_id, at, action, code, detail) in enumerate(rows, start=1):
                if entry_id != expected_id:
                    # Renumber a gap rather than hide it: the re-chain entry says so below.
                    conn.execute(
                        "UPDATE audit_log SET id = ? WHERE id = ?", (expected_id, entry_id)
                    )
                digest = self._link(prev_hash, (expected_id, at, action, code, detail))
                conn.execute(
                    AUDIT_LOG.update(columns=("prev_hash", "hash")),
                    (prev_hash, digest, expected_id),
                )
                prev_hash = digest
            for _name, sql in triggers:
                conn.execute(sql)
            conn.execute(VAULT_META.insert(verb="INSERT OR REPLACE"), (CHAIN_META_KEY, KEYED_CHAIN))
            self.record(AuditAction.AUDIT_RECHAIN, detail=reason)
