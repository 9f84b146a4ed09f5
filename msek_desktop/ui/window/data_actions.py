"""Import… (Ctrl+I) and Export… (Ctrl+E) in the window's File menu.

    install_data_actions(window, ctx)     # once, in MainWindow.__init__

The import wizard and the export dialog open window-modal; they do the work.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.export_dialog import ExportDialog
from msek_desktop.ui.dialogs.import_wizard import ImportWizard
from msek_desktop.ui.i18n import tr


class DataActions(QObject):
    """The window's import and export actions; parented to the window."""

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.act_import = QAction(window)
        self.act_import.setObjectName("actImport")
        self.act_import.setShortcut(QKeySequence("Ctrl+I"))
        self.act_import.triggered.connect(self.open_import)
        self.act_export = QAction(window)
        self.act_export.setObjectName("actExport")
        self.act_export.setShortcut(QKeySequence("Ctrl+E"))
        self.act_export.triggered.connect(self.open_export)
        self._add_to_menu()
        window.installEventFilter(self)
        self.retranslate()

    def _add_to_menu(self) -> None:
        menu = getattr(self.window, "menu_file", None)
        if menu is None:
            self.window.addActions([self.act_import, self.act_export])
            return
        backups = getattr(self.window, "backup_actions", None)
        before = getattr(backups, "act_backup", None) or getattr(self.window, "act_quit", None)
        if before is None:
            menu.addActions([self.act_import, self.act_export])
            return
        menu.insertActions(before, [self.act_import, self.act_export])
        menu.insertSeparator(before)

    def retranslate(self) -> None:
        self.act_import.setText(tr("Import", "&Import…"))
        self.act_export.setText(tr("Export", "&Export…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

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
