"""The table models' column titles: declared once per model as data, translated in the
context of the class that declares them, and every one of them has its Italian."""

from __future__ import annotations

import importlib
import pkgutil
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication

import ripartire_desktop.gui as gui
from ripartire_desktop.gui.i18n import QT_TRANSLATE_NOOP
from ripartire_desktop.gui.models.rows import ListModel
from tests.gui.italian import italian_qm


def _all_models() -> list[type[ListModel]]:
    for module in pkgutil.walk_packages(gui.__path__, gui.__name__ + "."):
        importlib.import_module(module.name)
    found, todo = [], list(ListModel.__subclasses__())
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo += cls.__subclasses__()
    return [cls for cls in found if cls.headers and cls.__module__.startswith("ripartire_")]


class _Pair(ListModel[int]):
    headers = (QT_TRANSLATE_NOOP("_Pair", "Date"), QT_TRANSLATE_NOOP("_Pair", "Amount"))


class _PairWithMore(_Pair):
    """A subclass that does not declare its own titles keeps its parent's context."""


def test_titles_are_translated_in_the_declaring_class_context(qapp: QApplication) -> None:
    assert _Pair.headers_context == "_Pair"
    assert _PairWithMore.headers_context == "_Pair"
    assert ListModel.headers_context == ""

    class Answers(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
            return f"{context}:{source}" if context == "_Pair" else None

        def isEmpty(self) -> bool:
            return False

    answers = Answers(qapp)
    qapp.installTranslator(answers)
    try:
        model = _PairWithMore()
        horizontal = Qt.Orientation.Horizontal
        assert model.columnCount() == 2
        assert model.headerData(0, horizontal) == "_Pair:Date"
        assert model.headerData(1, horizontal) == "_Pair:Amount"
        assert model.headerData(2, horizontal) is None
        assert model.headerData(0, Qt.Orientation.Vertical) is None
        assert model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) is None
    finally:
        qapp.removeTranslator(answers)


def test_every_model_title_has_its_italian(tmp_path: Path) -> None:
    models = _all_models()
    names = {cls.__name__ for cls in models}
    assert {"AidModel", "ActionsModel", "ContactsModel", "AgendaModel", "AuditLogModel"} <= names
    root = ET.parse(italian_qm(tmp_path).with_suffix(".ts")).getroot()
    italian = {
        (context.findtext("name"), message.findtext("source")): message.findtext("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }
    for cls in models:
        declaring = next(c for c in cls.__mro__ if "headers" in c.__dict__)
        assert cls.headers_context == declaring.__name__
        for source in cls.headers:
            assert italian.get((cls.headers_context, source)), (cls.__name__, source)


def test_take_row_takes_one_row_out_and_remembers_a_stored_ones_id(qapp: QApplication) -> None:
    from dataclasses import dataclass

    from ripartire_desktop.gui.views.family_widgets import RowsModel, take_row

    @dataclass
    class Row:
        id: int | None
        text: str

    class Rows(RowsModel[Row]):
        headers = (QT_TRANSLATE_NOOP("Rows", "Text"),)

        def cell(self, row: Row, column: int) -> str:
            return row.text

    model = Rows()
    model.set_rows([Row(1, "stored"), Row(None, "new"), Row(3, "also stored")])
    removed: list[int] = []
    assert take_row(model, 1, removed)
    assert removed == [] and [r.text for r in model.rows()] == ["stored", "also stored"]
    assert take_row(model, 0, removed)
    assert removed == [1] and [r.text for r in model.rows()] == ["also stored"]
    for outside in (-1, 1, 7):
        assert not take_row(model, outside, removed)
    assert removed == [1] and model.rowCount() == 1


def test_a_paged_model_reads_page_by_page_and_stops_where_the_rows_end(
    session, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QModelIndex

    from ripartire_desktop.gui.models.paged import PagedModel

    class Numbers(PagedModel[int]):
        """The numbers in `stored`, three a page; `counted` is what the count says."""

        headers = (QT_TRANSLATE_NOOP("Numbers", "Number"),)

        def __init__(self) -> None:
            super().__init__()
            self.stored, self.counted, self.pages_read = list(range(8)), 8, 0

        def first_page(self, records):  # type: ignore[no-untyped-def]
            assert records is session.records
            self.pages_read += 1
            return self.stored[:3], self.counted

        def next_page(self, records, offset):  # type: ignore[no-untyped-def]
            self.pages_read += 1
            return self.stored[offset : offset + 3]

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
            row = self.row_at(index)
            return None if row is None or role != Qt.ItemDataRole.DisplayRole else str(row)

    top = QModelIndex()
    model = Numbers()
    assert not model.canFetchMore(top) and model.total == 0
    model.reload(session.records)
    assert model.rows() == [0, 1, 2] and model.total == 8 and model.canFetchMore(top)
    model.fetchMore(top)
    model.fetchMore(top)
    assert model.rows() == list(range(8)) and not model.canFetchMore(top)
    model.fetchMore(top)  # nothing more to read: no page is asked for
    assert model.pages_read == 3

    model.stored, model.counted = list(range(4)), 6  # rows went after they were counted
    model.reload(session.records)
    model.fetchMore(top)
    assert model.rows() == [0, 1, 2, 3] and model.canFetchMore(top)
    model.fetchMore(top)  # an empty page: the total follows the rows that are there
    assert model.total == 4 and not model.canFetchMore(top)

    model.clear()
    assert model.rows() == [] and model.total == 0 and not model.canFetchMore(top)
    model.fetchMore(top)
    assert model.rowCount() == 0

    checked = Numbers()  # Qt's own model checks (they scroll the model to its end)
    checked.reload(session.records)
    qtmodeltester.check(checked)
    assert checked.rows() == list(range(8))
