"""What every tab of the family view shares: small table models, dialogs, the save bar.

A tab loads one family, validates with the domain, and writes in one transaction; see
`family_fields` for how errors reach the field they are about.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ripartire_desktop.domain import Family, ValidationError
from ripartire_desktop.gui import palette
from ripartire_desktop.gui.forms import child, load_form
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.family_fields import (
    FieldError,
    FieldErrors,
    message_for,
)

T = TypeVar("T")

MAX_COLUMN_CHARS = 36


# --- table models ---------------------------------------------------------------------------


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


# --- confirmation, dialogs ------------------------------------------------------------------


def confirm(parent: QWidget, text: str, on_yes: Callable[[], None]) -> QMessageBox:
    """A window-modal question that does not block the event loop; `on_yes` runs on Yes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("FamilyForms", "Please confirm"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.accepted.connect(on_yes)
    box.open()
    return box


class FormDialog(QDialog):
    """A dialog over one `ui/<form>.ui`: Save validates, shows errors, and writes only if valid.

    Subclasses implement `value()` (builds the domain object, raising ValidationError or
    FieldError); the tab passes `store(value)` which writes it. The dialog closes on success.
    """

    def __init__(
        self, form_name: str, title: str, store: Callable[[Any], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = load_form(form_name, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.errors = FieldErrors()
        self.message = child(self.form, QLabel, "messageLabel")
        self.message.setStyleSheet(palette.ERROR_STYLE)
        self.message.hide()
        self.buttons = child(self.form, QDialogButtonBox, "buttonBox")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._store = store

    def value(self) -> Any:
        raise NotImplementedError

    def save(self) -> bool:
        self.errors.clear()
        self.message.hide()
        try:
            value = self.value()
            self._store(value)
        except (ValidationError, FieldError) as exc:
            if not self.errors.show_error(exc):
                text = exc.text if isinstance(exc, FieldError) else message_for(exc)
                self._say(text)
            return False
        except Exception as exc:  # a refused change: say it, keep the dialog open
            self._say(str(exc) or type(exc).__name__)
            return False
        self.accept()
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def save_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if button is None:
            button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        return button


# --- tabs -----------------------------------------------------------------------------------


class SaveBar(QWidget):
    """Unsaved-change indicator, a message, Revert and Save; the bottom line of an edit tab."""

    save_clicked = Signal()
    revert_clicked = Signal()

    def __init__(self, parent: QWidget | None = None, *, save_text: str = "") -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QHBoxLayout

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


class FamilyTab(QWidget):
    """One tab of the family view: loads from the records, writes in one transaction.

    `changed` is emitted after every write, so the view reloads what depends on it; tabs with
    unsaved edits are not reloaded under the user's fingers.
    """

    changed = Signal()
    dirty_changed = Signal(bool)
    go_to_tab = Signal(str)

    form_name = ""
    editable = False  # a Save/Revert bar (forms) or dialogs that save themselves (tables)
    save_text = ""

    def __init__(self, *, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.family: Family | None = None
        self.errors = FieldErrors()
        self._dirty = False
        self._loading = False
        self.dialog: QDialog | None = None  # the dialog open now, if any (tests drive it)
        self.form = load_form(self.form_name, None)
        layout = QVBoxLayout(self)
        if self.editable:
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(self.form)
            layout.addWidget(scroll, 1)
            self.save_bar: SaveBar | None = SaveBar(self, save_text=self.save_text)
            self.save_bar.save_clicked.connect(self.save)
            self.save_bar.revert_clicked.connect(self.revert)
            layout.addWidget(self.save_bar)
        else:
            self.form.setParent(self)
            layout.addWidget(self.form)
            self.save_bar = None

    # --- for the view -------------------------------------------------------------------

    @property
    def records(self) -> Any:
        return self.session.records

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def load(self, family: Family) -> None:
        """Show `family`'s data; drops unsaved edits and error messages."""
        self.family = family
        self.errors.clear()
        self._loading = True
        try:
            self.fill(family)
        finally:
            self._loading = False
        self._set_dirty(False)

    def clear(self) -> None:
        self.close_dialog()
        self.family = None
        self.errors.clear()
        self._loading = True
        try:
            self.empty()
        finally:
            self._loading = False
        self._set_dirty(False)

    def select(self, kind: str, ref_id: int) -> bool:
        """Select the item a search result points at; False if this tab does not hold it."""
        return False

    def close_dialog(self) -> None:
        """Close the open dialog, wiping its text now rather than when Qt deletes it later."""
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            for editor in dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit):
                editor.clear()
            if isinstance(dialog, QMessageBox):
                dialog.setText("")
            dialog.reject()

    # --- for subclasses -----------------------------------------------------------------

    def fill(self, family: Family) -> None:
        raise NotImplementedError

    def empty(self) -> None:
        raise NotImplementedError

    def write(self) -> None:
        """Validate everything and write it (inside the caller's transaction)."""
        raise NotImplementedError

    def mark_dirty(self, *_args: object) -> None:
        if not self._loading and self.family is not None:
            self._set_dirty(True)

    def save(self) -> bool:
        if self.family is None:
            return False
        self.errors.clear()
        try:
            with self.records.transaction():
                self.write()
        except (ValidationError, FieldError) as exc:
            shown = self.errors.show_error(exc)
            if self.save_bar is not None:
                text = exc.text if isinstance(exc, FieldError) else message_for(exc)
                self.save_bar.say_error(
                    QCoreApplication.translate(
                        "FamilyForms", "Not saved: correct the field marked in red."
                    )
                    if shown
                    else text
                )
            return False
        except Exception as exc:
            if self.save_bar is not None:
                self.save_bar.say_error(str(exc) or type(exc).__name__)
            return False
        self._set_dirty(False)
        self.written()
        if self.save_bar is not None:
            self.save_bar.say(QCoreApplication.translate("FamilyForms", "Saved."))
        return True

    def revert(self) -> None:
        if self.family is not None:
            self.load(self.records.families.get(self.family.id))

    def written(self) -> None:
        """After a committed write: the view reloads, the other views learn of it."""
        self.changed.emit()
        self.session.saved()

    def run_dialog(self, dialog: QDialog) -> QDialog:
        self.close_dialog()
        self.dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_done(d))
        dialog.open()
        return dialog

    def ask(self, text: str, on_yes: Callable[[], None]) -> QMessageBox:
        """A Yes/No question about this family; tracked like a dialog so `clear()` closes it."""
        self.close_dialog()
        box = confirm(self, text, on_yes)
        self.dialog = box
        box.finished.connect(lambda _result, d=box: self._dialog_done(d))
        return box

    def _dialog_done(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        if self.save_bar is not None:
            self.save_bar.set_dirty(dirty)
        if changed:
            self.dirty_changed.emit(dirty)


M = TypeVar("M", bound=RowsModel[Any])


class RowsTab(FamilyTab, Generic[M]):
    """A tab that is a table of the family's rows with Add / Edit / Remove buttons: the
    wiring, the button states, saving through a repository and keeping the selection.
    Generic in its model, so a subclass sees its own model's extra attributes."""

    table_name = ""

    def __init__(self, *, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session=session, parent=parent)
        self.table = child(self.form, QTableView, self.table_name)
        self.add_button = child(self.form, QPushButton, "addButton")
        self.edit_button = child(self.form, QPushButton, "editButton")
        self.remove_button = child(self.form, QPushButton, "removeButton")
        self.model: M = self.make_model()
        self._select_after_write: Any = None
        setup_table(self.table, self.model)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit(selected_row(self.table)))
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(selected_row(self.table)))
        self.remove_button.clicked.connect(self.ask_remove)
        self._update_buttons()

    # --- for subclasses -----------------------------------------------------------------

    def make_model(self) -> M:
        raise NotImplementedError

    def edit(self, row: int | None) -> QDialog | None:
        raise NotImplementedError

    def ask_remove(self) -> None:
        raise NotImplementedError

    # --- shared ---------------------------------------------------------------------------

    def _update_buttons(self, *_args: object) -> None:
        has = selected_row(self.table) >= 0
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.add_button.setEnabled(self.family is not None)

    def storing(self, repository: Any) -> Callable[[Any], None]:
        """A dialog's store callback: add or update through `repository` in one transaction,
        then select the written row once the tab reloads."""

        def store(value: Any) -> None:
            with self.records.transaction():
                if value.id is None:
                    value = repository.add(value)
                else:
                    repository.update(value)
            self._select_after_write = value.id
            self.written()

        return store

    def removing(self, repository: Any, row_id: int) -> None:
        with self.records.transaction():
            repository.delete(row_id)
        self.written()

    def selection_to_keep(self) -> Any:
        """The id to select after a reload: the row just written, else the one selected."""
        previous = self.model.row_at(selected_row(self.table))
        wanted = self._select_after_write or (previous.id if previous else None)
        self._select_after_write = None
        return wanted

    def keep_selection(self, wanted: Any) -> None:
        if wanted is not None:
            select_row(self.table, self.model.row_of(wanted))
        self._update_buttons()
