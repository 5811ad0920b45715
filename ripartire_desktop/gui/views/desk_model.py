"""The desk's list of recent contacts: display text only (codes, labels, the first words)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QLineEdit,
    QTableView,
)

from ripartire_desktop.domain import Channel, FirstContactOutcome, choices
from ripartire_desktop.gui.i18n import QT_TRANSLATE_NOOP
from ripartire_desktop.gui.lang import ui_language
from ripartire_desktop.gui.models.rows import Index, ListModel
from ripartire_desktop.gui.views.base import fixed_rows

PREVIEW_CHARS = 60


def preview(text: str, limit: int = PREVIEW_CHARS) -> str:
    """The first words of a request, on one line."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] or flat[:limit]
    return cut + "…"


@dataclass(frozen=True, slots=True)
class ContactRow:
    contact_id: int
    family_id: int | None
    when: str
    family: str  # the code, or "anonymous"
    channel: str
    outcome: str
    request: str


class ContactsModel(ListModel[ContactRow]):
    """Recent desk contacts, newest first (ordered in SQL); display text only."""

    headers = (
        QT_TRANSLATE_NOOP("ContactsModel", "When"),
        QT_TRANSLATE_NOOP("ContactsModel", "Family"),
        QT_TRANSLATE_NOOP("ContactsModel", "Channel"),
        QT_TRANSLATE_NOOP("ContactsModel", "Outcome"),
        QT_TRANSLATE_NOOP("ContactsModel", "Request"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is not None and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.when, row.family, row.channel, row.outcome, row.request)[index.column()]
        return None


def size_columns(table: QTableView, anonymous: str) -> None:
    """Rows selected whole, fixed heights, widths from the longest possible text."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    fixed_rows(table)
    # Widths from the longest possible text, not from the rows (no per-row measuring).
    metrics = table.fontMetrics()
    lang = ui_language()
    samples = (
        ["00/00/0000 00:00"],
        ["RIP-0000-000", anonymous],
        [text for _, text in choices(Channel, lang)],
        [text for _, text in choices(FirstContactOutcome, lang)],
    )
    for column, texts in enumerate(samples):
        width = max(metrics.horizontalAdvance(text) for text in texts) + 24
        if column >= 2:  # long channel and outcome labels elide; the tooltip has them
            width = min(width, metrics.averageCharWidth() * 18)
        table.setColumnWidth(column, width)


def fill_choices(channel: QComboBox, outcome: QComboBox) -> None:
    """The desk's channel and outcome lists, in the window's language."""
    lang = ui_language()
    for value, text in choices(Channel, lang):
        channel.addItem(text, value.value)
    for value, text in choices(FirstContactOutcome, lang):
        outcome.addItem(text, value.value)


def code_completer(edit: QLineEdit) -> QStringListModel:
    """A completer of family codes on `edit`; the returned list is filled as the person types.
    Codes only: the completer never sees a name."""
    codes = QStringListModel(edit)
    completer = QCompleter(codes, edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
    return codes
