"""The office's staff and its server, from the command line.

`msek staff add|list|deactivate|role|login` manage the staff members (on the office server,
their logins too: core.staff, core.roles; `staff login` gives one to a staff member who has
none, as those `msek move-to` carried); `msek server setup` does the server side of a new
office database (its owner, its groups, the database, its schema) so nobody types SQL.

A new login's password is asked twice without echo, or read from the first line of standard
input with --password-stdin (scripts): cli.passwords. It is never printed, logged or put in a
message.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from msek_desktop.cli.lazy import LazyModule, errors
from msek_desktop.cli.office import opened
from msek_desktop.cli.output import cell, print_rows, shell_word
from msek_desktop.cli.passwords import ask_password, asks_password, with_password

if TYPE_CHECKING:
    from msek_desktop.core import migrations, roles, server, server_setup, staff
    from msek_desktop.core.db import Database
    from msek_desktop.core.rows import StaffRow
    from msek_desktop.core.server import ServerAddress
else:
    migrations = LazyModule("msek_desktop.core.migrations")
    roles = LazyModule("msek_desktop.core.roles")
    server = LazyModule("msek_desktop.core.server")
    server_setup = LazyModule("msek_desktop.core.server_setup")
    staff = LazyModule("msek_desktop.core.staff")

ROLES = ("staff", "admin")  # core.roles.ROLES (tests/cli/test_cli_imports.py)


def register(sub: Any, db_opt: argparse.ArgumentParser) -> None:
    """Add `staff` and `server` with their own commands to the parser's sub-commands."""
    staff_parser = sub.add_parser(
        "staff", help="the office's staff members (on the server: their logins)"
    )
    commands = staff_parser.add_subparsers(dest="staff_command", metavar="COMMAND", required=True)

    def add(name: str, handler: Any, help_text: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = commands.add_parser(
            name, parents=[db_opt], help=help_text, description=help_text
        )
        p.set_defaults(handler=handler)
        return p

    p = add("add", cmd_staff_add, "add a staff member; on the office server, also their login")
    p.add_argument("login", metavar="LOGIN")
    p.add_argument("--name", required=True, metavar="NAME", help="their full name")
    p.add_argument("--role", required=True, choices=ROLES, help="on the office server")
    p.add_argument("--email", default="", metavar="EMAIL")
    p.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    p = add("list", cmd_staff_list, "list the staff members (and their roles on the server)")
    p.add_argument("--json", action="store_true")
    p = add("deactivate", cmd_staff_deactivate, "deactivate a staff member (and their login)")
    p.add_argument("login", metavar="LOGIN")
    p = add("role", cmd_staff_role, "make a staff member's login staff or admin (server)")
    p.add_argument("login", metavar="LOGIN")
    p.add_argument("role", choices=ROLES)
    help_text = "give a staff member without one a login on the office server (after move-to)"
    p = add("login", cmd_staff_login, help_text)
    p.add_argument("login", metavar="LOGIN")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )

    server_parser = sub.add_parser("server", help="set up the office server (PostgreSQL)")
    server_commands = server_parser.add_subparsers(
        dest="server_command", metavar="COMMAND", required=True
    )
    help_text = "create the office database, its owner and its groups on a PostgreSQL server"
    p = server_commands.add_parser("setup", help=help_text, description=help_text)
    p.set_defaults(handler=cmd_server_setup)
    p.add_argument(
        "--admin-url", required=True, metavar="URL", type=_server_url,
        help="the server's superuser, e.g. postgresql://postgres@localhost/postgres",
    )  # fmt: skip
    p.add_argument("--database", default="msek", metavar="NAME", help="default: msek")
    p.add_argument("--owner", default="msek_owner", metavar="LOGIN", help="default: msek_owner")
    p.add_argument(
        "--password-stdin", action="store_true", help="read the owner's password from stdin"
    )


def _server_url(text: str) -> ServerAddress:
    scheme = text.split("://", 1)[0].lower() if "://" in text else ""
    if scheme not in server.SCHEMES:
        raise argparse.ArgumentTypeError(
            "not a PostgreSQL address; write it as postgresql://login@host[:port]/database"
        )
    try:
        return server.ServerAddress(text)
    except errors.UserError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


# -- staff -------------------------------------------------------------------------------------


def cmd_staff_add(args: argparse.Namespace) -> int:
    login = args.login.strip().lower()  # as core.staff keeps it
    with opened(args) as database:
        with_login = database.on_server and roles.managed(database)
        values: dict[str, Any] = {"login": login, "full_name": args.name, "email": args.email}
        if with_login:
            _check_before_asking(database, values, args.role)
            values["password"] = ask_password(login, from_stdin=args.password_stdin)
            values["role"] = args.role
        row = staff.create_staff(database, values)
        where = database.location
    if with_login:
        print(f"Added {row.full_name} ({row.login}) to {where}, with a login: {args.role}.")
    else:
        kind = "an office server without logins" if database.on_server else "a file"
        print(f"Added {row.full_name} ({row.login}) to {where} ({kind}: no login).")
    return 0


def _check_before_asking(database: Database, values: dict[str, Any], role: str) -> None:
    """What would refuse the new staff member, said before the password is asked for."""
    roles.require_admin(database, staff.STAFF_MANAGEMENT)
    login = str(values["login"])
    problem = roles.login_problem(login)
    if problem is not None:
        raise errors.ValidationError.coded("login", problem, login=login)
    if any(s.login == login for s in staff.list_staff(database)):
        raise errors.ValidationError.coded("login", "login_taken", login=login)
    with database.read() as session:
        if roles.login_exists(session.connection(), login):
            raise errors.ValidationError.coded("login", "login_on_server", login=login)


def _as_json(row: StaffRow, by_login: dict[str, str]) -> dict[str, Any]:
    return {
        "id": row.id,
        "login": row.login,
        "full_name": row.full_name,
        "email": row.email,
        "phone": row.phone,
        "active": row.active,
        "role": by_login.get(row.login),
    }


def cmd_staff_list(args: argparse.Namespace) -> int:
    with opened(args) as database:
        rows = staff.list_staff(database)
        by_login = staff.staff_roles(database)
        with_roles = database.on_server and roles.managed(database)

    def line(r: StaffRow) -> str:
        role = f" {by_login.get(r.login, 'no login'):<8}" if with_roles else ""
        return f"{r.login:<16} {cell(r.full_name, 40):<40}{role}{'' if r.active else ' inactive'}"

    print_rows(args, rows, lambda r: _as_json(r, by_login), lambda r: line(r).rstrip())
    return 0


def cmd_staff_deactivate(args: argparse.Namespace) -> int:
    with opened(args) as database:
        row = staff.deactivate_staff(database, args.login)
        server_login = database.on_server and row.login in staff.staff_roles(database)
    tail = " and their login can no longer connect" if server_login else ""
    print(f"{row.full_name} ({row.login}) is deactivated{tail}.")
    return 0


def cmd_staff_role(args: argparse.Namespace) -> int:
    with opened(args) as database:
        if not (database.on_server and roles.managed(database)):
            raise errors.UserError(
                f"{database.location} has no logins: roles are for an office server set up "
                "with `msek server setup`."
            )
        row = staff.get_staff(database, args.login)
        if row.login not in staff.staff_roles(database):
            raise errors.UserError(f"{row.login} has no login on the office server.")
        staff.update_staff(database, row.id, {"role": args.role})
    print(f"{row.full_name} ({row.login}) is now {args.role}.")
    return 0


def cmd_staff_login(args: argparse.Namespace) -> int:
    with opened(args) as database:
        row = staff.check_can_give_login(database, args.login.strip().lower())
        password = ask_password(row.login, from_stdin=args.password_stdin)
        staff.give_login(database, row.login, password, args.role)
        where = database.location
    print(f"{row.full_name} ({row.login}) can now log in to {where}: {args.role}.")
    return 0


# -- the server --------------------------------------------------------------------------------


def cmd_server_setup(args: argparse.Namespace) -> int:
    admin: ServerAddress = args.admin_url
    server_setup.check_setup_names(args.database, args.owner)
    admin = _with_admin_password(admin)
    password = ask_password(args.owner, from_stdin=args.password_stdin)
    server_setup.setup_server(
        admin, database=args.database, owner=args.owner, owner_password=password
    )
    staff_group, admin_group = roles.group_names(args.database)
    print(
        f"The office database {args.database} is set up on {admin.host}: owned by "
        f"{args.owner}, at schema revision {migrations.head_revision()}, with the groups "
        f"{staff_group} and {admin_group}."
    )
    listen, config, hba = server_setup.network_settings(admin)
    here = _on_this_machine(admin)
    owner_url = _url(admin, args.database, args.owner, "localhost" if here else None)
    desk_url = _url(admin, args.database, "LOGIN", _host_name() if here else None)
    for line in (
        "Next:",
        "  1. Add the first admin (it asks for the owner's password, then theirs):",
        f'     msek --db {shell_word(owner_url)} staff add LOGIN --name "FULL NAME" --role admin',
        "  2. Let the desks connect over the office network, if not done yet:",
        f"     in {config}: listen_addresses = '*'   (now: '{listen}')",
        f"     in {hba}, a line for the office network, e.g.:",
        f"     host  {args.database}  +{staff_group}  192.168.1.0/24  scram-sha-256",
        "     then restart PostgreSQL.",
        "  3. On each desk, connect to the office server (the window's first start, or",
        f"     Settings > Office data): {desk_url}",
    ):
        print(line)
    return 0


def _host_name() -> str:
    import socket

    return socket.gethostname()


def _on_this_machine(admin: ServerAddress) -> bool:
    """Whether `admin` reaches the server through its default local socket (no host)."""
    from sqlalchemy.engine import make_url

    url = make_url(admin.url)
    return not url.host and not url.query.get("host")


def _url(admin: ServerAddress, database: str, login: str, host: str | None) -> str:
    """The address of `database` for `login`, on `host` instead of a local socket."""
    if host is None:
        return str(roles.owner_address(admin, database, login))
    from sqlalchemy.engine import make_url

    port = make_url(admin.url).port or make_url(admin.url).query.get("port")
    return f"postgresql://{login}@{host}{f':{port}' if port else ''}/{database}"


def _with_admin_password(admin: ServerAddress) -> ServerAddress:
    """`admin`, with its password asked for when the server wants one and none was given."""
    engine = server.make_engine(admin)
    try:
        with engine.connect():
            return admin
    except Exception as exc:
        user = server.translate_error(exc, admin)
        if user is None:
            raise
        if not asks_password(user):
            raise user from exc
    finally:
        engine.dispose()
    return with_password(admin)
