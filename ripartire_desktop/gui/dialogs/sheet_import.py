"""Families from a spreadsheet (issue 17): choose the file and the sheet, say what each column
holds, see the rows as they will be stored and every bad cell, then import all or nothing.

Reading and checking run off the GUI thread (a register of thousands of rows takes seconds),
and so does the import, on a worker connection; the dialog only shows and asks.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from ripartire_desktop.gui.dialogs.common import embed_form, say
from ripartire_desktop.gui.dialogs.errors import describe_error
from ripartire_desktop.gui.dialogs.sheet_import_tables import MappingTable, PreviewModel
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.lang import ui_language
from ripartire_desktop.gui.session import Session
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.sheets import Checked, SheetData, SheetFileError
from ripartire_desktop.usecases import sheet_import
from ripartire_desktop.usecases.sheet_import import SheetImported

CHECK_DELAY_MS = 250  # after a combo box changes: one check for a few quick changes
TEMPLATE_NAME = "modello-importazione-nuclei"


class SheetImportDialog(QDialog):
    """Emits `imported(count)` once families were stored."""

    imported = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.lang = ui_language()
        form = embed_form(
            self, "dialog_sheet_import", self.tr("Import families from a spreadsheet")
        )
        self.file_edit = child(form, QLineEdit, "fileEdit")
        self.choose_button = child(form, QPushButton, "chooseButton")
        self.reload_button = child(form, QPushButton, "reloadButton")
        self.sheet_combo = child(form, QComboBox, "sheetCombo")
        self.template_button = child(form, QPushButton, "templateButton")
        self.tabs = child(form, QTabWidget, "tabs")
        self.mapping = MappingTable(child(form, QTableWidget, "mappingTable"), self.lang, self)
        self.preview_table = child(form, QTableView, "previewTable")
        self.problems_list = child(form, QListWidget, "problemsList")
        self.message = child(form, QLabel, "messageLabel")
        self.save_mapping_button = child(form, QPushButton, "saveMappingButton")
        self.import_button = child(form, QPushButton, "importButton")
        self.close_button = child(form, QPushButton, "closeButton")
        # Enter chooses a file; an import always takes a deliberate press (Space or a click).
        for button in (self.reload_button, self.template_button, self.save_mapping_button,
                       self.import_button, self.close_button):  # fmt: skip
            button.setAutoDefault(False)
        self.choose_button.setDefault(True)
        self.preview = PreviewModel(self)
        self.preview_table.setModel(self.preview)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        rows = self.preview_table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        rows.hide()
        self.path: Path | None = None
        self.data: SheetData | None = None
        self.checked: Checked | None = None
        self._generation = 0  # a result of an older read or check is dropped
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.recheck)
        self.choose_button.clicked.connect(self.choose_file)
        self.reload_button.clicked.connect(lambda: self.load(self.path, self._sheet()))
        self.sheet_combo.activated.connect(lambda _i: self.load(self.path, self._sheet()))
        self.template_button.clicked.connect(self.save_template)
        self.mapping.changed.connect(self._timer.start)
        self.problems_list.itemActivated.connect(self._show_problem)
        self.save_mapping_button.clicked.connect(self.save_mapping)
        self.import_button.clicked.connect(self.import_families)
        self.close_button.clicked.connect(self.reject)
        self._set_ready(False)
        say(self.message, self.tr("Choose the spreadsheet to import, or save the template first."))
        self.resize(self.fontMetrics().averageCharWidth() * 130, self.fontMetrics().height() * 40)

    def _sheet(self) -> str | None:
        return self.sheet_combo.currentText() or None

    def _set_ready(self, loaded: bool) -> None:
        self.reload_button.setEnabled(loaded)
        self.sheet_combo.setEnabled(loaded)
        self.save_mapping_button.setEnabled(loaded)
        ok = self.checked is not None and self.checked.ok
        self.import_button.setEnabled(loaded and ok)

    # --- reading ------------------------------------------------------------------------------

    def choose_file(self) -> None:
        folder = str(self.path.parent if self.path else Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the spreadsheet"),
            folder,
            self.tr("Spreadsheets (*.xlsx *.ods *.csv *.xls);;All files (*)"),
        )
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path | None, sheet: str | None = None) -> None:
        """Read `path` (its `sheet`, else the first) off the GUI thread, then check it."""
        if path is None:
            return
        self.path = path
        self.file_edit.setText(str(path))
        self._generation += 1
        generation = self._generation
        self.checked = None
        self._set_ready(False)
        say(self.message, self.tr("Reading {0}…").format(path.name))

        def read(data: SheetData) -> None:
            if generation == self._generation:
                self._loaded(data)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._refused(exc)

        self._session.tasks.run(
            lambda _progress: sheet_import.read_sheet(path, sheet),
            on_success=read,
            on_failure=failed,
        )

    def _refused(self, exc: BaseException) -> None:
        self.data = None
        self.mapping.clear()
        self.preview.clear()
        self.problems_list.clear()
        text = exc.text(self.lang) if isinstance(exc, SheetFileError) else describe_error(exc)
        say(self.message, text, error=True)
        self._set_ready(False)
        self.reload_button.setEnabled(self.path is not None)

    def _loaded(self, data: SheetData) -> None:
        self.data = data
        with QSignalBlocker(self.sheet_combo):
            self.sheet_combo.clear()
            self.sheet_combo.addItems(list(data.sheets))
            self.sheet_combo.setCurrentText(data.name)
        self.mapping.show_sheet(data, sheet_import.mapping_for(self._session.records, data))
        self._set_ready(True)
        self.recheck()

    # --- checking -----------------------------------------------------------------------------

    def recheck(self) -> None:
        data = self.data
        if data is None:
            return
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        mapping = self.mapping.mapping()
        lang = self.lang
        in_vault = sheet_import.people_in_vault(self._session.records)
        self.checked = None
        self.import_button.setEnabled(False)
        say(self.message, self.tr("Checking every row…"))

        def checked(result: Checked) -> None:
            if generation == self._generation:
                self._show_checked(result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.preview.clear()
                self.problems_list.clear()
                text = exc.text(lang) if isinstance(exc, SheetFileError) else describe_error(exc)
                say(self.message, text, error=True)

        self._session.tasks.run(
            lambda _progress: sheet_import.check_sheet(
                data, mapping, today=date.today(), lang=lang, in_vault=in_vault
            ),
            on_success=checked,
            on_failure=failed,
        )

    def _show_checked(self, checked: Checked) -> None:
        self.checked = checked
        self.preview.show_checked(checked, self.lang, self.tr("Family"), self.tr("Row"))
        self.preview_table.resizeColumnsToContents()
        self.problems_list.clear()
        for problem in checked.problems:
            self.problems_list.addItem(QListWidgetItem(problem.text(self.lang)))
        rows = len(checked.preview)
        if checked.problems:
            say(
                self.message,
                self.tr(
                    "%n cell(s) to correct: nothing can be imported until each is right. "
                    "Correct the spreadsheet and press Reload, or change the columns.",
                    "",
                    len(checked.problems),
                ),
                error=True,
            )
            self.tabs.setCurrentIndex(1)
        elif not checked.households:
            say(self.message, self.tr("The sheet has no rows to import."), error=True)
        else:
            say(
                self.message,
                self.tr("%n household(s) ready to import", "", len(checked.households))
                + self.tr(" (from %n row(s)). Nothing is stored until you press Import.", "", rows),
                ok=True,
            )
        self._set_ready(True)

    def _show_problem(self, item: QListWidgetItem) -> None:
        if self.checked is None:
            return
        problem = self.checked.problems[self.problems_list.row(item)]
        index = self.preview.index_of(problem)
        if index.isValid():
            self.preview_table.setCurrentIndex(index)
            self.preview_table.scrollTo(index)
            self.preview_table.setFocus()

    # --- saving -------------------------------------------------------------------------------

    def save_mapping(self) -> None:
        if self.data is None:
            return
        changes = sheet_import.save_mapping(
            self._session.records, self.data, self.mapping.mapping()
        )
        self._session.saved(changes)
        say(
            self.message,
            self.tr("Column choices saved: the next sheet with these headers uses them."),
            ok=True,
        )

    def import_families(self) -> None:
        data, checked = self.data, self.checked
        if data is None or checked is None or not checked.ok:
            return
        mapping = self.mapping.mapping()
        self.checked = None  # never imported twice
        self._set_ready(False)
        self.choose_button.setEnabled(False)
        say(self.message, self.tr("Importing %n household(s)…", "", len(checked.households)))
        today = date.today()

        def done(result: SheetImported) -> None:
            self.choose_button.setEnabled(True)
            self.reload_button.setEnabled(True)
            self._session.saved(result.changes)
            codes = [h.code for h in result.households]
            say(
                self.message,
                self.tr("%n household(s) imported", "", len(codes))
                + self.tr(": codes {0} to {1}.").format(codes[0], codes[-1]),
                ok=True,
            )
            self.imported.emit(len(codes))

        def failed(exc: BaseException) -> None:
            self.choose_button.setEnabled(True)
            self.checked = checked
            self._set_ready(True)
            say(
                self.message,
                describe_error(exc) + " " + self.tr("Nothing was imported."),
                error=True,
            )

        self._session.in_background(
            lambda conn, _progress: sheet_import.import_sheet(
                Records(conn), data, mapping, checked, on=today
            ),
            on_success=done,
            on_failure=failed,
        )

    def save_template(self) -> None:
        folder = self.path.parent if self.path else Path.home()
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the import template"),
            str(folder / f"{TEMPLATE_NAME}.xlsx"),
            self.tr(
                "Excel workbook (*.xlsx);;OpenDocument spreadsheet (*.ods);;"
                "CSV, headers only (*.csv)"
            ),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower().lstrip(".") not in sheet_import.TEMPLATE_FORMATS:
            fmt = next(
                (f for f in sheet_import.TEMPLATE_FORMATS if f"*.{f}" in chosen_filter), "xlsx"
            )
            target = target.with_name(f"{target.name}.{fmt}")
        self.write_template(target)

    def write_template(self, target: Path) -> None:
        try:
            sheet_import.write_template(target)
        except OSError as exc:
            say(self.message, describe_error(exc), error=True)
            return
        say(
            self.message,
            self.tr(
                "Template saved as {0}: fill the sheet Nuclei, one row per person (the sheets "
                "Esempio and Valori ammessi show how)."
            ).format(str(target)),
            ok=True,
        )

    def clear(self) -> None:
        """Drop every name the dialog shows (the vault is locking)."""
        self._generation += 1
        self.data = self.checked = None
        self.mapping.clear()
        self.preview.clear()
        self.problems_list.clear()
