"""The person form's "Personal data" button: a menu of what the GDPR asks of the office about
one person (everything held about them, their erasure), each action in a module of its own,
imported when chosen.

An entry is (object name, label, "module:function", admins only); the function takes the
person's form (ui.forms.contact_form.ContactForm) and does the rest (asks, works, reports).
Entries for admins only are disabled for other logins (core.roles.is_admin: always an admin
on a file).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton

from msek_desktop.core import roles
from msek_desktop.ui.i18n import tr

Entry = tuple[str, Callable[[], str], str, bool]

ENTRIES: list[Entry] = [
    # (object name, label, "module:function" taking the form, admins only)
    (
        "exportPerson",
        lambda: tr("PersonData", "Everything we hold…"),
        "msek_desktop.ui.dialogs.person_export:export_person",
        False,
    ),
    (
        "erasePerson",
        lambda: tr("PersonData", "Erase this person…"),
        "msek_desktop.ui.dialogs.person_erase:erase_person",
        True,
    ),
]


def run(target: str, form: Any) -> None:
    """Import `target` ("module:function") and call it on `form`."""
    module, _, function = target.partition(":")
    getattr(importlib.import_module(module), function)(form)


class PersonDataButton(QPushButton):
    """Personal data ▾ on a saved person's form (hidden when the form only creates)."""

    def __init__(self, form: Any) -> None:
        super().__init__()
        self.setObjectName("personalData")
        self.setAutoDefault(False)
        self.form = form
        self.menu_ = QMenu(self)
        self.actions_: dict[str, QAction] = {}
        for name, _label, target, _admin in ENTRIES:
            action = self.menu_.addAction("")
            action.setObjectName(name)
            action.triggered.connect(lambda _=False, t=target: run(t, self.form))
            self.actions_[name] = action
        self.setMenu(self.menu_)
        self.retranslate()

    def refresh(self) -> None:
        """Enabled for a saved person; admin-only entries for admins only."""
        form = self.form
        if getattr(form, "create_only", False) or not ENTRIES:
            self.hide()
        self.setEnabled(form.row is not None)
        admin = roles.is_admin(form.ctx.db) if form.row is not None else False
        for name, _label, _target, admin_only in ENTRIES:
            self.actions_[name].setEnabled(admin or not admin_only)

    def retranslate(self) -> None:
        self.setText(tr("PersonData", "Personal data"))
        self.menu_.setTitle(self.text())  # the menu's own name (accessibility)
        for name, label, _target, _admin in ENTRIES:
            self.actions_[name].setText(label())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
