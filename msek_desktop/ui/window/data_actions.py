"""Import… (Ctrl+I) and Export… (Ctrl+E) in the window's File menu.

    install_data_actions(window, ctx)     # once, in MainWindow.__init__

The import wizard and the export dialog open window-modal; they do the work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.export_dialog import ExportDialog
from msek_desktop.ui.dialogs.importing import ImportWizard
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.window.menu_actions import MenuActions


class DataActions(MenuActions):
    """The window's import and export actions; parented to the window."""

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window, ctx)
        self.act_import = self.action("actImport", self.open_import, "Ctrl+I")
        self.act_export = self.action("actExport", self.open_export, "Ctrl+E")
        backups = getattr(window, "backup_actions", None)
        before = getattr(backups, "act_backup", None) or getattr(window, "act_quit", None)
        self.put_in_file_menu([self.act_import, self.act_export], before)
        self.follow_language()

    def retranslate(self) -> None:
        self.act_import.setText(tr("Import", "&Import…"))
        self.act_export.setText(tr("Export", "&Export…"))

    def open_import(self) -> ImportWizard:
        wizard = ImportWizard(self.ctx, self.window)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def open_export(self) -> ExportDialog:
        dialog = ExportDialog(self.ctx, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def install_data_actions(window: QMainWindow, ctx: AppContext) -> DataActions:
    """Add Import… and Export… to `window`'s File menu, before the backup actions."""
    actions = DataActions(window, ctx)
    window.data_actions = actions  # type: ignore[attr-defined]
    return actions
