"""The outcome of "Verify vault": a clear verdict, what to do, and the checks in detail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from ripartire_desktop.gui.dialogs.common import ERROR_STYLE, OK_STYLE, embed_form, say
from ripartire_desktop.gui.forms import child
from ripartire_desktop.store.backup import VerifyReport


class VerifyReportDialog(QDialog):
    """Opens at once in a "checking" state; `show_report` or `show_failure` fills it in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = embed_form(self, "dialog_verify", self.tr("Verify vault"), modal=True)
        self.verdict = child(form, QLabel, "verdictLabel")
        self.advice = child(form, QLabel, "adviceLabel")
        self.checks = child(form, QListWidget, "checksList")
        self.checks_label = child(form, QLabel, "checksLabel")
        buttons = child(form, QDialogButtonBox, "buttonBox")
        buttons.rejected.connect(self.reject)
        big = QFont(self.verdict.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.verdict.setFont(big)
        self.verdict.setText(self.tr("Checking every page of the vault…"))
        say(self.advice, self.tr("This can take a moment on a large vault."))
        self.checks_label.hide()
        self.checks.hide()
        self.setMinimumWidth(560)

    def show_report(self, report: VerifyReport) -> None:
        self.checks.clear()
        # The check lines are the store's technical wording (the same as `ripartire verify`).
        for line in report.problems:
            item = QListWidgetItem("✗  " + line, self.checks)
            item.setForeground(Qt.GlobalColor.darkRed)
            item.setToolTip(line)
        for line in report.checks:
            QListWidgetItem("✓  " + line, self.checks).setToolTip(line)
        self.checks_label.show()
        self.checks.show()
        if report.ok:
            self.verdict.setText(self.tr("The vault is sound: every check passed."))
            self.verdict.setStyleSheet(OK_STYLE)
            say(self.advice, self.tr("Nothing to do. Keep making regular backups."))
        else:
            self.verdict.setText(self.tr("The vault is damaged."))
            self.verdict.setStyleSheet(ERROR_STYLE)
            say(
                self.advice,
                self.tr(
                    "Stop entering new data. Restore the most recent backup (Restore… in "
                    "Settings): the damaged vault is moved aside, not deleted, so nothing is "
                    "lost for good. If there is no backup, ask for technical help before "
                    "doing anything else."
                ),
            )

        self.adjustSize()

    def show_failure(self, text: str) -> None:
        self.verdict.setText(self.tr("The check could not be completed."))
        self.verdict.setStyleSheet(ERROR_STYLE)
        say(self.advice, text)
        self.adjustSize()
