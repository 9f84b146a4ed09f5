"""Who may do what on the office server: its logins, group roles and grants.

PostgreSQL only. This module holds the server-only SQL of roles and grants (beside core.db,
core.search and core.schema, the only place that writes SQL one database understands). On an
SQLite file there are no logins: the person at the desk is trusted, is_admin is true and
nothing here touches the file.

The design, for an office database D on a server (several office databases may share one
server, so every name below carries D and two databases' roles never mix):
- D_staff (NOLOGIN) reads and writes the office's data: CONNECT on D, USAGE on the schema
  public, SELECT/INSERT/UPDATE/DELETE on every table, USAGE/SELECT/UPDATE on every sequence.
  It owns nothing and may not CREATE in the schema (revoked from PUBLIC too), so a staff
  login never creates, alters, drops or truncates a table.
- D_admin (NOLOGIN) is a member of D_staff and may also manage the logins of D's groups,
  change the office settings and restore a backup (require_admin); it may TRUNCATE (a
  restore replaces the data). Connecting to D is revoked from PUBLIC: a login of another
  office database cannot even connect.
- The owner (a login of its own, e.g. msek_owner) owns D, its schema and its tables and runs
  the migrations (`msek init` and upgrades); its default privileges give every table and
  sequence a later migration adds to D_staff, and grant_after_migration grants again what a
  migration made (store._migrate calls it). The owner and superusers count as admins, and
  act as the `actor` their caller names (imports, demo data, scripts on the server).
- Each staff member logs in as their own role, named as their staff login, a member of
  D_staff or D_admin: the login decides who did what (author_id: the staff row whose login is
  current_user, whatever actor a caller passes; a login without one is refused).
- Admin logins have CREATEROLE, so they can create and alter logins. On PostgreSQL 15 and
  before, CREATEROLE may alter any role of the server that is not a superuser (those of other
  databases included): give admin only to people trusted with the server. PostgreSQL 16
  narrowed CREATEROLE to the roles one holds ADMIN OPTION on; D_admin holds it on D_staff and
  each admin login on D_admin (and the owner on both), so adding logins of D keeps working
  there, and an admin alters the logins it created (the owner can alter any).
- Passwords: libpq hashes them on this computer (PQencryptPasswordConn, SCRAM when the server
  asks for it), so the server, its logs and this program's logs never see them in clear; no
  message holds one. Role names and the hash enter SQL only through psycopg.sql.Identifier
  and Literal, never pasted in.
Setting up a new office database on a server (its owner, groups, grants and schema) is
core.server_setup's. A database whose group roles do not exist (made by hand, or the tests'
server) is not `managed`: staff members there have no logins, as on a file.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

from msek_desktop.core import errors
from msek_desktop.core.db import Database
from msek_desktop.core.models import StaffMember
from msek_desktop.core.server import ServerAddress, without_password

if TYPE_CHECKING:  # psycopg is imported by what writes roles: a file's commands never do
    from psycopg import sql

STAFF = "staff"
ADMIN = "admin"
ROLES = (STAFF, ADMIN)

LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,39}$")  # a staff login (core.staff) is a role name
DATABASE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")  # D_admin stays within PostgreSQL's 63 bytes
RESERVED = frozenset({"public", "none", "current_role", "current_user", "session_user"})
MIN_PASSWORD = 8


class NotAllowedError(errors.UserError):
    """The login on the office server may not do this; its message is coded (errors.Message),
    so the window says it in its own language."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(errors.Message(code, **params))


# -- names ---------------------------------------------------------------------------------


def group_names(database_name: str) -> tuple[str, str]:
    """The staff and admin group roles of the office database `database_name`."""
    return f"{database_name}_{STAFF}", f"{database_name}_{ADMIN}"


def database_name(database: Database) -> str:
    location = database.location
    assert isinstance(location, ServerAddress)
    return database_name_of(location)


def database_name_of(address: ServerAddress) -> str:
    return str(address.sqlalchemy_url().database)


def login_problem(login: str) -> str | None:
    """The code of what makes `login` unusable as a login's role name; None when it is fine."""
    if not LOGIN.match(login):
        return "login_characters"
    if login.startswith("pg_") or login in RESERVED:
        return "login_reserved"
    return None


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise errors.ValidationError.coded("role", "choice", allowed=", ".join(ROLES), value=role)
    return role


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise errors.ValidationError.coded("password", "password_short", minimum=MIN_PASSWORD)
    return password


# -- running composed SQL --------------------------------------------------------------------


def _driver(conn: Connection) -> Any:
    """The psycopg connection under `conn` (in `conn`'s transaction)."""
    return conn.connection.dbapi_connection


def run_sql(conn: Connection, statement: sql.Composable) -> None:
    with _driver(conn).cursor() as cursor:
        cursor.execute(statement)


def hashed_password(conn: Connection, login: str, password: str) -> str:
    """The password as the server stores it, hashed here by libpq for `login`."""
    hashed: bytes = _driver(conn).pgconn.encrypt_password(password.encode(), login.encode())
    return hashed.decode("ascii")


def role_exists(conn: Connection, name: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
    return found.first() is not None


# -- who is connected ------------------------------------------------------------------------


def managed(database: Database) -> bool:
    """Whether `database` is on a server set up for logins (its group roles exist)."""
    if not database.on_server:
        return False
    staff_group, admin_group = group_names(database_name(database))
    with database.read() as session:
        conn = session.connection()
        return role_exists(conn, staff_group) and role_exists(conn, admin_group)


def current_login(database: Database) -> str | None:
    """The server login this program is connected as; None on a file."""
    if not database.on_server:
        return None
    with database.read() as session:
        return str(session.scalar(text("SELECT current_user")))


_MAINTAINER = text(
    "SELECT r.rolsuper OR r.oid = d.datdba FROM pg_roles r, pg_database d "
    "WHERE r.rolname = current_user AND d.datname = current_database()"
)
_IN_GROUP = text(
    "SELECT 1 FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
    "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = :group AND m.rolname = current_user"
)


def _is_maintainer(conn: Connection) -> bool:
    """A superuser or the database's owner: they can change anything anyway."""
    return bool(conn.scalar(_MAINTAINER))


def acts_for_others(database: Database) -> bool:
    """Whether this connection is the owner's or a superuser's, who act as whoever their
    caller names (author_id); False on a file."""
    if not database.on_server:
        return False
    with database.read() as session:
        return _is_maintainer(session.connection())


def _admin_here(conn: Connection) -> bool:
    if _is_maintainer(conn):
        return True
    admin_group = group_names(str(conn.scalar(text("SELECT current_database()"))))[1]
    return conn.execute(_IN_GROUP, {"group": admin_group}).first() is not None


def is_admin(database: Database) -> bool:
    """Whether this connection may manage staff, settings and restores (always on a file)."""
    if not database.on_server:
        return True
    with database.read() as session:
        return _admin_here(session.connection())


def require_admin(database: Database, what: str) -> None:
    """NotAllowedError naming `what` unless this connection is an admin's (see is_admin)."""
    if not is_admin(database):
        raise NotAllowedError("admin_only", what=what, login=current_login(database))


def author_id(session: Session, actor: str | None) -> int | None:
    """The staff member acting on the server: the one whose login is current_user, whatever
    `actor` says; the owner and superusers (migrations, imports, demo data, scripts) act as
    `actor` (None: the system). Any other login without a staff member is refused."""
    conn = session.connection()
    login = str(conn.scalar(text("SELECT current_user")))
    found = session.scalar(
        StaffMember.__table__.select()
        .with_only_columns(StaffMember.id)
        .where(StaffMember.login == login)
    )
    if found is not None:
        return int(found)
    if not _is_maintainer(conn):
        raise NotAllowedError("not_staff", login=login)
    if actor is None:
        return None
    by_name = session.scalar(
        StaffMember.__table__.select()
        .with_only_columns(StaffMember.id)
        .where(StaffMember.login == actor)
    )
    if by_name is None:
        raise errors.NotFoundError(f"There is no staff member with the login {actor!r}.")
    return int(by_name)


# -- logins ----------------------------------------------------------------------------------


def roles_by_login(database: Database) -> dict[str, tuple[str, bool]]:
    """The logins of this database's groups (its owner aside): login -> (role, can log in).
    Empty on a file."""
    if not database.on_server:
        return {}
    staff_group, admin_group = group_names(database_name(database))
    query = text(
        "SELECT m.rolname, g.rolname, m.rolcanlogin FROM pg_auth_members a "
        "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
        "WHERE g.rolname IN (:staff, :admin) AND m.rolname NOT IN (:staff, :admin) "
        "AND m.oid <> (SELECT datdba FROM pg_database WHERE datname = current_database())"
    )
    found: dict[str, tuple[str, bool]] = {}
    with database.read() as session:
        for member, group, can_login in session.execute(
            query, {"staff": staff_group, "admin": admin_group}
        ):
            role = ADMIN if group == admin_group else STAFF
            if found.get(member, (STAFF,))[0] != ADMIN:
                found[member] = (role, bool(can_login))
    return found


def create_login(
    conn: Connection, database_name: str, login: str, password: str, role: str
) -> None:
    """The server login `login` of the office database's `role` group, in `conn`'s
    transaction. The caller checked that it may (require_admin) and that `login` is free."""
    from psycopg import sql

    staff_group, admin_group = group_names(database_name)
    _check_role(role)
    check_password(password)
    run_sql(
        conn,
        sql.SQL("CREATE ROLE {} LOGIN {} PASSWORD {}").format(
            sql.Identifier(login),
            sql.SQL("CREATEROLE" if role == ADMIN else "NOCREATEROLE"),
            sql.Literal(hashed_password(conn, login, password)),
        ),
    )
    _join(conn, login, staff_group, admin_group, role)


def _join(conn: Connection, login: str, staff_group: str, admin_group: str, role: str) -> None:
    from psycopg import sql

    if role == ADMIN:  # ADMIN OPTION: PostgreSQL 16 lets it grant D_admin to other logins
        run_sql(conn, sql.SQL("GRANT {} TO {} WITH ADMIN OPTION").format(
            sql.Identifier(admin_group), sql.Identifier(login)))  # fmt: skip
    else:
        run_sql(conn, sql.SQL("GRANT {} TO {}").format(
            sql.Identifier(staff_group), sql.Identifier(login)))  # fmt: skip


def set_role(conn: Connection, database_name: str, login: str, role: str) -> None:
    """Make `login` a member of the `role` group only (CREATEROLE for admins)."""
    from psycopg import sql

    staff_group, admin_group = group_names(database_name)
    _check_role(role)
    for group in (staff_group, admin_group):
        if conn.execute(
            text(
                "SELECT 1 FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = :g AND m.rolname = :m"
            ),
            {"g": group, "m": login},
        ).first():
            run_sql(conn, sql.SQL("REVOKE {} FROM {}").format(
                sql.Identifier(group), sql.Identifier(login)))  # fmt: skip
    creates = sql.SQL("CREATEROLE" if role == ADMIN else "NOCREATEROLE")
    run_sql(conn, sql.SQL("ALTER ROLE {} {}").format(sql.Identifier(login), creates))
    _join(conn, login, staff_group, admin_group, role)


def set_password(conn: Connection, login: str, password: str) -> None:
    from psycopg import sql

    check_password(password)
    run_sql(conn, sql.SQL("ALTER ROLE {} PASSWORD {}").format(
        sql.Identifier(login), sql.Literal(hashed_password(conn, login, password))))  # fmt: skip


def set_active(conn: Connection, login: str, active: bool) -> None:
    """LOGIN or NOLOGIN: a deactivated staff member can no longer connect."""
    from psycopg import sql

    run_sql(conn, sql.SQL("ALTER ROLE {} {}").format(
        sql.Identifier(login), sql.SQL("LOGIN" if active else "NOLOGIN")))  # fmt: skip


def login_exists(conn: Connection, login: str) -> bool:
    return role_exists(conn, login)


def connection_login(conn: Connection) -> str:
    return str(conn.scalar(text("SELECT current_user")))


# -- after a migration -----------------------------------------------------------------------


def grant_after_migration(engine: Engine) -> None:
    """Give the groups what they may do on every table and sequence there is now (those a
    migration just added included); nothing on a database without them (not managed)."""
    from psycopg import sql

    with engine.begin() as conn:
        staff_group, admin_group = group_names(str(conn.scalar(text("SELECT current_database()"))))
        if not (role_exists(conn, staff_group) and role_exists(conn, admin_group)):
            return
        staff_id, admin_id = sql.Identifier(staff_group), sql.Identifier(admin_group)
        for statement in (
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {staff}",
            "GRANT TRUNCATE ON ALL TABLES IN SCHEMA public TO {admin}",
            "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {staff}",
        ):
            run_sql(conn, sql.SQL(statement).format(staff=staff_id, admin=admin_id))


def refuse_upgrade_by_staff(engine: Engine, address: ServerAddress) -> None:
    """A staff login cannot change tables: a database this version must upgrade waits for its
    owner (or a superuser), said in one line naming the command."""
    with engine.connect() as conn:
        if _is_maintainer(conn):
            return
        owner = conn.scalar(
            text(
                "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"
            )
        )
    as_owner = owner_address(address, database_name_of(address), str(owner))
    raise errors.DatabaseError(
        f"The office database {address} must be upgraded for this version of MSEK Desktop by "
        f"its owner: run `msek --db {as_owner} init` on the server."
    )


def owner_address(admin: ServerAddress, database: str, login: str) -> ServerAddress:
    """`admin`'s server (written as its user wrote it), with `database` and the login
    `login`, without any password."""
    parts = urlsplit(without_password(admin.url))
    host = parts.netloc.rpartition("@")[2]
    return ServerAddress(urlunsplit(parts._replace(netloc=f"{login}@{host}", path=f"/{database}")))
