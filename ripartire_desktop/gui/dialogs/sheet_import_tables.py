"""The two tables of the spreadsheet import dialog: the columns of the sheet, each with a
combo box saying what it holds, and the preview of the rows as they will be stored."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ripartire_desktop.gui.palette import ERROR
from ripartire_desktop.store.sheets import FIELDS, CellProblem, Checked, SheetData, column_letter
from ripartire_desktop.store.sheets.cells import as_text

Index = QModelIndex | QPersistentModelIndex
EXAMPLE_ROWS = 5  # rows searched for a column's example value
BAD_BACKGROUND = QColor(ERROR).lighter(190)


class MappingTable(QWidget):
    """Drives the mapping QTableWidget: one row per column of the sheet, and in the last cell
    a combo box with the fields (or "not imported"). A field is taken by one column only."""

    changed = Signal()

    def __init__(self, table: QTableWidget, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.lang = lang
        self.combos: list[QComboBox] = []
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header"), self.tr("First value"), self.tr("Import as")]
        )
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def show_sheet(self, data: SheetData, mapping: dict[int, str]) -> None:
        self.table.setRowCount(0)
        self.combos = []
        self.table.setRowCount(len(data.headers))
        for column, header in enumerate(data.headers):
            example = next(
                (as_text(c[column]) for _n, c in data.rows[:EXAMPLE_ROWS] if column < len(c)
                 and as_text(c[column])),
                "",
            )  # fmt: skip
            cells = (column_letter(column), header or self.tr("(no header)"), example)
            for position, text in enumerate(cells):
                self.table.setItem(column, position, QTableWidgetItem(text))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("What column {0} holds").format(column_letter(column)))
            combo.addItem(self.tr("(not imported)"), "")
            for field in FIELDS:
                combo.addItem(field.label(self.lang), field.key)
            combo.setCurrentIndex(max(combo.findData(mapping.get(column, "")), 0))
            combo.currentIndexChanged.connect(lambda _i, c=column: self._chosen(c))
            self.table.setCellWidget(column, 3, combo)
            self.combos.append(combo)

    def _chosen(self, column: int) -> None:
        key = self.combos[column].currentData()
        if key:
            for other, combo in enumerate(self.combos):
                if other != column and combo.currentData() == key:
                    with QSignalBlocker(combo):
                        combo.setCurrentIndex(0)
        self.changed.emit()

    def mapping(self) -> dict[int, str]:
        return {i: str(c.currentData()) for i, c in enumerate(self.combos) if c.currentData()}

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.combos = []


class PreviewModel(QAbstractTableModel):
    """The checked rows as they will be stored: the sheet's row, the household it joins, and
    each mapped field; a refused cell shows what was written, marked, with its problem."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []
        self._bad: list[frozenset[int]] = []
        self._problems: dict[tuple[int, int], str] = {}
        self._row_numbers: list[int] = []
        self._columns: tuple[int, ...] = ()

    def show_checked(self, checked: Checked, lang: str, family: str, row: str) -> None:
        """`family` and `row` head the first two columns: the new family each row joins (1 for
        the import's first), and the row's number in the sheet."""
        self.beginResetModel()
        self._headers = [row, family, *(f.label(lang) for f in checked.fields)]
        self._rows = [[str(r.row), str(r.household or ""), *r.values] for r in checked.preview]
        self._bad = [frozenset(i + 2 for i in r.bad) for r in checked.preview]
        self._row_numbers = [r.row for r in checked.preview]
        self._columns = checked.columns
        self._problems = {
            (p.row, p.column): p.text(lang) for p in checked.problems if p.column is not None
        }
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._headers, self._rows, self._bad, self._problems = [], [], [], {}
        self._row_numbers, self._columns = [], ()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = index.row(), index.column()
        bad = column in self._bad[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[row][column]
        if role == Qt.ItemDataRole.BackgroundRole and bad:
            return BAD_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole and bad:
            return self._problems.get((self._row_numbers[row], self._columns[column - 2]))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and section < len(self._headers):
            return self._headers[section]
        return None

    def index_of(self, problem: CellProblem) -> QModelIndex:
        """Where `problem`'s cell is in the preview (its row's first cell for a row problem)."""
        if problem.row not in self._row_numbers:
            return QModelIndex()
        row = self._row_numbers.index(problem.row)
        column = 0
        if problem.column is not None and problem.column in self._columns:
            column = self._columns.index(problem.column) + 2
        return self.index(row, column)

    def cells(self) -> list[list[str]]:
        return [list(row) for row in self._rows]
