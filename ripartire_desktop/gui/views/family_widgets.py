"""The pieces of the family view's tabs that are plain widgets: a read-only table model over a
list, table set-up and selection helpers, and the Save/Revert bar of an edit tab."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from ripartire_desktop.gui import palette

T = TypeVar("T")

MAX_COLUMN_CHARS = 36


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a Python list; subclasses say what each cell shows."""

    headers: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    # subclass hooks
    def cell(self, row: T, column: int) -> str:
        raise NotImplementedError

    def row_id(self, row: T) -> Any:
        return getattr(row, "id", None)

    def foreground(self, row: T) -> QColor | None:
        return None

    def tooltip(self, row: T, column: int) -> str | None:
        return None

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return None

    def header_text(self, section: int) -> str:
        return self.headers[section]

    # data
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, index: int) -> T | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def row_of(self, row_id: Any) -> int:
        for position, row in enumerate(self._rows):
            if self.row_id(row) == row_id:
                return position
        return -1

    # Qt
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = self.alignment(column)
            return None if align is None else int(align | Qt.AlignmentFlag.AlignVCenter)
        return self.row_id(row) if role == Qt.ItemDataRole.UserRole else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return self.header_text(section)
        return None


def setup_table(view: QTableView, model: RowsModel[Any]) -> None:
    """Whole-row selection, fixed row heights (cheap), nothing edited in place."""
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    rows.hide()
    columns = view.horizontalHeader()
    columns.setStretchLastSection(True)
    columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    columns.setDefaultSectionSize(max(120, view.fontMetrics().horizontalAdvance("0") * 16))
    model.modelReset.connect(lambda: fit_columns(view))


def fit_columns(view: QTableView) -> None:
    """Columns as wide as their text, within bounds; a family's tables are a few dozen rows."""
    model = view.model()
    if model is None or model.rowCount() == 0:
        return
    digit = view.fontMetrics().horizontalAdvance("0")
    view.resizeColumnsToContents()
    for column in range(model.columnCount() - 1):
        width = view.columnWidth(column)
        view.setColumnWidth(
            column, max(digit * 8, min(width + digit * 2, digit * MAX_COLUMN_CHARS))
        )


def selected_row(view: QTableView) -> int:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].row() if rows else -1


def select_row(view: QTableView, row: int) -> None:
    if row < 0:
        view.clearSelection()
        return
    view.selectRow(row)
    view.scrollTo(view.model().index(row, 0))


class SaveBar(QWidget):
    """Unsaved-change indicator, a message, Revert and Save; the bottom line of an edit tab."""

    save_clicked = Signal()
    revert_clicked = Signal()

    def __init__(self, parent: QWidget | None = None, *, save_text: str = "") -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(QCoreApplication.translate("FamilyForms", "Save status"))
        self.revert_button = QPushButton(QCoreApplication.translate("FamilyForms", "&Revert"), self)
        self.revert_button.setToolTip(
            QCoreApplication.translate("FamilyForms", "Discard the changes of this tab")
        )
        self.save_button = QPushButton(
            save_text or QCoreApplication.translate("FamilyForms", "&Save"), self
        )
        layout.addWidget(self.message, 1)
        layout.addWidget(self.revert_button)
        layout.addWidget(self.save_button)
        self.save_button.clicked.connect(self.save_clicked)
        self.revert_button.clicked.connect(self.revert_clicked)
        self.set_dirty(False)

    def set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.message.setStyleSheet("")
        self.message.setText(
            QCoreApplication.translate("FamilyForms", "Unsaved changes") if dirty else ""
        )

    def say_error(self, text: str) -> None:
        self.message.setStyleSheet(palette.ERROR_STYLE)
        self.message.setText(text)

    def say(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)
