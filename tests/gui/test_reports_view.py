"""The Reports view, driven as a coordinator would: preview a period, save the PDF and the
bundle, merge bundles from two vaults, and see clear messages for files that are not bundles."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMessageBox

from ripartire_desktop.gui.dialogs.export_preview import ExportPreviewDialog
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.reports import ReportsView
from ripartire_desktop.gui.views.reports_summary import default_period
from ripartire_desktop.reports import bundle
from ripartire_desktop.reports.aggregates import Month, Period, compute_summary, source_id
from ripartire_desktop.reports.sealed import OpenedBundle, open_sealed, registry_entries
from ripartire_desktop.reports.tables import preview_text
from ripartire_desktop.store.demo import generate_demo
from ripartire_desktop.store.identity import Role
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.store.vault import Vault
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE
from tests.core.records_fixtures import populated_family
from tests.core.team_fixtures import identity_text, seal_from
from tests.core.vaults import new_vault
from tests.gui.conftest import RecordingNavigator

LEFT = Qt.MouseButton.LeftButton
TAG = "Quirinale"  # in every text of the planted family
TODAY = date(2026, 6, 30)
PERIOD = Period(Month(2024, 1), Month(2026, 6))
CODE = re.compile(r"RIP-\d{4}-\d+")


@pytest.fixture
def demo(session: Session) -> Session:
    generate_demo(
        session.vault.connection, families=40, interviews_per_family=2, seed=7, today=TODAY
    )
    populated_family(session.records, TAG)
    return session


@pytest.fixture
def view(demo: Session, navigator: RecordingNavigator, qtbot) -> ReportsView:  # type: ignore[no-untyped-def]
    widget = ReportsView(session=demo, navigator=navigator)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    widget.refresh()
    return widget


def choose_save(monkeypatch: pytest.MonkeyPatch, path: Path | str) -> list[str]:
    """The file dialog answers `path`; returns the default names it was offered."""
    offered: list[str] = []

    def answer(_parent: object, _title: str, default: str, *_a: object, **_k: object):  # type: ignore[no-untyped-def]
        offered.append(default)
        return (str(path), "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return offered


def set_period(view: ReportsView, period: Period) -> None:
    view.summary.from_edit.setDate(QDate(period.first.year, period.first.month, 1))
    view.summary.to_edit.setDate(QDate(period.last.year, period.last.month, 1))


def open_preview(view: ReportsView, qtbot) -> ExportPreviewDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.summary.preview_button, LEFT)
    qtbot.waitUntil(lambda: view.summary.dialog is not None, timeout=60_000)
    dialog = view.summary.dialog
    assert dialog is not None
    return dialog


def shown_cells(dialog: ExportPreviewDialog) -> list[list[list[str]]]:
    """Every table as the dialog shows it, by clicking through the list of tables."""
    tables = []
    for row in range(dialog.sections.count()):
        dialog.sections.setCurrentRow(row)
        tables.append(dialog.model.cells())
    return tables


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed; .ci/run installs it")
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def exports(session: Session) -> list[tuple[str | None, str]]:
    return [
        (e.family_code, e.detail)
        for e in session.records.audit.entries()
        if e.action == AuditAction.EXPORT.value
    ]


def names_in_vault(session: Session) -> list[str]:
    names = []
    ids = [r[0] for r in session.vault.connection.execute("SELECT id FROM families")]
    for fid in ids:
        identity = session.records.identities.get(fid)
        if identity is not None:
            for person in identity.people:
                names += [person.given_name, person.family_name]
    return [n for n in names if len(n) >= 4]


# --- the period and the preview -----------------------------------------------------------


def test_default_period_is_six_months_up_to_the_current_one() -> None:
    # Issue 15: the current month is in, so the first preview is not all zeros.
    assert default_period(date(2026, 11, 25)) == Period(Month(2026, 6), Month(2026, 11))
    assert default_period(date(2026, 1, 3)) == Period(Month(2025, 8), Month(2026, 1))


def test_the_view_is_reports_and_opens_with_the_last_six_months(view: ReportsView) -> None:
    assert view.name == "reports" and view.title() == "Reports"
    period = view.summary.period()
    assert period == default_period(date.today())


def test_a_period_that_ends_before_it_starts_is_refused(view: ReportsView, qtbot) -> None:  # type: ignore[no-untyped-def]
    set_period(view, Period(Month(2026, 1), Month(2026, 3)))
    view.summary.from_edit.setDate(QDate(2026, 5, 1))
    qtbot.mouseClick(view.summary.preview_button, LEFT)
    assert "ends before it starts" in view.summary.message.text()
    assert view.summary.dialog is None


def test_preview_shows_what_the_pdf_then_holds_and_the_export_is_audited(
    view: ReportsView, demo: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    set_period(view, PERIOD)
    dialog = open_preview(view, qtbot)
    assert dialog.k_value.text() == "5"
    assert "2024" in dialog.period_value.text() and "2026" in dialog.period_value.text()
    # The text tab is exactly the command line's --preview of the same counts.
    assert dialog.summary is not None
    assert dialog.text.toPlainText() == preview_text(dialog.summary, dialog.lang)
    tables = shown_cells(dialog)
    assert (
        len(tables) == 21
    )  # key figures + 12 tables + reach and aid by line, funder, year + 4 outcome tables
    target = tmp_path / "riepilogo.pdf"
    offered = choose_save(monkeypatch, target)
    qtbot.mouseClick(dialog.pdf_button, LEFT)
    qtbot.waitUntil(lambda: "written" in dialog.message.text(), timeout=60_000)
    assert target.exists() and target.stat().st_mode & 0o777 == 0o600
    assert not CODE.search(offered[0])
    text = pdf_text(target)
    numbers = {
        cell
        for table in tables
        for row in table
        for cell in row[1:]
        if cell and any(ch.isdigit() for ch in cell)
    }
    assert len(numbers) > 20
    missing = [n for n in numbers if n not in text]
    assert not missing, missing[:10]
    # Nothing identifying: no family code, no planted text, no name of any family.
    assert not CODE.search(text)
    assert TAG not in text
    leaked = [n for n in names_in_vault(demo) if re.search(rf"\b{re.escape(n)}\b", text)]
    assert not leaked, leaked[:5]
    assert exports(demo) == [(None, f"summary {PERIOD} pdf")]


def coordinator_of(demo: Session, folder: Path) -> Vault:
    """A coordinator's vault (unlocked) in the demo vault's team, and the demo in its team."""
    coord, _ = new_vault(folder / "coord-vault")
    Records(coord.connection).team.set_profile(name="Carla", role=Role.COORDINATOR)
    demo.records.team.add("Carla", identity_text(coord))
    demo.records.team.set_profile(name="Demo")
    Records(coord.connection).team.add("demo", identity_text(demo.vault))
    return coord


def choose_recipient(monkeypatch: pytest.MonkeyPatch, index: int = 0) -> list[list[str]]:
    offered: list[list[str]] = []

    def answer(_parent, _title, _label, items, *_a, **_k):  # type: ignore[no-untyped-def]
        offered.append(list(items))
        return (items[index], True)

    monkeypatch.setattr(QInputDialog, "getItem", answer)
    return offered


def test_bundle_from_the_preview_is_sealed_to_the_chosen_coordinator(
    view: ReportsView, demo: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    coord = coordinator_of(demo, tmp_path)
    try:
        set_period(view, PERIOD)
        dialog = open_preview(view, qtbot)
        target = tmp_path / "conteggi.age"
        choose_save(monkeypatch, tmp_path / "conteggi")  # the suffix is added
        offered = choose_recipient(monkeypatch)
        qtbot.mouseClick(dialog.bundle_button, LEFT)
        qtbot.waitUntil(lambda: "written" in dialog.message.text(), timeout=60_000)
        assert dialog.cancel_button.text() == "Close"
        assert offered and offered[0][0].startswith("Carla — coordinator — ")
        written = target.read_bytes()
        assert written.startswith(b"age-encryption.org/v1")
        for word in (b"counts", b"first_contacts", TAG.encode(), b"RIP-"):
            assert word not in written
        team = Records(coord.connection).team
        opened = open_sealed(written, own=team.require_own(), team=team)
        assert opened.summary.counts == dialog.summary.counts  # type: ignore[union-attr]
        assert opened.sender.name == "demo"
    finally:
        coord.lock()
    [entry] = exports(demo)
    assert entry[1].startswith(f"summary {PERIOD} bundle sealed to ")


def test_a_bundle_needs_a_team_member_first(
    view: ReportsView, demo: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    set_period(view, PERIOD)
    dialog = open_preview(view, qtbot)
    choose_save(monkeypatch, tmp_path / "x.age")
    qtbot.mouseClick(dialog.bundle_button, LEFT)
    assert "add your coordinator first" in dialog.message.text()
    assert not (tmp_path / "x.age").exists() and exports(demo) == []


def test_cancelling_writes_nothing_and_records_nothing(
    view: ReportsView, demo: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    set_period(view, PERIOD)
    dialog = open_preview(view, qtbot)
    choose_save(monkeypatch, "")  # the file dialog is cancelled
    qtbot.mouseClick(dialog.pdf_button, LEFT)
    qtbot.mouseClick(dialog.bundle_button, LEFT)
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    qtbot.waitUntil(lambda: view.summary.dialog is None, timeout=60_000)
    demo.tasks.wait()
    outside_vault = [p for p in tmp_path.rglob("*") if "vault" not in p.relative_to(tmp_path).parts]
    assert outside_vault == []
    assert exports(demo) == []


def test_an_existing_file_is_never_overwritten(
    view: ReportsView, demo: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    set_period(view, PERIOD)
    dialog = open_preview(view, qtbot)
    existing = tmp_path / "vecchio.pdf"
    existing.write_bytes(b"old report")
    choose_save(monkeypatch, existing)
    qtbot.mouseClick(dialog.pdf_button, LEFT)
    qtbot.waitUntil(lambda: bool(view.place.boxes), timeout=60_000)
    assert "already exists" in view.place.boxes[-1].text()
    demo.tasks.wait()
    assert existing.read_bytes() == b"old report"
    assert exports(demo) == []


# --- merging bundles ----------------------------------------------------------------------


def write_bundle(folder: Path, name: str, tag: str, to: Session, period: Period = PERIOD) -> Path:
    """A bundle of a separate vault (another counsellor, in `to`'s team) with one populated
    family, sealed to the vault of session `to`."""
    if not to.records.team.require_own().name:
        to.records.team.set_profile(name="Coordinamento")
    vault, _ = new_vault(folder / f"vault-{name}")
    try:
        records = Records(vault.connection)
        records.team.set_profile(name=name)
        records.team.add("coord", identity_text(to.vault))
        populated_family(records, tag)
        summary = compute_summary(
            vault.connection,
            period,
            settings=records.settings.load(),
            today=TODAY,
            source=source_id(vault.vault_id),
        )
        to.records.team.add(name, identity_text(vault))
        raw = seal_from(vault, summary=summary)
    finally:
        vault.lock()
    path = folder / f"{name}.age"
    path.write_bytes(raw)
    return path


def opened_at(session: Session, path: Path) -> OpenedBundle:
    team = session.records.team
    return open_sealed(path.read_bytes(), own=team.require_own(), team=team)


def add_files(view: ReportsView, paths: list[Path], qtbot) -> None:  # type: ignore[no-untyped-def]
    before = view.merge.message.text()
    view.merge.add_files(paths)
    qtbot.waitUntil(
        lambda: view.merge.add_button.isEnabled() and view.merge.message.text() != before,
        timeout=60_000,
    )


def test_merge_shows_both_sources_and_writes_the_merged_report(
    view: ReportsView, demo: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    first = write_bundle(tmp_path, "milano", "Ambra", demo)
    second = write_bundle(tmp_path, "cernusco", "Brina", demo)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(first), str(second)], "")
    )
    qtbot.mouseClick(view.merge.add_button, LEFT)
    qtbot.waitUntil(lambda: view.merge.model.rowCount() == 2, timeout=60_000)
    files = {view.merge.model.index(r, 0).data() for r in range(2)}
    assert files == {"milano.age", "cernusco.age"}
    signers = {view.merge.model.index(r, 1).data() for r in range(2)}
    assert signers == {"milano", "cernusco"}
    assert "Added 2 of 2 files." in view.merge.message.text()
    dialog = view.merge.preview()
    assert dialog is not None
    assert dialog.sources_value.text().startswith("2 bundles")
    merged = bundle.merge([opened_at(demo, first).summary, opened_at(demo, second).summary])
    assert dialog.text.toPlainText() == preview_text(merged, dialog.lang)
    target = tmp_path / "unito.pdf"
    choose_save(monkeypatch, target)
    qtbot.mouseClick(dialog.pdf_button, LEFT)
    qtbot.waitUntil(lambda: "written" in dialog.message.text(), timeout=60_000)
    text = pdf_text(target)
    assert "Ambra" not in text and "Brina" not in text and not CODE.search(text)
    assert exports(demo) == [(None, f"merged summary {PERIOD} pdf (2 bundles)")]
    fingerprint = opened_at(demo, first).sender.fingerprint
    assert demo.records.team.last_merged(fingerprint, str(PERIOD.first), str(PERIOD.last))


def test_foreign_damaged_and_incompatible_bundles_get_clear_messages(
    view: ReportsView, demo: Session, tmp_path: Path, qtbot
) -> None:
    good = write_bundle(tmp_path, "buono", "Corallo", demo)
    garbage = tmp_path / "foto.age"
    garbage.write_bytes(b"\x89PNG\r\n not json at all")
    plain = tmp_path / "vecchio.json"
    plain.write_text(json.dumps({"format": "ripartire-summary"}), encoding="utf-8")
    damaged = tmp_path / "rovinato.age"
    raw = bytearray(good.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    damaged.write_bytes(bytes(raw))
    stranger = write_bundle(tmp_path, "estraneo", "Dalia", demo)
    demo.records.team.remove("estraneo")
    add_files(view, [good, garbage, plain, damaged, stranger], qtbot)
    message = view.merge.message.text()
    assert view.merge.model.rowCount() == 1
    assert "foto.age is not a Ripartire summary bundle" in message
    assert "vecchio.json is an unsealed bundle" in message
    assert "rovinato.age is damaged or was altered: its encryption or signature" in message
    assert "estraneo.age is signed by a vault that is not in your team" in message
    # The same vault again, and another period: refused with the reason.
    other_period = write_bundle(
        tmp_path, "estate", "Duna", demo, Period(Month(2026, 6), Month(2026, 8))
    )
    add_files(view, [good, other_period], qtbot)
    message = view.merge.message.text()
    assert "buono.age comes from a vault already in the list" in message
    assert "estate.age covers another period" in message
    assert view.merge.model.rowCount() == 1


def test_a_bundle_for_another_vault_and_a_replay_are_refused(
    view: ReportsView, demo: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    demo.records.team.set_profile(name="Coordinamento")
    coord = coordinator_of(demo, tmp_path)
    try:
        # A colleague's bundle sealed to another coordinator.
        set_period(view, PERIOD)
        dialog = open_preview(view, qtbot)
        choose_save(monkeypatch, tmp_path / "altrove")
        choose_recipient(monkeypatch)
        qtbot.mouseClick(dialog.bundle_button, LEFT)
        qtbot.waitUntil(lambda: "written" in dialog.message.text(), timeout=60_000)
        dialog.reject()
    finally:
        coord.lock()
    add_files(view, [tmp_path / "altrove.age"], qtbot)
    assert "altrove.age is sealed for someone else" in view.merge.message.text()
    # An old bundle after a newer one of the same colleague and period was merged.
    old = write_bundle(tmp_path, "rosa", "Erica", demo)
    vault = build_vault(tmp_path / "vault-rosa")
    vault.open_with(vault.keys_from_passphrase(PASSPHRASE), method="passphrase")
    try:
        summary = opened_at(demo, old).summary
        newer = tmp_path / "rosa-2.age"
        newer.write_bytes(seal_from(vault, summary=summary))
    finally:
        vault.lock()
    fresh = opened_at(demo, newer)
    demo.records.team.record_merged(registry_entries([fresh]))
    add_files(view, [old], qtbot)
    assert "rosa.age is older than a bundle" in view.merge.message.text()
    assert view.merge.model.rowCount() == 0


def test_models_pass_the_model_tester(
    view: ReportsView, tmp_path: Path, qtbot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    add_files(view, [write_bundle(tmp_path, "uno", "Edera", view.merge._session)], qtbot)
    qtmodeltester.check(view.merge.model)
    dialog = view.merge.preview()
    assert dialog is not None
    for row in (0, 2, 8):  # key figures, a two-way table, the aid table
        dialog.sections.setCurrentRow(row)
        qtmodeltester.check(dialog.model)


# --- lock -----------------------------------------------------------------------------------


def test_clear_empties_the_view(view: ReportsView, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    add_files(view, [write_bundle(tmp_path, "due", "Felce", view.merge._session)], qtbot)
    set_period(view, PERIOD)
    dialog = open_preview(view, qtbot)
    view.clear()
    qtbot.waitUntil(
        lambda: view.summary.dialog is None and view.merge.dialog is None, timeout=60_000
    )
    assert dialog.summary is None and dialog.model.rowCount() == 0
    assert dialog.text.toPlainText() == "" and dialog.bundle_text.toPlainText() == ""
    assert view.merge.model.rowCount() == 0
    texts = [label.text() for label in view.findChildren(QLabel) if label.isVisible()]
    assert not any(re.search(r"\d", t) or "due.json" in t for t in texts), texts
    assert not view.findChildren(QMessageBox)


def test_a_count_finishing_after_the_lock_opens_nothing(
    view: ReportsView, demo: Session, qtbot
) -> None:  # type: ignore[no-untyped-def]
    set_period(view, PERIOD)
    qtbot.mouseClick(view.summary.preview_button, LEFT)
    view.clear()
    demo.tasks.wait()
    qtbot.wait(50)
    assert view.summary.dialog is None
    assert not view.summary.busy.isVisible()
