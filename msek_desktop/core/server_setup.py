"""Setting up an office database on a PostgreSQL server, so nobody types SQL.

PostgreSQL only: server-only SQL, as core.roles (whose docstring says what each role may do).
Given a superuser's connection to the server's maintenance database, setup_server creates the
owner login, the database's two group roles, the database itself owned by the owner, the
grants (CONNECT and CREATE revoked from PUBLIC, default privileges for what later migrations
add), and brings the schema to head as the owner. A taken name refuses it before anything is
made; a step that fails undoes what the earlier ones made.
"""

from __future__ import annotations

from typing import Any

from psycopg import sql
from sqlalchemy import Connection, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from msek_desktop.core import errors, migrations, server
from msek_desktop.core.roles import (
    DATABASE,
    check_password,
    grant_after_migration,
    group_names,
    hashed_password,
    login_problem,
    owner_address,
    role_exists,
    run_sql,
)
from msek_desktop.core.server import ServerAddress


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
        if role_exists(conn, name):
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
    grants core.roles' docstring says, and bring it to the current schema as its owner.
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
            run_sql(conn, sql.SQL("CREATE DATABASE {} OWNER {} TEMPLATE template0 ENCODING 'UTF8'")
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


def _make_roles(conn: Connection, database: str, owner: str, password: str) -> None:
    staff_group, admin_group = group_names(database)
    ids = {"owner": sql.Identifier(owner), "staff": sql.Identifier(staff_group),
           "admin": sql.Identifier(admin_group)}  # fmt: skip
    run_sql(conn, sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD {}").format(
        ids["owner"], sql.Literal(hashed_password(conn, owner, password))))  # fmt: skip
    for statement in (
        "CREATE ROLE {staff} NOLOGIN",
        "CREATE ROLE {admin} NOLOGIN",
        "GRANT {staff} TO {admin} WITH ADMIN OPTION",
        "GRANT {staff}, {admin} TO {owner} WITH ADMIN OPTION",
    ):
        run_sql(conn, sql.SQL(statement).format(**ids))


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
                run_sql(conn, sql.SQL(statement).format(**ids))
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
            run_sql(conn, statement)


def network_settings(admin: ServerAddress) -> tuple[str, str, str]:
    """What decides whether desks may connect: the server's listen_addresses, and the paths
    of its postgresql.conf and pg_hba.conf (a superuser may read them), for the next steps."""
    engine = server.make_engine(admin)
    try:
        with engine.connect() as conn:
            listen, config, hba = (
                str(conn.scalar(text(f"SHOW {name}")))
                for name in ("listen_addresses", "config_file", "hba_file")
            )
    finally:
        engine.dispose()
    return listen, config, hba
