"""The three flows of issue 15 with the keyboard only, in the real window, in Italian and in
English (benchmarks/keyboard_flows.py drives them): an anonymous desk contact with an
appointment, that contact turned into a family with its assessment ("admitted" moves the
status), an interview note. Each ends with the right record stored and within its keystroke
budget: the count measured when the flows were written, plus 10%. Key counts do not depend on
the machine; the seconds are measured by `make bench` (docs/PERFORMANCE.md), never here."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from benchmarks.keyboard_flows import (
    APPOINTMENT_HOUR,
    MOTIVATION,
    NOTE,
    REQUEST,
    SCORES,
    Flow,
    all_flows,
    appointment_day,
    mnemonic,
)
from ripartire_desktop.domain import (
    Channel,
    Decision,
    FamilyStatus,
    FirstContactOutcome,
)
from ripartire_desktop.gui import i18n
from ripartire_desktop.gui.application import AppController
from ripartire_desktop.gui.views.agenda import APPOINTMENT
from ripartire_desktop.usecases.compose import build_vault
from tests.core.vaults import new_vault
from tests.gui.conftest import translated
from tests.gui.italian import italian_qm
from tests.gui.test_form_drafts import unlock

# Keys measured for each flow (the same in both languages), and 10% more as the budget.
MEASURED = {"desk": 58, "family": 25, "note": 79}
BUDGET = {flow: keys + keys // 10 for flow, keys in MEASURED.items()}


@pytest.fixture(params=["it", "en"])
def language(
    request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path, monkeypatch
) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The translators as make_application installs them (Qt's own Italian too)."""
    if request.param == "it":
        qm = italian_qm(tmp_path)
        monkeypatch.setattr(i18n, "resource", lambda _name: qm)
    with translated(qapp, request.param):
        yield request.param


@pytest.fixture
def flows(language: str, data_dir: Path, qtbot):  # type: ignore[no-untyped-def]
    vault, _ = new_vault(data_dir)
    vault.lock()
    controller = AppController(vault=build_vault(data_dir))
    controller.start()
    unlock(controller, qtbot)
    found = all_flows(controller)
    yield controller, found
    controller.lock()
    controller.tasks.wait()
    controller.main.close()


def test_mnemonics_are_read_from_the_translated_text() -> None:
    assert mnemonic("&Salva").name == "Key_S"
    assert mnemonic("Cambia s&tato…").name == "Key_T"
    assert mnemonic("Fish && &Chips").name == "Key_C"


def check_desk(controller: AppController, found: dict[str, Flow]) -> None:
    """Flow A: the contact as stored, and in the agenda on its day."""
    contact = found["desk"].result
    day = appointment_day()
    assert contact.family_id is None  # anonymous when saved
    assert (contact.channel, contact.outcome) == (
        Channel.IN_PERSON,
        FirstContactOutcome.APPOINTMENT_BOOKED,
    )
    assert contact.request == REQUEST
    assert contact.appointment_at == datetime.combine(day, time.fromisoformat(APPOINTMENT_HOUR))
    agenda = controller.main.views["agenda"]
    agenda.show_day(day)
    booked = [row for row in agenda.model.rows() if row.kind == APPOINTMENT]
    assert [row.when for row in booked] == [APPOINTMENT_HOUR]


def check_family(controller: AppController, found: dict[str, Flow]) -> None:
    """Flow B: the family, linked to the contact, admitted by its assessment."""
    family, assessment = found["family"].result
    records = controller.session.records
    assert family.status == FamilyStatus.ACTIVE_PATH  # "admitted" moved the status itself
    linked = records.first_contacts.get(found["desk"].result.id)
    assert linked is not None and linked.family_id == family.id
    assert assessment is not None
    assert assessment.decision == Decision.ADMITTED
    assert assessment.motivation == MOTIVATION
    assert assessment.resident and assessment.has_minor and assessment.job_loss_or_hardship
    assert {n.area: n.baseline for n in assessment.needs} == SCORES


def check_note(controller: AppController, found: dict[str, Flow]) -> None:
    """Flow C: the interview of that family, and the window back on the family."""
    interview = found["note"].result
    family, _ = found["family"].result
    assert interview.family_id == family.id
    assert interview.notes == NOTE
    assert controller.main.current_place() == ("family", family.id)


def test_three_flows_by_keyboard_store_what_was_typed_within_their_budget(flows) -> None:  # type: ignore[no-untyped-def]
    controller, found = flows
    check_desk(controller, found)
    check_family(controller, found)
    check_note(controller, found)
    keys = {name: flow.keys for name, flow in found.items()}
    assert all(keys[name] <= BUDGET[name] for name in BUDGET), keys
