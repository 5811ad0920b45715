"""The audit log as a table (date, action, family code, detail), read from the vault a page
at a time as the view scrolls; filtered by family code in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    Qt,
)

from ripartire_desktop.gui.i18n import QT_TRANSLATE_NOOP
from ripartire_desktop.gui.models.paged import PagedModel
from ripartire_desktop.gui.models.rows import Index
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.audit import AuditEntry
from ripartire_desktop.store.records.audit_read import (
    local_time,
)
from ripartire_desktop.usecases import audit_log

PAGE = 200

ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("AuditLogModel", "Vault created"),
    "unlock": QT_TRANSLATE_NOOP("AuditLogModel", "Unlocked"),
    "open_family": QT_TRANSLATE_NOOP("AuditLogModel", "Family opened"),
    "export": QT_TRANSLATE_NOOP("AuditLogModel", "Export"),
    "import": QT_TRANSLATE_NOOP("AuditLogModel", "Import"),
    "erase": QT_TRANSLATE_NOOP("AuditLogModel", "Erasure"),
    "clear_desk_text": QT_TRANSLATE_NOOP("AuditLogModel", "Old desk text cleared"),
    "backup": QT_TRANSLATE_NOOP("AuditLogModel", "Backup"),
    "restore": QT_TRANSLATE_NOOP("AuditLogModel", "Restore"),
    "passphrase_change": QT_TRANSLATE_NOOP("AuditLogModel", "Passphrase changed"),
    "key_rotation": QT_TRANSLATE_NOOP("AuditLogModel", "Data key rotated"),
    "demo": QT_TRANSLATE_NOOP("AuditLogModel", "Demo families added"),
    "recovery_key_change": QT_TRANSLATE_NOOP("AuditLogModel", "New recovery key"),
    "audit_rechain": QT_TRANSLATE_NOOP("AuditLogModel", "Audit log re-chained"),
    "team": QT_TRANSLATE_NOOP("AuditLogModel", "Team changed"),
}


class AuditLogModel(PagedModel[AuditEntry]):
    """Rows come from `entries_page`: the first page on `load`, the next on `fetchMore`."""

    headers = (
        QT_TRANSLATE_NOOP("AuditLogModel", "Date"),
        QT_TRANSLATE_NOOP("AuditLogModel", "Action"),
        QT_TRANSLATE_NOOP("AuditLogModel", "Family"),
        QT_TRANSLATE_NOOP("AuditLogModel", "Detail"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._code = ""

    @property
    def code_filter(self) -> str:
        return self._code

    def load(self, records: Records, code: str = "") -> None:
        self._code = code.strip().upper()
        self.reload(records)

    def first_page(self, records: Records) -> tuple[list[AuditEntry], int]:
        total = audit_log.count(records, self._code)
        return list(audit_log.page(records, self._code, limit=PAGE)), total

    def next_page(self, records: Records, offset: int) -> list[AuditEntry]:
        return list(audit_log.page(records, self._code, offset=offset, limit=PAGE))

    def clear(self) -> None:
        self._code = ""
        super().clear()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.row_at(index)
        if entry is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return local_time(entry.at)
        if column == 1:
            label = ACTION_LABELS.get(entry.action)
            return self.tr(label) if label is not None else entry.action
        if column == 2:
            return entry.family_code or "—"
        return entry.detail
