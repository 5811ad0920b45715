"""The base tabs of the family view: a tab that loads one family and saves through a use case,
and a tab that is a table of the family's rows with Add / Edit / Remove.

See `family_fields` for how errors reach the field they are about.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
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
from ripartire_desktop.gui.forms import child, load_form
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.family_dialogs import confirm
from ripartire_desktop.gui.views.family_fields import FieldError, FieldErrors, message_for
from ripartire_desktop.gui.views.family_widgets import (
    RowsModel,
    SaveBar,
    put_row,
    restore_snapshot,
    select_row,
    selected_row,
    setup_table,
    snapshot,
    take_row,
)
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases.changes import Changes
from ripartire_desktop.usecases.form_drafts import plain, record_from


class FamilyTab(QWidget):
    """One tab of the family view: loads from the records, saves through a use case (one
    transaction) and tells what changed.

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
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the first field
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
    def records(self) -> Records:
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

    def draft_state(self) -> dict[str, Any]:
        """The unsaved edits as plain data, kept in the vault over a lock (`form_drafts`)."""
        return {"fields": snapshot(self.form), "extra": self.draft_extra()}

    def restore_draft(self, state: dict[str, Any]) -> None:
        """Put kept edits back over the loaded family; the tab is then unsaved again."""
        self.draft_restore_extra(state.get("extra") or {})
        restore_snapshot(self.form, state.get("fields") or {})
        self._set_dirty(True)

    def draft_extra(self) -> dict[str, Any]:
        """What a draft keeps beyond the fields: staged rows, rows built in code."""
        return {}

    def draft_restore_extra(self, extra: dict[str, Any]) -> None:
        """Rebuild what `draft_extra` kept, before the fields are filled back in."""

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

    def write(self) -> Changes:
        """Validate everything and save it through its use case; what changed."""
        raise NotImplementedError

    def save_buttons(self) -> list[QWidget]:
        """Revert and Save, last in the tab order of an edit tab."""
        bar = self.save_bar
        return [] if bar is None else [bar.revert_button, bar.save_button]

    def mark_dirty(self, *_args: object) -> None:
        if not self._loading and self.family is not None:
            self._set_dirty(True)

    def save(self) -> bool:
        if self.family is None:
            return False
        self.errors.clear()
        try:
            changes = self.write()
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
        self.written(changes)
        if self.save_bar is not None:
            self.save_bar.say(QCoreApplication.translate("FamilyForms", "Saved."))
        return True

    def revert(self) -> None:
        if self.family is not None and self.family.id is not None:
            self.load(self.records.families.get(self.family.id))

    def written(self, changes: Changes) -> None:
        """After a committed write: the family view reloads (once: the notice names this tab
        as its origin), the other views learn what changed."""
        self.changed.emit()
        self.session.saved(changes.from_(self))

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


class StagedTab(FamilyTab):
    """A tab over a table of the family's rows, saved as the form tabs are: the dialogs edit
    the staged rows of the table (and may take one out); the tab's Save writes them through
    `save_rows` in one transaction, Revert drops them, a lock keeps them as a draft."""

    editable = True
    row_kind: type = object  # the rows' record, rebuilt from a draft
    # The use case that writes the staged rows: (records, family id, new or changed rows,
    # ids removed) -> what changed.
    save_rows: Callable[[Records, int, list[Any], list[int]], Changes]
    model: RowsModel[Any]
    table: QTableView

    def __init__(self, *, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session=session, parent=parent)
        self._select_after_write: Any = None
        self._stored: dict[Any, Any] = {}  # the rows as loaded, by id
        self._removed: list[int] = []

    def _update_buttons(self, *_args: object) -> None:
        raise NotImplementedError

    def load(self, family: Family) -> None:
        super().load(family)
        self._stored = {row.id: row for row in self.model.rows()}
        self._removed = []

    def clear(self) -> None:
        super().clear()
        self._stored, self._removed = {}, []

    def staging(self, row: int | None) -> Callable[[Any], None]:
        """A dialog's store callback: the edited value replaces row `row` of the table (None:
        a new row at the end), unsaved until the tab's Save."""

        def stage(value: Any) -> None:
            put_row(self.table, self.model, row, value)
            self.mark_dirty()
            self._update_buttons()

        return stage

    def unstage(self, row: int) -> None:
        """Take row `row` out of the table; removed from the vault on Save."""
        if take_row(self.model, row, self._removed):
            self.mark_dirty()
            self._update_buttons()

    def write(self) -> Changes:
        assert self.family is not None and self.family.id is not None
        changed = [
            row for row in self.model.rows() if row.id is None or self._stored.get(row.id) != row
        ]
        selected = self.model.row_at(selected_row(self.table))
        self._select_after_write = None if selected is None else selected.id
        return type(self).save_rows(self.records, self.family.id, changed, list(self._removed))

    def draft_extra(self) -> dict[str, Any]:
        return {"rows": plain(self.model.rows()), "removed": list(self._removed)}

    def draft_restore_extra(self, extra: dict[str, Any]) -> None:
        if "rows" in extra:
            self.model.set_rows([record_from(self.row_kind, r) for r in extra["rows"]])
            self._removed = [int(i) for i in extra.get("removed", [])]
            self._update_buttons()

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


class RowsTab(StagedTab, Generic[M]):
    """A staged table of the family's rows with Add / Edit / Remove buttons (Remove takes the
    row out of the table, the vault loses it on Save). Generic in its model, so a subclass sees
    its own model's extra attributes. A subclass names its table and model, the dialog that
    edits a row and the question that asks before removing one."""

    table_name = ""
    model_class: type[M]

    def __init__(self, *, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session=session, parent=parent)
        self.table = child(self.form, QTableView, self.table_name)
        self.add_button = child(self.form, QPushButton, "addButton")
        self.edit_button = child(self.form, QPushButton, "editButton")
        self.remove_button = child(self.form, QPushButton, "removeButton")
        self.model: M = self.model_class(self)
        setup_table(self.table, self.model)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit(selected_row(self.table)))
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(selected_row(self.table)))
        self.remove_button.clicked.connect(self.ask_remove)
        self._update_buttons()

    # --- for subclasses -----------------------------------------------------------------

    def dialog_for(self, found: Any, family_id: int, store: Callable[[Any], None]) -> QDialog:
        """The dialog that edits `found` (None: a new row) of family `family_id`; its Save
        calls `store` with the edited row."""
        raise NotImplementedError

    def removal_question(self, found: Any) -> str:
        """The Yes/No question asked before `found` is taken out of the table."""
        raise NotImplementedError

    # --- shared ---------------------------------------------------------------------------

    def edit(self, row: int | None) -> QDialog | None:
        """The dialog for row `row`, or for a new row when `row` is None; None when there is
        no family or no such row."""
        if self.family is None or self.family.id is None:
            return None
        found = None if row is None else self.model.row_at(row)
        if row is not None and found is None:
            return None
        dialog = self.dialog_for(found, self.family.id, self.staging(row))
        self.run_dialog(dialog)
        return dialog

    def ask_remove(self) -> None:
        row = selected_row(self.table)
        found = self.model.row_at(row)
        if found is not None:
            self.ask(self.removal_question(found), lambda: self.unstage(row))

    def _update_buttons(self, *_args: object) -> None:
        has = selected_row(self.table) >= 0
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.add_button.setEnabled(self.family is not None)
