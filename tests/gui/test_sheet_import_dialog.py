"""The spreadsheet import dialog, driven as a counsellor would: open it from the families list,
read a register, see every bad cell in the preview, change a column, import; by keyboard too;
and it forgets the names it showed when the vault locks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QPushButton

from ripartire_desktop.gui.dialogs.sheet_import import SheetImportDialog
from ripartire_desktop.gui.dialogs.sheet_import_tables import BAD_BACKGROUND
from ripartire_desktop.gui.views.families import FamiliesView
from ripartire_desktop.store.sheets import read_sheet
from tests.core.sheet_fixtures import COLUMN, register, write
from tests.gui.test_keyboard import clashes, tab_walk

WAIT = 30_000


def _dialog(session, navigator, qtbot) -> tuple[FamiliesView, SheetImportDialog]:  # type: ignore[no-untyped-def]
    view = FamiliesView(session=session, navigator=navigator)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.refresh()
    button = view.findChild(QPushButton, "importButton")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = view.import_dialog
    assert isinstance(dialog, SheetImportDialog) and dialog.isVisible()
    return view, dialog


def test_bad_cells_are_shown_then_a_corrected_mapping_imports(
    session, navigator, qtbot, qtmodeltester, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    rows = register(40)
    rows[6][COLUMN["first_contact"]] = "31/02/2026"
    rows[20][COLUMN["phone"]] = "12"
    path = write(tmp_path / "registro.ods", rows)
    view, dialog = _dialog(session, navigator, qtbot)

    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.problems_list.count() == 2, timeout=WAIT)
    assert dialog.lang == "it"  # the cells' words follow the interface (Italian by default)
    assert dialog.problems_list.item(0).text() == (
        "Foglio1, riga 7, colonna M (Data primo contatto): '31/02/2026' non è una data"
    )
    assert not dialog.import_button.isEnabled()
    assert dialog.tabs.currentIndex() == 1  # the preview, where the problems are
    qtmodeltester.check(dialog.preview)
    dialog.problems_list.itemActivated.emit(dialog.problems_list.item(0))
    current = dialog.preview_table.currentIndex()
    assert current.data() == "31/02/2026"
    assert current.data(Qt.ItemDataRole.BackgroundRole) == BAD_BACKGROUND
    assert "non è una data" in current.data(Qt.ItemDataRole.ToolTipRole)
    assert session.records.families.count() == 0

    for key in ("first_contact", "phone"):  # not imported: the cells no longer matter
        dialog.mapping.combos[COLUMN[key]].setCurrentIndex(0)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=WAIT)
    assert dialog.problems_list.count() == 0
    households = len({r[COLUMN["household"]] for r in rows[1:]})
    assert f"{households} households ready to import (from 40 rows)" in dialog.message.text()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "imported: codes RIP-" in dialog.message.text(), timeout=WAIT)
    assert session.records.families.count() == households
    assert session.records.audit.verify().ok  # written on a worker connection, chained alike
    assert not dialog.import_button.isEnabled()  # never twice
    assert navigator.calls[-1][0] == "status"
    view.refresh()
    assert view.model.total == households

    dialog.load(path)  # the mapping was saved by the import: the two columns stay out
    qtbot.waitUntil(lambda: dialog.checked is not None, timeout=WAIT)
    assert dialog.mapping.combos[COLUMN["phone"]].currentData() == ""
    assert "è già nel vault" in dialog.problems_list.item(0).text()  # not imported twice
    assert not dialog.import_button.isEnabled()


def test_one_field_per_column_and_hostile_files_say_why(
    session, navigator, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _view, dialog = _dialog(session, navigator, qtbot)
    dialog.load(write(tmp_path / "a.xlsx", [["Cognome", "Nome", "Altro"], ["Blu", "Eva", "x"]]))
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=WAIT)
    combos = dialog.mapping.combos
    combos[2].setCurrentIndex(combos[2].findData("family_name"))
    assert combos[0].currentData() == ""  # the field moved to the new column
    assert dialog.mapping.mapping() == {1: "given_name", 2: "family_name"}

    broken = tmp_path / "rotto.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    dialog.load(broken)
    qtbot.waitUntil(lambda: "è danneggiato" in dialog.message.text(), timeout=WAIT)
    assert not dialog.import_button.isEnabled() and dialog.preview.rowCount() == 0


def test_keyboard_alt_letters_and_tab_through_the_column_choices(
    session, navigator, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _view, dialog = _dialog(session, navigator, qtbot)
    dialog.load(write(tmp_path / "b.csv", [["Cognome", "Nome", "Telefono"], ["Blu", "Eva", ""]]))
    qtbot.waitUntil(lambda: dialog.checked is not None, timeout=WAIT)
    assert clashes(dialog) == {}
    walked = tab_walk(dialog, dialog)
    combos = [w for w in walked if isinstance(w, QComboBox) and w in dialog.mapping.combos]
    assert combos == dialog.mapping.combos  # every column's choice is reached by Tab, in order
    assert dialog.import_button in walked and dialog.choose_button in walked


def test_lock_closes_the_dialog_and_forgets_the_rows(
    session, navigator, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    view, dialog = _dialog(session, navigator, qtbot)
    dialog.load(write(tmp_path / "c.ods", register(5)))
    qtbot.waitUntil(lambda: dialog.preview.rowCount() == 5, timeout=WAIT)
    view.clear()
    QApplication.processEvents()
    assert view.import_dialog is None and not dialog.isVisible()
    assert dialog.preview.rowCount() == 0 and dialog.mapping.combos == []


def test_the_template_is_saved_where_asked(
    session, navigator, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _view, dialog = _dialog(session, navigator, qtbot)
    target = tmp_path / "modello"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "OpenDocument (*.ods)")
    )
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "modello.ods"
    assert read_sheet(written).sheets == ("Nuclei", "Esempio", "Valori ammessi")
    assert "modello.ods" in dialog.message.text()


def test_enter_never_imports(session, navigator, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _view, dialog = _dialog(session, navigator, qtbot)
    dialog.load(write(tmp_path / "d.csv", [["Cognome", "Nome"], ["Blu", "Eva"]]))
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=WAIT)
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: asked.append(a) or ("", ""))
    dialog.sheet_combo.setFocus()
    qtbot.keyClick(dialog.sheet_combo, Qt.Key.Key_Return)
    assert len(asked) == 1  # Enter chose "Choose…", the default button
    assert session.records.families.count() == 0
