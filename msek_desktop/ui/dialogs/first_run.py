"""First start: who is at this computer (or who is the first staff member), and demo data.

The staff member form lives here because the first run is where the first one is created;
Settings uses the same form and dialog. The dialogs are classes with their widgets as
attributes so tests can drive them; the two functions only run them.

A staff member's `login` is what lists and the `msek` command call them by (anowak). Where it
is a real login (on the office server, with a password: staff_login.LoginFields) the form says
"Login"; elsewhere nobody logs in, so the form asks the name first ("Your name" when it is
about yourself) and calls the login a "Short name", proposed from the name (suggest_login)
until it is typed in by hand.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import staff
from msek_desktop.core.db import Database
from msek_desktop.core.errors import UserError, ValidationError
from msek_desktop.core.rows import StaffRow
from msek_desktop.core.search import fold
from msek_desktop.ui.dialogs.staff_login import LoginFields
from msek_desktop.ui.i18n import tr, with_colon
from msek_desktop.ui.kit import questions
from msek_desktop.ui.kit.fields import error_label, show_error, with_field
from msek_desktop.ui.kit.messages import user_message

STAFF_FIELDS: dict[str, Callable[[], str]] = {
    "login": lambda: tr("Settings", "Login"),
    "full_name": lambda: tr("Settings", "Full name"),
    "title_fr": lambda: tr("Settings", "Title in French"),
    "title_pl": lambda: tr("Settings", "Title in Polish"),
    "title_en": lambda: tr("Settings", "Title in English"),
    "email": lambda: tr("Settings", "Email"),
    "phone": lambda: tr("Settings", "Phone"),
}
_NOT_IN_LOGIN = re.compile(r"[^a-z0-9._-]+")


def login_label(*, on_server: bool) -> Callable[[], str]:
    """The name of the login's column or field: a real login on the office server, else a
    short name (see the module's docstring)."""
    if on_server:
        return STAFF_FIELDS["login"]
    return lambda: tr("Settings", "Short name")


def suggest_login(full_name: str) -> str:
    """A short name from a full name: the first name's initial and the last name, folded
    to the letters a login takes ("Agnieszka Nowak" → "anowak", "Łucja Żak" → "lzak")."""
    words = [_NOT_IN_LOGIN.sub("", w) for w in fold(full_name).split()]
    words = [w.strip("._-") for w in words if w.strip("._-")]
    if not words:
        return ""
    login = words[0] if len(words) == 1 else words[0][0] + words[-1]
    return login[:40]


class StaffForm(QWidget):
    """The fields of a staff member, each with its error label (error_<field>)."""

    def __init__(
        self,
        *,
        contact: bool = True,
        login: LoginFields | None = None,
        yourself: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """`login`: the password and role of a real login (the office server); without it
        the name comes first and the login is a short name. `yourself`: the person at the
        computer fills it in ("Your name")."""
        super().__init__(parent)
        self.login = login  # on the office server: the login's password and role
        self.yourself = yourself
        names = list(STAFF_FIELDS) if contact else list(STAFF_FIELDS)[:5]
        if login is None:  # no real login: the name first, the short name from it
            names.remove("full_name")
            names.insert(0, "full_name")
        self.edits = {name: QLineEdit() for name in names}
        self.errors = {name: error_label(name) for name in names}
        self.labels = {name: QLabel() for name in names}
        self.active = QCheckBox() if contact else None
        self.other_error = error_label("other")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for name, edit in self.edits.items():
            edit.setObjectName(name)
            self.labels[name].setBuddy(edit)
            form.addRow(self.labels[name], with_field(edit, self.errors[name]))
        if login is not None:
            login.add_to(form)
        if self.active is not None:
            form.addRow("", self.active)
        form.addRow("", self.other_error)
        self._login_typed = False  # typed by hand: no longer proposed from the name
        if login is None:
            self.edits["login"].setPlaceholderText("anowak")
            self.edits["full_name"].textEdited.connect(self._propose_login)
            self.edits["login"].textEdited.connect(self._login_edited)
        self.retranslate()

    def label_text(self, name: str) -> str:
        """A field's name as this form says it (the login: see the module's docstring)."""
        if name == "login" and self.login is None:
            return login_label(on_server=False)()
        if name == "full_name" and self.yourself:
            return tr("Settings", "Your name")
        return STAFF_FIELDS[name]()

    def first_edit(self) -> QLineEdit:
        return next(iter(self.edits.values()))

    def _login_edited(self, text: str) -> None:
        self._login_typed = bool(text)

    def _propose_login(self, full_name: str) -> None:
        if not self._login_typed:
            self.edits["login"].setText(suggest_login(full_name))

    def retranslate(self) -> None:
        for name, edit in self.edits.items():
            text = self.label_text(name)
            self.labels[name].setText(with_colon(text))
            edit.setAccessibleName(text)
        if self.login is None:
            self.edits["login"].setToolTip(
                tr(
                    "Settings",
                    "What lists and the msek command call them: small letters, digits, "
                    "dots, hyphens or underscores, such as anowak.",
                )
            )
        if self.active is not None:
            self.active.setText(tr("Settings", "Active (can be assigned inquiries)"))
            self.active.setAccessibleName(tr("Settings", "Active"))
        if self.login is not None:
            self.login.retranslate()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: edit.text() for name, edit in self.edits.items()}
        if self.active is not None:
            out["active"] = self.active.isChecked()
        if self.login is not None:
            out.update(self.login.values())
        return out

    def set_values(self, row: StaffRow | None) -> None:
        for name, edit in self.edits.items():
            edit.setText(str(getattr(row, name)) if row else "")
        self._login_typed = row is not None  # an existing login is not proposed again
        if self.active is not None:
            self.active.setChecked(row.active if row else True)

    def show_errors(self, by_field: Mapping[str, str]) -> None:
        for name, label in self.errors.items():
            message = by_field.get(name)
            show_error(label, f"{self.label_text(name)} {message}" if message else None)
        if self.login is not None:
            self.login.show_errors(by_field)
        shown = set(self.errors) | (set(self.login.errors) if self.login else set())
        others = [f"{k}: {m}" for k, m in by_field.items() if k not in shown]
        show_error(self.other_error, "\n".join(others))


def save_staff(
    db: Database, form: StaffForm, row: StaffRow | None, parent: QWidget
) -> StaffRow | None:
    """Create or update from the form; refused fields are marked, nothing is saved."""
    if form.login is not None and form.login.differ():
        return None
    try:
        if row is None:
            return staff.create_staff(db, form.values())
        return staff.update_staff(db, row.id, form.values(), expected_version=row.version)
    except ValidationError as exc:
        form.show_errors(exc.by_field())
    except UserError as exc:
        questions.warn(parent, tr("Settings", "Staff member"), user_message(exc))
    return None


class StaffDialog(QDialog):
    """Add or edit one staff member."""

    def __init__(self, db: Database, row: StaffRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.row = row
        self.saved: StaffRow | None = None
        if row is None:
            self.setWindowTitle(tr("Settings", "New staff member"))
        else:
            self.setWindowTitle(tr("Settings", "Staff member %1").replace("%1", row.login))
        logins = staff.staff_roles(db) if staff.has_logins(db) else None  # on the server
        role = logins.get(row.login) if logins and row else None
        login = (
            LoginFields(new=row is None, offered=row is not None and role is None)
            if logins is not None
            else None
        )
        self.form = StaffForm(login=login)
        self.form.set_values(row)
        if login is not None and row is not None:  # their login is their server login
            login.set_role(role)
            self.form.edits["login"].setReadOnly(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def accept(self) -> None:
        self.saved = save_staff(self.db, self.form, self.row, self)
        if self.saved is not None:
            super().accept()


class ChooseStaffDialog(QDialog):
    """Pick yourself among the active staff members, or create the first one. On the demo
    database (`demo`) it says its staff members are made up."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, demo: bool = False) -> None:
        super().__init__(parent)
        self.db = db
        self.demo = demo
        self.login: str | None = None
        self.setWindowTitle(tr("FirstRun", "Welcome to MSEK Desktop"))
        self.people = QListWidget()
        self.people.setObjectName("staffList")
        self.people.setAccessibleName(tr("FirstRun", "Staff members"))
        for member in staff.list_staff(db, active_only=True):
            item = QListWidgetItem(f"{member.full_name} ({member.login})")
            item.setData(Qt.ItemDataRole.UserRole, member.login)
            self.people.addItem(item)
        self.someone_else = QPushButton(tr("FirstRun", "I am not in the list…"))
        self.form = StaffForm(
            contact=False,
            login=LoginFields(new=True) if staff.has_logins(db) else None,
            yourself=True,
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(self._pick_page())
        self.pages.addWidget(self._create_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.people.itemDoubleClicked.connect(self.accept)
        self.someone_else.clicked.connect(self.show_form)
        if self.people.count():
            self.people.setCurrentRow(0)
        else:
            self.show_form()
        self.setMinimumWidth(520)

    def _pick_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        question = QLabel(
            tr(
                "FirstRun",
                "Demo data: pick one of these made-up staff members to try the program as "
                "them; it is remembered for the demo only.",
            )
            if self.demo
            else tr("FirstRun", "Who are you? Pick your name; it is remembered.")
        )
        question.setWordWrap(True)
        question.setBuddy(self.people)
        layout.addWidget(question)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.someone_else, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _create_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.create_intro = QLabel()
        self.create_intro.setWordWrap(True)
        layout.addWidget(self.create_intro)
        layout.addWidget(self.form)
        layout.addStretch(1)
        return page

    def creating(self) -> bool:
        return self.pages.currentIndex() == 1

    def show_form(self) -> None:
        if self.people.count():
            text = tr("FirstRun", "Enter yourself as a new staff member of the office.")
        else:
            text = tr(
                "FirstRun",
                "There is no staff member yet. Enter yourself as the first one: your name "
                "and titles are used to sign the letters.",
            )
        self.create_intro.setText(text)
        self.pages.setCurrentIndex(1)
        self.form.first_edit().setFocus()

    def accept(self) -> None:
        if self.creating():
            row = save_staff(self.db, self.form, None, self)
            self.login = row.login if row else None
        else:
            item = self.people.currentItem()
            self.login = item.data(Qt.ItemDataRole.UserRole) if item else None
        if self.login:
            super().accept()


def choose_staff_member(
    db: Database, parent: QWidget | None = None, *, demo: bool = False
) -> str | None:
    """The login of the person at this computer, or None if they closed the dialog."""
    dialog = ChooseStaffDialog(db, parent, demo=demo)
    return dialog.login if dialog.exec() == QDialog.DialogCode.Accepted else None


class DemoOffer(QMessageBox):
    """At start, while the office's data are empty: try the program on the demo database
    (made-up records, kept apart), or start the office's work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(tr("FirstRun", "MSEK Desktop"))
        self.setText(tr("FirstRun", "Your office's data are still empty. Try the program first?"))
        self.setInformativeText(
            tr(
                "FirstRun",
                "Demo data are made-up inquiries, people and organisations. They open in a "
                "separate demo database, never in your office's data, and the window says "
                "DEMO DATA while they are open. File › Leave the demo data brings you back; "
                "Help › Try with demo data… opens them again later.",
            )
        )
        self.yes = self.addButton(tr("FirstRun", "Try with demo data"), self.ButtonRole.YesRole)
        self.no = self.addButton(
            tr("FirstRun", "Start with my office's data"), self.ButtonRole.NoRole
        )
        self.setDefaultButton(self.no)


def offer_demo(parent: QWidget | None = None) -> bool:
    """True when the user wants to try the demo database (the caller opens it)."""
    box = DemoOffer(parent)
    box.exec()
    return box.clickedButton() is box.yes
