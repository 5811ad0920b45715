"""Reports: the anonymised summary of a period and the merge of counsellors' bundles.

Both open the preview dialog before anything is written; the panels live in
`reports_summary.py` and `reports_merge.py`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QVBoxLayout

from ripartire_desktop.gui.dialogs.export_files import ExportPlace
from ripartire_desktop.gui.forms import child, load_form
from ripartire_desktop.gui.lang import ui_language
from ripartire_desktop.gui.views.base import View
from ripartire_desktop.gui.views.reports_merge import MergePanel
from ripartire_desktop.gui.views.reports_summary import SummaryPanel


class ReportsView(View):
    name = "reports"

    def build(self) -> None:
        self.form = load_form("reports", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.language = child(self.form, QComboBox, "languageCombo")
        self.language.addItem("Italiano", "it")  # each language in its own words
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(ui_language())))
        self.place = ExportPlace(self)
        self.summary = SummaryPanel(self)
        self.merge = MergePanel(self)

    def title(self) -> str:
        return self.tr("Reports")

    def refresh(self) -> None:
        """Nothing is read until the user asks for a preview: counting takes a moment."""

    def clear(self) -> None:
        self.summary.clear()
        self.merge.clear()
        self.place.clear()
