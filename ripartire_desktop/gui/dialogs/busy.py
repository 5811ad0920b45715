"""What the window says when another Ripartire holds the vault (one process at a time)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ripartire_desktop.gui.session import WINDOW_HOLDER
from ripartire_desktop.store.vault_lock import Holder


def busy_text(holder: Holder) -> str:
    """One sentence naming the other holder, in the interface language."""
    since = holder.since[11:16] if len(holder.since) >= 16 else ""
    if holder.what == WINDOW_HOLDER and holder.pid > 0:
        return QCoreApplication.translate(
            "BusyVault",
            "This vault is open in another Ripartire window (process {0}, since {1}): "
            "use that window, or lock or close it first.",
        ).format(holder.pid, since or "?")
    if holder.pid > 0:
        return QCoreApplication.translate(
            "BusyVault",
            "This vault is in use by another Ripartire program ({0}, process {1}): wait for it "
            "to finish.",
        ).format(holder.what, holder.pid)
    return QCoreApplication.translate(
        "BusyVault", "This vault is in use by another Ripartire program: wait for it to finish."
    )


class BusyVaultDialog(QMessageBox):
    """Shown at start while another process holds the vault: Try again, or Quit."""

    def __init__(self, holder: Holder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyVaultDialog")
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Ripartire is already open"))
        self.setText(self.tr("The vault is already open elsewhere."))
        self.setInformativeText(busy_text(holder))
        self.retry_button = self.addButton(self.tr("&Try again"), QMessageBox.ButtonRole.AcceptRole)
        self.quit_button = self.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.retry_button)

    def update_holder(self, holder: Holder) -> None:
        self.setInformativeText(busy_text(holder))
