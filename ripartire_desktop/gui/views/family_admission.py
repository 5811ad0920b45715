"""The admission's question when the project is full by the coordinator's latest status (issue
16): it asks, it never refuses (the status may be days old, a place may have freed since)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ripartire_desktop.gui.dialogs.confirm import ask_to_confirm
from ripartire_desktop.gui.lang import show_date
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases.project_places import admission_warning


def ask_if_project_full(
    parent: QWidget, records: Records, *, today: date, then: Callable[[], None]
) -> QMessageBox | None:
    """None when the latest status leaves room (or none was loaded): go on. Otherwise the
    question, already open, which calls `then()` only if the counsellor admits anyway."""
    full = admission_warning(records, today=today)
    if full is None:
        return None

    def tr(text: str) -> str:
        return QCoreApplication.translate("ask_if_project_full", text)

    text = tr(
        "The project is full: {0} of {1} places taken across the team, by the coordinator's "
        "status of {2}. Places may have freed since then. Admit this family anyway?"
    ).format(full.taken, full.capacity, show_date(full.as_of))
    return ask_to_confirm(
        parent,
        title=tr("The project is full"),
        text=text,
        action=tr("&Admit anyway"),
        then=then,
    )


def admit_when_full(parent: QWidget, records: Records, *, today: date) -> bool:
    """The same question for the assessment's "Admitted", asked while its Save runs (the
    tab's save is synchronous, as its date check): True to go on, False to keep the form."""
    full = admission_warning(records, today=today)
    if full is None:
        return True

    def tr(text: str) -> str:
        return QCoreApplication.translate("ask_if_project_full", text)

    box = QMessageBox(parent)
    box.setObjectName("projectFullBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("The project is full"))
    box.setText(
        tr(
            "The project is full: {0} of {1} places taken across the team, by the "
            "coordinator's status of {2}. Places may have freed since then. Admit this family "
            "anyway?"
        ).format(full.taken, full.capacity, show_date(full.as_of))
    )
    go = box.addButton(tr("&Admit anyway"), QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(QMessageBox.StandardButton.Cancel)
    go.setAutoDefault(False)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is go
