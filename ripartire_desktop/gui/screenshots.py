"""`ripartire screenshots --out DIR`: every main view, on a demo vault, as PNG files.

Used for the README and the quick guide, and to look at the layouts at 100% and 200%.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from ripartire_desktop.gui.application import AppController
    from ripartire_desktop.store.vault import Vault


def _settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    widget.grab().save(str(path))
    return path


def _shoot_wizard(app: QApplication, folder: Path, out: Path) -> Path:
    from ripartire_desktop.gui.session import Session
    from ripartire_desktop.gui.tasks import BackgroundTasks
    from ripartire_desktop.gui.wizard import FirstRunWizard
    from ripartire_desktop.usecases.compose import build_vault

    vault = build_vault(folder / "wizard")
    wizard = FirstRunWizard(session=Session(vault=vault, tasks=BackgroundTasks()))
    wizard.show()
    wizard.next()
    wizard.passphrase_page.passphrase.setText("tre parole lunghe davvero")
    _settle(app)
    path = _save(wizard, out)
    wizard.close()
    return path


def _shoot_main(app: QApplication, controller: AppController, out: Path) -> list[Path]:
    from ripartire_desktop.domain import FamilyStatus
    from ripartire_desktop.store.records.families import FamilyQuery

    files = []
    main = controller.main
    main.resize(1280, 800)
    main.show()
    views = ["dashboard", "families", "desk", "agenda", "reports", "search", "settings"]
    for number, name in enumerate(views, start=3):
        main.show_view(name)
        if name == "search":
            search = main.views["search"]
            search.query.setText("bollette")  # type: ignore[attr-defined]
            # The search runs on a worker thread: wait for its results to be shown.
            arrived = QEventLoop()
            search.search_finished.connect(arrived.quit)  # type: ignore[attr-defined]
            QTimer.singleShot(30_000, arrived.quit)
            search.run_search()  # type: ignore[attr-defined]
            arrived.exec()
        _settle(app)
        files.append(_save(main, out / f"{number:02d}-{name}.png"))
    active = FamilyQuery(statuses=frozenset({FamilyStatus.ACTIVE_PATH}), limit=1)
    family_id = controller.session.records.families.list(active).rows[0].id
    main.open_family(family_id)
    _settle(app)
    files.append(_save(main, out / "10-famiglia.png"))
    family_view = main.family_view
    family_view.show_tab("outcomes")
    outcomes = family_view.outcomes_tab
    if outcomes.model.rowCount():
        outcomes.table.selectRow(outcomes.model.rowCount() - 1)
    _settle(app)
    files.append(_save(main, out / "10-famiglia-valutazioni.png"))
    dialog = outcomes.edit(outcomes.model.rowCount() - 1 if outcomes.model.rowCount() else None)
    if dialog is not None:
        _settle(app)
        files.append(_save(dialog, out / "10-famiglia-valutazione.png"))
        dialog.reject()
    main.open_interview_mode(family_id)
    _settle(app)
    files.append(_save(main, out / "11-colloquio.png"))
    main.show_view("dashboard")
    main.curtain.cover()
    _settle(app)
    files.append(_save(main, out / "12-tenda.png"))
    main.curtain.hide()
    return files


def _shoot_import(app: QApplication, controller: AppController, folder: Path, out: Path) -> Path:
    """The spreadsheet import on the template's example, with one impossible date planted."""
    from ripartire_desktop.gui.views.families import FamiliesView
    from ripartire_desktop.store.sheets import template_rows, write_sheet

    rows = template_rows()
    rows.append(["3", "Verdi", "Carla", None, None, None, None, None, None, None, None, None,
                 "31/02/2026", "Passaparola"])  # fmt: skip
    sheet = folder / "registro-nuclei.xlsx"
    write_sheet(sheet, [("Foglio1", rows)])
    main = controller.main
    main.show_view("families")
    view = main.views["families"]
    assert isinstance(view, FamiliesView)
    dialog = view.import_from_sheet()
    dialog.resize(1100, 640)
    dialog.load(sheet)
    for _ in range(3):  # read, then check: each off the GUI thread
        controller.tasks.wait()
        _settle(app)
    path = _save(dialog, out)
    dialog.close()
    return path


def render_all(
    out: Path, *, vault: Vault, demo_passphrase: str, language: str = "it"
) -> list[Path]:
    """Render the unlock window, the first-run wizard and every view of the demo `vault`
    (built by the composition root, app.py); return the files."""
    from ripartire_desktop.gui.application import AppController, make_application

    out.mkdir(parents=True, exist_ok=True)
    app = make_application(language)
    controller = AppController(vault=vault, demo_passphrase=demo_passphrase)
    unlock = controller.unlock_window
    unlock.resize(520, 420)
    unlock.show()
    _settle(app)
    files = [_save(unlock, out / "01-sblocco.png")]
    unlock.hide()
    files.append(_shoot_wizard(app, vault.data_dir.parent, out / "02-primo-avvio.png"))
    core = controller.session.core
    controller.session.unlock(core.check_passphrase(demo_passphrase))
    files += _shoot_main(app, controller, out)
    files.append(_shoot_import(app, controller, vault.data_dir.parent, out / "13-importa.png"))
    controller.lock()
    controller.tasks.wait()
    return files


def main(
    out: Path, *, vault: Vault, demo_passphrase: str, scale: float = 1.0, language: str = "it"
) -> int:
    if scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(scale)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in render_all(out, vault=vault, demo_passphrase=demo_passphrase, language=language):
        print(path)
    return 0
