"""The hand-over in the window: "Hand over to a colleague…" from the family's Documents menu,
the read-only family it leaves, and "Receive hand-over…" in Families on the colleague's vault
and back, on three real vaults."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.tasks import BackgroundTasks
from ripartire_desktop.gui.views.families import FamiliesView
from ripartire_desktop.gui.views.family import FamilyView
from ripartire_desktop.usecases.handover import receive
from tests.core.handover_fixtures import Team, build_team, rows_of
from tests.core.records_fixtures import populated_family
from tests.gui.conftest import RecordingNavigator

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def team(tmp_path: Path) -> Team:
    return build_team(tmp_path)


@pytest.fixture
def windows(team: Team, qtbot) -> Iterator[tuple[Session, Session]]:  # type: ignore[no-untyped-def]
    tasks = BackgroundTasks()
    anna = Session(vault=team.anna.vault, tasks=tasks)
    bruno = Session(vault=team.bruno.vault, tasks=tasks)
    anna.opened()
    bruno.opened()
    yield anna, bruno
    tasks.wait()


def _shown(widget: QWidget, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


def test_hand_over_from_the_family_menu_then_receive_and_the_receipt(
    windows: tuple[Session, Session], tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    anna, bruno = windows
    family = populated_family(anna.records, "Tiglio")
    view = _shown(FamilyView(session=anna, navigator=RecordingNavigator()), qtbot)
    assert isinstance(view, FamilyView)
    view.open(family.id or 0)
    assert view.handover.action.isEnabled()

    view.handover.action.trigger()
    dialog = view.handover.dialog
    assert dialog is not None
    assert [dialog.colleague.itemText(i) for i in range(dialog.colleague.count())] == [
        "bruno",
        "carla",
    ]
    assert not dialog.ok_button.isEnabled()  # reason and file first
    dialog.colleague.setCurrentIndex(0)
    qtbot.keyClicks(dialog.reason, "Passa allo sportello di Bruno")
    target = tmp_path / "tiglio.age"
    qtbot.keyClicks(dialog.file, str(target))
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, LEFT)

    assert target.exists() and view.handover.dialog is None
    assert "Handed over to bruno on" in view.header_message.text()
    assert not view.household_tab.isEnabled() and not view.status_button.isEnabled()
    assert not view.handover.action.isEnabled()

    families = _shown(FamiliesView(session=bruno, navigator=RecordingNavigator()), qtbot)
    assert isinstance(families, FamiliesView)
    families.refresh()
    receive = families.open_receive_dialog()
    assert receive is not None
    qtbot.keyClicks(receive.file, str(target))
    qtbot.mouseClick(receive.ok_button, LEFT)
    assert f"{family.code} received from anna" in receive.message.text()
    assert bruno.records.families.by_code(family.code).code == family.code
    receipt = tmp_path / "tiglio-receipt.age"
    assert receipt.exists()

    before = rows_of(bruno.core)
    qtbot.keyClicks(receive.file, str(target))  # the same file again
    qtbot.mouseClick(receive.ok_button, LEFT)
    assert "refused and nothing was changed" in receive.message.text()
    assert "already received" in receive.message.text()
    assert rows_of(bruno.core) == before
    receive.reject()

    back = _shown(FamiliesView(session=anna, navigator=RecordingNavigator()), qtbot)
    assert isinstance(back, FamiliesView)
    receive = back.open_receive_dialog()
    assert receive is not None
    qtbot.keyClicks(receive.file, str(receipt))
    qtbot.mouseClick(receive.ok_button, LEFT)
    assert "names and notes were removed" in receive.message.text()
    assert anna.records.identities.get(family.id or 0) is None
    view.refresh()
    assert "receipt came back" in view.header_message.text()


def test_a_desk_contact_is_handed_over_from_the_desk(
    windows: tuple[Session, Session], tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from ripartire_desktop.domain import Channel, FirstContact, FirstContactOutcome
    from ripartire_desktop.gui.views.desk import DeskView
    from ripartire_desktop.usecases.desk import save_desk_contact

    anna, bruno = windows
    save_desk_contact(
        anna.records,
        FirstContact(
            occurred_at=datetime.now().replace(microsecond=0),
            channel=Channel.PHONE,
            outcome=FirstContactOutcome.INFORMATION_GIVEN,
            request="Chiede dello sportello di Bruno",
        ),
    )
    view = _shown(DeskView(session=anna, navigator=RecordingNavigator()), qtbot)
    assert isinstance(view, DeskView)
    view.refresh()
    assert not view.handover.button.isEnabled()  # nothing selected yet
    view.table.setCurrentIndex(view.model.index(0, 0))
    assert view.handover.button.isEnabled()
    qtbot.mouseClick(view.handover.button, LEFT)
    dialog = view.handover.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.reason, "Se ne occupa Bruno")
    target = tmp_path / "contatto.age"
    qtbot.keyClicks(dialog.file, str(target))
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert target.exists()
    view.table.setCurrentIndex(view.model.index(0, 0))
    assert not view.handover.button.isEnabled()  # handed over: not again
    received = receive(bruno.core, target)
    assert received.handover.desk_contact_id is not None


def test_ok_waits_for_a_colleague_a_reason_and_a_file_name_not_blanks(
    windows: tuple[Session, Session], tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from ripartire_desktop.gui.dialogs.handover import HandoverDialog, ReceiveDialog

    anna, _bruno = windows
    family = populated_family(anna.records, "Tiglio")
    dialog = HandoverDialog(anna.core, family.code)
    qtbot.addWidget(dialog)
    assert dialog.ok_button.text() == "Write the hand-over"
    assert dialog.message.isHidden()
    dialog.file.setText("   ")
    dialog.reason.setPlainText("Passa a Bruno")
    assert not dialog.ok_button.isEnabled()  # a blank file name is no file
    dialog.file.setText(str(tmp_path / "tiglio.age"))
    assert dialog.ok_button.isEnabled()
    dialog.reason.setPlainText("  ")
    assert not dialog.ok_button.isEnabled()
    dialog.reason.setPlainText("Passa a Bruno")
    dialog.colleague.clear()
    dialog.file.setText(str(tmp_path / "other.age"))
    assert not dialog.ok_button.isEnabled()  # nobody to send it to

    receive = ReceiveDialog(anna.core)
    qtbot.addWidget(receive)
    assert receive.ok_button.text() == "Check and receive"
    assert not receive.ok_button.isEnabled()
    receive.file.setText("  ")
    assert not receive.ok_button.isEnabled()
    receive.file.setText(str(tmp_path / "tiglio.age"))
    assert receive.ok_button.isEnabled()
