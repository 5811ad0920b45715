"""Records in and out: import families from a family file, export one family for portability
(the subject's copy of their data), add fictional demo families.

A family file is read and checked before the vault is opened (`read_family_file`), so a bad
file is refused without touching it; the import then stores every family or none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ripartire_desktop.store import exchange
from ripartire_desktop.store.demo import DemoStats, generate_demo
from ripartire_desktop.store.exchange import FamilyBundle, ImportedFamily
from ripartire_desktop.store.fileio import atomic_write
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.usecases.changes import Changes
from ripartire_desktop.usecases.session import VaultSession

# The audit detail of a family exported as a family file (the other exports name their kind):
# plain text, for the family itself (GDPR art. 20); never the file's path.
EXPORT_DETAIL = "family json, plaintext for the family (art. 20)"


@dataclass(frozen=True, slots=True)
class Imported:
    families: list[ImportedFamily]  # each with the code it had in the file and the one it got
    changes: Changes


@dataclass(frozen=True, slots=True)
class Exported:
    code: str  # the family's code as the vault writes it
    changes: Changes


@dataclass(frozen=True, slots=True)
class DemoAdded:
    stats: DemoStats
    changes: Changes


def read_family_file(path: Path) -> list[FamilyBundle]:
    """Every family of the file at `path`, fully checked (FamilyFileError at the first
    problem); the file is refused unread above its size cap. Needs no vault."""
    return exchange.parse_document(exchange.read_family_file(path))


def import_families(session: VaultSession, bundles: list[FamilyBundle], *, on: date) -> Imported:
    """Store the checked families in one transaction, each with its audit entry; `on` is the
    day of the import (a family dated after it is refused)."""
    imported = exchange.import_families(session.records, bundles, on=on)
    return Imported(imported, Changes.everything())


def export_family(session: VaultSession, code: str, target: Path) -> Exported:
    """Write everything held about one family to `target` as a family file (plain JSON, not
    encrypted), with its audit entry. FamilyNotFoundError when the vault has no such code."""
    records = session.records
    family = records.families.by_code(code)
    document = exchange.export_family(records, family.code)
    atomic_write(target, exchange.dumps(document))
    session.audit(AuditAction.EXPORT, family_code=family.code, detail=EXPORT_DETAIL)
    return Exported(family.code, Changes.of())


def add_demo(
    session: VaultSession,
    *,
    families: int,
    interviews_per_family: int,
    seed: int,
    today: date,
    progress: Callable[[int, int], None] | None = None,
) -> DemoAdded:
    """Add fictional families (see `store.demo.generate_demo`), with the demo's audit entry."""
    stats = generate_demo(
        session.records.conn,
        families=families,
        interviews_per_family=interviews_per_family,
        seed=seed,
        today=today,
        progress=progress,
    )
    return DemoAdded(stats, Changes.everything())
