"""On the office server a staff member is also a login: its password and its role.

The staff member's form (first_run.StaffForm) adds these rows when the database is on a server
set up for logins (core.staff.has_logins): the password twice (required for a new staff
member; left empty when editing, it stays as it is) and the role, staff or admin. A staff
member without a login yet (carried over by `msek move-to`) is offered one: a password and a
role create it on save; the password left empty, they stay without one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit

from msek_desktop.core import roles
from msek_desktop.ui.i18n import tr, with_colon
from msek_desktop.ui.kit.error_texts import field_message
from msek_desktop.ui.kit.fields import error_label, show_error, with_field

ROLE_LABELS: dict[str, Callable[[], str]] = {
    roles.STAFF: lambda: tr("Settings", "Staff"),
    roles.ADMIN: lambda: tr("Settings", "Admin"),
}


def role_label(role: str | None) -> str:
    """A login's role as the Staff members list shows it (no login: a dash)."""
    return ROLE_LABELS[role]() if role in ROLE_LABELS else "—"


class LoginFields:
    """The password, its confirmation and the role, as rows of a staff member's form."""

    def __init__(self, *, new: bool, offered: bool = False) -> None:
        """`new`: a login to make (a password, not a new one); `offered`: for a staff member
        who has none yet, made only if a password is given."""
        self.new = new or offered
        self.offered = offered
        self.password = QLineEdit()
        self.again = QLineEdit()
        for edit, name in ((self.password, "password"), (self.again, "password_again")):
            edit.setObjectName(name)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in roles.ROLES:
            self.role.addItem("", role)
        self.labels = {name: QLabel() for name in ("password", "password_again", "role")}
        self.errors = {name: error_label(name) for name in ("password", "role")}
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

    def add_to(self, form: QFormLayout) -> None:
        self.labels["password"].setBuddy(self.password)
        self.labels["password_again"].setBuddy(self.again)
        self.labels["role"].setBuddy(self.role)
        form.addRow(self.labels["password"], with_field(self.password, self.errors["password"]))
        form.addRow(self.labels["password_again"], self.again)
        form.addRow(self.labels["role"], with_field(self.role, self.errors["role"]))
        form.addRow("", self.hint)

    def retranslate(self) -> None:
        texts = {
            "password": tr("Settings", "Password") if self.new else tr("Settings", "New password"),
            "password_again": tr("Settings", "Password again"),
            "role": tr("Settings", "Role"),
        }
        for name, text in texts.items():
            self.labels[name].setText(with_colon(text))
        self.password.setAccessibleName(texts["password"])
        self.again.setAccessibleName(texts["password_again"])
        self.role.setAccessibleName(texts["role"])
        for index in range(self.role.count()):
            self.role.setItemText(index, role_label(self.role.itemData(index)))
        self.hint.setText(
            tr(
                "Settings",
                "They have no login on the office server yet. Give a password and a role to "
                "create it; leave the password empty to keep them without one.",
            )
            if self.offered
            else tr(
                "Settings",
                "They log in to the office server with their login and this password. An "
                "admin may also manage the staff, the office settings and restores.",
            )
            if self.new
            else tr("Settings", "Leave the password empty to keep it.")
        )

    def set_role(self, role: str | None) -> None:
        self.role.setCurrentIndex(max(0, self.role.findData(role or roles.STAFF)))

    def values(self) -> dict[str, Any]:
        if self.offered and not self.password.text():
            return {}  # no login for them yet
        out: dict[str, Any] = {"role": str(self.role.currentData())}
        if self.password.text():
            out["password"] = self.password.text()
        return out

    def differ(self) -> bool:
        """Whether the password and its confirmation differ (marked on the password)."""
        differ = self.password.text() != self.again.text()
        said = tr("Settings", "The two passwords differ.") if differ else None
        show_error(self.errors["password"], said)
        return differ

    def show_errors(self, by_field: Mapping[str, str]) -> None:
        """Core's coded messages, in the window's language, beside their fields."""
        for name, error in self.errors.items():
            message = by_field.get(name)
            show_error(error, field_message(message) if message else None)
