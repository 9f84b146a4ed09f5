"""Settings: the staff members, the office letterhead details, the language and who I am.

The office tab (generated from core.settings.SETTINGS) is in office_settings.py, the letter
templates' in dialogs/template_editor.py. The language and the current staff member are this
computer's choices, kept in QSettings.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import roles, staff
from msek_desktop.core.rows import StaffRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.first_run import STAFF_FIELDS, StaffDialog, login_label
from msek_desktop.ui.dialogs.staff_login import role_label
from msek_desktop.ui.dialogs.template_editor import TemplateEditor
from msek_desktop.ui.i18n import LANGUAGES, NATIVE_NAMES, tr
from msek_desktop.ui.kit.fields import with_field
from msek_desktop.ui.kit.layouts import STRETCH, at_most, button_row
from msek_desktop.ui.kit.naming import label_fields, name_all, name_only
from msek_desktop.ui.kit.table import Column, TipRowsModel, fit_columns
from msek_desktop.ui.kit.widgets import RowTable
from msek_desktop.ui.screens.calendar_file import CalendarFileSetting
from msek_desktop.ui.screens.dashboard_links import StartScreenSetting
from msek_desktop.ui.screens.office_data import OfficeDataTab
from msek_desktop.ui.screens.office_settings import OfficeTab
from msek_desktop.ui.screens.screen import Screen


def preferences() -> QSettings:
    """This computer's choices (language, who I am), not the office's."""
    return QSettings("MSEK", "MSEK Desktop")


KEEP_IN_TRAY = "tray/keepRunning"  # closing the window keeps the program in the tray


def keep_in_tray() -> bool:
    """This desk's choice; on by default on Windows, where programs live in the tray."""
    value = preferences().value(KEEP_IN_TRAY, sys.platform == "win32")
    return value is True or str(value).lower() == "true"


def _yes_no(row: StaffRow) -> str:
    return tr("Settings", "yes") if row.active else tr("Settings", "no")


def staff_columns(ctx: AppContext) -> list[Column]:
    return [
        Column("login", login_label(on_server=ctx.db.on_server), lambda r: r.login),
        Column("full_name", STAFF_FIELDS["full_name"], lambda r: r.full_name),
        Column("title", lambda: tr("Settings", "Title"), lambda r: r.title(ctx.language)),
        Column("email", STAFF_FIELDS["email"], lambda r: r.email),
        Column("phone", STAFF_FIELDS["phone"], lambda r: r.phone),
        Column("active", lambda: tr("Settings", "Active"), _yes_no),
    ]


class StaffTab(QWidget):
    """The staff members: a list, Add… and Edit…."""

    changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        # on the office server set up for logins: each one's role (staff or admin)
        self.roles: dict[str, str] | None = (
            staff.staff_roles(ctx.db) if staff.has_logins(ctx.db) else None
        )
        role = Column("role", lambda: tr("Settings", "Role"), self._role)
        columns = staff_columns(ctx) + ([role] if self.roles is not None else [])
        self.model = TipRowsModel(columns, self)
        self.table = RowTable()
        self.table.setObjectName("staffTable")
        self.table.setModel(self.model)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(STRETCH, self.add_button, self.edit_button))
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.table.activated_row.connect(self.edit)

    def retranslate(self) -> None:
        name_all(
            (self.add_button, tr("Settings", "Add…"), tr("Settings", "Add a staff member")),
            (self.edit_button, tr("Settings", "Edit…"), tr("Settings", "Edit the staff member")),
        )
        name_only((self.table, tr("Settings", "Staff members")))
        self.model.retranslate()
        self.table.viewport().update()  # the title column follows the window's language

    def refresh(self) -> None:
        if self.roles is not None:
            self.roles = staff.staff_roles(self.ctx.db)
            admin = roles.is_admin(self.ctx.db)  # staff logins see the list, admins change it
            for button in (self.add_button, self.edit_button):
                button.setEnabled(admin)
        self.model.set_rows(staff.list_staff(self.ctx.db))
        fit_columns(self.table, 320)

    def _role(self, row: StaffRow) -> str:
        return role_label((self.roles or {}).get(row.login))

    def _edit_selected(self) -> None:
        picked = self.table.selectionModel().selectedRows()
        if picked:
            self.edit(self.model.row_at(picked[0]))

    def edit(self, row: StaffRow | None) -> None:
        if not self.add_button.isEnabled():
            return  # a staff login on the office server: admins manage the staff
        dialog = StaffDialog(self.ctx.db, row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()


class LanguageTab(QWidget):
    """This computer's language (switched at once) and who sits at it."""

    me_changed = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.me = QComboBox()
        self.me.setObjectName("me")
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.me_label = QLabel()
        self.me_label.setBuddy(self.me)
        self.language_hint = QLabel()
        self.me_hint = QLabel()
        self.tray = QCheckBox()  # keep running in the tray (ui.window.tray)
        self.tray.setObjectName("keepInTray")
        self.tray_label = QLabel()
        self.tray_label.setBuddy(self.tray)
        self.tray_hint = QLabel()
        form = QFormLayout()
        form.addRow(self.language_label, with_field(self.language, self.language_hint))
        form.addRow(self.me_label, with_field(self.me, self.me_hint))
        form.addRow(self.tray_label, with_field(self.tray, self.tray_hint))
        self.calendar_file = CalendarFileSetting(ctx)  # my follow-ups in an .ics file
        form.addRow(self.calendar_file.label, self.calendar_file)
        self.start_screen = StartScreenSetting()  # open on My day or the Dashboard
        form.addRow(self.start_screen.label, self.start_screen)
        for hint in (self.language_hint, self.me_hint, self.tray_hint):
            hint.setWordWrap(True)
            hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.addLayout(at_most(form, 700))
        layout.addStretch(1)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.language)))
        self.language.currentIndexChanged.connect(self._switch_language)
        self.me.currentIndexChanged.connect(self._switch_me)
        self.tray.setEnabled(QSystemTrayIcon.isSystemTrayAvailable())
        self.tray.toggled.connect(lambda on: preferences().setValue(KEEP_IN_TRAY, on))

    def retranslate(self) -> None:
        keep = tr("Settings", "Keep running in the tray when the window is closed")
        label_fields(
            (
                self.language_label,
                self.language,
                tr("Settings", "Language of the window:"),
                tr("Settings", "Language of the window"),
            ),
            (self.me_label, self.me, tr("Settings", "Who am I:"), tr("Settings", "Who am I")),
            (self.tray_label, self.tray, tr("Settings", "Reminders:"), keep),
        )
        self.tray.setText(keep)
        self.tray_hint.setText(
            tr(
                "Settings",
                "The tray icon counts your follow-ups due and tells you when one falls due; "
                "File › Quit ends the program.",
            )
            if self.tray.isEnabled()
            else tr(
                "Settings",
                "This desktop has no tray: reminders show in the window's status bar.",
            )
        )
        self.language_hint.setText(
            tr(
                "Settings",
                "The window changes language at once. Each letter has its own language, "
                "chosen when it is written.",
            )
        )
        self.me_hint.setText(
            tr(
                "Settings",
                "The staff member working at this computer: My day shows their follow-ups, "
                "and changes are recorded in their name.",
            )
        )

    def refresh(self) -> None:
        self.me.blockSignals(True)
        self.me.clear()
        for member in staff.list_staff(self.ctx.db, active_only=True):
            self.me.addItem(f"{member.full_name} ({member.login})", member.login)
        self.me.setCurrentIndex(max(0, self.me.findData(self.ctx.me)))
        self.me.blockSignals(False)
        db = self.ctx.db  # on the office server the login decides (its owner chooses)
        self.me.setEnabled(not db.on_server or roles.acts_for_others(db))
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(self.ctx.language)))
        self.language.blockSignals(False)
        self.tray.blockSignals(True)
        self.tray.setChecked(keep_in_tray())
        self.tray.blockSignals(False)

    def _switch_language(self) -> None:
        code = str(self.language.currentData())
        self.ctx.languages.switch(code)
        preferences().setValue("language", code)

    def _switch_me(self) -> None:
        login = self.me.currentData()
        if not login or login == self.ctx.me:
            return
        self.ctx.me = str(login)
        preferences().setValue("me", self.ctx.me)
        self.me_changed.emit(self.ctx.me)


class SettingsScreen(Screen):
    """Staff members, office letterhead details, language and who I am."""

    me_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.staff = StaffTab(ctx)
        self.office = OfficeTab(ctx)
        self.language = LanguageTab(ctx)
        self.templates = TemplateEditor(ctx)
        self.office_data = OfficeDataTab(ctx)  # where this computer finds the data
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        for tab in (self.staff, self.office, self.language, self.templates, self.office_data):
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.staff.changed.connect(self._staff_changed)
        self.language.me_changed.connect(self._me_changed)
        self.retranslate()

    def title(self) -> str:
        return tr("Settings", "Settings")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, tr("Settings", "Staff members"))
        self.tabs.setTabText(1, tr("Settings", "Office letterhead"))
        self.tabs.setTabText(2, tr("Settings", "Language and user"))
        self.tabs.setTabText(3, tr("Settings", "Letter templates"))
        self.tabs.setTabText(4, tr("Settings", "Office data"))
        self.tabs.setAccessibleName(tr("Settings", "Settings"))
        for tab in (self.staff, self.office, self.language, self.templates, self.office_data):
            tab.retranslate()

    def refresh(self) -> None:
        self.staff.refresh()
        self.office.refresh()
        self.language.refresh()
        self.templates.refresh()
        self.office_data.refresh()

    def _me_changed(self, login: str) -> None:
        self.me_changed.emit(login)
        self.ctx.events.data_changed.emit()  # My day now shows someone else's work

    def _staff_changed(self) -> None:
        self.language.refresh()
        self.ctx.events.data_changed.emit()
