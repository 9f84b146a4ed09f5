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
A database whose group roles do not exist (made by hand, or the tests' server) is not
`managed`: staff members there have no logins, as on a file.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from psycopg import sql
from sqlalchemy import Connection, Engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from msek_desktop.core import errors, migrations, server
from msek_desktop.core.db import Database
from msek_desktop.core.models import StaffMember
from msek_desktop.core.server import ServerAddress, without_password

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


def _run(conn: Connection, statement: sql.Composable) -> None:
    with _driver(conn).cursor() as cursor:
        cursor.execute(statement)


def _hashed(conn: Connection, login: str, password: str) -> str:
    """The password as the server stores it, hashed here by libpq for `login`."""
    hashed: bytes = _driver(conn).pgconn.encrypt_password(password.encode(), login.encode())
    return hashed.decode("ascii")


def _role_exists(conn: Connection, name: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
    return found.first() is not None


# -- who is connected ------------------------------------------------------------------------


def _connection(session_or_conn: Session | Connection) -> Connection:
    if isinstance(session_or_conn, Session):
        return session_or_conn.connection()
    return session_or_conn


def managed(database: Database) -> bool:
    """Whether `database` is on a server set up for logins (its group roles exist)."""
    if not database.on_server:
        return False
    staff_group, admin_group = group_names(database_name(database))
    with database.read() as session:
        conn = session.connection()
        return _role_exists(conn, staff_group) and _role_exists(conn, admin_group)


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
    staff_group, admin_group = group_names(database_name)
    _check_role(role)
    check_password(password)
    _run(
        conn,
        sql.SQL("CREATE ROLE {} LOGIN {} PASSWORD {}").format(
            sql.Identifier(login),
            sql.SQL("CREATEROLE" if role == ADMIN else "NOCREATEROLE"),
            sql.Literal(_hashed(conn, login, password)),
        ),
    )
    _join(conn, login, staff_group, admin_group, role)


def _join(conn: Connection, login: str, staff_group: str, admin_group: str, role: str) -> None:
    if role == ADMIN:  # ADMIN OPTION: PostgreSQL 16 lets it grant D_admin to other logins
        _run(conn, sql.SQL("GRANT {} TO {} WITH ADMIN OPTION").format(
            sql.Identifier(admin_group), sql.Identifier(login)))  # fmt: skip
    else:
        _run(conn, sql.SQL("GRANT {} TO {}").format(
            sql.Identifier(staff_group), sql.Identifier(login)))  # fmt: skip


def set_role(conn: Connection, database_name: str, login: str, role: str) -> None:
    """Make `login` a member of the `role` group only (CREATEROLE for admins)."""
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
            _run(conn, sql.SQL("REVOKE {} FROM {}").format(
                sql.Identifier(group), sql.Identifier(login)))  # fmt: skip
    creates = sql.SQL("CREATEROLE" if role == ADMIN else "NOCREATEROLE")
    _run(conn, sql.SQL("ALTER ROLE {} {}").format(sql.Identifier(login), creates))
    _join(conn, login, staff_group, admin_group, role)


def set_password(conn: Connection, login: str, password: str) -> None:
    check_password(password)
    _run(conn, sql.SQL("ALTER ROLE {} PASSWORD {}").format(
        sql.Identifier(login), sql.Literal(_hashed(conn, login, password))))  # fmt: skip


def set_active(conn: Connection, login: str, active: bool) -> None:
    """LOGIN or NOLOGIN: a deactivated staff member can no longer connect."""
    _run(conn, sql.SQL("ALTER ROLE {} {}").format(
        sql.Identifier(login), sql.SQL("LOGIN" if active else "NOLOGIN")))  # fmt: skip


def login_exists(conn: Connection, login: str) -> bool:
    return _role_exists(conn, login)


def connection_login(conn: Connection) -> str:
    return str(conn.scalar(text("SELECT current_user")))


# -- after a migration -----------------------------------------------------------------------


def grant_after_migration(engine: Engine) -> None:
    """Give the groups what they may do on every table and sequence there is now (those a
    migration just added included); nothing on a database without them (not managed)."""
    with engine.begin() as conn:
        staff_group, admin_group = group_names(str(conn.scalar(text("SELECT current_database()"))))
        if not (_role_exists(conn, staff_group) and _role_exists(conn, admin_group)):
            return
        staff_id, admin_id = sql.Identifier(staff_group), sql.Identifier(admin_group)
        for statement in (
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {staff}",
            "GRANT TRUNCATE ON ALL TABLES IN SCHEMA public TO {admin}",
            "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {staff}",
        ):
            _run(conn, sql.SQL(statement).format(staff=staff_id, admin=admin_id))


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


# -- setting up a server ---------------------------------------------------------------------


def check_setup_names(database: str, owner: str) -> None:
    """UserError naming the first of the database's and the owner's names that cannot be."""
    if not DATABASE.match(database):
        raise errors.UserError(
            f"{database!r} cannot be an office database's name: use lower-case letters, "
            "digits and '_', starting with a letter, at most 40."
        )
    problem = login_problem(owner)
    if problem is not None:
        raise errors.UserError(f"The owner's login {errors.Message(problem, login=owner)}.")
    if owner in group_names(database):
        raise errors.UserError(f"The owner cannot be named {owner!r}: that is a group's name.")


def _refuse_existing(conn: Connection, address: ServerAddress, database: str, owner: str) -> None:
    taken = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": database})
    if taken.first():
        raise errors.UserError(
            f"The database {database!r} already exists on {address.host}; nothing was changed."
        )
    for name in (owner, *group_names(database)):
        if _role_exists(conn, name):
            raise errors.UserError(
                f"The role {name!r} already exists on {address.host}; nothing was changed."
            )
    me = conn.execute(
        text(
            "SELECT rolsuper, rolcreaterole AND rolcreatedb FROM pg_roles "
            "WHERE rolname = current_user"
        )
    ).one()
    if not (me[0] or me[1]):
        raise errors.UserError(
            f"{address} may not create roles and databases; give the address of the server's "
            "superuser (postgres)."
        )


def setup_server(
    admin: ServerAddress, *, database: str, owner: str, owner_password: str
) -> ServerAddress:
    """Create the office database `database` on the server `admin` (a superuser's
    connection to its maintenance database), its owner login `owner` and its groups, with the
    grants the module's docstring says, and bring it to the current schema as its owner.
    Refused before anything is made when a name is taken; undone when a step fails. Returns
    the owner's address of the new database (without a password)."""
    check_setup_names(database, owner)
    check_password(owner_password)
    engine = server.make_engine(admin)
    auto = engine.execution_options(isolation_level="AUTOCOMMIT")
    made: list[str] = []
    try:
        with engine.begin() as conn:  # the roles: all or none
            _refuse_existing(conn, admin, database, owner)
            _make_roles(conn, database, owner, owner_password)
        made = [owner, *group_names(database)]
        with auto.connect() as conn:  # CREATE DATABASE cannot run inside a transaction
            _run(conn, sql.SQL("CREATE DATABASE {} OWNER {} TEMPLATE template0 ENCODING 'UTF8'")
                 .format(sql.Identifier(database), sql.Identifier(owner)))  # fmt: skip
        made.insert(0, "")  # the database: dropped first if a later step fails
        target = _address_of(admin, database)
        _grant_database(target, database, owner)
        _migrate_as(target, owner)
    except sa_exc.DBAPIError as exc:
        _undo(auto, database, made)
        user = server.translate_error(exc, admin)
        if user is None:
            raise
        raise user from exc
    except BaseException:
        _undo(auto, database, made)
        raise
    finally:
        engine.dispose()
    return owner_address(admin, database, owner)


def owner_address(admin: ServerAddress, database: str, login: str) -> ServerAddress:
    """`admin`'s server (written as its user wrote it), with `database` and the login
    `login`, without any password."""
    parts = urlsplit(without_password(admin.url))
    host = parts.netloc.rpartition("@")[2]
    return ServerAddress(urlunsplit(parts._replace(netloc=f"{login}@{host}", path=f"/{database}")))


def _make_roles(conn: Connection, database: str, owner: str, password: str) -> None:
    staff_group, admin_group = group_names(database)
    ids = {"owner": sql.Identifier(owner), "staff": sql.Identifier(staff_group),
           "admin": sql.Identifier(admin_group)}  # fmt: skip
    _run(conn, sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD {}").format(
        ids["owner"], sql.Literal(_hashed(conn, owner, password))))  # fmt: skip
    for statement in (
        "CREATE ROLE {staff} NOLOGIN",
        "CREATE ROLE {admin} NOLOGIN",
        "GRANT {staff} TO {admin} WITH ADMIN OPTION",
        "GRANT {staff}, {admin} TO {owner} WITH ADMIN OPTION",
    ):
        _run(conn, sql.SQL(statement).format(**ids))


def _address_of(admin: ServerAddress, database: str) -> ServerAddress:
    url = make_url(admin.url).set(database=database)
    return ServerAddress(url.render_as_string(hide_password=False))


def _grant_database(target: ServerAddress, database: str, owner: str) -> None:
    staff_group, admin_group = group_names(database)
    ids = {"db": sql.Identifier(database), "owner": sql.Identifier(owner),
           "staff": sql.Identifier(staff_group), "admin": sql.Identifier(admin_group)}  # fmt: skip
    engine = server.make_engine(target)
    try:
        with engine.begin() as conn:
            for statement in (
                "REVOKE ALL ON DATABASE {db} FROM PUBLIC",
                "GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {staff}",
                "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
                "GRANT USAGE ON SCHEMA public TO {staff}",
                "ALTER SCHEMA public OWNER TO {owner}",
                "ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
                "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {staff}",
                "ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
                "GRANT TRUNCATE ON TABLES TO {admin}",
                "ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
                "GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {staff}",
            ):
                _run(conn, sql.SQL(statement).format(**ids))
    finally:
        engine.dispose()


def _migrate_as(target: ServerAddress, owner: str) -> None:
    """The migrations, run as the owner (SET ROLE on the superuser's connection: the owner
    may not yet be allowed to connect from here), so the owner owns every table."""
    engine = server.make_engine(target)

    def become_owner(dbapi_conn: Any, _record: Any) -> None:
        with dbapi_conn.cursor() as cursor:
            cursor.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(owner)))
        dbapi_conn.commit()

    event.listen(engine, "connect", become_owner)
    try:
        migrations.upgrade(engine)
        grant_after_migration(engine)
    finally:
        engine.dispose()


def _undo(engine: Any, database: str, made: list[str]) -> None:
    """Drop what setup_server made before it failed ("" stands for the database)."""
    with engine.connect() as conn:
        for name in made:
            statement = (
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(database))
                if name == ""
                else sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name))
            )
            _run(conn, statement)
