"""What the window's groups of File-menu actions share (import and export, backups): actions
made in one line, put in the File menu before a given entry, their texts said again when the
language changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from msek_desktop.ui.context import AppContext


class MenuActions(QObject):
    """A group of the window's actions, parented to the window; retranslate() names them."""

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx

    def action(self, name: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
        act = QAction(self.window)
        act.setObjectName(name)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        return act

    def put_in_file_menu(self, actions: list[QAction], before: QAction | None) -> None:
        """In the File menu before `before` (then a separator), or at its end; a window
        without a File menu gets them as its own actions (their shortcuts work)."""
        menu = getattr(self.window, "menu_file", None)
        if menu is None:
            self.window.addActions(actions)
        elif before is None:
            menu.addActions(actions)
        else:
            menu.insertActions(before, actions)
            menu.insertSeparator(before)

    def follow_language(self) -> None:
        """Name the actions now and again whenever the window's language changes."""
        self.window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        raise NotImplementedError

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
