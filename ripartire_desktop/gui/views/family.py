"""The family view: one family's record in tabs, its status, and the way into interview mode.

Each tab lives in its own `family_*.py` module; this one holds the header, the status change
(admission respects capacity) and the routing of search results to the right tab and item.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
)

from ripartire_desktop.domain import (
    Family,
    FamilyStatus,
    TransitionError,
    ValidationError,
    allowed_next,
    label,
)
from ripartire_desktop.gui import palette
from ripartire_desktop.gui.forms import child, tab_shortcuts
from ripartire_desktop.gui.lang import ui_language
from ripartire_desktop.gui.views.base import View
from ripartire_desktop.gui.views.family_actions import ActionsTab
from ripartire_desktop.gui.views.family_admission import ask_if_project_full
from ripartire_desktop.gui.views.family_aid import AidTab
from ripartire_desktop.gui.views.family_assessment import AssessmentTab
from ripartire_desktop.gui.views.family_closure import ClosureTab
from ripartire_desktop.gui.views.family_consent import ConsentTab
from ripartire_desktop.gui.views.family_drafts import FormKeeper
from ripartire_desktop.gui.views.family_fields import message_for
from ripartire_desktop.gui.views.family_handover import FamilyHandover
from ripartire_desktop.gui.views.family_identity import IdentityTab
from ripartire_desktop.gui.views.family_interviews import InterviewsTab
from ripartire_desktop.gui.views.family_outcomes import OutcomesTab
from ripartire_desktop.gui.views.family_status import StatusDialog
from ripartire_desktop.gui.views.family_tabs import FamilyTab
from ripartire_desktop.gui.views.reports_family import FamilyDocuments
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.store.records.families import FamilyNotFoundError
from ripartire_desktop.usecases.changes import Changes
from ripartire_desktop.usecases.families import (
    ADMITTING,
    StatusChange,
    UndoRefusedError,
    change_status,
    needs_consent,
    undo_status_change,
)

S = FamilyStatus

# Which tab holds each kind of search result.
TAB_FOR_KIND = {
    "family": "household",
    "assessment": "assessment",
    "assessment_note": "assessment",
    "interview": "interviews",
    "first_contact": "interviews",
    "action": "actions",
    "round": "outcomes",  # a follow-up or a renewal in the agenda
}


class FamilyView(View):
    name = "family"

    def build(self) -> None:
        self.form = self.host_form("family_view")
        self.code_label = child(self.form, QLabel, "codeLabel")
        self.status_label = child(self.form, QLabel, "statusLabel")
        self.header_message = child(self.form, QLabel, "headerMessage")
        self.interview_button = child(self.form, QPushButton, "interviewButton")
        self.status_button = child(self.form, QPushButton, "statusButton")
        self.undo_button = child(self.form, QPushButton, "undoStatusButton")
        self.consent_warning = child(self.form, QLabel, "consentWarning")
        self.consent_warning.setStyleSheet(palette.ERROR_STYLE)
        self.undo_button.clicked.connect(self.undo_status)
        self._last_change: StatusChange | None = None
        self.header_buttons = child(self.form, QHBoxLayout, "headerButtons")
        self.tabs = child(self.form, QTabWidget, "tabs")
        tab_shortcuts(self.tabs)  # Ctrl+Tab, Ctrl+PgDown and back, wherever the focus is
        font = QFont(self.code_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setStyleSheet(
            "border: 1px solid palette(mid); border-radius: 8px; padding: 2px 10px;"
        )
        self.family: Family | None = None
        self.status_dialog: StatusDialog | None = None
        self.admission_question: QMessageBox | None = None

        self.household_tab = IdentityTab(session=self.session)
        self.assessment_tab = AssessmentTab(session=self.session)
        self.interviews_tab = InterviewsTab(session=self.session)
        self.actions_tab = ActionsTab(session=self.session)
        self.aid_tab = AidTab(session=self.session)
        self.outcomes_tab = OutcomesTab(session=self.session)
        self.consent_tab = ConsentTab(session=self.session)
        self.closure_tab = ClosureTab(session=self.session)
        self.tab_pages: dict[str, FamilyTab] = {
            "household": self.household_tab,
            "assessment": self.assessment_tab,
            "outcomes": self.outcomes_tab,
            "interviews": self.interviews_tab,
            "actions": self.actions_tab,
            "aid": self.aid_tab,
            "consent": self.consent_tab,
            "closure": self.closure_tab,
        }
        self._tab_titles = {
            "household": self.tr("&Household and identity"),
            "assessment": self.tr("&Assessment"),
            # Every Alt letter is taken on some tab: reached with Ctrl+Tab, Ctrl+PgDown.
            "outcomes": self.tr("Assessments over time"),
            "interviews": self.tr("I&nterviews"),
            "actions": self.tr("&Plan actions"),
            "aid": self.tr("Ai&d ledger"),
            "consent": self.tr("C&onsent"),
            "closure": self.tr("C&losure"),
        }
        for key, tab in self.tab_pages.items():
            self.tabs.addTab(tab, self._tab_titles[key])
            tab.changed.connect(self.refresh)
            tab.dirty_changed.connect(lambda _dirty, k=key: self._show_dirty(k))
            tab.go_to_tab.connect(self.show_tab)
        self.interviews_tab.open_interview_mode = self._interview_mode
        self.interview_button.clicked.connect(lambda _checked=False: self._interview_mode())
        self.status_button.clicked.connect(self.open_status_dialog)
        self.documents = FamilyDocuments(self)  # case summary, subject access, consent form
        self.handover = FamilyHandover(self, self.documents.menu)
        self.keeper = FormKeeper(self)  # unsaved edits: asked about, or kept over a lock
        self.clear()

    # --- the header and the window title ------------------------------------------------

    def title(self) -> str:
        # A pseudonymous code, never a name: the window title is seen by anyone in the room.
        if self.family is None:
            return self.tr("Family")
        return self.tr("Family {0}").format(self.family.code)

    def add_header_button(self, button: QPushButton) -> None:
        """Where other features (reports) put their buttons, after the view's own."""
        button.setParent(self.form)
        self.header_buttons.addWidget(button)

    def _show_header(self, family: Family) -> None:
        self.code_label.setText(family.code)
        self.status_label.setText(label(family.status, ui_language()))
        self.status_label.setAccessibleName(self.tr("Status"))
        self.status_label.show()
        self.interview_button.setEnabled(True)
        self.status_button.setEnabled(bool(allowed_next(family.status)))
        assert family.id is not None
        self.consent_warning.setVisible(needs_consent(self.session.records, family.id))
        self.documents.set_family(family)
        self.handover.set_family(family)

    def say(self, text: str, *, error: bool = False) -> None:
        self.header_message.setStyleSheet(palette.ERROR_STYLE if error else "")
        self.header_message.setText(text)
        self.header_message.setVisible(bool(text))
        if text and not error:
            self.navigator.status(text)

    def _show_dirty(self, key: str) -> None:
        tab = self.tab_pages[key]
        index = self.tabs.indexOf(tab)
        title = self._tab_titles[key]
        self.tabs.setTabText(index, f"{title} *" if tab.is_dirty else title)
        self.tabs.setTabToolTip(index, self.tr("Unsaved changes") if tab.is_dirty else "")

    def show_tab(self, key: str) -> FamilyTab:
        tab = self.tab_pages[key]
        self.tabs.setCurrentWidget(tab)
        return tab

    def has_unsaved_changes(self) -> bool:
        return any(tab.is_dirty for tab in self.tab_pages.values())

    # --- opening, refreshing, clearing --------------------------------------------------

    def open(self, family_id: int, *, kind: str = "", ref_id: int = 0) -> None:
        """Show the family `family_id`; with `kind`/`ref_id` (a search result) show that item.

        FamilyNotFoundError if the family is not in the vault (the caller decides where to go).
        """
        family = self.session.records.families.get(family_id)
        self.clear()
        self.family = family
        self.session.audit(AuditAction.OPEN_FAMILY, family_code=family.code)
        self._show_header(family)
        for tab in self.tab_pages.values():
            tab.load(family)
        tab = self.show_tab(TAB_FOR_KIND.get(kind, "household"))
        if kind and ref_id:
            tab.select(kind, ref_id)
        self.keeper.offer()

    def concerns(self, changes: Changes) -> bool:
        return self.family is not None and changes.concerns_family(self.family.id)

    def refresh(self) -> None:
        """Reload the open family; tabs with unsaved edits keep them."""
        if self.family is None or not self.session.is_unlocked:
            return
        assert self.family.id is not None
        try:
            family = self.session.records.families.get(self.family.id)
        except FamilyNotFoundError:
            self.clear()
            self.navigator.show_view("families")
            self.navigator.status(self.tr("That family is no longer in the vault."))
            return
        self.family = family
        self._show_header(family)
        for tab in self.tab_pages.values():
            if tab.is_dirty:
                tab.family = family
            else:
                tab.load(family)

    def clear(self) -> None:
        if self.status_dialog is not None:
            dialog, self.status_dialog = self.status_dialog, None
            dialog.reject()
        if self.admission_question is not None:
            question, self.admission_question = self.admission_question, None
            question.reject()
        for tab in self.tab_pages.values():
            tab.clear()
        self.family = None
        self.code_label.clear()
        self.status_label.clear()
        self.status_label.hide()
        self.consent_warning.hide()
        self._offer_undo(None)
        self.say("")
        self.interview_button.setEnabled(False)
        self.status_button.setEnabled(False)
        self.documents.clear()
        self.handover.clear()
        self.tabs.setCurrentIndex(0)

    # --- actions ------------------------------------------------------------------------

    def _interview_mode(self, family_id: int | None = None) -> None:
        if self.family is not None and self.family.id is not None:
            self.navigator.open_interview_mode(family_id or self.family.id)

    def open_status_dialog(self) -> StatusDialog | None:
        if self.family is None:
            return None
        records = self.session.records
        dialog = StatusDialog(
            self.family,
            records.families.count(S.ACTIVE_PATH),
            records.settings.load().capacity,
            self,
        )
        dialog.accepted.connect(lambda d=dialog: self._status_chosen(d))
        dialog.finished.connect(lambda _r, d=dialog: self._status_dialog_done(d))
        self.status_dialog = dialog
        dialog.open()
        return dialog

    def _status_dialog_done(self, dialog: StatusDialog) -> None:
        if self.status_dialog is dialog:
            self.status_dialog = None

    def _status_chosen(self, dialog: StatusDialog) -> None:
        choice = dialog.choice()
        if choice is not None:
            self.change_status(choice)

    def change_status(self, new: FamilyStatus, *, asked: bool = False) -> bool:
        """Move the open family to `new` as the domain allows; admission respects capacity.

        Closing an active path goes through the Closure tab, which asks for reason and outcome.
        An admission when the project is full by the coordinator's latest status asks first
        (`asked`: it was answered). Returns True when the stored status changed (or was
        confirmed on the waiting list).
        """
        family = self.family
        if family is None or family.id is None:
            return False
        family_id, lang = family.id, ui_language()
        if new == family.status or (not asked and self._asks_first(new, family.status)):
            return False
        if new == S.CLOSED and family.status == S.ACTIVE_PATH:
            self.show_tab("closure")
            self.say(self.tr("Fill in the reason and the outcome, then close the path."))
            return False
        try:
            change = change_status(self.session.records, family_id, new, on=date.today())
        except TransitionError:
            self.say(
                self.tr("The status cannot change from “{0}” to “{1}”.").format(
                    label(family.status, lang), label(FamilyStatus(new), lang)
                ),
                error=True,
            )
            return False
        except ValidationError as exc:
            self.say(message_for(exc), error=True)
            return False
        updated, capacity = change.family, change.capacity
        if new == S.ACTIVE_PATH and updated.status == S.WAITING_LIST:
            if family.status == S.WAITING_LIST:
                text = self.tr(
                    "No path is free yet (capacity {0}): the family stays on the waiting list."
                ).format(capacity)
            else:
                text = self.tr(
                    "All {0} paths are taken: the family is now on the waiting list."
                ).format(capacity)
        else:
            text = self.tr("Status changed to “{0}”.").format(label(updated.status, lang))
        self.refresh()
        self.say(text)
        self._offer_undo(change)
        self.session.saved(change.changes.from_(self))
        return True

    def _asks_first(self, new: FamilyStatus, current: FamilyStatus) -> bool:
        """An admission when the project is full by the latest status: the question is open."""
        if new != S.ACTIVE_PATH or current not in ADMITTING:
            return False
        self.admission_question = ask_if_project_full(
            self, self.session.records, today=date.today(), then=lambda: self._admit_anyway(new)
        )
        return self.admission_question is not None

    def _admit_anyway(self, new: FamilyStatus) -> None:
        self.admission_question = None
        self.change_status(new, asked=True)

    def _offer_undo(self, change: StatusChange | None) -> None:
        self._last_change = change
        self.undo_button.setVisible(change is not None)

    def undo_status(self) -> bool:
        """Take back the last status change, while nothing depends on it."""
        change = self._last_change
        if change is None or self.family is None:
            return False
        self._offer_undo(None)
        try:
            before, changes = undo_status_change(self.session.records, change)
        except UndoRefusedError as exc:
            self.say(
                self.tr(
                    "The status change can no longer be undone: an interview, an action or a "
                    "closure was recorded since."
                )
                if exc.reason == "recorded"
                else self.tr(
                    "The status change can no longer be undone: the family was changed since."
                ),
                error=True,
            )
            return False
        self.refresh()
        self.say(self.tr("Status back to “{0}”.").format(label(before.status, ui_language())))
        self.session.saved(changes.from_(self))
        return True
