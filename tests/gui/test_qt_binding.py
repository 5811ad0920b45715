"""The Qt binding must not leak or drop references: a long session makes millions of calls."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot) -> None:
    # shiboken6 6.12.0 decremented None's refcount on every call returning nothing; on
    # CPython 3.11 that aborts the app ("none_dealloc") after a few thousand calls.
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 10
