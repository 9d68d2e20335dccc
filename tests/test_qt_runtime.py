"""The Qt binding we ship must not corrupt the interpreter (PySide6 6.12.0 did, on Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_do_not_leak_references_to_none(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setToolTip("x")  # returns nothing: each call must leave None's count unchanged
    assert abs(sys.getrefcount(None) - before) < 50
