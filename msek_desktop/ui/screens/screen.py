"""The base of every screen in the main window's navigation."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from msek_desktop.ui.context import AppContext


class Screen(QWidget):
    """A page of the main window.

    Subclasses build their widgets in __init__, put every visible text in retranslate()
    (called at start and on each language change) and reload their rows in refresh().
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Read the rows again from the database."""

    def retranslate(self) -> None:
        """Set every visible text again, in the current language."""

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in this screen's search box, if it has one."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
