"""Privacy housekeeping in the window: erase a family (typing its code to confirm) and the
retention review (families in a final status, old desk text), with the audit log one click
away. Codes and dates only, never names."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ripartire_desktop.domain import FamilyStatus
from ripartire_desktop.gui.dialogs.audit import AuditLogDialog
from ripartire_desktop.gui.dialogs.common import action_row, embed_form, say
from ripartire_desktop.gui.dialogs.confirm import ask_to_confirm
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.lang import show, show_date
from ripartire_desktop.gui.session import Session
from ripartire_desktop.usecases import privacy


class EraseFamilyDialog(QDialog):
    """Erases `code` once the code is typed and the (never default) erase button pressed."""

    erased = Signal(str)

    def __init__(self, session: Session, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseFamilyDialog")
        self._session = session
        self.code = code
        form = embed_form(
            self, "dialog_erase", self.tr("Erase family {0}").format(code), modal=True
        )
        child(form, QLabel, "introLabel").setText(
            self.tr(
                "Erase {0} and everything held about it: household, names, interviews, "
                "assessments, actions, payments, consents. Its desk contacts stay only as "
                "anonymous counts, and the audit log keeps the code alone. This cannot be "
                "undone."
            ).format(code)
        )
        self.code_edit = child(form, QLineEdit, "codeEdit")
        self.code_edit.setPlaceholderText(code)
        self.message, self.erase_button, self.cancel_button = action_row(
            form, "eraseButton", self._erase, self.reject
        )
        self.code_edit.textChanged.connect(self._typed)
        self.setMinimumWidth(480)
        self.code_edit.setFocus()

    def _matches(self) -> bool:
        return self.code_edit.text().strip().upper() == self.code.upper()

    def _typed(self) -> None:
        self.erase_button.setEnabled(self._matches())

    def _erase(self) -> None:
        if not self._matches() or not self._session.is_unlocked:
            return
        erasure = privacy.erase_family(self._session.core, self.code)
        self._session.saved(erasure.changes)
        erased = erasure.erased
        text = self.tr("{0} was erased.").format(self.code)
        if erased.backups_made or erased.local_copies:
            text += " " + self.tr(
                "Backups made before today still hold it: replace or destroy them. A restore "
                "of any of them erases it again."
            )
        self.erase_button.setEnabled(False)
        self.code_edit.setEnabled(False)
        self.cancel_button.setText(self.tr("Close"))
        say(self.message, text, ok=True)
        self.erased.emit(self.code)


class RetentionDialog(QDialog):
    """Lists what is kept past the retention period; erasing and clearing ask again."""

    open_family = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self._session = session
        form = embed_form(self, "dialog_retention", self.tr("Retention review"))
        self.intro = child(form, QLabel, "introLabel")
        self.families = child(form, QListWidget, "familiesList")
        self.desk = child(form, QListWidget, "deskList")
        self.desk.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.message = child(form, QLabel, "messageLabel")
        self.erase_button = child(form, QPushButton, "eraseButton")
        self.open_button = child(form, QPushButton, "openButton")
        self.clear_button = child(form, QPushButton, "clearButton")
        self.erase_dialog: EraseFamilyDialog | None = None
        self.audit_dialog: AuditLogDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.review: privacy.RetentionReview | None = None
        self.erase_button.clicked.connect(self.erase_selected)
        self.open_button.clicked.connect(self._open_selected)
        self.families.itemActivated.connect(lambda _item: self._open_selected())
        self.clear_button.clicked.connect(self.ask_clear)
        child(form, QPushButton, "auditButton").clicked.connect(self.show_audit_log)
        child(form, QPushButton, "closeButton").clicked.connect(self.reject)
        say(self.message, "")
        self.resize(640, 560)
        self.reload()

    def reload(self) -> None:
        if not self._session.is_unlocked:
            return
        review = privacy.retention_review(self._session.records, today=date.today())
        self.review = review
        self.intro.setText(
            self.tr(
                "What the vault keeps longer than its retention period ({0}). Nothing is "
                "removed unless you ask: erase a family once its file no longer needs to be "
                "kept, clear the text of old desk contacts (they stay as anonymous counts). "
                "Every erasure is recorded in the audit log (also under Settings, Backup and "
                "restore)."
            ).format(self.tr("%n month(s)", "", review.months))
        )
        self.families.clear()
        for due in review.due:
            item = QListWidgetItem(f"{due.code}  ·  {self._since(due.status, due.since)}")
            item.setData(Qt.ItemDataRole.UserRole, due.code)
            item.setData(Qt.ItemDataRole.UserRole + 1, due.family_id)
            self.families.addItem(item)
        if not review.due:
            self.families.addItem(self.tr("None"))
        self.families.setCurrentRow(0 if review.due else -1)
        self.desk.clear()
        for old in review.desk_text:
            text = self.tr("Desk contact of {0}").format(show_date(old.occurred_at))
            if old.family_code:
                text += "  ·  " + old.family_code
            self.desk.addItem(text)
        if not review.desk_text:
            self.desk.addItem(self.tr("None"))
        self.families.setEnabled(bool(review.due))
        self.erase_button.setEnabled(bool(review.due))
        self.open_button.setEnabled(bool(review.due))
        self.clear_button.setEnabled(bool(review.desk_text))

    def _since(self, status: FamilyStatus, since: date) -> str:
        return self.tr("{0} since {1}").format(show(status), show_date(since))

    def _selected(self) -> tuple[str, int] | None:
        item = self.families.currentItem()
        code = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not code:
            return None
        return str(code), int(item.data(Qt.ItemDataRole.UserRole + 1))

    def _open_selected(self) -> None:
        selected = self._selected()
        if selected is not None:
            self.open_family.emit(selected[1])

    def show_audit_log(self) -> AuditLogDialog:
        if self.audit_dialog is not None:
            self.audit_dialog.close()
        self.audit_dialog = AuditLogDialog(self._session.records, self)
        self.audit_dialog.show()
        return self.audit_dialog

    def erase_selected(self) -> EraseFamilyDialog | None:
        selected = self._selected()
        if selected is None:
            return None
        dialog = EraseFamilyDialog(self._session, selected[0], self)
        dialog.erased.connect(lambda _code: self.reload())
        self.erase_dialog = dialog
        dialog.open()
        return dialog

    def ask_clear(self) -> QMessageBox | None:
        if self.review is None or not self.review.desk_text:
            return None
        count = len(self.review.desk_text)
        ids = [old.contact_id for old in self.review.desk_text]
        box = ask_to_confirm(
            self,
            title=self.tr("Clear old desk text"),
            text=self.tr(
                "Clear the request and notes of %n desk contact(s)? Each stays as an anonymous "
                "count (date, channel, outcome). This cannot be undone.",
                "",
                count,
            ),
            action=self.tr("Clear the text"),
            then=lambda: self._clear(ids),
        )
        self.confirm_box = box
        return box

    def _clear(self, ids: list[int]) -> None:
        if not self._session.is_unlocked:
            return
        cleared = privacy.clear_old_desk_text(self._session.core, ids)
        self._session.saved(cleared.changes)
        say(
            self.message,
            self.tr("Text cleared from %n desk contact(s).", "", cleared.cleared),
            ok=True,
        )
        self.reload()

    def clear(self) -> None:
        """On lock: drop every code and date shown."""
        for dialog in (self.erase_dialog, self.confirm_box, self.audit_dialog):
            if dialog is not None:
                dialog.close()
        self.families.clear()
        self.desk.clear()
        self.review = None
