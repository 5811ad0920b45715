"""Before a case summary is written: with or without names, and a reminder that the PDF is
not encrypted."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QWidget

from ripartire_desktop.gui.dialogs.common import ERROR_STYLE, embed_form
from ripartire_desktop.gui.forms import child


class CaseSummaryDialog(QDialog):
    """Accepted means: go on and ask where to save; `include_identity` says what to print."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = embed_form(
            self, "dialog_export_case", self.tr("Case summary of {0}").format(code), modal=True
        )
        self.identity = child(form, QCheckBox, "identityCheck")
        child(form, QLabel, "warningLabel").setStyleSheet(ERROR_STYLE)
        buttons = child(form, QDialogButtonBox, "buttonBox")
        self.save_button = buttons.addButton(
            self.tr("&Choose where to save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(480)
        # Wrapped labels: as tall as the text needs at this width (the width hint is wider and
        # would leave the explanation of what is redacted cut off).
        self.resize(480, max(self.sizeHint().height(), self.heightForWidth(480)))

    @property
    def include_identity(self) -> bool:
        return self.identity.isChecked()
