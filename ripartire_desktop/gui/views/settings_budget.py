"""Settings: the budget lines, one per funder and year ("Fondazione Cariplo 2026"), each with
its amount and what has been paid from it. Insert adds a line, Enter (or F2) edits the one
selected, Delete removes it when nothing was paid from it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ripartire_desktop.domain import BudgetLine, BudgetUse, format_cents
from ripartire_desktop.domain.budget import MAX_YEAR, MIN_YEAR
from ripartire_desktop.gui.dialogs.common import say
from ripartire_desktop.gui.dialogs.confirm import ask_to_confirm
from ripartire_desktop.gui.dialogs.errors import describe_error
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.lang import ui_language
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.family_money import AmountError, cents_to_text, parse_euros
from ripartire_desktop.usecases import budget as budget_cases

COLUMNS = 6  # name, funder, year, amount, paid, left


def money_text(cents: int) -> str:
    """An amount offered for editing in the way this computer writes decimals."""
    text = cents_to_text(cents)  # "1500,00"
    return text.replace(",", ".") if QLocale().decimalPoint() == "." else text


class BudgetLineDialog(QDialog):
    """Add or edit one line: name, funder, year, amount. Save checks every field and says
    what is wrong next to it; nothing typed is lost on a refused Save."""

    def __init__(
        self, parent: QWidget, *, line: BudgetLine | None, taken: set[str], year: int
    ) -> None:
        super().__init__(parent)
        self.setObjectName("budgetLineDialog")
        self.setWindowTitle(self.tr("Edit budget line") if line else self.tr("New budget line"))
        self.original = line
        self._taken = taken
        self.result_line: BudgetLine | None = None
        form = QFormLayout()
        self.name_edit = QLineEdit(line.name if line else "")
        self.name_edit.setObjectName("budgetNameEdit")
        self.name_edit.setPlaceholderText(self.tr("for example Fondazione Cariplo 2026"))
        self.funder_edit = QLineEdit(line.funder if line else "")
        self.funder_edit.setObjectName("budgetFunderEdit")
        self.year_edit = QSpinBox()
        self.year_edit.setObjectName("budgetYearEdit")
        self.year_edit.setRange(MIN_YEAR, MAX_YEAR)
        self.year_edit.setValue(line.year if line else year)
        self.amount_edit = QLineEdit(money_text(line.amount_cents) if line else "")
        self.amount_edit.setObjectName("budgetAmountEdit")
        self.amount_edit.setPlaceholderText("1.500,00")
        for edit in (self.name_edit, self.funder_edit):
            edit.setMaxLength(200)
        self.amount_edit.setMaxLength(24)
        rows: tuple[tuple[str, QWidget], ...] = (
            (self.tr("&Name"), self.name_edit),
            (self.tr("&Funder"), self.funder_edit),
            (self.tr("&Year"), self.year_edit),
            (self.tr("&Amount granted"), self.amount_edit),
        )
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.error = QLabel()
        self.error.setObjectName("budgetLineError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem with this budget line"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        say(self.error, "")
        self.setMinimumWidth(max(480, self.sizeHint().width()))

    def accept(self) -> None:
        name, funder = self.name_edit.text().strip(), self.funder_edit.text().strip()
        problem, focus = "", None
        if not name:
            problem, focus = self.tr("Type a name, for example Fondazione Cariplo 2026."), 0
        elif name.casefold() in self._taken:
            problem, focus = self.tr("Another budget line already has this name."), 0
        elif not funder:
            problem, focus = self.tr("Type who gives the money, for example Comune di Cernusco."), 1
        cents = 0
        if not problem:
            try:
                cents = parse_euros(self.amount_edit.text()) if self.amount_edit.text() else 0
            except AmountError as exc:
                problem, focus = self._amount_message(exc.reason), 3
        if problem:
            say(self.error, problem, error=True)
            edits = (self.name_edit, self.funder_edit, self.year_edit, self.amount_edit)
            edits[focus or 0].setFocus()
            return
        self.result_line = BudgetLine(
            id=self.original.id if self.original else None,
            name=name,
            funder=funder,
            year=self.year_edit.value(),
            amount_cents=cents,
        )
        super().accept()

    def _amount_message(self, reason: str) -> str:
        messages = {
            AmountError.NEGATIVE: self.tr("The amount cannot be negative."),
            AmountError.TOO_MANY_DECIMALS: self.tr("At most two decimals (the cents)."),
            AmountError.BAD_GROUPING: self.tr(
                "Check the thousands separators: for example 1.500,00 or 1500,00."
            ),
            AmountError.TOO_LARGE: self.tr("That amount is too large: check the digits."),
        }
        return messages.get(
            reason, self.tr("Type an amount in euros, for example 1.500,00 or 1500.00.")
        )


def _index_after_save_bar(layout: QBoxLayout, form: QWidget) -> int:
    """Where the item after the settings' Save and Revert buttons is in `layout`."""
    save = child(form, QPushButton, "saveButton")
    for index in range(layout.count()):
        item = layout.itemAt(index)
        inner = item.layout() if item is not None else None
        widget = item.widget() if item is not None else None
        if (inner is not None and inner.indexOf(save) >= 0) or (
            widget is not None and widget.isAncestorOf(save)
        ):
            return index + 1
    return layout.count()


class BudgetSection(QObject):
    """The budget lines group, inserted into the Settings form after its Save bar."""

    def __init__(self, *, form: QWidget, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self._view = parent
        self._session = session
        self.uses: list[BudgetUse] = []
        self.dialog: BudgetLineDialog | None = None
        self.confirm_box: QMessageBox | None = None  # the removal asked now, if any
        self.box = QGroupBox(self.tr("Budget lines"), form)
        self.box.setObjectName("budgetBox")
        # Right after the settings' Save bar: a line is saved as soon as its dialog is.
        general = child(form, QWidget, "generalBox")
        holder = general.parentWidget()
        layout = holder.layout() if holder is not None else None
        assert isinstance(layout, QBoxLayout)
        layout.insertWidget(_index_after_save_bar(layout, form), self.box)
        hint = QLabel(
            self.tr(
                "The money of each funder for each year. Every aid payment is paid from one "
                "line: the only line of its year, or the one chosen in the aid tab. Insert "
                "adds a line, Enter edits it, Delete removes a line nothing was paid from; "
                "each change is saved at once. Names and funders are printed in the anonymised "
                "reports: never write a person's name in them."
            )
        )
        hint.setWordWrap(True)
        self.table = self._make_table()
        self.add_button = QPushButton(self.tr("Add budget line…"))
        self.add_button.setObjectName("addBudgetLineButton")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editBudgetLineButton")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeBudgetLineButton")
        self.message = QLabel()
        self.message.setObjectName("budgetMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box_layout = QVBoxLayout(self.box)
        box_layout.addWidget(hint)
        box_layout.addWidget(self.table)
        box_layout.addLayout(buttons)
        box_layout.addWidget(self.message)
        # Tab from the settings' Save goes through the lines, then on as before.
        QWidget.setTabOrder(child(form, QPushButton, "saveButton"), self.table)
        QWidget.setTabOrder(self.table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.remove_button)
        self.add_button.clicked.connect(self.add_line)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        say(self.message, "")
        self._update_buttons()

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, COLUMNS)
        table.setObjectName("budgetTable")
        table.setAccessibleName(self.tr("Budget lines"))
        table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Funder"),
                self.tr("Year"),
                self.tr("Granted"),
                self.tr("Paid"),
                self.tr("Left"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setMinimumHeight(table.verticalHeader().defaultSectionSize() * 5)
        table.installEventFilter(self)
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        return table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Insert:
                self.add_line()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                self.edit_selected()
                return True
            if key == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    def selected(self) -> BudgetUse | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        (row,) = rows
        return self.uses[row] if row < len(self.uses) else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None and chosen.payments == 0)

    # --- showing ---------------------------------------------------------------------------

    def refresh(self, *, select: int | None = None) -> None:
        if not self._session.is_unlocked:
            return
        lang = ui_language()
        self.uses = budget_cases.budget_use(self._session.records)
        self.table.setRowCount(len(self.uses))
        for row, use in enumerate(self.uses):
            line = use.line
            left = use.remaining_cents
            left_text = format_cents(left, lang) if left >= 0 else "−" + format_cents(-left, lang)
            texts = (
                line.name,
                line.funder,
                str(line.year),
                format_cents(line.amount_cents, lang),
                format_cents(use.spent_cents, lang),
                left_text,
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == 5 and left < 0:
                    item.setToolTip(self.tr("More was paid than this line grants."))
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(row, column, item)
            if select is not None and line.id == select:
                self.table.selectRow(row)
        self._update_buttons()

    def clear(self) -> None:
        self.uses = []
        if self.confirm_box is not None:
            self.confirm_box.reject()
            self.confirm_box = None
        self.table.setRowCount(0)
        say(self.message, "")
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None

    # --- editing ---------------------------------------------------------------------------

    def add_line(self) -> None:
        self._open_dialog(None)

    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._open_dialog(chosen.line)

    def _open_dialog(self, line: BudgetLine | None) -> None:
        if not self._session.is_unlocked:
            return
        taken = {u.line.name.casefold() for u in self.uses if line is None or u.line.id != line.id}
        dialog = BudgetLineDialog(self._view, line=line, taken=taken, year=date.today().year)
        dialog.accepted.connect(lambda: self._save(dialog))
        self.dialog = dialog
        dialog.open()

    def _save(self, dialog: BudgetLineDialog) -> None:
        self.dialog = None
        if dialog.result_line is None or not self._session.is_unlocked:
            return
        try:
            stored, changes = budget_cases.save_budget_line(
                self._session.records, dialog.result_line
            )
        except Exception as exc:
            say(self.message, describe_error(exc), error=True)
            return
        self.refresh(select=stored.id)
        self.table.setFocus()
        say(self.message, self.tr("Budget line {0} saved.").format(stored.name), ok=True)
        self._session.saved(changes.from_(self._view))

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not self._session.is_unlocked:
            return
        if chosen.payments:
            say(
                self.message,
                self.tr(
                    "{0} cannot be removed: %n aid payment(s) are paid from it.",
                    "",
                    chosen.payments,
                ).format(chosen.line.name),
                error=True,
            )
            return
        line_id = chosen.line.id or 0
        name = chosen.line.name
        self.confirm_box = ask_to_confirm(
            self._view,
            title=self.tr("Remove budget line"),
            text=self.tr("Remove the budget line {0}? Nothing was paid from it.").format(name),
            action=self.tr("&Remove"),
            then=lambda: self._remove(line_id, name),
        )

    def _remove(self, line_id: int, name: str) -> None:
        if not self._session.is_unlocked:
            return
        try:
            changes = budget_cases.remove_budget_line(self._session.records, line_id)
        except Exception as exc:
            say(self.message, describe_error(exc), error=True)
            return
        self.refresh()
        say(self.message, self.tr("Budget line {0} removed.").format(name), ok=True)
        self._session.saved(changes.from_(self._view))
