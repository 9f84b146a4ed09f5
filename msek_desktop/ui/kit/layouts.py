"""Small layouts several screens build the same way: a row of buttons, a form kept narrow."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QWidget

STRETCH = None  # in button_row: the free space between buttons


def button_row(*items: QPushButton | None) -> QHBoxLayout:
    """The buttons side by side, STRETCH (None) where the free space goes. Enter in a field
    presses none of them (no auto-default button)."""
    row = QHBoxLayout()
    for item in items:
        if item is None:
            row.addStretch(1)
        else:
            item.setAutoDefault(False)
            row.addWidget(item)
    return row


def at_most(inner: QFormLayout, width: int) -> QHBoxLayout:
    """A form no wider than `width`, so fields do not stretch across a wide window."""
    page = QWidget()
    page.setLayout(inner)
    page.setMaximumWidth(width)
    row = QHBoxLayout()
    row.addWidget(page, 1)
    row.addStretch(0)
    return row
