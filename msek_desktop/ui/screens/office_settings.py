"""The Settings screen's office tab: the letterhead details, one editor per declared setting.

The tab is generated from core.settings.SETTINGS: each declared kind has its editor here.
What core refuses is said by its code (ui/kit/error_texts.py), beside the field.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import logo, settings
from msek_desktop.core.settings import Declared
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr, with_colon
from msek_desktop.ui.kit import choosers, labels
from msek_desktop.ui.kit.error_texts import field_message
from msek_desktop.ui.kit.fields import error_label, show_error, with_field
from msek_desktop.ui.kit.layouts import STRETCH, at_most, button_row
from msek_desktop.ui.kit.naming import name_all
from msek_desktop.ui.kit.widgets import CodeCombo
from msek_desktop.ui.kit.writes import run_write

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
    "people.retention_years": lambda: tr(
        "Settings", "Years closed inquiries and their people are kept"
    ),
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
    return None if found is None else field_message(found.coded())


def ask_image(parent: QWidget, start: str) -> str:
    title, kinds = tr("Settings", "Choose a file"), tr("Settings", "Images (*.png *.jpg *.jpeg)")
    return choosers.open_file(parent, title, start, kinds)


def logo_editor(declared: Declared) -> Editor:
    """The logo's file name and Choose…: a file is checked when chosen (PNG or JPEG, at
    most 5 MB and 20 megapixels, decodes completely); one that cannot be used is not taken,
    and the reason shows under the field."""
    path = choosers.PathField(ask_image)
    path.button.setObjectName(f"choose_{declared.key}")
    edit = path.edit

    def take(name: str) -> bool:
        message = logo_problem_message(name)
        editor.report(message)
        if message is None:
            edit.setText(name)
        return message is None

    path.chosen.connect(take)
    editor = Editor(
        path,
        edit.text,
        lambda v: edit.setText(str(v or "")),
        edit,
        lambda: path.retranslate(tr("Settings", "Choose…"), tr("Settings", "Choose a file")),
        choose=take,
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
        layout = QVBoxLayout(self)
        layout.addLayout(at_most(form, 860))
        layout.addStretch(1)
        layout.addLayout(button_row(STRETCH, self.save_button))
        self.save_button.clicked.connect(self.save)

    @staticmethod
    def label_of(key: str) -> str:
        make = OFFICE_LABELS.get(key)
        return make() if make else settings.BY_KEY[key].label

    def retranslate(self) -> None:
        for key, editor in self.editors.items():
            text = self.label_of(key)
            self.labels[key].setText(with_colon(text))
            editor.focus.setAccessibleName(text)
            if isinstance(editor.widget, CodeCombo):
                editor.widget.retranslate()
            editor.retranslate()
        name = tr("Settings", "Save the office settings")
        name_all((self.save_button, tr("Settings", "Save"), name))

    def refresh(self) -> None:
        values = settings.load(self.ctx.db)
        for key, value in values.items():
            self.editors[key].put(value)
        self.show_refused({})
        # a logo kept before may have been deleted or replaced since: say so where it is set
        show_error(self.errors["office.logo"], logo_problem_message(values["office.logo"]))

    def values(self) -> dict[str, Any]:
        return {key: editor.get() for key, editor in self.editors.items()}

    def save(self) -> bool:
        stored = run_write(
            self,
            tr("Settings", "Settings"),
            lambda: settings.save(self.ctx.db, self.values()),
            marks=self.show_refused,
        )
        if stored is None:
            return False
        for key, value in stored.items():
            self.editors[key].put(value)
        self.show_refused({})
        self.ctx.events.info.emit(tr("Settings", "The office settings are saved."))
        self.saved.emit()
        return True

    def show_refused(self, refused: Mapping[str, str]) -> None:
        """Each refused value's reason under it, the others' cleared."""
        for key, label in self.errors.items():
            message = refused.get(key)
            show_error(label, field_message(message) if message else None)
