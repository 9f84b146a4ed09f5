"""Who did what on the office server is real: each staff member logs in as their own role.

A real PostgreSQL server (MSEK_TEST_POSTGRES, trust authentication on its socket, so
passwords are not checked when connecting: the tests look at what the server stores). Role
names are the server's, shared by parallel workers: every one carries this test's suffix.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from msek_desktop.core import contacts, errors, roles, server_setup, settings, staff
from msek_desktop.core.db import Database
from msek_desktop.core.models import Contact, StaffMember, TimelineEntry
from msek_desktop.core.server import ServerAddress
from msek_desktop.core.store import open_database
from tests.conftest import ServerDatabases

PASSWORD = "Sekret-Haslo-42"


@dataclass
class Office:
    """An office database set up by server_setup.setup_server, and a way in as any login."""

    admin: ServerAddress  # the superuser's, on the maintenance database
    name: str
    owner: str
    suffix: str
    opened: list[Database]

    def address(self, login: str) -> ServerAddress:
        url = make_url(self.admin.url).set(database=self.name, username=login)
        return ServerAddress(url.render_as_string(hide_password=False))

    def as_login(self, login: str) -> Database:
        self.opened.append(open_database(self.address(login)))
        return self.opened[-1]

    def login(self, name: str) -> str:
        return f"{name}_{self.suffix}"


def _superuser(admin: ServerAddress) -> Any:
    from msek_desktop.core import server

    return server.make_engine(admin).execution_options(isolation_level="AUTOCOMMIT")


def drop_office(admin: ServerAddress, name: str, owner: str) -> None:
    """The database, then every login of its groups, the groups and the owner."""
    engine = _superuser(admin)
    staff_group, admin_group = roles.group_names(name)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            members = conn.execute(
                text(
                    "SELECT DISTINCT m.rolname FROM pg_auth_members a "
                    "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
                    "WHERE g.rolname IN (:s, :a) AND m.rolname NOT IN (:s, :a, :o)"
                ),
                {"s": staff_group, "a": admin_group, "o": owner},
            ).scalars()
            for role in [*members, staff_group, admin_group, owner]:
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
    finally:
        engine.dispose()


def make_office(server_databases: ServerDatabases) -> tuple[ServerAddress, str, str, str]:
    suffix = uuid.uuid4().hex[:10]
    admin = ServerAddress(server_databases.url.render_as_string(hide_password=False))
    name, owner = f"office_{suffix}", f"owner_{suffix}"
    server_setup.setup_server(admin, database=name, owner=owner, owner_password=PASSWORD)
    return admin, name, owner, suffix


@contextmanager
def office_with_logins(server_databases: ServerDatabases) -> Iterator[Office]:
    """An office database set up for logins (its role names carry a suffix of its own), its
    opened databases disposed of and everything dropped when the block ends."""
    admin, name, owner, suffix = make_office(server_databases)
    made = Office(admin, name, owner, suffix, [])
    try:
        yield made
    finally:
        for database in made.opened:
            database.dispose()
        drop_office(admin, name, owner)


@pytest.fixture
def office(server_databases: ServerDatabases) -> Iterator[Office]:
    with office_with_logins(server_databases) as made:
        yield made


def add(db: Database, login: str, role: str, name: str = "", password: str = PASSWORD) -> Any:
    values = {"login": login, "full_name": name or login.title(), "role": role}
    return staff.create_staff(db, {**values, "password": password})


def authors(db: Database, **target: int) -> list[str | None]:
    with db.read() as session:
        stmt = (
            select(StaffMember.login)
            .select_from(TimelineEntry)
            .outerjoin(StaffMember, TimelineEntry.staff_id == StaffMember.id)
            .filter_by(**target)
        )
        return list(session.scalars(stmt))


def stored_password(office: Office, login: str) -> str | None:
    engine = _superuser(office.admin)
    try:
        with engine.connect() as conn:
            return conn.scalar(
                text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"), {"r": login}
            )
    finally:
        engine.dispose()


def refused(db: Database, statement: str) -> str:
    """What the server says to `statement` run by `db`'s login (it must refuse it)."""
    with pytest.raises(sa_exc.DBAPIError) as caught, db.engine.connect() as conn:
        conn.exec_driver_sql(statement)
    return str(caught.value.orig)


# -- a staff login works through the services, and is the author of what it does ------------


def test_a_staff_login_reads_and_writes_and_the_timeline_names_it(office: Office) -> None:
    owner = office.as_login(office.owner)
    anna, boss = office.login("anna"), office.login("boss")
    add(owner, anna, roles.STAFF)
    add(owner, boss, roles.ADMIN)

    as_anna = office.as_login(anna)
    made = contacts.create_contact(
        as_anna, {"first_name": "Ewa", "last_name": "Nowak", "side": "katowice"}, actor=boss
    )
    contacts.update_contact(as_anna, made.id, {"first_name": "Ewelina"}, actor=None)

    assert contacts.get_contact(as_anna, made.id).first_name == "Ewelina"
    assert authors(as_anna, contact_id=made.id) == [anna, anna]  # whatever actor= said
    assert roles.current_login(as_anna) == anna
    assert not roles.is_admin(as_anna)


def test_the_owner_acts_as_its_caller_says(office: Office) -> None:
    owner = office.as_login(office.owner)
    anna = office.login("anna")
    add(owner, anna, roles.STAFF)
    made = contacts.create_contact(owner, {"last_name": "Dupont", "side": "other"}, actor=anna)
    assert authors(owner, contact_id=made.id) == [anna]
    assert roles.is_admin(owner)


def test_a_login_without_a_staff_member_is_refused_and_writes_nothing(office: Office) -> None:
    owner = office.as_login(office.owner)
    ghost = office.login("ghost")
    with owner.engine.begin() as conn:  # a login of the group, made without its staff row
        roles.create_login(conn, office.name, ghost, PASSWORD, roles.STAFF)

    as_ghost = office.as_login(ghost)
    with pytest.raises(roles.NotAllowedError) as caught:
        contacts.create_contact(as_ghost, {"last_name": "Kowalski", "side": "other"})
    assert errors.code_of(caught.value.message) == "not_staff"
    assert ghost in str(caught.value) and "\n" not in str(caught.value)
    with owner.read() as session:
        assert session.scalar(select(Contact.id)) is None


# -- what a staff login may not do --------------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "why"),
    [
        ("ALTER TABLE contacts ADD COLUMN shoe_size integer", "must be owner"),
        ("DROP TABLE timeline_entries", "must be owner"),
        ("CREATE TABLE scratch (id integer)", "permission denied for schema public"),
        ("TRUNCATE contacts", "permission denied"),
        ("CREATE ROLE {login}_friend LOGIN", "permission denied to create role"),
    ],
)
def test_a_staff_login_cannot_change_tables_or_make_logins(
    office: Office, statement: str, why: str
) -> None:
    owner = office.as_login(office.owner)
    anna = office.login("anna")
    add(owner, anna, roles.STAFF)
    said = refused(office.as_login(anna), statement.format(login=anna))
    assert why in said


def test_a_staff_login_cannot_manage_staff_or_change_settings(office: Office) -> None:
    owner = office.as_login(office.owner)
    anna = office.login("anna")
    add(owner, anna, roles.STAFF)
    as_anna = office.as_login(anna)

    with pytest.raises(roles.NotAllowedError) as caught:
        add(as_anna, office.login("carl"), roles.STAFF)
    assert errors.code_of(caught.value.message) == "admin_only"
    assert str(caught.value) == (
        f"Managing the staff is for admins of the office database; {anna!r} is a staff login."
    )
    with pytest.raises(roles.NotAllowedError):
        settings.save(as_anna, {"office.name": "Somewhere else"})
    with pytest.raises(roles.NotAllowedError):
        staff.deactivate_staff(as_anna, anna)
    assert [s.login for s in staff.list_staff(owner)] == [anna]
    assert settings.load(owner)["office.name"] != "Somewhere else"


# -- what an admin login may do -----------------------------------------------------------------


def test_an_admin_login_adds_a_staff_member_with_a_login(
    office: Office, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    owner = office.as_login(office.owner)
    boss, carl = office.login("boss"), office.login("carl")
    add(owner, boss, roles.ADMIN)
    as_boss = office.as_login(boss)
    assert roles.is_admin(as_boss)

    add(as_boss, carl, roles.STAFF, "Carl Nowak", password="carl-Pass-9")

    assert staff.staff_roles(as_boss) == {boss: roles.ADMIN, carl: roles.STAFF}
    stored = stored_password(office, carl)
    assert stored is not None and stored.startswith("SCRAM-SHA-256$")
    assert "carl-Pass-9" not in stored  # hashed on this side: the server never saw it
    assert "carl-Pass-9" not in caplog.text and PASSWORD not in caplog.text
    as_carl = office.as_login(carl)
    assert roles.current_login(as_carl) == carl
    assert staff.get_staff(as_carl, carl).full_name == "Carl Nowak"


def test_changing_role_and_deactivating_change_the_login(office: Office) -> None:
    owner = office.as_login(office.owner)
    anna = office.login("anna")
    member = add(owner, anna, roles.STAFF)

    member = staff.update_staff(owner, member.id, {"role": roles.ADMIN})
    assert staff.staff_roles(owner) == {anna: roles.ADMIN}
    assert roles.is_admin(office.as_login(anna))

    staff.deactivate_staff(owner, anna)
    assert not staff.get_staff(owner, anna).active
    assert roles.roles_by_login(owner)[anna] == (roles.ADMIN, False)
    with pytest.raises(errors.ServerUnreachableError):  # NOLOGIN: it cannot connect
        office.as_login(anna)


def test_an_admin_cannot_demote_or_deactivate_themselves(office: Office) -> None:
    owner = office.as_login(office.owner)
    boss = office.login("boss")
    member = add(owner, boss, roles.ADMIN)
    as_boss = office.as_login(boss)
    for change in ({"role": roles.STAFF}, {"active": False}):
        with pytest.raises(errors.ValidationError) as caught:
            staff.update_staff(as_boss, member.id, change)
        assert [errors.code_of(e.message) for e in caught.value.errors] == ["own_login"]
    assert staff.staff_roles(owner) == {boss: roles.ADMIN}


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"role": "boss"}, "role", "choice"),
        ({"password": "short"}, "password", "password_short"),
        ({"password": ""}, "password", "required"),
        ({"login": "pg_anna"}, "login", "login_reserved"),
        ({"login": "anna smith"}, "login", "login_characters"),
        ({"login": "ann'a"}, "login", "login_characters"),
    ],
)
def test_bad_logins_passwords_and_roles_are_refused_and_nothing_is_made(
    office: Office, values: dict[str, str], field: str, code: str
) -> None:
    owner = office.as_login(office.owner)
    given = {"login": office.login("anna"), "full_name": "Anna", "role": "staff"}
    with pytest.raises(errors.ValidationError) as caught:
        staff.create_staff(owner, {**given, "password": PASSWORD, **values})
    assert {e.field: errors.code_of(e.message) for e in caught.value.errors}[field] == code
    assert staff.list_staff(owner) == [] and staff.staff_roles(owner) == {}


def test_a_login_taken_on_the_server_is_refused_and_no_staff_member_is_added(
    office: Office,
) -> None:
    owner = office.as_login(office.owner)
    with pytest.raises(errors.ValidationError) as caught:
        add(owner, office.owner, roles.STAFF)  # the owner's role exists: not a new login
    assert [errors.code_of(e.message) for e in caught.value.errors] == ["login_on_server"]
    assert staff.list_staff(owner) == []


# -- two office databases on one server -------------------------------------------------------


def test_the_roles_of_two_office_databases_do_not_mix(
    office: Office, server_databases: ServerDatabases
) -> None:
    admin, other_name, other_owner, other_suffix = make_office(server_databases)
    try:
        other = Office(admin, other_name, other_owner, other_suffix, office.opened)
        anna, olga = office.login("anna"), other.login("olga")
        add(office.as_login(office.owner), anna, roles.ADMIN)
        add(other.as_login(other.owner), olga, roles.STAFF)

        assert staff.staff_roles(office.as_login(anna)) == {anna: roles.ADMIN}
        assert staff.staff_roles(other.as_login(olga)) == {olga: roles.STAFF}
        with pytest.raises(errors.ServerUnreachableError) as caught:
            other.as_login(anna)  # an admin of one office cannot even connect to the other
        assert "permission denied for database" in str(caught.value)
        assert not roles.is_admin(other.as_login(olga))
    finally:
        for database in office.opened:
            database.dispose()
        office.opened.clear()
        drop_office(admin, other_name, other_owner)


# -- setting up ---------------------------------------------------------------------------------


def test_setting_up_makes_the_owner_own_every_table_and_the_groups(office: Office) -> None:
    owner = office.as_login(office.owner)
    with owner.engine.connect() as conn:
        owners = set(
            conn.scalars(text("SELECT tableowner FROM pg_tables WHERE schemaname = 'public'"))
        )
        can_connect = conn.scalar(
            text("SELECT has_database_privilege('public', current_database(), 'CONNECT')")
        )
    assert owners == {office.owner}
    assert not can_connect
    assert roles.managed(owner)
    stored = stored_password(office, office.owner)
    assert stored is not None and PASSWORD not in stored


def test_setting_up_refuses_a_taken_name_and_makes_nothing(office: Office) -> None:
    new_owner = office.login("second_owner")
    with pytest.raises(errors.UserError) as caught:
        server_setup.setup_server(
            office.admin, database=office.name, owner=new_owner, owner_password=PASSWORD
        )
    assert str(caught.value) == (
        f"The database {office.name!r} already exists on {office.admin.host}; nothing was changed."
    )
    assert stored_password(office, new_owner) is None
    engine = _superuser(office.admin)
    try:
        with engine.connect() as conn:
            found = conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": new_owner})
        assert found is None
    finally:
        engine.dispose()


def test_a_staff_login_cannot_upgrade_the_database(office: Office) -> None:
    owner = office.as_login(office.owner)
    anna = office.login("anna")
    add(owner, anna, roles.STAFF)
    with owner.engine.begin() as conn:  # as if made by an older version
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0002'")
    with pytest.raises(errors.DatabaseError) as caught:
        office.as_login(anna)
    assert "must be upgraded for this version of MSEK Desktop by its owner" in str(caught.value)
    assert f"msek --db postgresql://{office.owner}@" in str(caught.value)


def test_an_admin_login_restores_a_backup_and_a_staff_login_is_refused(office: Office) -> None:
    from msek_desktop.core import backups

    owner = office.as_login(office.owner)
    anna, boss = office.login("anna"), office.login("boss")
    add(owner, anna, roles.STAFF)
    add(owner, boss, roles.ADMIN)
    as_anna, as_boss = office.as_login(anna), office.as_login(boss)
    kept = contacts.create_contact(as_anna, {"last_name": "Kept", "side": "other"})
    copy = backups.backup_now(as_anna)  # every desk keeps a copy, staff included
    contacts.create_contact(as_anna, {"last_name": "Later", "side": "other"})

    with pytest.raises(roles.NotAllowedError) as caught:
        backups.restore_server(as_anna, copy)
    assert str(caught.value).startswith("Restoring a backup is for admins of the office database")
    backups.restore_server(as_boss, copy)  # TRUNCATE and the sequences: granted to admins
    with owner.read() as session:
        assert list(session.scalars(select(Contact.id))) == [kept.id]


def test_tables_a_superuser_s_migration_made_are_granted_to_the_groups(office: Office) -> None:
    """Default privileges cover the owner's tables; one a superuser made (`msek init` run as
    postgres) is granted after the migration, so staff logins keep working."""
    owner = office.as_login(office.owner)
    anna = office.login("anna")
    add(owner, anna, roles.STAFF)
    as_super = office.as_login("postgres")
    with as_super.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE extra (id integer)")
    assert "permission denied for table extra" in refused(
        office.as_login(anna), "INSERT INTO extra VALUES (1)"
    )
    roles.grant_after_migration(as_super.engine)
    with office.as_login(anna).engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO extra VALUES (1)")
    assert "must be owner" in refused(office.as_login(anna), "DROP TABLE extra")


# -- a login for a staff member who has none (carried over by `msek move-to`) ----------------


def without_login(db: Database, login: str, *, active: bool = True) -> None:
    """A staff row as `msek move-to` carries it over: no login on the server."""
    with db.write() as session:
        session.add(StaffMember(login=login, full_name=login.title(), active=active))


def test_a_staff_member_without_a_login_is_given_one(office: Office) -> None:
    owner = office.as_login(office.owner)
    anna, dora = office.login("anna"), office.login("dora")
    without_login(owner, anna)
    without_login(owner, dora, active=False)
    assert staff.staff_roles(owner) == {}
    with pytest.raises(errors.ServerUnreachableError):  # no login yet: cannot connect
        office.as_login(anna)

    assert staff.give_login(owner, anna, PASSWORD, roles.ADMIN).login == anna
    staff.give_login(owner, dora, PASSWORD, roles.STAFF)

    assert staff.staff_roles(owner) == {anna: roles.ADMIN, dora: roles.STAFF}
    stored = stored_password(office, anna)
    assert stored is not None and stored.startswith("SCRAM-SHA-256$")
    as_anna = office.as_login(anna)
    assert roles.current_login(as_anna) == anna and roles.is_admin(as_anna)
    assert staff.logged_in(as_anna) == anna
    assert roles.roles_by_login(owner)[dora] == (roles.STAFF, False)  # inactive: NOLOGIN
    with pytest.raises(errors.ServerUnreachableError):
        office.as_login(dora)


def test_giving_a_login_refuses_one_who_has_one_an_unknown_member_and_a_bad_password(
    office: Office,
) -> None:
    owner = office.as_login(office.owner)
    anna, boss = office.login("anna"), office.login("boss")
    add(owner, anna, roles.STAFF)
    without_login(owner, boss)

    with pytest.raises(errors.UserError) as caught:
        staff.give_login(owner, anna, PASSWORD, roles.ADMIN)
    assert caught.value.message == f"{anna} already has a login on the office server."
    with pytest.raises(errors.NotFoundError):
        staff.give_login(owner, office.login("nobody"), PASSWORD, roles.STAFF)
    for password, role, code in (("short", roles.STAFF, "password_short"),
                                 (PASSWORD, "boss", "choice")):  # fmt: skip
        with pytest.raises(errors.ValidationError) as refused_value:
            staff.give_login(owner, boss, password, role)
        assert [errors.code_of(e.message) for e in refused_value.value.errors] == [code]
    assert staff.staff_roles(owner) == {anna: roles.STAFF}  # nothing made, nothing changed


def test_a_staff_login_cannot_give_logins(office: Office) -> None:
    owner = office.as_login(office.owner)
    anna, boss = office.login("anna"), office.login("boss")
    add(owner, anna, roles.STAFF)
    without_login(owner, boss)
    with pytest.raises(roles.NotAllowedError):
        staff.give_login(office.as_login(anna), boss, PASSWORD, roles.ADMIN)
    assert boss not in staff.staff_roles(owner)


def test_on_a_file_or_a_server_without_logins_there_is_no_login_to_give(
    tmp_path: Path, new_server_database: Any
) -> None:
    on_file = open_database(tmp_path / "msek.db", create=True)
    try:
        for database in (on_file, new_server_database()):
            without_login(database, "anna")
            with pytest.raises(errors.UserError) as caught:
                staff.give_login(database, "anna", PASSWORD, roles.STAFF)
            assert caught.value.message == (
                f"{database.location} has no logins: they are for an office server set up "
                "with `msek server setup`."
            )
            assert staff.staff_roles(database) == {}
    finally:
        on_file.dispose()
