"""Verify: every check a vault's files allow, with the key, writing nothing.

The envelope's MAC (already checked when the key was unwrapped), every page's authentication,
the database structure, the schema against this version's migrations, the audit chain and its
record in the envelope, and the search index.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ripartire_desktop.store import migrations
from ripartire_desktop.store.connection import Connection, connect_for_check, scalar
from ripartire_desktop.store.envelope import Envelope
from ripartire_desktop.store.errors import DamagedDatabaseError, NewerSchemaError
from ripartire_desktop.store.records.audit import AuditLog
from ripartire_desktop.store.schema import schema_differences
from ripartire_desktop.store.vault import Vault
from ripartire_desktop.store.vault_keys import audit_problem


def check_database(conn: Connection) -> list[str]:
    """Page-level problems found by SQLCipher and SQLite; empty when the database is sound."""
    problems: list[str] = []
    try:
        for (message,) in conn.execute("PRAGMA cipher_integrity_check"):
            problems.append(f"encryption check: {message}")
    except Exception as exc:
        problems.append(f"encryption check could not finish: {exc}")
    try:
        rows = [str(message) for (message,) in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            problems.extend(f"database check: {row}" for row in rows)
    except Exception as exc:
        problems.append(f"database check could not finish: {exc}")
    return problems


@dataclass
class VerifyReport:
    checks: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_vault(vault: Vault) -> VerifyReport:
    """Every check the unlocked vault allows: envelope, encryption of every page, database
    structure, schema, audit chain and search index."""
    return _verify(vault.connection, Envelope.load(vault.envelope_path))


def verify_files(vault: Vault, candidates: list[bytes]) -> VerifyReport:
    """The same checks as `verify_vault` on the locked vault's files, writing nothing (no
    audit entry, no migration, no checkpoint): a damaged vault is left exactly as found, and
    damage to the schema's own pages is still named page by page."""
    envelope = vault.load_envelope()
    for key in candidates:
        conn = connect_for_check(vault.db_path, key)
        if conn is None:
            continue
        try:
            return _verify(conn, envelope)
        finally:
            conn.close()
    raise DamagedDatabaseError(
        "The passphrase is right but the database cannot be decrypted: its first page is "
        "damaged (page 1). Restore a backup (ripartire restore)."
    )


def _verify(conn: Connection, envelope: Envelope) -> VerifyReport:
    report = VerifyReport()
    state = "authenticated" if envelope.version >= 2 else "readable (upgraded at the next unlock)"
    report.checks.append(
        f"key envelope: {state}, version {envelope.version}, vault {envelope.vault_id[:8]}"
    )
    problems = check_database(conn)
    if problems:
        report.problems.extend(problems)
        return report  # the rest reads the damaged pages: it would only add noise
    pages = scalar(conn, "PRAGMA page_count")
    report.checks.append(f"encryption: all {pages} pages authenticate")
    report.checks.append("database structure: ok")
    version = migrations.current_version(conn)
    if version > migrations.latest_version():
        raise NewerSchemaError(
            f"This vault was written by a newer version of Ripartire (schema {version}; this "
            f"version knows up to {migrations.latest_version()}): update Ripartire to open it."
        )
    report.checks.append(f"schema version: {version}")
    differences = schema_differences(conn)
    if differences:
        report.problems.extend(f"database structure altered: {d}" for d in differences)
    else:
        report.checks.append(
            "schema: tables, indexes, triggers and views as this version creates them"
        )
    if version >= migrations.AUDIT_LOG_VERSION:
        _check_audit_and_index(conn, report, envelope)
    return report


def _check_audit_and_index(conn: Connection, report: VerifyReport, envelope: Envelope) -> None:
    from ripartire_desktop.store.records.search import SearchIndex

    log = AuditLog(conn)
    try:
        if not log.is_keyed():
            problem = None if log.verify(legacy=True).ok else "the unkeyed chain breaks"
        else:
            problem = audit_problem(log, envelope.audit)
        entries, _head = log.head()
    except Exception as exc:
        report.problems.append(f"audit log could not be read: {exc}")
    else:
        if problem is None:
            report.checks.append(
                f"audit log: {entries} entries, chain intact and as long as the envelope "
                f"records ({envelope.audit.entries} at the last save)"
            )
        else:
            report.problems.append(f"audit log: {problem}")
    # The index check is an INSERT command: inside a rolled-back transaction it writes nothing.
    outer = conn.in_transaction
    if not outer:
        conn.execute("BEGIN")
    try:
        index_problems = SearchIndex(conn).integrity_problems()
    finally:
        if not outer:
            conn.execute("ROLLBACK")
    if index_problems:
        report.problems.extend(index_problems)
    else:
        report.checks.append("search index: consistent with the records")
