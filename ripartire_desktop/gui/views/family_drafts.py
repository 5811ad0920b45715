"""Nothing typed in the family view is lost.

- Before the vault locks (Ctrl+L, the idle lock, the desktop's screen lock, quitting), the
  unsaved edits of the open family's tabs are kept in the vault (`usecases.form_drafts`), and
  offered back when the family is opened again: Restore or Discard.
- Leaving the family with unsaved edits while the counsellor is there (another family,
  another view, closing the window) asks: Save, Discard or Cancel. Save is the default button;
  Discard never is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from ripartire_desktop.gui.views.view_drafts import Asker
from ripartire_desktop.usecases.form_drafts import discard_form_draft, form_draft, keep_form_draft

if TYPE_CHECKING:
    from ripartire_desktop.gui.views.family import FamilyView

Button = QMessageBox.StandardButton


class FormKeeper(Asker):
    """Keeps, offers back and asks about the family view's unsaved edits."""

    def __init__(self, view: FamilyView) -> None:
        super().__init__(view, view.session)
        self.view = view
        view.session.about_to_lock.connect(self.stash)

    # --- over a lock: kept in the vault ---------------------------------------------------

    def stash(self) -> bool:
        """Keep the unsaved edits of the open family in the vault; True if there were any.
        Runs while the vault is still open; never removes a kept draft."""
        view, session = self.view, self.view.session
        family = view.family
        if family is None or family.id is None or not session.is_unlocked:
            return False
        tabs = {key: tab.draft_state() for key, tab in view.tab_pages.items() if tab.is_dirty}
        if not tabs:
            return False
        keep_form_draft(session.records, family.id, tabs)
        return True

    def offer(self) -> QMessageBox | None:
        """If edits of the family just opened were kept at a lock, offer them back."""
        view = self.view
        family = view.family
        if family is None or family.id is None:
            return None
        kept = form_draft(view.session.records, family.id)
        if kept is None:
            return None
        family_id, tabs = family.id, kept.tabs
        return self.offer_back(
            kept.updated_at,
            lambda: self._restore(family_id, tabs),
            lambda: self._discard_kept(family_id),
        )

    def _restore(self, family_id: int, tabs: dict[str, object]) -> None:
        view = self.view
        if view.family is None or view.family.id != family_id:
            return
        for key, state in tabs.items():
            tab = view.tab_pages.get(key)
            if tab is not None and isinstance(state, dict):
                tab.restore_draft(state)
        discard_form_draft(view.session.records, family_id)  # in the tabs again, unsaved
        first = next((key for key in tabs if key in view.tab_pages), None)
        if first is not None:
            view.show_tab(first)

    def _discard_kept(self, family_id: int) -> None:
        if self.view.session.is_unlocked:
            discard_form_draft(self.view.session.records, family_id)

    # --- while the counsellor is there: asked -------------------------------------------

    def leave(self, go: Callable[[], object]) -> bool:
        """Before leaving the family: False if nothing is unsaved (go ahead); else ask Save /
        Discard / Cancel, run `go` after Save (if it succeeded) or Discard, and return True."""
        view = self.view
        if not view.has_unsaved_changes():
            return False
        box = self.box(
            self.tr("Unsaved changes"),
            self.tr("Family {0} has unsaved changes. Save them before leaving?").format(
                view.family.code if view.family is not None else ""
            ),
        )
        box.setStandardButtons(Button.Save | Button.Discard | Button.Cancel)
        box.setDefaultButton(Button.Save)
        box.setEscapeButton(Button.Cancel)
        box.button(Button.Save).clicked.connect(lambda: self._save_then(go))
        box.button(Button.Discard).clicked.connect(lambda: self._discard_then(go))
        box.open()
        return True

    def _save_then(self, go: Callable[[], object]) -> None:
        for key, tab in self.view.tab_pages.items():
            if tab.is_dirty and not tab.save():
                self.view.show_tab(key)  # the error shows next to its field: stay
                return
        go()

    def _discard_then(self, go: Callable[[], object]) -> None:
        for tab in self.view.tab_pages.values():
            if tab.is_dirty:
                tab.revert()
        go()
