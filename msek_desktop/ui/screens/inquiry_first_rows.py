"""The Inquiries screen at the window's start: its first rows first.

Built in a window not shown yet (the window opening on it), the screen reads its first page
at once but leaves its count and the years of its "Received in" filter until those rows are
painted (ui.window.first_paint): at 100,000 inquiries they are some 50 ms the rows need not
wait for. The count label and the year filter fill in just after, with the same texts and
choices. Built in a window already shown, or on its own (tests), it reads them at once, as
the rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from msek_desktop.ui.kit.live import reads_server
from msek_desktop.ui.window.first_paint import after_first_paint

if TYPE_CHECKING:
    from msek_desktop.ui.screens.inquiries import InquiriesScreen


class FirstRowsFirst:
    """`waiting` while the screen's count and years wait for its rows' first paint."""

    def __init__(self, screen: InquiriesScreen, parent: QWidget | None) -> None:
        self.screen = screen
        self.ctx = screen.ctx  # reads_server's
        self.waiting = parent is not None and not parent.window().isVisible()
        if self.waiting:
            after_first_paint(screen.table.viewport(), self._painted)

    @reads_server
    def _painted(self) -> None:
        self.waiting = False
        self.screen.filters.read_years()
        self.screen.show_count()
