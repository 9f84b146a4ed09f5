"""Settings: the staff members, the office letterhead details, the language and who I am.

The office part is generated from core.settings.SETTINGS: one editor per declared kind.
The language and the current staff member are this computer's choices, kept in QSettings.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import logo, settings, staff
from msek_desktop.core.errors import UserError, ValidationError
from msek_desktop.core.rows import StaffRow
from msek_desktop.core.settings import Declared
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.first_run import STAFF_FIELDS, StaffDialog
from msek_desktop.ui.dialogs.letter_warnings import logo_message
from msek_desktop.ui.dialogs.template_editor import TemplateEditor
from msek_desktop.ui.i18n import LANGUAGES, NATIVE_NAMES, tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.fields import error_label, show_error, with_field
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.kit.table import Column, TipRowsModel, fit_columns
from msek_desktop.ui.kit.widgets import CodeCombo, RowTable
from msek_desktop.ui.screens.screen import Screen


def preferences() -> QSettings:
    """This computer's choices (language, who I am), not the office's."""
    return QSettings("MSEK", "MSEK Desktop")


def at_most(inner: QFormLayout, width: int) -> QHBoxLayout:
    """A form no wider than `width`, so fields do not stretch across a wide window."""
    page = QWidget()
    page.setLayout(inner)
    page.setMaximumWidth(width)
    row = QHBoxLayout()
    row.addWidget(page, 1)
    row.addStretch(0)
    return row


def _yes_no(row: StaffRow) -> str:
    return tr("Settings", "yes") if row.active else tr("Settings", "no")


def staff_columns(ctx: AppContext) -> list[Column]:
    return [
        Column("login", STAFF_FIELDS["login"], lambda r: r.login),
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
        self.model = TipRowsModel(staff_columns(ctx), self)
        self.table = RowTable()
        self.table.setObjectName("staffTable")
        self.table.setModel(self.model)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.table.activated_row.connect(self.edit)

    def retranslate(self) -> None:
        self.add_button.setText(tr("Settings", "Add…"))
        self.add_button.setAccessibleName(tr("Settings", "Add a staff member"))
        self.edit_button.setText(tr("Settings", "Edit…"))
        self.edit_button.setAccessibleName(tr("Settings", "Edit the staff member"))
        self.table.setAccessibleName(tr("Settings", "Staff members"))
        self.model.retranslate()
        self.table.viewport().update()  # the title column follows the window's language

    def refresh(self) -> None:
        self.model.set_rows(staff.list_staff(self.ctx.db))
        fit_columns(self.table, 320)

    def _edit_selected(self) -> None:
        picked = self.table.selectionModel().selectedRows()
        if picked:
            self.edit(self.model.row_at(picked[0]))

    def edit(self, row: StaffRow | None) -> None:
        dialog = StaffDialog(self.ctx.db, row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()


OFFICE_LABELS: dict[str, Callable[[], str]] = {
    "office.name": lambda: tr("Settings", "Office name"),
    "office.address": lambda: tr("Settings", "Office address"),
    "office.phone": lambda: tr("Settings", "Office phone"),
    "office.email": lambda: tr("Settings", "Office email"),
    "office.website": lambda: tr("Settings", "Office website"),
    "office.logo": lambda: tr("Settings", "Letterhead logo (PNG or JPEG)"),
    "office.city": lambda: tr("Settings", "City printed before the date of letters"),
    "letters.default_language": lambda: tr("Settings", "Default letter language"),
    "backups.keep_daily": lambda: tr("Settings", "Daily backups kept"),
}


@dataclass
class Editor:
    """One setting's widget and how to read and write its value."""

    widget: QWidget
    get: Callable[[], Any]
    put: Callable[[Any], None]
    focus: QWidget
    retranslate: Callable[[], None] = lambda: None
    # Tells the screen why a value cannot be used (None: it can); set by the screen.
    report: Callable[[str | None], None] = lambda _message: None
    # A file chosen for a file setting: taken if it can be used (True), else reported.
    choose: Callable[[str], bool] = lambda _name: True


def line_editor(_declared: Declared) -> Editor:
    edit = QLineEdit()
    return Editor(edit, edit.text, lambda v: edit.setText(str(v or "")), edit)


def multiline_editor(_declared: Declared) -> Editor:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 14)
    return Editor(edit, edit.toPlainText, lambda v: edit.setPlainText(str(v or "")), edit)


def language_editor(_declared: Declared) -> Editor:
    combo = CodeCombo(labels.LANGUAGES)
    return Editor(combo, combo.code, combo.set_code, combo)


def integer_editor(_declared: Declared) -> Editor:
    spin = QSpinBox()
    spin.setRange(0, 1000)
    return Editor(spin, spin.value, lambda v: spin.setValue(int(v or 0)), spin)


def logo_problem_message(path: str) -> str | None:
    """Why the file at `path` cannot be the letterhead logo (core.logo), in the window's
    language; None when it can, or when no logo is set."""
    found = logo.problem(path)
    return None if found is None else logo_message(path, found.problem, found.detail)


def logo_editor(declared: Declared) -> Editor:
    """The logo's file name and Choose…: a file is checked when chosen (PNG or JPEG, at
    most 5 MB and 20 megapixels, decodes completely); one that cannot be used is not taken,
    and the reason shows under the field."""
    edit = QLineEdit()
    choose = QPushButton()
    choose.setObjectName(f"choose_{declared.key}")

    def retranslate() -> None:
        choose.setText(tr("Settings", "Choose…"))
        choose.setAccessibleName(tr("Settings", "Choose a file"))

    def pick() -> None:
        name, _ = QFileDialog.getOpenFileName(
            choose,
            tr("Settings", "Choose a file"),
            edit.text(),
            tr("Settings", "Images (*.png *.jpg *.jpeg)"),
        )
        if name:
            editor.choose(name)

    def take(name: str) -> bool:
        message = logo_problem_message(name)
        editor.report(message)
        if message is None:
            edit.setText(name)
        return message is None

    choose.clicked.connect(pick)
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(choose)
    editor = Editor(
        box, edit.text, lambda v: edit.setText(str(v or "")), edit, retranslate, choose=take
    )
    return editor


EDITORS: dict[str, Callable[[Declared], Editor]] = {
    "text": line_editor,
    "email": line_editor,
    "phone": line_editor,
    "multiline": multiline_editor,
    "language": language_editor,
    "integer": integer_editor,
    "logo": logo_editor,
}


class OfficeTab(QWidget):
    """The letterhead and office settings, one editor per declared setting."""

    saved = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.editors = {d.key: EDITORS[d.kind](d) for d in settings.SETTINGS}
        self.errors = {key: error_label(key) for key in self.editors}
        for key, editor in self.editors.items():
            editor.report = functools.partial(show_error, self.errors[key])
        self.labels = {key: QLabel() for key in self.editors}
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveSettings")
        form = QFormLayout()
        for key, editor in self.editors.items():
            editor.focus.setObjectName(key)
            self.labels[key].setBuddy(editor.focus)
            form.addRow(self.labels[key], with_field(editor.widget, self.errors[key]))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(at_most(form, 860))
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)

    @staticmethod
    def label_of(key: str) -> str:
        make = OFFICE_LABELS.get(key)
        return make() if make else settings.BY_KEY[key].label

    def retranslate(self) -> None:
        for key, editor in self.editors.items():
            text = self.label_of(key)
            self.labels[key].setText(text + ":")
            editor.focus.setAccessibleName(text)
            if isinstance(editor.widget, CodeCombo):
                editor.widget.retranslate()
            editor.retranslate()
        self.save_button.setText(tr("Settings", "Save"))
        self.save_button.setAccessibleName(tr("Settings", "Save the office settings"))

    def refresh(self) -> None:
        values = settings.load(self.ctx.db)
        for key, value in values.items():
            self.editors[key].put(value)
        for label in self.errors.values():
            show_error(label, None)
        # a logo kept before may have been deleted or replaced since: say so where it is set
        show_error(self.errors["office.logo"], logo_problem_message(values["office.logo"]))

    def values(self) -> dict[str, Any]:
        return {key: editor.get() for key, editor in self.editors.items()}

    def save(self) -> bool:
        try:
            stored = settings.save(self.ctx.db, self.values())
        except ValidationError as exc:
            problems = exc.by_field()
            for key, label in self.errors.items():
                message = problems.get(key)
                if message and settings.BY_KEY[key].kind == "logo":
                    message = logo_problem_message(self.editors[key].get()) or message
                    show_error(label, message)
                    continue
                show_error(label, f"{self.label_of(key)} {message}" if message else None)
            return False
        except UserError as exc:
            QMessageBox.warning(self, tr("Settings", "Settings"), user_message(exc))
            return False
        for key, value in stored.items():
            self.editors[key].put(value)
            show_error(self.errors[key], None)
        self.ctx.events.info.emit(tr("Settings", "The office settings are saved."))
        self.saved.emit()
        return True


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
        form = QFormLayout()
        form.addRow(self.language_label, with_field(self.language, self.language_hint))
        form.addRow(self.me_label, with_field(self.me, self.me_hint))
        for hint in (self.language_hint, self.me_hint):
            hint.setWordWrap(True)
            hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.addLayout(at_most(form, 700))
        layout.addStretch(1)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.language)))
        self.language.currentIndexChanged.connect(self._switch_language)
        self.me.currentIndexChanged.connect(self._switch_me)

    def retranslate(self) -> None:
        self.language_label.setText(tr("Settings", "Language of the window:"))
        self.language.setAccessibleName(tr("Settings", "Language of the window"))
        self.me_label.setText(tr("Settings", "Who am I:"))
        self.me.setAccessibleName(tr("Settings", "Who am I"))
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
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(self.ctx.language)))
        self.language.blockSignals(False)

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
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        for tab in (self.staff, self.office, self.language, self.templates):
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
        self.tabs.setAccessibleName(tr("Settings", "Settings"))
        for tab in (self.staff, self.office, self.language, self.templates):
            tab.retranslate()

    def refresh(self) -> None:
        self.staff.refresh()
        self.office.refresh()
        self.language.refresh()
        self.templates.refresh()

    def _me_changed(self, login: str) -> None:
        self.me_changed.emit(login)
        self.ctx.events.data_changed.emit()  # My day now shows someone else's work

    def _staff_changed(self) -> None:
        self.language.refresh()
        self.ctx.events.data_changed.emit()
