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
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from ripartire_desktop.gui.dialogs.export_preview import ExportPreviewDialog
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.reports import ReportsView
from ripartire_desktop.gui.views.reports_summary import default_period
from ripartire_desktop.reports import bundle
from ripartire_desktop.reports.aggregates import Month, Period, compute_summary, source_id
from ripartire_desktop.reports.tables import preview_text
from ripartire_desktop.store.demo import generate_demo
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.audit import AuditAction
from tests.core.records_fixtures import populated_family
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
    qtbot.waitUntil(lambda: view.summary.dialog is not None, timeout=20_000)
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


def test_default_period_is_the_last_six_full_months() -> None:
    assert default_period(date(2026, 11, 25)) == Period(Month(2026, 5), Month(2026, 10))
    assert default_period(date(2026, 1, 3)) == Period(Month(2025, 7), Month(2025, 12))


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
    assert len(tables) == 13  # key figures + 12 tables
    target = tmp_path / "riepilogo.pdf"
    offered = choose_save(monkeypatch, target)
    qtbot.mouseClick(dialog.pdf_button, LEFT)
    qtbot.waitUntil(lambda: "written" in dialog.message.text(), timeout=20_000)
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


def test_bundle_from_the_preview_holds_the_exact_counts(
    view: ReportsView, demo: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    set_period(view, PERIOD)
    dialog = open_preview(view, qtbot)
    target = tmp_path / "conteggi.json"
    choose_save(monkeypatch, tmp_path / "conteggi")  # the suffix is added
    qtbot.mouseClick(dialog.bundle_button, LEFT)
    qtbot.waitUntil(lambda: "written" in dialog.message.text(), timeout=20_000)
    assert dialog.cancel_button.text() == "Close"
    written = target.read_bytes()
    assert written.decode("utf-8") == dialog.bundle_text.toPlainText()
    assert bundle.parse(written).counts == dialog.summary.counts  # type: ignore[union-attr]
    assert TAG not in written.decode("utf-8") and not CODE.search(written.decode("utf-8"))
    assert exports(demo) == [(None, f"summary {PERIOD} bundle")]


def test_cancelling_writes_nothing_and_records_nothing(
    view: ReportsView, demo: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    set_period(view, PERIOD)
    dialog = open_preview(view, qtbot)
    choose_save(monkeypatch, "")  # the file dialog is cancelled
    qtbot.mouseClick(dialog.pdf_button, LEFT)
    qtbot.mouseClick(dialog.bundle_button, LEFT)
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    qtbot.waitUntil(lambda: view.summary.dialog is None, timeout=20_000)
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
    qtbot.waitUntil(lambda: bool(view.place.boxes), timeout=20_000)
    assert "already exists" in view.place.boxes[-1].text()
    demo.tasks.wait()
    assert existing.read_bytes() == b"old report"
    assert exports(demo) == []


# --- merging bundles ----------------------------------------------------------------------


def write_bundle(folder: Path, name: str, tag: str, period: Period = PERIOD) -> Path:
    """A bundle of a separate vault (another counsellor) with one populated family."""
    vault, _ = new_vault(folder / f"vault-{name}")
    try:
        records = Records(vault.connection)
        populated_family(records, tag)
        summary = compute_summary(
            vault.connection,
            period,
            settings=records.settings.load(),
            today=TODAY,
            source=source_id(vault.vault_id),
        )
    finally:
        vault.lock()
    path = folder / f"{name}.json"
    path.write_bytes(bundle.dumps(summary))
    return path


def add_files(view: ReportsView, paths: list[Path], qtbot) -> None:  # type: ignore[no-untyped-def]
    before = view.merge.message.text()
    view.merge.add_files(paths)
    qtbot.waitUntil(
        lambda: view.merge.add_button.isEnabled() and view.merge.message.text() != before,
        timeout=10_000,
    )


def test_merge_shows_both_sources_and_writes_the_merged_report(
    view: ReportsView, demo: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    first = write_bundle(tmp_path, "milano", "Ambra")
    second = write_bundle(tmp_path, "cernusco", "Brina")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(first), str(second)], "")
    )
    qtbot.mouseClick(view.merge.add_button, LEFT)
    qtbot.waitUntil(lambda: view.merge.model.rowCount() == 2, timeout=10_000)
    files = {view.merge.model.index(r, 0).data() for r in range(2)}
    assert files == {"milano.json", "cernusco.json"}
    assert "Added 2 of 2 files." in view.merge.message.text()
    dialog = view.merge.preview()
    assert dialog is not None
    assert dialog.sources_value.text().startswith("2 bundles")
    merged = bundle.merge([bundle.parse(first.read_bytes()), bundle.parse(second.read_bytes())])
    assert dialog.text.toPlainText() == preview_text(merged, dialog.lang)
    target = tmp_path / "unito.pdf"
    choose_save(monkeypatch, target)
    qtbot.mouseClick(dialog.pdf_button, LEFT)
    qtbot.waitUntil(lambda: "written" in dialog.message.text(), timeout=20_000)
    text = pdf_text(target)
    assert "Ambra" not in text and "Brina" not in text and not CODE.search(text)
    assert exports(demo) == [(None, f"merged summary {PERIOD} pdf (2 bundles)")]


def test_foreign_damaged_and_incompatible_bundles_get_clear_messages(
    view: ReportsView, tmp_path: Path, qtbot
) -> None:
    good = write_bundle(tmp_path, "buono", "Corallo")
    garbage = tmp_path / "foto.json"
    garbage.write_bytes(b"\x89PNG\r\n not json at all")
    foreign = tmp_path / "altro.json"
    foreign.write_text(json.dumps({"format": "something-else"}), encoding="utf-8")
    damaged = tmp_path / "rovinato.json"
    doc = json.loads(good.read_text(encoding="utf-8"))
    doc["counts"]["paths"]["opened"] = -3
    damaged.write_text(json.dumps(doc), encoding="utf-8")
    newer = tmp_path / "futuro.json"
    doc = json.loads(good.read_text(encoding="utf-8"))
    doc["version"] = 99
    newer.write_text(json.dumps(doc), encoding="utf-8")
    add_files(view, [good, garbage, foreign, damaged, newer], qtbot)
    message = view.merge.message.text()
    assert view.merge.model.rowCount() == 1
    assert "foto.json is not a Ripartire summary bundle" in message
    assert "altro.json is not a Ripartire summary bundle" in message
    assert "rovinato.json is damaged or was altered" in message
    assert "futuro.json was written by a newer version of Ripartire" in message
    # The same vault again, and another period: refused with the reason.
    other_period = write_bundle(tmp_path, "estate", "Duna", Period(Month(2026, 6), Month(2026, 8)))
    add_files(view, [good, other_period], qtbot)
    message = view.merge.message.text()
    assert "buono.json comes from a vault already in the list" in message
    assert "estate.json covers another period" in message
    assert view.merge.model.rowCount() == 1


def test_models_pass_the_model_tester(
    view: ReportsView, tmp_path: Path, qtbot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    add_files(view, [write_bundle(tmp_path, "uno", "Edera")], qtbot)
    qtmodeltester.check(view.merge.model)
    dialog = view.merge.preview()
    assert dialog is not None
    for row in (0, 2, 8):  # key figures, a two-way table, the aid table
        dialog.sections.setCurrentRow(row)
        qtmodeltester.check(dialog.model)


# --- lock -----------------------------------------------------------------------------------


def test_clear_empties_the_view(view: ReportsView, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    add_files(view, [write_bundle(tmp_path, "due", "Felce")], qtbot)
    set_period(view, PERIOD)
    dialog = open_preview(view, qtbot)
    view.clear()
    qtbot.waitUntil(
        lambda: view.summary.dialog is None and view.merge.dialog is None, timeout=20_000
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
