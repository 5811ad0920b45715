"""Families: every family in one table, codes only unless names are asked for."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
)

from ripartire_desktop.domain import Channel, FamilyStatus, NeedArea
from ripartire_desktop.gui.dialogs.handover import ReceiveDialog
from ripartire_desktop.gui.dialogs.retention import EraseFamilyDialog
from ripartire_desktop.gui.dialogs.sheet_import import SheetImportDialog
from ripartire_desktop.gui.forms import after_typing, child
from ripartire_desktop.gui.lang import show
from ripartire_desktop.gui.models.families import FamilyTableModel
from ripartire_desktop.gui.views.base import View
from ripartire_desktop.store.records.families import FamilyQuery
from ripartire_desktop.usecases.changes import Changes, Kind
from ripartire_desktop.usecases.families import new_family

SEARCH_DELAY_MS = 150  # instant to the eye, without a query per keystroke


class FamiliesView(View):
    name = "families"

    def build(self) -> None:
        form = self.host_form("families", margin=8)
        self.search = child(form, QLineEdit, "searchEdit")
        self.status_combo = child(form, QComboBox, "statusCombo")
        self.need_combo = child(form, QComboBox, "needCombo")
        self.channel_combo = child(form, QComboBox, "channelCombo")
        self.counsellor_combo = child(form, QComboBox, "counsellorCombo")
        self.names = child(form, QCheckBox, "namesCheck")
        self.table = child(form, QTableView, "table")
        self.count = child(form, QLabel, "countLabel")
        self.model = FamilyTableModel()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        rows.hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self._size_columns()
        self._fill_filters()
        self._timer = after_typing(self.search, SEARCH_DELAY_MS, self.refresh, self)
        self.search.returnPressed.connect(self._open_first)
        for combo in (self.status_combo, self.need_combo, self.channel_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.counsellor_combo.activated.connect(self.refresh)
        self.names.toggled.connect(self.refresh)
        self.table.activated.connect(self._open)
        child(form, QPushButton, "openButton").clicked.connect(
            lambda: self._open(self.table.currentIndex())
        )
        child(form, QPushButton, "newButton").clicked.connect(self._new_family)
        self.erase_button = child(form, QPushButton, "eraseButton")
        self.erase_button.clicked.connect(self.erase_selected)
        self.erase_dialog: EraseFamilyDialog | None = None
        child(form, QPushButton, "importButton").clicked.connect(self.import_from_sheet)
        self.import_dialog: SheetImportDialog | None = None
        self.receive_dialog: ReceiveDialog | None = None
        child(form, QPushButton, "receiveButton").clicked.connect(self.open_receive_dialog)
        self._size_filters()

    def _size_filters(self) -> None:
        """The search box keeps room for a code and a name at 1280 px; the combo boxes give
        way instead (their lists still open at full width)."""
        metrics = self.fontMetrics()
        self.search.setMinimumWidth(metrics.horizontalAdvance("RIP-2026-0000 Cognome Nome"))
        for combo in (
            self.status_combo,
            self.need_combo,
            self.channel_combo,
            self.counsellor_combo,
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        filters = self.findChild(QBoxLayout, "filters")
        if filters is not None:
            filters.setStretchFactor(self.search, 3)

    def title(self) -> str:
        return self.tr("Families")

    def _size_columns(self) -> None:
        """Widths from sample text, not from the rows: measuring 10,000 rows would freeze."""
        metrics = self.fontMetrics()
        samples = {
            "code": "RIP-2026-0000",
            "status": max((show(s) for s in FamilyStatus), key=metrics.horizontalAdvance),
            "counsellor": "Operatrice Esempio",
            "minors": "00",
            "last_interview": "00/00/0000 00:00",
            "next_appointment": "00/00/0000 00:00",
            "open_actions": "00",
        }
        for column, (key, _header) in enumerate(self.model.columns()):
            text = samples.get(key, "")
            header_text = str(self.model.headerData(column, Qt.Orientation.Horizontal)) + "    "
            width = max(metrics.horizontalAdvance(text), metrics.horizontalAdvance(header_text))
            self.table.setColumnWidth(column, width + 24)

    def _fill_filters(self) -> None:
        self.status_combo.addItem(self.tr("All"), None)
        for status in FamilyStatus:
            self.status_combo.addItem(show(status), status)
        self.need_combo.addItem(self.tr("Any"), None)
        for area in NeedArea:
            self.need_combo.addItem(show(area), area)
        self.channel_combo.addItem(self.tr("Any"), None)
        for channel in Channel:
            self.channel_combo.addItem(show(channel), channel)
        self.counsellor_combo.addItem(self.tr("Anyone"), None)

    def _query(self) -> FamilyQuery:
        # Qt hands StrEnum data back as plain str: turn it back into the vocabulary.
        status = self.status_combo.currentData()
        need = self.need_combo.currentData()
        channel = self.channel_combo.currentData()
        header = self.table.horizontalHeader()
        base = FamilyQuery(
            statuses=frozenset({FamilyStatus(status)}) if status else frozenset(),
            need_area=NeedArea(need) if need else None,
            channel=Channel(channel) if channel else None,
            counsellor=self.counsellor_combo.currentData(),
            text=self.search.text(),
            with_names=self.names.isChecked(),
        )
        columns = self.model.columns() if self.model.query.with_names == base.with_names else ()
        section = header.sortIndicatorSection()
        if columns and 0 <= section < len(columns):
            descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            return replace(base, sort=columns[section][0], descending=descending)  # type: ignore[arg-type]
        return base

    def concerns(self, changes: Changes) -> bool:
        # The list shows each family's status, last interview, next appointment, open actions.
        return changes.concerns(Kind.FAMILIES, Kind.CASE, Kind.AGENDA)

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            return
        records = self.session.records
        chosen = self.counsellor_combo.currentData()
        self.counsellor_combo.blockSignals(True)
        self.counsellor_combo.clear()
        self.counsellor_combo.addItem(self.tr("Anyone"), None)
        for name in records.families.counsellors():
            self.counsellor_combo.addItem(name, name)
        index = self.counsellor_combo.findData(chosen) if chosen is not None else 0
        self.counsellor_combo.setCurrentIndex(max(index, 0))
        self.counsellor_combo.blockSignals(False)
        with_names = self.model.query.with_names
        self.model.load(records, self._query())
        if with_names != self.model.query.with_names:
            self._size_columns()
        self.count.setText(self.tr("%n families", "", self.model.total))

    def clear(self) -> None:
        # Signals off while resetting the filters: a filter change must not reload the list.
        for widget in (self.search, self.names, self.counsellor_combo):
            widget.blockSignals(True)
        self.search.clear()
        self.names.setChecked(False)
        self.counsellor_combo.clear()
        self.counsellor_combo.addItem(self.tr("Anyone"), None)
        for widget in (self.search, self.names, self.counsellor_combo):
            widget.blockSignals(False)
        self._timer.stop()
        if self.erase_dialog is not None:
            self.erase_dialog.close()
            self.erase_dialog = None
        if self.import_dialog is not None:  # it shows names: closed and emptied on lock
            self.import_dialog.clear()
            self.import_dialog.close()
            self.import_dialog = None
        if self.receive_dialog is not None:
            self.receive_dialog.reject()
            self.receive_dialog = None
        self.model.clear()
        self.count.clear()

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.navigator.open_family(row.id)

    def _open_first(self) -> None:
        self._timer.stop()
        self.refresh()
        if self.model.rowCount() == 1:
            self._open(self.model.index(0, 0))

    def erase_selected(self) -> EraseFamilyDialog | None:
        """Ask to erase the selected family: its code must be typed, Cancel is the default."""
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            self.navigator.status(self.tr("Select a family first."))
            return None
        dialog = EraseFamilyDialog(self.session, row.code, self)
        dialog.erased.connect(
            lambda code: self.navigator.status(self.tr("Family {0} erased.").format(code))
        )
        self.erase_dialog = dialog
        dialog.open()
        return dialog

    def import_from_sheet(self) -> SheetImportDialog:
        """The spreadsheet import (one at a time: a second click brings it back)."""
        if self.import_dialog is not None:
            self.import_dialog.raise_()
            self.import_dialog.activateWindow()
            return self.import_dialog
        dialog = SheetImportDialog(self.session, self)
        dialog.imported.connect(
            lambda count: self.navigator.status(
                self.tr("%n household(s) imported from the spreadsheet.", "", count)
            )
        )
        dialog.finished.connect(lambda _result: setattr(self, "import_dialog", None))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def open_receive_dialog(self) -> ReceiveDialog | None:
        """A colleague's hand-over, or the receipt of ours: checked, then taken in."""
        if not self.session.is_unlocked:
            return None
        dialog = ReceiveDialog(self.session.core, self)
        dialog.received.connect(self.session.saved)
        dialog.finished.connect(lambda _r: setattr(self, "receive_dialog", None))
        self.receive_dialog = dialog
        dialog.open()
        return dialog

    def _new_family(self) -> None:
        family, changes = new_family(self.session.records, on=date.today())
        self.session.saved(changes)
        if family.id is not None:
            self.navigator.status(self.tr("Family {0} created.").format(family.code))
            self.navigator.open_family(family.id)
