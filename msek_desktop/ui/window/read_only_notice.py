"""The notice shown while the database is read-only.

A file this program may not write (a read-only file, a write-protected stick, a folder
without write permission) opens read-only: everything can be looked up, printed and
exported, nothing can be changed. A yellow bar under the menu says so for as long as the
window is open, and "New inquiry" is off; a save attempted anyway is refused with the same
explanation, and the form keeps what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QToolBar

from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.window.place_status import date_text, desk_copy_date


class ReadOnlyNotice(QToolBar):
    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.setObjectName("readOnlyNotice")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not something to switch off
        self.label = QLabel()
        self.label.setObjectName("readOnlyText")
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setStyleSheet("QLabel { padding: 4px 8px; }")
        self.setStyleSheet("QToolBar { background: #fff3c4; border-bottom: 1px solid #d9b84a; }")
        self.addWidget(self.label)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        copy_taken = desk_copy_date(self.ctx.db.location)
        if copy_taken is not None:  # the office server was away at start (ui.dialogs.server_away)
            self.label.setText(
                tr(
                    "ReadOnly",
                    "Read-only: a copy of the office server's data from %1, kept on this "
                    "computer.\nYou can look things up, print letters and export. Changes are "
                    "made on the office server: start MSEK Desktop again once it can be reached.",
                ).replace("%1", date_text(copy_taken))
            )
            self.label.setAccessibleName(tr("ReadOnly", "Read-only copy"))
            return
        text = tr(
            "ReadOnly",
            "Read-only: nothing can be saved in %1.\nYou can look things up, print letters "
            "and export. To make changes, copy the file to a folder of your own or ask for "
            "write access.",
        ).replace("%1", str(self.ctx.db.path))
        self.label.setText(text)
        self.label.setAccessibleName(tr("ReadOnly", "Read-only database"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install_read_only_notice(window: QMainWindow, ctx: AppContext) -> ReadOnlyNotice | None:
    """Show the notice (and turn off New inquiry) when the database is read-only."""
    if not ctx.read_only:
        return None
    notice = ReadOnlyNotice(window, ctx)
    new = getattr(window, "act_new", None)
    if new is not None:
        new.setEnabled(False)
    return notice
