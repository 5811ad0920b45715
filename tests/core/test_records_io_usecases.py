"""The records-in-and-out and privacy use cases on real vaults: what the command line and the
window both call to import, export, add demo families, erase and review retention."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from ripartire_desktop.domain.states import FINAL_STATES
from ripartire_desktop.store.exchange import FamilyFileError
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.store.records.families import FamilyNotFoundError
from ripartire_desktop.usecases import privacy, records_io
from ripartire_desktop.usecases.changes import Kind
from ripartire_desktop.usecases.session import VaultSession
from tests.core.vaults import new_vault

TODAY = date(2026, 6, 30)


def session_in(folder: Path) -> VaultSession:
    vault, _ = new_vault(folder)
    session = VaultSession(vault, holder="test")
    session.opened()
    return session


@pytest.fixture
def demo(tmp_path: Path) -> VaultSession:
    session = session_in(tmp_path / "demo")
    added = records_io.add_demo(session, families=30, interviews_per_family=3, seed=5, today=TODAY)
    assert added.stats.families == 30
    assert added.changes.concerns(*Kind)  # every screen reloads after demo data
    return session


def test_an_exported_family_imports_into_another_vault(demo: VaultSession, tmp_path: Path) -> None:
    code = demo.records.conn.execute("SELECT min(code) FROM families").fetchone()[0]
    target = tmp_path / "family.json"

    exported = records_io.export_family(demo, code.lower(), target)

    assert exported.code == code
    assert json.loads(target.read_bytes())["family"]["code"] == code
    entry = demo.records.audit.entries()[0]
    detail = records_io.EXPORT_DETAIL
    assert (entry.action, entry.family_code, entry.detail) == ("export", code, detail)
    assert exported.changes.kinds == {Kind.AUDIT}

    other = session_in(tmp_path / "other")
    bundles = records_io.read_family_file(target)
    imported = records_io.import_families(other, bundles, on=TODAY)
    assert [(i.code_in_file, i.code_assigned) for i in imported.families] == [(code, code)]
    assert imported.changes.concerns(Kind.FAMILIES, Kind.CASE)
    assert other.records.families.by_code(code).status == demo.records.families.by_code(code).status
    assert other.records.audit.entries()[0].action == AuditAction.IMPORT


def test_exporting_an_unknown_family_writes_nothing(demo: VaultSession, tmp_path: Path) -> None:
    before = len(demo.records.audit.entries())
    target = tmp_path / "none.json"
    with pytest.raises(FamilyNotFoundError):
        records_io.export_family(demo, "RIP-1999-999", target)
    assert not target.exists()
    assert len(demo.records.audit.entries()) == before


def test_a_bad_family_file_is_refused_before_any_vault(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "ripartire-family", "version": 1, "family": {"code": "X"}}')
    with pytest.raises(FamilyFileError) as caught:
        records_io.read_family_file(bad)
    assert caught.value.path == "family.code"


def test_erasing_removes_the_family_and_keeps_its_code_on_the_erased_list(
    demo: VaultSession,
) -> None:
    family = demo.records.families.by_code(
        demo.records.conn.execute("SELECT max(code) FROM families").fetchone()[0]
    )
    listed = len(demo.vault.envelope.erased)

    erasure = privacy.erase_family(demo, family.code)

    assert erasure.erased.report.code == family.code
    assert erasure.erased.report.rows_removed > 0
    with pytest.raises(FamilyNotFoundError):
        demo.records.families.by_code(family.code)
    assert len(demo.vault.envelope.erased) == listed + 1
    assert erasure.changes.concerns_family(family.id)
    assert erasure.changes.concerns(Kind.DESK, Kind.AGENDA)
    entry = demo.records.audit.entries()[0]
    assert (entry.action, entry.family_code) == ("erase", family.code)


def test_erasing_an_unknown_family_changes_nothing(demo: VaultSession) -> None:
    families = demo.records.families.count()
    with pytest.raises(FamilyNotFoundError):
        privacy.erase_family(demo, "RIP-1999-999")
    assert demo.records.families.count() == families


def test_retention_review_lists_closures_older_than_the_period(demo: VaultSession) -> None:
    months = demo.records.settings.load().retention_months
    assert privacy.retention_review(demo.records, today=TODAY).due == []

    review = privacy.retention_review(demo.records, today=date(TODAY.year + 20, 1, 1))

    assert review.months == months
    closed = {
        f.code
        for f in (
            demo.records.families.by_code(c)
            for (c,) in demo.records.conn.execute("SELECT code FROM families")
        )
        if f.status in FINAL_STATES
    }
    assert closed and {due.code for due in review.due} == closed
    days = [due.since for due in review.due]
    assert days == sorted(days)
    for due in review.due:
        assert demo.records.families.by_code(due.code).id == due.family_id


def test_interview_counts_per_family_match_each_familys_interviews(demo: VaultSession) -> None:
    records = demo.records
    counts = records.interviews.counts_by_family()
    codes = [c for (c,) in records.conn.execute("SELECT code FROM families")]
    for code in codes:
        family_id = records.families.by_code(code).id
        assert family_id is not None
        assert counts.get(family_id, 0) == len(records.interviews.for_family(family_id))
    assert sum(counts.values()) > 0
