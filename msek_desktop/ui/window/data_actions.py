"""Import… (Ctrl+I) and Export… (Ctrl+E) in the window's File menu, and the way between the
office's data and the demo database.

    install_data_actions(window, ctx)     # once, in MainWindow.__init__

The import wizard and the export dialog open window-modal; they do the work.

On a demo database (the window's PlaceStatus says DEMO DATA) File › Leave the demo data and a
button of the same name in the status bar close the window asking to reopen the office's data;
elsewhere Help › Try with demo data… closes it asking to open the demo. The window only asks
(switch_to); app.main opens the other database and a new window once this one is closed, its
forms having asked about their unsaved changes (one refusing keeps everything as it was).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QPushButton

from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.window.menu_actions import MenuActions
from msek_desktop.ui.window.report_actions import install_report_actions

if TYPE_CHECKING:  # the dialogs load when first opened
    from msek_desktop.ui.dialogs.export_dialog import ExportDialog
    from msek_desktop.ui.dialogs.importing import ImportWizard

SWITCH_TO_DEMO = "demo"
SWITCH_TO_OFFICE = "office"


class DataActions(MenuActions):
    """The window's import and export actions, and the demo's; parented to the window."""

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window, ctx)
        self.switch_to: str | None = None  # asked of app.main once the window is closed
        self.act_import = self.action("actImport", self.open_import, "Ctrl+I")
        self.act_export = self.action("actExport", self.open_export, "Ctrl+E")
        self.act_leave_demo = self.action("actLeaveDemo", self.leave_demo)
        self.act_try_demo = self.action("actTryDemo", self.try_demo)
        backups = getattr(window, "backup_actions", None)
        before = getattr(backups, "act_backup", None) or getattr(window, "act_quit", None)
        self.put_in_file_menu([self.act_import, self.act_export], before)
        self.put_in_file_menu([self.act_leave_demo], self.act_import)
        help_menu = getattr(window, "menu_help", None)
        if help_menu is not None:
            about = getattr(window, "act_about", None)
            help_menu.insertAction(about, self.act_try_demo)  # None: at the end
            if about is not None:
                help_menu.insertSeparator(about)
        self.leave_button = QPushButton()
        self.leave_button.setObjectName("leaveDemo")
        self.leave_button.clicked.connect(self.leave_demo)
        window.statusBar().addPermanentWidget(self.leave_button)
        self.place = getattr(window, "place", None)  # PlaceStatus: demo or not
        if self.place is not None:
            self.place.watch(ctx)
            self.place.demo_changed.connect(self._demo_changed)
            window.windowTitleChanged.connect(self._title_changed)
        self._follow_demo()
        self.follow_language()

    def in_demo(self) -> bool:
        return bool(getattr(self.place, "demo", False))

    def _follow_demo(self, _demo: bool = False) -> None:
        demo = self.in_demo()
        self.act_leave_demo.setVisible(demo)
        self.act_leave_demo.setEnabled(demo)
        self.leave_button.setVisible(demo)
        self.act_try_demo.setVisible(not demo)
        self.act_try_demo.setEnabled(not demo)

    def _demo_changed(self, demo: bool) -> None:
        """A restore made the file a demo, or not: the actions and the window's title."""
        self._follow_demo(demo)
        retitle = getattr(self.window, "retranslate", None)
        if callable(retitle):
            retitle()

    def _title_changed(self, title: str) -> None:
        """On the demo, the window's title starts with DEMO DATA whatever sets it."""
        if self.place is not None:
            wanted = self.place.window_title(title)
            if wanted != title:
                self.window.setWindowTitle(wanted)

    def retranslate(self) -> None:
        self.act_import.setText(tr("Import", "&Import…"))
        self.act_export.setText(tr("Export", "&Export…"))
        self.act_leave_demo.setText(tr("Demo", "&Leave the demo data"))
        self.act_try_demo.setText(tr("Demo", "&Try with demo data…"))
        self.leave_button.setText(tr("Demo", "Leave the demo data"))
        self.leave_button.setToolTip(
            tr("Demo", "Close the demo and open your office's data (made empty if there are none).")
        )

    def open_import(self) -> ImportWizard:
        from msek_desktop.ui.dialogs.importing import ImportWizard

        wizard = ImportWizard(self.ctx, self.window)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def open_export(self) -> ExportDialog:
        from msek_desktop.ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.ctx, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def leave_demo(self) -> bool:
        """Close the window to reopen the office's data; False if a form kept it open."""
        return self._switch(SWITCH_TO_OFFICE) if self.in_demo() else False

    def try_demo(self) -> bool:
        """Close the window to open the demo database; False if a form kept it open."""
        return False if self.in_demo() else self._switch(SWITCH_TO_DEMO)

    def _switch(self, to: str) -> bool:
        self.switch_to = to
        if not self.window.close():  # a form with unsaved changes said Cancel
            self.switch_to = None
            return False
        return True


def install_data_actions(window: QMainWindow, ctx: AppContext) -> DataActions:
    """Add Import… and Export… (and the demo's way in and out) to `window`'s menus."""
    actions = DataActions(window, ctx)
    window.data_actions = actions  # type: ignore[attr-defined]
    install_report_actions(window, ctx)  # File › Activity report…, after Export…
    return actions
