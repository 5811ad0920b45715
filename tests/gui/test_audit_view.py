"""The audit log in the app: read-only, newest first, filtered by code, paged in SQL."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ripartire_desktop.gui.models.audit import PAGE
from ripartire_desktop.gui.views.settings import SettingsView
from ripartire_desktop.store.records.audit import AuditAction


def _open(session, navigator, qtbot):  # type: ignore[no-untyped-def]
    view = SettingsView(session=session, navigator=navigator)
    qtbot.addWidget(view)
    view.refresh()
    qtbot.mouseClick(view.data.audit_button, Qt.MouseButton.LeftButton)
    dialog = view.data.audit_dialog
    assert dialog is not None and dialog.isVisible()
    return view, dialog


def _column(dialog, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    model = dialog.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_log_shows_date_action_and_code_and_filters_by_code(
    session, navigator, qtbot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    session.audit(AuditAction.EXPORT, family_code="RIP-2026-007", detail="case summary pdf")
    session.audit(AuditAction.ERASE, family_code="RIP-2026-012")
    _view, dialog = _open(session, navigator, qtbot)
    qtmodeltester.check(dialog.model)

    assert _column(dialog, 2)[:2] == ["RIP-2026-012", "RIP-2026-007"]  # newest first
    assert _column(dialog, 1)[:2] == ["Erasure", "Export"]
    assert _column(dialog, 3)[1] == "case summary pdf"
    assert all(len(when) == 19 and when[4] == "-" for when in _column(dialog, 0))

    qtbot.keyClicks(dialog.code, "2026-007")
    assert _column(dialog, 2) == ["RIP-2026-007"]
    assert dialog.count.text() == "Entries: 1"
    dialog.code.setText("rip-2026-999")
    assert dialog.model.rowCount() == 0
    assert dialog.count.text() == "No entries"


def test_a_long_log_is_read_a_page_at_a_time(session, navigator, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    for number in range(PAGE + 50):
        session.audit(AuditAction.OPEN_FAMILY, family_code=f"RIP-2026-{number + 1:03d}")
    _view, dialog = _open(session, navigator, qtbot)
    total = dialog.model.total
    assert total >= PAGE + 50
    assert dialog.model.rowCount() == PAGE
    assert dialog.count.text() == f"Entries: {total} (the newest {PAGE} shown; scroll for more)"
    assert dialog.model.canFetchMore(dialog.model.index(-1, -1))
    dialog.table.scrollToBottom()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == total)
    qtmodeltester.check(dialog.model)


def test_locking_closes_the_log_and_drops_its_rows(session, navigator, qtbot) -> None:  # type: ignore[no-untyped-def]
    session.audit(AuditAction.EXPORT, family_code="RIP-2026-007")
    view, dialog = _open(session, navigator, qtbot)
    model = dialog.model
    assert model.rowCount() > 0
    view.clear()
    assert model.rowCount() == 0
    assert view.data.audit_dialog is None or not dialog.isVisible()


def test_the_columns_are_date_action_family_detail(session, navigator, qtbot) -> None:  # type: ignore[no-untyped-def]
    _view, dialog = _open(session, navigator, qtbot)
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Date", "Action", "Family", "Detail"]
