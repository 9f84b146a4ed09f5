"""File › Activity report… in the window, right after Export…: the annual activity report
dialog (ui.dialogs.activity_report), opened window-modal.

    install_report_actions(window, ctx)     # once, after install_data_actions
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.window.menu_actions import MenuActions

if TYPE_CHECKING:  # the dialog loads when first opened
    from msek_desktop.ui.dialogs.activity_report import ActivityReportDialog


class ReportActions(MenuActions):
    def __init__(self, window: QMainWindow, ctx: AppContext, after: QAction | None) -> None:
        super().__init__(window, ctx)
        self.act_report = self.action("actActivityReport", self.open_report)
        menu: QMenu | None = getattr(window, "menu_file", None)
        entries = menu.actions() if menu is not None else []
        at = entries.index(after) + 1 if after in entries else len(entries)
        if menu is not None and at < len(entries):  # in Export…'s group, before its separator
            menu.insertAction(entries[at], self.act_report)
        else:
            self.put_in_file_menu([self.act_report], None)
        self.follow_language()

    def retranslate(self) -> None:
        self.act_report.setText(tr("ActivityReport", "&Activity report…"))

    def open_report(self) -> ActivityReportDialog:
        from msek_desktop.ui.dialogs.activity_report import ActivityReportDialog

        dialog = ActivityReportDialog(self.ctx, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def install_report_actions(window: QMainWindow, ctx: AppContext) -> ReportActions:
    """Add File › Activity report… to `window`, after Export… when there is one."""
    data = getattr(window, "data_actions", None)
    actions = ReportActions(window, ctx, getattr(data, "act_export", None))
    window.report_actions = actions  # type: ignore[attr-defined]
    return actions
