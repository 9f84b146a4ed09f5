"""The main window: navigation between the screens, menus, shortcuts, messages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
)

from msek_desktop import __version__
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import questions
from msek_desktop.ui.kit.icons import icon
from msek_desktop.ui.kit.live import refresh_keeping_place, start_live
from msek_desktop.ui.screens.calendar_file import install_calendar_file
from msek_desktop.ui.screens.dashboard_links import first_screen
from msek_desktop.ui.screens.screen import Screen
from msek_desktop.ui.window.backup_actions import install_backup_actions
from msek_desktop.ui.window.data_actions import install_data_actions
from msek_desktop.ui.window.exchange_days import install_exchange_days
from msek_desktop.ui.window.first_paint import after_first_paint, forget_sources
from msek_desktop.ui.window.place_status import PlaceStatus
from msek_desktop.ui.window.read_only_notice import install_read_only_notice
from msek_desktop.ui.window.screens import SCREEN_TITLES, SCREENS, Screens

if TYPE_CHECKING:
    from msek_desktop.ui.forms.inquiry_form import InquiryForm
    from msek_desktop.ui.window.privacy_actions import PrivacyActions
    from msek_desktop.ui.window.tray import TrayReminders

# The navigation: a column of the window's colour beside the screens, roomy rows.
NAVIGATION_STYLE = """
QListWidget#navigation { background: palette(window); border-right: 1px solid palette(mid);
    padding-top: 4px; outline: 0; }
QListWidget#navigation::item { padding: 4px 6px; margin: 1px 6px; border-radius: 4px; }
QListWidget#navigation::item:selected { background: palette(highlight);
    color: palette(highlighted-text); }
QListWidget#navigation::item:hover:!selected { background: palette(midlight); }
"""
# Tabler icons (resources/icons/tabler) of the screens, in the navigation and the Go menu.
SCREEN_ICONS = {
    "my_day": "sun",
    "inquiries": "inbox",
    "people": "users",
    "organisations": "building",
    "followups": "calendar-time",
    "exchanges": "arrows-exchange",
    "dashboard": "chart-bar",
    "settings": "settings",
}


# What the first paint does not show, installed once it is done (or when first asked for)
LATER = ("privacy_actions", "reminders")


class MainWindow(QMainWindow):
    """Holds the screens; opens inquiry forms; keeps no database session."""

    privacy_actions: PrivacyActions  # File › Data past retention…, Audit list…, reminder
    reminders: TrayReminders  # the tray icon, notices, midnight

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.forms: list[InquiryForm] = []
        self._stale = {key for key, _cls in SCREENS}  # refreshed when next shown
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setStyleSheet(NAVIGATION_STYLE)
        self.stack = QStackedWidget()
        # each screen built (its module imported) when first shown or looked up
        self.screens = Screens(ctx, self, self.stack, self._on_built)
        for key, _where in SCREENS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setIcon(icon(SCREEN_ICONS[key]))
            self.navigation.addItem(item)
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([150, 1130])
        self.setCentralWidget(splitter)
        self.where = QLabel()
        self.place = PlaceStatus(ctx.location, ctx.events)  # where the data is
        self.statusBar().addPermanentWidget(self.where)
        self.statusBar().addPermanentWidget(self.place)
        self._actions()
        install_backup_actions(self, ctx)
        install_data_actions(self, ctx)
        self.toolbar = self._toolbar()
        self.read_only_notice = install_read_only_notice(self, ctx)
        if self.read_only_notice is not None:  # on a line of its own, under the toolbar
            self.insertToolBarBreak(self.read_only_notice)
        self.exchange_days = install_exchange_days(self, ctx)  # statuses follow the dates
        self._connect()
        self.live = start_live(self, ctx)  # colleagues' saves, on the office server
        after_first_paint(self, lambda: self._install_later(painted=True))
        self.calendar_file = install_calendar_file(self, ctx)  # kept for Outlook, if chosen
        self.retranslate()
        self.navigation.setCurrentRow([k for k, _cls in SCREENS].index(first_screen()))
        self.resize(1280, 800)

    # -- set-up -------------------------------------------------------------------------

    def _actions(self) -> None:
        def action(
            shortcut: QKeySequence | QKeySequence.StandardKey | str, slot: object
        ) -> QAction:
            act = QAction(self)
            act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.act_new = action(QKeySequence.StandardKey.New, self.new_inquiry)
        self.act_find = action(QKeySequence.StandardKey.Find, self.find_in_screen)
        self.act_refresh = action(QKeySequence.StandardKey.Refresh, self.refresh)
        self.act_quit = action(  # Quit really quits, also when kept in the tray on close
            QKeySequence.StandardKey.Quit,
            lambda: self.reminders.quit(),  # noqa: PLW0108 (made later)
        )
        self.act_about = action("", self.about)
        self.act_goto = [
            action(f"Ctrl+{n}", lambda _=False, k=key: self.show_screen(k))
            for n, (key, _cls) in enumerate(SCREENS, start=1)
        ]
        for act, (key, _cls) in zip(self.act_goto, SCREENS, strict=True):
            act.setIcon(icon(SCREEN_ICONS[key]))
        for act, name in (
            (self.act_new, "file-plus"),
            (self.act_find, "search"),
            (self.act_refresh, "refresh"),
            (self.act_quit, "logout"),
            (self.act_about, "info-circle"),
        ):
            act.setIcon(icon(name))
        menu = self.menuBar()
        self.menu_file = menu.addMenu("")
        self.menu_file.addActions([self.act_new, self.act_refresh])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_go = menu.addMenu("")
        self.menu_go.addActions([self.act_find, *self.act_goto])
        self.menu_help = menu.addMenu("")
        self.menu_help.addAction(self.act_about)

    def _toolbar(self) -> QToolBar:
        """The frequent actions, the menus' own (same shortcuts, same state): a new inquiry,
        search, My day, Follow-ups and Exchanges, import and export, a backup."""
        bar = QToolBar(self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setVisible(False)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        data = getattr(self, "data_actions", None)
        backups = getattr(self, "backup_actions", None)
        screens = dict(zip((k for k, _cls in SCREENS), self.act_goto, strict=True))
        groups: list[list[QAction]] = [
            [self.act_new, self.act_find],
            [screens["my_day"], screens["followups"], screens["exchanges"]],
        ]
        if data is not None:
            data.act_import.setIcon(icon("file-import"))
            data.act_export.setIcon(icon("file-export"))
            groups.append([data.act_import, data.act_export])
        if backups is not None:
            backups.act_backup.setIcon(icon("archive"))
            backups.act_restore.setIcon(icon("restore"))
            groups[-1].append(backups.act_backup)
        for number, group in enumerate(groups):
            if number:
                bar.addSeparator()
            bar.addActions(group)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        return bar

    def _tooltips(self) -> None:
        """The toolbar's buttons say their shortcut."""
        for act in self.toolbar.actions():
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{act.iconText()} ({keys})" if keys else act.iconText())

    def _connect(self) -> None:
        self.navigation.currentRowChanged.connect(self._on_navigate)
        events = self.ctx.events
        events.open_inquiry.connect(self.open_inquiry)
        events.new_inquiry.connect(self.new_inquiry)
        events.data_changed.connect(self._on_data_changed)
        events.live_changed.connect(self._on_live_changes)
        events.server_back.connect(self._on_live_changes)
        events.error.connect(lambda text: questions.warn(self, "MSEK Desktop", text))
        events.info.connect(lambda text: self.statusBar().showMessage(text, 5000))

    if not TYPE_CHECKING:  # (for mypy, the window's other attributes stay checked)

        def __getattr__(self, name: str) -> Any:
            """An attribute of LATER asked for before the first paint: installed now."""
            if name in LATER:
                self._install_later(painted=False)
                return object.__getattribute__(self, name)
            raise AttributeError(name)

    def _install_later(self, *, painted: bool) -> None:
        """LATER's parts (about 1 MB the first paint does without, and the admin's query),
        installed once; each starts as it would have at the window's show, if that is past."""
        if "reminders" not in vars(self):
            # imported here: their queries (SQLAlchemy) are not the first paint's
            from msek_desktop.ui.window.privacy_actions import install_privacy_actions
            from msek_desktop.ui.window.tray import install_reminders

            self.reminders = install_reminders(self, self.ctx)
            install_privacy_actions(self, self.ctx)
            if self.isVisible():
                self.privacy_actions.remind_later()
        if painted and not self.reminders.started:  # the tray reads at the first paint
            self.reminders.refresh()

    # -- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(tr("MainWindow", "MSEK Desktop — Maison de Saint-Étienne à Katowice"))
        for row, (key, _cls) in enumerate(SCREENS):
            item = self.navigation.item(row)
            item.setText(SCREEN_TITLES[key]())
        self.navigation.setAccessibleName(tr("MainWindow", "Navigation"))
        self.toolbar.setWindowTitle(tr("MainWindow", "Toolbar"))
        self.menu_file.setTitle(tr("MainWindow", "&File"))
        self.menu_go.setTitle(tr("MainWindow", "&Go"))
        self.menu_help.setTitle(tr("MainWindow", "&Help"))
        self.act_new.setText(tr("MainWindow", "&New inquiry"))
        self.act_find.setText(tr("MainWindow", "&Find"))
        self.act_refresh.setText(tr("MainWindow", "&Refresh"))
        self.act_quit.setText(tr("MainWindow", "&Quit"))
        self.act_about.setText(tr("MainWindow", "&About MSEK Desktop"))
        for act, (key, _cls) in zip(self.act_goto, SCREENS, strict=True):
            act.setText(SCREEN_TITLES[key]())
        who = self.ctx.me or tr("MainWindow", "nobody")
        self.where.setText(tr("MainWindow", "Signed in as %1").replace("%1", who))
        fm = self.navigation.fontMetrics()
        widest = max(
            fm.horizontalAdvance(self.navigation.item(i).text()) for i in range(len(SCREENS))
        )
        self.navigation.setMinimumWidth(widest + self.navigation.iconSize().width() + 48)
        self._tooltips()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- navigation ---------------------------------------------------------------------

    def show_screen(self, key: str) -> Screen:
        keys = [k for k, _cls in SCREENS]
        self.navigation.setCurrentRow(keys.index(key))
        screen = self.screens[key]  # asked for by name: built and read even while hidden
        self.stack.setCurrentWidget(screen)
        self._refresh_if_stale(key)
        return screen

    def current_screen(self) -> Screen:
        return self.screens[self._current_key()]

    def _current_key(self) -> str:
        return SCREENS[max(self.navigation.currentRow(), 0)][0]

    def _on_built(self, key: str, screen: Screen) -> None:
        if key == "settings":
            screen.me_changed.connect(lambda _login: self.retranslate())  # type: ignore[attr-defined]

    def _on_navigate(self, row: int) -> None:
        if row < 0:
            return
        if self.isVisible():  # a hidden window builds and reads nothing: it may never be shown
            self.stack.setCurrentWidget(self.screens[SCREENS[row][0]])
            self._refresh_if_stale(SCREENS[row][0])
        else:
            self.stack.setCurrentIndex(row)

    def _refresh_if_stale(self, key: str) -> None:
        if key in self._stale:
            self._stale.discard(key)
            self.screens[key].refresh()

    def showEvent(self, event: QShowEvent) -> None:
        key = self._current_key()
        self.stack.setCurrentWidget(self.screens[key])  # built before it is painted
        super().showEvent(event)
        self._refresh_if_stale(key)
        forget_sources()  # the lines of the modules the screen imported

    def _on_data_changed(self) -> None:
        """Refresh what is shown now; the other screens when they are next shown (one not
        built yet is read when it is)."""
        current = self._current_key()
        self._stale = {k for k, _cls in SCREENS if k != current}
        if current in self.screens.built():
            self.current_screen().refresh()
        else:
            self._stale.add(current)

    def _on_live_changes(self, _changes: object = None) -> None:
        """A colleague saved (or the server is back): the screen shown now is read again,
        keeping its selection and scroll position; the others when they are next shown."""
        current = self._current_key()
        self._stale = {k for k, _cls in SCREENS if k != current}
        if current in self.screens.built():
            refresh_keeping_place(self.current_screen())
        else:
            self._stale.add(current)

    def find_in_screen(self) -> None:
        screen = self.current_screen()
        screen.focus_search()

    def refresh(self) -> None:
        self._on_data_changed()

    # -- inquiry forms ------------------------------------------------------------------

    def open_inquiry(self, inquiry_id: int) -> InquiryForm:
        from msek_desktop.ui.forms.inquiry_form import InquiryForm  # loads on first use

        for form in self.forms:
            if form.inquiry_id == inquiry_id and form.isVisible():
                form.raise_()
                form.activateWindow()
                return form
        return self._show_form(InquiryForm(self.ctx, inquiry_id, self))

    def new_inquiry(self) -> InquiryForm:
        from msek_desktop.ui.forms.inquiry_form import InquiryForm  # loads on first use

        return self._show_form(InquiryForm(self.ctx, None, self))

    def _show_form(self, form: InquiryForm) -> InquiryForm:
        self.forms = [f for f in self.forms if f.isVisible()]
        self.forms.append(form)
        form.show()
        return form

    # -- misc ---------------------------------------------------------------------------

    def about(self) -> None:
        questions.about(
            self,
            tr("MainWindow", "About MSEK Desktop"),
            tr(
                "MainWindow",
                "MSEK Desktop %1\nThe office program of the Maison de Saint-Étienne à Katowice.",
            ).replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Every open form asks about its unsaved changes first; Cancel keeps the window."""
        for form in list(self.forms):
            if form.isVisible() and not form.close():
                event.ignore()
                return
        for screen in self.screens.built().values():
            close_forms = getattr(screen, "close_forms", None)
            if close_forms is not None and not close_forms():
                event.ignore()
                return
        if self.live is not None:
            self.live.stop()
        event.accept()
