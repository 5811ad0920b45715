"""Settings: this vault's team identity (name, role, fingerprint and its QR code) and the team
list of colleagues whose identities were checked in person."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ripartire_desktop.gui.dialogs.common import read_only_rows, say
from ripartire_desktop.gui.dialogs.errors import describe_error
from ripartire_desktop.gui.dialogs.export_files import ExportPlace
from ripartire_desktop.gui.dialogs.team_add import TeamAddDialog, fingerprint_font, role_label
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.settings_work import group_before_security
from ripartire_desktop.store.fileio import atomic_write
from ripartire_desktop.store.identity import (
    MAX_IDENTITY_BYTES,
    IdentityError,
    OwnIdentity,
    Role,
    parse_public,
)
from ripartire_desktop.usecases import team as team_cases


def qr_modules(text: str) -> list[list[bool]]:
    """The QR code of `text` (error correction M) as rows of dark/light modules.

    segno is imported here, not at the top: its package imports xml.sax.saxutils, hence
    urllib.request and ssl, and no module of the app may pull networking modules in when it is
    imported (tests/reliability/test_guards.py). Drawing the code in Settings does; nothing in
    segno's encoder opens a socket. (ReportLab's QR encoder avoids the import but its modules
    differ from segno's for the same text and mask, and it could not be verified here.)"""
    import segno

    return [[bool(m) for m in row] for row in segno.make(text, error="m").matrix]


def qr_pixmap(text: str, *, scale: int = 4, border: int = 2) -> QPixmap:
    """The QR code drawn in memory (nothing touches the disk), `border` light modules around."""
    modules = qr_modules(text)
    side = (len(modules) + 2 * border) * scale
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        for row, line in enumerate(modules):
            for column, dark in enumerate(line):
                if dark:
                    painter.fillRect(
                        (column + border) * scale,
                        (row + border) * scale,
                        scale,
                        scale,
                        QColor("black"),
                    )
    finally:
        painter.end()
    return QPixmap.fromImage(image)


def qr_text(own: OwnIdentity) -> str:
    """What the QR code says: who, and the digits a colleague compares with their screen."""
    public = own.public()
    return f"Ripartire {public.name}: {public.spoken}"


T = TypeVar("T")


class TeamSection(QObject):
    """The team group, inserted into the Settings form before its Security group."""

    def __init__(self, *, form: QWidget, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self._view = parent
        self._session = session
        self.box = group_before_security(form, "settings_team")
        self.name_edit = child(self.box, QLineEdit, "ownNameEdit")
        self.role_combo = child(self.box, QComboBox, "ownRoleCombo")
        self.fingerprint = child(self.box, QLabel, "fingerprintValue")
        self.mark_edit = child(self.box, QLineEdit, "markEdit")
        self.mark_button = child(self.box, QPushButton, "setMarkButton")
        self.qr = child(self.box, QLabel, "qrLabel")
        self.save_button = child(self.box, QPushButton, "saveIdentityButton")
        self.export_button = child(self.box, QPushButton, "exportIdentityButton")
        self.table = child(self.box, QTableWidget, "membersTable")
        self.add_button = child(self.box, QPushButton, "addMemberButton")
        self.remove_button = child(self.box, QPushButton, "removeMemberButton")
        self.message = child(self.box, QLabel, "teamMessage")
        self.place = ExportPlace(parent)
        self.dialog: TeamAddDialog | None = None
        self.role_combo.addItem(self.tr("a counsellor"), Role.COUNSELLOR.value)
        self.role_combo.addItem(
            self.tr("a coordinator (receives and merges bundles)"), Role.COORDINATOR.value
        )
        fingerprint_font(self.fingerprint, 1.2)
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Fingerprint"), self.tr("Code mark")]
        )
        read_only_rows(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.mark_button.clicked.connect(self.set_mark)
        self.save_button.clicked.connect(self.save_identity)
        self.export_button.clicked.connect(self.export_identity)
        self.add_button.clicked.connect(self.choose_member_file)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        say(self.message, "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedItems()))

    # --- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self._session.is_unlocked:
            return
        team = self._session.records.team
        own = team.own()
        if own is not None:
            self.name_edit.setText(own.name)
            self.role_combo.setCurrentIndex(max(self.role_combo.findData(own.role.value), 0))
            self.fingerprint.setText(own.public().spoken)
            self.qr.setPixmap(qr_pixmap(qr_text(own)))
            self._show_mark(own.mark)
        self.table.setRowCount(0)
        for member in team.members():
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate(
                (
                    member.name,
                    role_label(member.identity.role),
                    member.identity.spoken,
                    member.identity.mark,
                )
            ):
                item = QTableWidgetItem(text)
                if column == 0 and member.identity.name != member.name:
                    item.setToolTip(self.tr("Calls itself {0}").format(member.identity.name))
                self.table.setItem(row, column, item)
        self._update_buttons()

    def clear(self) -> None:
        self.name_edit.clear()
        self.mark_edit.clear()
        self.fingerprint.clear()
        self.qr.clear()
        self.table.setRowCount(0)
        say(self.message, "")
        if self.dialog is not None:
            self.dialog.reject()
        self.place.clear()

    # --- this vault ------------------------------------------------------------------------

    def save_identity(self) -> None:
        self._apply(
            lambda: team_cases.relabel_identity(
                self._session.core,
                name=self.name_edit.text(),
                role=Role(str(self.role_combo.currentData())),
            ),
            lambda _own: self.tr(
                "Saved. The fingerprint stays the same; export the identity again for your "
                "colleagues."
            ),
        )

    def _show_mark(self, mark: str) -> None:
        """A vault's mark is shown, fixed; one without a mark gets a suggestion to confirm."""
        self.mark_edit.setReadOnly(bool(mark))
        self.mark_button.setVisible(not mark)
        self.mark_edit.setText(mark or team_cases.suggested_mark(self._session.core))

    def set_mark(self) -> None:
        self._apply(
            lambda: team_cases.set_mark(self._session.core, self.mark_edit.text()),
            lambda own: self.tr(
                "New family codes now carry {0} (for example RIP-2026-{0}001); the codes "
                "already given stay as they are. Export the identity again for your colleagues."
            ).format(own.mark),
        )

    def _apply(self, change: Callable[[], T], told: Callable[[T], str]) -> None:
        """Run a team use case; say what it did, or why it was refused (nothing changed)."""
        if not self._session.is_unlocked:
            return
        try:
            done = change()
        except Exception as exc:
            say(self.message, describe_error(exc), error=True)
            return
        self.refresh()
        say(self.message, told(done), ok=True)

    def export_identity(self) -> None:
        if not self._session.is_unlocked:
            return
        own = self._session.records.team.own()
        if own is None or not own.name:
            say(
                self.message,
                self.tr("Type your name and save it first: colleagues see it."),
                error=True,
            )
            return
        path = self.place.new_file(
            title=self.tr("Export your public identity"),
            default_name=self.tr("ripartire-identity-{0}.txt").format(own.name.replace(" ", "-")),
            file_filter=self.tr("Public identities (*.txt)"),
            suffix=".txt",
        )
        if path is None:
            return
        try:
            atomic_write(path, own.public_text().encode("utf-8"))
        except OSError as exc:
            say(self.message, describe_error(exc), error=True)
            return
        self.place.folder = path.parent
        say(
            self.message,
            self.tr(
                "Written to {0}. It holds no secret: give it to your colleagues, then read your "
                "fingerprint to them."
            ).format(str(path)),
            ok=True,
        )

    # --- the team list ---------------------------------------------------------------------

    def choose_member_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self._view,
            self.tr("A colleague's public identity"),
            str(self.place.folder),
            self.tr("Public identities (*.txt);;All files (*)"),
        )
        if chosen:
            self.add_member_from(Path(chosen))

    def add_member_from(self, path: Path) -> TeamAddDialog | None:
        """Read and check the file, then ask for the in-person check before adding."""
        try:
            if path.stat().st_size > MAX_IDENTITY_BYTES:
                raise IdentityError("too large")
            identity = parse_public(path.read_bytes())
        except (OSError, IdentityError) as exc:
            if isinstance(exc, OSError):
                text = describe_error(exc)
            elif "altered" in str(exc):
                text = self.tr(
                    "{0} was altered after it was made: ask your colleague for a new copy. "
                    "Nothing was added."
                ).format(path.name)
            else:
                text = self.tr("{0} is not a Ripartire public identity. Nothing was added.").format(
                    path.name
                )
            say(self.message, text, error=True)
            return None
        raw = path.read_bytes()
        dialog = TeamAddDialog(identity, self._view)
        dialog.add_requested.connect(lambda: self._add(dialog, raw))
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _add(self, dialog: TeamAddDialog, raw: bytes) -> None:
        if not self._session.is_unlocked:
            dialog.reject()
            return
        try:
            member = team_cases.add_member(self._session.core, dialog.handle.text(), raw)
        except Exception as exc:
            dialog.show_error(describe_error(exc))
            return
        dialog.accept()
        self.refresh()
        say(self.message, self.tr("{0} is in the team.").format(member.name), ok=True)

    def _closed(self, dialog: TeamAddDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def remove_selected(self) -> None:
        rows = {item.row() for item in self.table.selectedItems()}
        if not rows or not self._session.is_unlocked:
            return
        item = self.table.item(min(rows), 0)
        if item is None:
            return
        name = item.text()
        self._apply(
            lambda: team_cases.remove_member(self._session.core, name),
            lambda member: self.tr(
                "{0} was removed: bundles are no longer sealed to or accepted from them."
            ).format(member.name),
        )
