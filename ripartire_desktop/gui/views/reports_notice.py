"""Settings: the organisation's own privacy notice for the consent form, with its own Save.

Stored in `Settings.privacy_notice`; an empty value (also what "Restore default" saves) means
the built-in notice of `reports.consent_text`, in the language the form is printed in.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QWidget

from ripartire_desktop.domain.settings import MAX_NOTICE_CHARS
from ripartire_desktop.gui.dialogs.common import say
from ripartire_desktop.gui.dialogs.errors import describe_error
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.settings_work import group_before_security
from ripartire_desktop.reports.consent_text import default_notice


def _is_default(text: str) -> bool:
    return not text.strip() or text.strip() == default_notice("it").strip()


class NoticeSection(QObject):
    """The privacy notice group, inserted into the Settings form before its Security group."""

    def __init__(self, *, form: QWidget, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self.box = group_before_security(form, "reports_notice")
        self.edit = child(self.box, QPlainTextEdit, "noticeEdit")
        self.message = child(self.box, QLabel, "noticeMessage")
        self.default_button = child(self.box, QPushButton, "noticeDefaultButton")
        self.save_button = child(self.box, QPushButton, "noticeSaveButton")
        self._loaded: str | None = None
        self.edit.textChanged.connect(self._edited)
        self.default_button.clicked.connect(self.restore_default)
        self.save_button.clicked.connect(self.save)
        say(self.message, "")
        self._edited()

    def is_dirty(self) -> bool:
        return self._loaded is not None and self.edit.toPlainText() != self._loaded

    def _edited(self) -> None:
        self.save_button.setEnabled(self.is_dirty())
        if self.is_dirty():
            say(self.message, "")

    def refresh(self) -> None:
        if not self._session.is_unlocked or self.is_dirty():
            return  # never throw away what the user is typing
        stored = self._session.records.settings.load().privacy_notice
        self._show(stored or default_notice("it"))

    def _show(self, text: str) -> None:
        self._loaded = text
        self.edit.setPlainText(text)
        self._edited()

    def restore_default(self) -> None:
        self.edit.setPlainText(default_notice("it"))
        say(self.message, self.tr("The default notice is back in the field: save to keep it."))

    def save(self) -> bool:
        if not self._session.is_unlocked:
            return False
        text = self.edit.toPlainText()
        if len(text) > MAX_NOTICE_CHARS:
            say(
                self.message,
                self.tr("The notice is too long: at most {0} characters.").format(MAX_NOTICE_CHARS),
                error=True,
            )
            return False
        stored = "" if _is_default(text) else text
        records = self._session.records
        try:
            with records.transaction():
                current = records.settings.load()
                records.settings.save(dataclasses.replace(current, privacy_notice=stored))
        except Exception as exc:  # a validation or disk error: say it, never crash
            say(self.message, describe_error(exc), error=True)
            return False
        self._show(stored or default_notice("it"))
        if stored:
            text = self.tr("Notice saved: consent forms print it from now on.")
        else:
            text = self.tr("The default notice is in use: consent forms print the built-in text.")
        say(self.message, text, ok=True)
        self._session.saved()
        return True

    def clear(self) -> None:
        self._loaded = None
        self.edit.clear()
        say(self.message, "")
        self._edited()
