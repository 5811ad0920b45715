"""The document use cases (usecases/documents.py, usecases/summaries.py) that the window and the
command line share: each writes its file and its one audit entry, refuses an existing target
without recording anything, and neither caller writes audit entries or ledger rows itself."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from ripartire_desktop.reports import sealed
from ripartire_desktop.reports.consent_text import DEFAULT_NOTICE_VERSION, notice_for_form
from ripartire_desktop.reports.publication import sources_key
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.releases import ReleaseLedger
from ripartire_desktop.usecases import documents, summaries
from ripartire_desktop.usecases.changes import Kind
from tests.core.records_fixtures import populated_family
from tests.core.team_fixtures import build_team, seal_from
from tests.core.test_reports_aggregates import PERIOD, TODAY, varied_population
from tests.core.vaults import new_vault

ROOT = Path(__file__).resolve().parents[2] / "ripartire_desktop"
NOW = datetime(2026, 7, 10, 9, 30, tzinfo=UTC)


def exports(records: Records) -> list[tuple[str | None, str]]:
    """The export entries of the audit log, oldest first (the log lists the newest first)."""
    found = [(e.family_code, e.detail) for e in records.audit.entries() if e.action == "export"]
    return found[::-1]


@pytest.fixture
def records(data_dir: Path) -> Records:
    vault, _ = new_vault(data_dir)
    return Records(vault.connection)


def test_each_family_document_is_written_with_one_audit_entry(
    records: Records, tmp_path: Path
) -> None:
    family = populated_family(records, "UC")
    case = documents.case_summary(
        records, family.code, tmp_path / "c.pdf", today=TODAY, lang="en", identity=True
    )
    consent = documents.consent_form(records, family.id or 0, tmp_path / "f.pdf", lang=None)
    access = documents.subject_access(
        records, family.code, tmp_path / "sar", today=TODAY, lang="it"
    )
    assert (case.family_code, consent.family_code, access.family_code) == (family.code,) * 3
    for written in (case, consent, access):
        assert written.changes.kinds == {Kind.AUDIT}
        assert all(path.exists() for path in written.paths)
    assert access.paths == (tmp_path / "sar", tmp_path / "sar" / f"{family.code}.pdf",
                            tmp_path / "sar" / f"{family.code}.json")  # fmt: skip
    assert exports(records) == [
        (family.code, "case summary pdf with identity"),
        (family.code, "consent form pdf"),
        (family.code, "subject access pdf+json, plaintext for the family"),
    ]


def test_an_existing_target_is_kept_and_nothing_is_recorded(
    records: Records, tmp_path: Path
) -> None:
    family = populated_family(records, "UC")
    taken = tmp_path / "taken.pdf"
    taken.write_bytes(b"someone else's file")
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(FileExistsError):
        documents.case_summary(records, family.code, taken, today=TODAY, lang="it", identity=False)
    with pytest.raises(FileExistsError):
        documents.consent_form(records, family.code, taken, lang="it")
    with pytest.raises(FileExistsError):
        documents.subject_access(records, family.code, folder, today=TODAY, lang="it")
    assert taken.read_bytes() == b"someone else's file" and not any(folder.iterdir())
    assert exports(records) == []


def test_the_consent_form_carries_the_organisations_own_notice_version(
    records: Records, tmp_path: Path
) -> None:
    """The window and the command line both print the notice set in Settings (the command line
    used to print the built-in one), with the version made from its text."""
    family = populated_family(records, "UC")
    own = "## Chi siamo\nL'ente {organisation} tratta i dati della famiglia {code}."
    records.settings.save(replace(records.settings.load(), privacy_notice=own))
    assert notice_for_form(own)[1] != DEFAULT_NOTICE_VERSION
    written = documents.consent_form(records, family.code, tmp_path / "f.pdf", lang="it")
    raw = written.paths[0].read_bytes()
    assert raw.startswith(b"%PDF") and b"FlateDecode" in raw  # a real, compressed PDF
    assert exports(records) == [(family.code, "consent form pdf")]


def test_the_language_falls_back_to_the_settings_then_italian(records: Records) -> None:
    assert documents.document_language(records, "en") == "en"
    assert documents.document_language(records, None) == "it"
    records.settings.save(replace(records.settings.load(), language="en"))
    assert documents.document_language(records, None) == "en"


def test_publishing_a_summary_records_the_release_then_one_audit_entry(
    records: Records, tmp_path: Path
) -> None:
    varied_population(records, range(30))
    vault_id = "vault-under-test"
    prepared = summaries.prepare_summary(records, PERIOD, vault_id=vault_id, today=TODAY)
    changes = summaries.publish(
        records, prepared, summaries.Targets(pdf=tmp_path / "s.pdf"), lang="it", now=NOW
    )
    assert changes.concerns(Kind.RELEASES) and (tmp_path / "s.pdf").exists()
    [release] = ReleaseLedger(records.conn).releases(sources_key(prepared.summary))
    assert release.published_at == NOW.isoformat()
    # The same period again: the frozen figures are re-issued, and the audit says so.
    again = summaries.prepare_summary(records, PERIOD, vault_id=vault_id, today=date(2026, 8, 1))
    assert again.reissued_on == NOW.date().isoformat()
    summaries.publish(records, again, summaries.Targets(pdf=tmp_path / "s2.pdf"), lang="en")
    assert len(ReleaseLedger(records.conn).releases(sources_key(prepared.summary))) == 1
    assert exports(records) == [
        (None, f"summary {PERIOD} pdf"),
        (None, f"summary {PERIOD} pdf re-issued"),
    ]


def test_a_refused_target_writes_no_ledger_row_and_no_audit_entry(
    records: Records, tmp_path: Path
) -> None:
    varied_population(records, range(30))
    prepared = summaries.prepare_summary(records, PERIOD, vault_id="v", today=TODAY)
    taken = tmp_path / "taken.pdf"
    taken.write_bytes(b"kept")
    with pytest.raises(FileExistsError):
        summaries.publish(records, prepared, summaries.Targets(pdf=taken), lang="it")
    assert ReleaseLedger(records.conn).releases(sources_key(prepared.summary)) == []
    assert exports(records) == [] and taken.read_bytes() == b"kept"


def test_a_merge_is_published_once_and_its_bundles_cannot_be_merged_again(
    tmp_path: Path,
) -> None:
    team = build_team(tmp_path)
    coord = Records(team.coord.connection)
    paths = []
    for name in ("anna", "bruno"):
        path = tmp_path / f"{name}.age"
        path.write_bytes(seal_from(getattr(team, name)))
        paths.append(path)
    opened = summaries.open_bundles(coord, paths)
    with pytest.raises(summaries.ThresholdLowered):
        summaries.prepare_merge(coord, opened, k=3)
    prepared = summaries.prepare_merge(coord, opened, k=opened[0].summary.k + 1)
    assert prepared.summary.k == opened[0].summary.k + 1
    changes = summaries.publish(
        coord, prepared, summaries.Targets(pdf=tmp_path / "m.pdf"), lang="it", merged=opened
    )
    assert changes.concerns(Kind.RELEASES, Kind.TEAM)
    assert exports(coord) == [(None, f"merged summary {prepared.summary.period} pdf (2 bundles)")]
    period = prepared.summary.period
    for bundle in opened:  # recorded as merged: an older bundle of theirs is refused from now on
        merged = coord.team.last_merged(
            bundle.sender.fingerprint, str(period.first), str(period.last)
        )
        assert merged is not None and merged.serial == bundle.serial
    # Read one by one, as the window does: the same files are still readable.
    assert [type(r) for _, r in summaries.read_bundles(coord, paths)] == [sealed.OpenedBundle] * 2


def test_a_bundle_is_sealed_to_the_recipient_and_freezes_its_months(tmp_path: Path) -> None:
    team = build_team(tmp_path)
    anna = Records(team.anna.connection)
    recipient = anna.team.by_name("coord")
    prepared = summaries.prepare_summary(anna, PERIOD, vault_id=team.anna.vault_id, today=TODAY)
    target = summaries.Targets(bundle=tmp_path / "b.age", recipient=recipient)
    summaries.publish(anna, prepared, target, lang="it", now=NOW)
    coord = Records(team.coord.connection)
    [opened] = summaries.open_bundles(coord, [tmp_path / "b.age"])
    assert opened.summary.counts == prepared.summary.counts
    assert ReleaseLedger(anna.conn).frozen_months(prepared.sources)  # later periods add up
    assert exports(anna) == [
        (None, f"summary {PERIOD} bundle sealed to {recipient.fingerprint[:16]}")
    ]


@pytest.mark.parametrize(
    "path",
    [
        "commands/report_cmds.py",
        "gui/views/reports.py",
        "gui/views/reports_family.py",
        "gui/views/reports_merge.py",
        "gui/views/reports_summary.py",
        "gui/dialogs/export_case.py",
        "gui/dialogs/export_files.py",
        "gui/dialogs/export_preview.py",
    ],
)
def test_neither_the_window_nor_the_command_line_records_or_queries_itself(path: str) -> None:
    """The audit entry, the ledger row and every query belong to the use case, written once."""
    source = (ROOT / path).read_text(encoding="utf-8")
    for forbidden in (r"\.execute\(", r"audit\.record\(", r"vault\.record\(", r"publication\."):
        assert not re.search(forbidden, source), (path, forbidden)
