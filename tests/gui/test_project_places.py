"""The project's places in the window (issue 16), on three real vaults: the coordinator's status
loaded from the dashboard, its line beside the vault's own count (stale when old), refusals in
words, and the admission that asks (never refuses) when the project is full."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ripartire_desktop.domain import FamilyStatus
from ripartire_desktop.gui.lang import show_date
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.tasks import BackgroundTasks
from ripartire_desktop.gui.views.dashboard import DashboardView
from ripartire_desktop.gui.views.family import FamilyView
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases import project_status
from tests.core.team_fixtures import Team, build_team, open_at, seal_from


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = build_team(tmp_path)
    coord = Records(made.coord.connection)
    coord.settings.save(dataclasses.replace(coord.settings.load(), capacity=5))
    yield made
    made.lock()


@pytest.fixture
def anna(team: Team, qtbot) -> Iterator[Session]:  # type: ignore[no-untyped-def]
    tasks = BackgroundTasks()
    session = Session(vault=team.anna, tasks=tasks)
    session.opened()
    yield session
    tasks.wait()


def _status(team: Team, target: Path, *, days_ago: int) -> Path:
    """The coordinator's status from bundles made `days_ago` days before today."""
    made = datetime.now(UTC) - timedelta(days=days_ago)
    opened = [
        open_at(team.coord, seal_from(team.anna, now=made)),
        open_at(team.coord, seal_from(team.bruno, now=made)),
    ]
    project_status.write_status(Records(team.coord.connection), opened, target, now=made)
    return target


def _message(widget) -> QMessageBox:  # type: ignore[no-untyped-def]
    boxes = [b for b in widget.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def test_the_dashboard_loads_the_status_and_shows_the_project(
    team: Team, anna: Session, navigator, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    old = _status(team, tmp_path / "old.age", days_ago=40)
    fresh = _status(team, tmp_path / "fresh.age", days_ago=0)
    view = DashboardView(session=anna, navigator=navigator)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    label = view.project.label
    assert "no status from the coordinator yet" in label.text()
    assert view.project.button.text() == "Load project status…"

    view.project.load(old)
    anna.tasks.wait()
    qtbot.waitUntil(lambda: "places taken" in label.text(), timeout=20_000)
    status = project_status.held_status(anna.records)
    assert status is not None and status.taken >= 5
    as_of = show_date(status.as_of)
    assert f"Project: {status.taken} of 5 places taken as of {as_of}" in label.text()
    assert "the project is full" in label.text() and "more than 30 days old" in label.text()
    assert "loaded" in _message(view).text()
    own = Records(team.anna.connection).families.count(FamilyStatus.ACTIVE_PATH)
    assert view.values["paths"].text() == f"{own} of 25"  # the vault's own count, beside it
    _message(view).accept()

    view.project.load(old)  # the same file again: refused in words, nothing changes
    anna.tasks.wait()
    qtbot.waitUntil(lambda: any(b.isVisible() for b in view.findChildren(QMessageBox)))
    assert "already loaded" in _message(view).text()
    _message(view).accept()

    view.project.load(fresh)
    anna.tasks.wait()
    qtbot.waitUntil(lambda: "more than 30 days old" not in label.text(), timeout=20_000)
    _message(view).accept()
    view.project.load(old)  # older than the one held: a replay
    anna.tasks.wait()
    qtbot.waitUntil(lambda: any(b.isVisible() for b in view.findChildren(QMessageBox)))
    assert "older than the project status already loaded" in _message(view).text()
    view.clear()
    assert label.text() == ""


def _first_waiting_family(anna: Session, navigator, qtbot) -> tuple[FamilyView, int]:  # type: ignore[no-untyped-def]
    """The family view, shown, on the first family of Anna's waiting list; and its id."""
    waiting = anna.records.families.waiting_list()[0]
    assert waiting.family_id is not None
    view = FamilyView(session=anna, navigator=navigator)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    view.open(waiting.family_id)
    return view, waiting.family_id


def test_admission_asks_when_the_project_is_full_and_admits_anyway(
    team: Team, anna: Session, navigator, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    project_status.load_status(anna.records, _status(team, tmp_path / "s.age", days_ago=2))
    view, family_id = _first_waiting_family(anna, navigator, qtbot)
    assert not view.change_status(FamilyStatus.ACTIVE_PATH)
    box = view.admission_question
    assert box is not None and box.isVisible()
    as_of = show_date(project_status.held_status(anna.records).as_of)  # type: ignore[union-attr]
    assert "The project is full" in box.text() and as_of in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert anna.records.families.get(family_id).status == FamilyStatus.WAITING_LIST

    view.change_status(FamilyStatus.ACTIVE_PATH)
    box = view.admission_question
    assert box is not None
    go = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    assert "Admit anyway" in go.text().replace("&", "")
    go.click()
    assert anna.records.families.get(family_id).status == FamilyStatus.ACTIVE_PATH


def test_the_merge_shows_each_vaults_places_and_writes_the_status(
    team: Team, navigator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from ripartire_desktop.gui.views.reports import ReportsView

    tasks = BackgroundTasks()
    coord = Session(vault=team.coord, tasks=tasks)
    coord.opened()
    files = []
    for name, vault, places in (("anna", team.anna, True), ("bruno", team.bruno, False)):
        files.append(tmp_path / f"{name}.age")
        files[-1].write_bytes(seal_from(vault, places=places))
    view = ReportsView(session=coord, navigator=navigator)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    view.refresh()
    assert not view.merge.status_button.isEnabled()
    view.merge.add_files(files)
    qtbot.waitUntil(lambda: view.merge.model.rowCount() == 2, timeout=20_000)
    anna = Records(team.anna.connection).places.snapshot()
    places = {
        view.merge.model.index(r, 1).data(): view.merge.model.index(r, 5).data() for r in (0, 1)
    }
    assert places == {
        "anna": f"{len(anna.active)} active, {len(anna.waiting)} waiting",
        "bruno": "no list (older version)",
    }
    tip = next(
        view.merge.model.index(r, 5).data(Qt.ItemDataRole.ToolTipRole)
        for r in (0, 1)
        if view.merge.model.index(r, 1).data() == "anna"
    )
    assert all(p.code in tip for p in (*anna.active, *anna.waiting))  # the list itself
    target = tmp_path / "stato.age"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    qtbot.mouseClick(view.merge.status_button, Qt.MouseButton.LeftButton)
    tasks.wait()
    qtbot.waitUntil(lambda: "Wrote the project status" in view.merge.message.text(), timeout=20_000)
    assert f"{len(anna.active)} of 5 places taken" in view.merge.message.text()
    loaded = project_status.load_status(Records(team.bruno.connection), target)
    assert loaded.status.missing == ("bruno",) and loaded.status.taken == len(anna.active)
    view.clear()
    tasks.wait()


def _answer_full(*, admit: bool) -> list[str]:
    """Click "Admit anyway" (or Cancel) on the next "The project is full" question."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    asked: list[str] = []

    def click() -> None:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "projectFullBox" and w.isVisible()
        ]
        if not boxes:
            QTimer.singleShot(10, click)
            return
        box = boxes[0]
        asked.append(box.text())
        role = QMessageBox.ButtonRole.AcceptRole if admit else QMessageBox.ButtonRole.RejectRole
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()

    QTimer.singleShot(0, click)
    return asked


def test_the_assessments_admitted_asks_too(
    team: Team, anna: Session, navigator, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from ripartire_desktop.domain import Decision
    from ripartire_desktop.gui.views.family_fields import set_combo_value

    project_status.load_status(anna.records, _status(team, tmp_path / "s.age", days_ago=1))
    view, family_id = _first_waiting_family(anna, navigator, qtbot)
    tab = view.assessment_tab
    set_combo_value(tab.decision, Decision.ADMITTED)
    asked = _answer_full(admit=False)
    assert not tab.save()
    assert asked and "The project is full" in asked[0]
    assert anna.records.families.get(family_id).status == FamilyStatus.WAITING_LIST
    assert tab.is_dirty  # nothing typed is lost: the form keeps the decision
    asked = _answer_full(admit=True)
    assert tab.save() and asked
    assert anna.records.families.get(family_id).status == FamilyStatus.ACTIVE_PATH
