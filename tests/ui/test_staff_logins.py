"""The window on an office server set up for logins: the staff dialog asks a password and a
role, Settings shows each one's role, and the login decides who is at the desk (a real
PostgreSQL server, MSEK_TEST_POSTGRES; role names carry the test's suffix)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from pytestqt.qtbot import QtBot

from msek_desktop import app
from msek_desktop.core import roles, staff
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs import first_run
from msek_desktop.ui.dialogs.first_run import StaffDialog
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.screens.settings import SettingsScreen
from tests.conftest import ServerDatabases
from tests.core.test_roles import (
    PASSWORD,
    Office,
    office_with_logins,
    stored_password,
    without_login,
)

if TYPE_CHECKING:
    from tests.ui.conftest import Asked


@pytest.fixture
def office(server_databases: ServerDatabases) -> Iterator[Office]:
    with office_with_logins(server_databases) as made:
        yield made


def fill(dialog: StaffDialog, **values: str) -> None:
    for name, value in values.items():
        if name in dialog.form.edits:
            dialog.form.edits[name].setText(value)
    login = dialog.form.login
    assert login is not None
    login.password.setText(values.get("password", ""))
    login.again.setText(values.get("again", values.get("password", "")))
    if "role" in values:
        login.set_role(values["role"])


def error_of(dialog: StaffDialog, field: str) -> str:
    assert dialog.form.login is not None
    return dialog.form.login.errors[field].text()


def test_the_staff_dialog_on_the_server_adds_a_member_with_a_login(
    qtbot: QtBot, office: Office, tmp_path: Path
) -> None:
    owner = office.as_login(office.owner)
    anna = office.login("anna")
    dialog = StaffDialog(owner, None)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, login=anna, full_name="Anna Kowalska", password=PASSWORD, role=roles.ADMIN)
    assert dialog.grab().save(str(tmp_path / "new-staff-member-on-the-server.png"))
    login = dialog.form.login
    assert login is not None
    assert [login.role.itemText(i) for i in range(login.role.count())] == ["Staff", "Admin"]
    assert login.labels["password"].text() == "Password:"

    dialog.accept()

    assert dialog.result() == dialog.DialogCode.Accepted
    assert staff.staff_roles(owner) == {anna: roles.ADMIN}
    stored = stored_password(office, anna)
    assert stored is not None and stored.startswith("SCRAM-SHA-256$")


def test_two_different_passwords_are_marked_and_nobody_is_added(
    qtbot: QtBot, office: Office
) -> None:
    owner = office.as_login(office.owner)
    dialog = StaffDialog(owner, None)
    qtbot.addWidget(dialog)
    fill(dialog, login=office.login("anna"), full_name="Anna", password=PASSWORD, again="x")
    dialog.accept()
    assert error_of(dialog, "password") == "The two passwords differ."
    assert dialog.saved is None and staff.list_staff(owner) == []


def test_a_short_password_is_said_beside_its_field(qtbot: QtBot, office: Office) -> None:
    owner = office.as_login(office.owner)
    dialog = StaffDialog(owner, None)
    qtbot.addWidget(dialog)
    fill(dialog, login=office.login("anna"), full_name="Anna", password="short")
    dialog.accept()
    assert error_of(dialog, "password") == "Too short: at least 8 characters."
    assert staff.list_staff(owner) == [] and staff.staff_roles(owner) == {}


def test_editing_on_the_server_keeps_the_login_and_changes_the_role(
    qtbot: QtBot, office: Office, tmp_path: Path
) -> None:
    owner = office.as_login(office.owner)
    anna = office.login("anna")
    row = staff.create_staff(
        owner, {"login": anna, "full_name": "Anna", "role": "staff", "password": PASSWORD}
    )
    before = stored_password(office, anna)
    dialog = StaffDialog(owner, row)
    qtbot.addWidget(dialog)
    login = dialog.form.login
    assert login is not None
    assert dialog.form.edits["login"].isReadOnly()
    assert login.role.currentData() == roles.STAFF
    assert login.labels["password"].text() == "New password:"
    dialog.show()
    assert dialog.grab().save(str(tmp_path / "staff-member-on-the-server.png"))

    login.set_role(roles.ADMIN)
    dialog.accept()

    assert staff.staff_roles(owner) == {anna: roles.ADMIN}
    assert stored_password(office, anna) == before  # left empty: kept


def test_editing_a_member_without_a_login_offers_one_and_saving_creates_it(
    qtbot: QtBot, office: Office, tmp_path: Path
) -> None:
    """A staff member `msek move-to` carried over has no login: Edit… offers the password
    and role rows; an empty password saves the rest and makes none, a password makes it."""
    owner = office.as_login(office.owner)
    anna = office.login("anna")
    without_login(owner, anna)
    row = staff.get_staff(owner, anna)
    dialog = StaffDialog(owner, row)
    qtbot.addWidget(dialog)
    login = dialog.form.login
    assert login is not None
    assert login.labels["password"].text() == "Password:"  # a first one, not a new one
    assert "no login on the office server yet" in login.hint.text()
    dialog.show()
    assert dialog.grab().save(str(tmp_path / "staff-member-without-a-login.png"))

    fill(dialog, full_name="Anna Nowak")  # no password: no login yet, the rest saved
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert staff.get_staff(owner, anna).full_name == "Anna Nowak"
    assert staff.staff_roles(owner) == {}

    dialog = StaffDialog(owner, staff.get_staff(owner, anna))
    qtbot.addWidget(dialog)
    fill(dialog, password=PASSWORD, role=roles.ADMIN)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert staff.staff_roles(owner) == {anna: roles.ADMIN}
    stored = stored_password(office, anna)
    assert stored is not None and stored.startswith("SCRAM-SHA-256$")
    assert roles.current_login(office.as_login(anna)) == anna


def test_on_a_file_the_staff_dialog_asks_no_password(
    qtbot: QtBot, tmp_path: Path, new_database: Callable[..., Database]
) -> None:
    dialog = StaffDialog(new_database(tmp_path / "t.db"), None)
    qtbot.addWidget(dialog)
    assert dialog.form.login is None
    assert "role" not in dialog.form.values() and "password" not in dialog.form.values()


def settings_as(qtbot: QtBot, db: Database, me: str, languages: Languages) -> SettingsScreen:
    screen = SettingsScreen(AppContext(db=db, me=me, languages=languages))
    qtbot.addWidget(screen)
    screen.refresh()
    return screen


def column(screen: SettingsScreen, key: str) -> list[Any]:
    model = screen.staff.model
    at = [c.key for c in model.columns].index(key)
    return [model.index(r, at).data() for r in range(model.rowCount())]


def test_settings_shows_each_login_s_role_and_a_staff_login_cannot_change_the_staff(
    qtbot: QtBot, office: Office, languages: Languages
) -> None:
    owner = office.as_login(office.owner)
    anna, boss = office.login("anna"), office.login("boss")
    for login, name, role in ((anna, "Anna", "staff"), (boss, "Boss", "admin")):
        staff.create_staff(
            owner, {"login": login, "full_name": name, "role": role, "password": PASSWORD}
        )

    as_anna = settings_as(qtbot, office.as_login(anna), anna, languages)
    assert column(as_anna, "login") == [anna, boss]
    assert column(as_anna, "role") == ["Staff", "Admin"]
    assert not as_anna.staff.add_button.isEnabled()
    assert not as_anna.staff.edit_button.isEnabled()
    assert not as_anna.language.me.isEnabled()  # the login decides who is at this desk

    as_boss = settings_as(qtbot, office.as_login(boss), boss, languages)
    assert as_boss.staff.add_button.isEnabled() and as_boss.staff.edit_button.isEnabled()


def test_on_the_server_the_login_decides_who_is_at_the_desk_unasked(
    office: Office, monkeypatch: pytest.MonkeyPatch, asked: Asked
) -> None:
    owner = office.as_login(office.owner)
    zofia = office.login("zofia")
    for login, name in ((office.login("adam"), "Adam"), (zofia, "Zofia")):
        staff.create_staff(
            owner, {"login": login, "full_name": name, "role": "staff", "password": PASSWORD}
        )
    monkeypatch.setattr(first_run, "choose_staff_member", lambda *_: pytest.fail("asked"))
    assert app.who_am_i(office.as_login(zofia), interactive=True) == zofia
