"""The pieces of the family view's tabs that are plain widgets: a read-only table model over a
list, table set-up and selection helpers, and the Save/Revert bar of an edit tab."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTextEdit,
    QWidget,
)

from ripartire_desktop.gui import palette
from ripartire_desktop.gui.models.rows import Index, ListModel

T = TypeVar("T")

MAX_COLUMN_CHARS = 36


class RowsModel(ListModel[T]):
    """A family's rows as a read-only table; subclasses say what each cell shows."""

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

    def clear(self) -> None:
        self.set_rows([])

    def row_of(self, row_id: Any) -> int:
        for position, row in enumerate(self._rows):
            if self.row_id(row) == row_id:
                return position
        return -1

    def data(self, index: Index, role: int = 0) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
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


def put_row(view: QTableView, model: RowsModel[Any], row: int | None, value: Any) -> None:
    """Stage `value` in the table: it replaces row `row`, or is added at the end (None)."""
    rows = model.rows()
    if row is None:
        rows.append(value)
    else:
        rows[row] = value
    model.set_rows(rows)
    select_row(view, len(rows) - 1 if row is None else row)


def take_row(model: RowsModel[Any], row: int, removed_ids: list[int]) -> bool:
    """Take row `row` out of the table; a stored row's id joins `removed_ids` (deleted from
    the vault on Save). False when there is no such row."""
    rows = model.rows()
    if not 0 <= row < len(rows):
        return False
    taken = rows.pop(row)
    if taken.id is not None:
        removed_ids.append(taken.id)
    model.set_rows(rows)
    return True


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
        self.revert_button = QPushButton(QCoreApplication.translate("FamilyForms", "Revert"), self)
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


def _field_key(widget: QWidget) -> str:
    name = widget.objectName()
    if name.startswith("qt_"):  # the parts Qt builds inside its own widgets
        return ""
    return name or widget.accessibleName()


def snapshot(root: QWidget) -> dict[str, Any]:
    """The values of the input fields under `root`, by object name (or accessible name, for
    fields built in code): what the counsellor typed, as plain data for a draft."""
    values: dict[str, Any] = {}
    for widget in root.findChildren(QWidget):
        key = _field_key(widget)
        if not key:
            continue
        if isinstance(widget, QLineEdit) and not widget.isReadOnly():
            values[key] = widget.text()
        elif isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly():
            values[key] = widget.toPlainText()
        elif isinstance(widget, QComboBox):
            values[key] = widget.currentText() if widget.isEditable() else widget.currentIndex()
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values[key] = widget.isChecked()
        elif isinstance(widget, QSpinBox | QDoubleSpinBox):
            values[key] = widget.value()
    return values


def restore_snapshot(root: QWidget, values: dict[str, Any]) -> None:
    """Put `snapshot` values back into the fields under `root` that still exist."""
    for widget in root.findChildren(QWidget):
        key = _field_key(widget)
        if not key or key not in values:
            continue
        value = values[key]
        if isinstance(widget, QLineEdit):
            widget.setText(str(value))
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, QComboBox):
            if isinstance(value, int) and not isinstance(value, bool):
                widget.setCurrentIndex(value)
            else:
                widget.setCurrentText(str(value))
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            widget.setChecked(bool(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QDoubleSpinBox):
            widget.setValue(float(value))
