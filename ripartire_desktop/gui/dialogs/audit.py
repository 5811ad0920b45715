"""The audit log, read-only: date, action, family code and detail, filtered by family code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from ripartire_desktop.gui.dialogs.common import embed_form
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.models.audit import AuditLogModel
from ripartire_desktop.store.records import Records


class AuditLogDialog(QDialog):
    """Reads through the GUI thread's records; `clear` (on lock) drops them and every row."""

    def __init__(self, records: Records, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditLogDialog")
        form = embed_form(self, "dialog_audit", self.tr("Audit log"))
        self.code = child(form, QLineEdit, "codeEdit")
        self.count = child(form, QLabel, "countLabel")
        self.table = child(form, QTableView, "entriesTable")
        buttons = child(form, QDialogButtonBox, "buttonBox")
        buttons.rejected.connect(self.reject)
        self.model = AuditLogModel()
        self.table.setModel(self.model)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # cheap on a long log
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows.hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self._records: Records | None = records
        self.code.textChanged.connect(self.reload)
        self.model.rowsInserted.connect(self._show_count)
        self.reload()
        for column in range(3):
            self.table.resizeColumnToContents(column)
        self.resize(760, 480)
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self) -> None:
        if self._records is None:
            return
        self.model.load(self._records, self.code.text())
        self._show_count()

    def _show_count(self) -> None:
        total, shown = self.model.total, self.model.rowCount()
        if total == 0:
            text = self.tr("No entries")
        elif shown < total:
            text = self.tr("Entries: {0} (the newest {1} shown; scroll for more)").format(
                total, shown
            )
        else:
            text = self.tr("Entries: {0}").format(total)
        self.count.setText(text)

    def clear(self) -> None:
        """Drop the records and what is shown (the vault is locking)."""
        self._records = None
        self.model.clear()
        self.code.clear()
        self.count.clear()

    def done(self, result: int) -> None:
        self.clear()
        super().done(result)
