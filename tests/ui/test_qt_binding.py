"""The Qt binding must not lose references to Python's singletons.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a Qt method
that returns nothing; after a few thousand calls (an afternoon of work in the window) the
interpreter aborts with "Fatal Python error: none_dealloc". pyproject.toml keeps that release
out; this test fails on any binding with the fault.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 500


def test_qt_calls_keep_their_references_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setVisible(False)
        label.setEnabled(True)
    # other threads may take or drop a few references meanwhile; a leak loses 2 per loop
    assert sys.getrefcount(None) > before - CALLS // 2


def test_signal_emits_keep_their_references_to_true(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(True)
    for _ in range(CALLS):
        label.windowIconTextChanged.emit("x")
        label.setHidden(True)
    assert sys.getrefcount(True) > before - CALLS // 2
