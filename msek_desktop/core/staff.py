"""The office staff: who works on inquiries and signs letters.

On the office server each staff member also logs in as their own database role (core.roles):
adding one creates their login (with its password and role, staff or admin, in the same
transaction as the row), deactivating one disables it (NOLOGIN), and only an admin manages
staff there. On a file (or a server database not set up for logins) a staff member is a row.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from msek_desktop.core import changes, errors, roles
from msek_desktop.core.db import Database
from msek_desktop.core.models import StaffMember
from msek_desktop.core.rows import StaffRow
from msek_desktop.core.validation import Checker

_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,39}$")
STAFF_MANAGEMENT = "Managing the staff"  # what require_admin names
_LOGIN_FIELDS = ("password", "role")  # on the server: the login's, never stored in a row


def assignee_id(session: Session, login: str | None) -> int | None:
    """The id of the staff member `login` to assign; None for nobody. An unknown login is the
    assignee field's error."""
    if not login:
        return None
    found = session.scalar(select(StaffMember.id).where(StaffMember.login == login))
    if found is None:
        raise errors.ValidationError.coded("assignee", "no_staff", login=login)
    return int(found)


def to_row(s: StaffMember) -> StaffRow:
    return StaffRow(
        s.id, s.login, s.full_name, s.title_fr, s.title_pl, s.title_en, s.email, s.phone,
        s.active, s.version,
    )  # fmt: skip


def _clean(values: Mapping[str, Any], partial: bool) -> dict[str, Any]:
    check = Checker()
    out: dict[str, Any] = {}
    if not partial or "login" in values:
        login = check.text("login", values.get("login"), required=True, max_len=40).lower()
        if login and not _LOGIN.match(login):
            check.fail("login", "login_characters")
        out["login"] = login
    if not partial or "full_name" in values:
        out["full_name"] = check.text("full_name", values.get("full_name"), required=True)
    for name in ("title_fr", "title_pl", "title_en"):
        if name in values:
            out[name] = check.text(name, values.get(name))
    if "email" in values:
        out["email"] = check.email("email", values.get("email"))
    if "phone" in values:
        out["phone"] = check.phone("phone", values.get("phone"), region="PL")
    if "active" in values:
        out["active"] = bool(values["active"])
    check.raise_if_any()
    return out


def create_staff(db: Database, values: Mapping[str, Any]) -> StaffRow:
    """A new staff member; on a server set up for logins, also their login: `values` then
    holds its "password" and "role" (staff or admin), and only an admin may add one."""
    roles.require_admin(db, STAFF_MANAGEMENT)
    clean = _clean(values, partial=False)
    login = _login_values(db, values, clean["login"], new=True)
    with db.write() as session:
        if session.scalar(select(StaffMember.id).where(StaffMember.login == clean["login"])):
            raise errors.ValidationError.coded("login", "login_taken", login=clean["login"])
        member = StaffMember(**clean)
        session.add(member)
        session.flush()
        if login is not None:
            conn = session.connection()
            if roles.login_exists(conn, member.login):
                raise errors.ValidationError.coded("login", "login_on_server", login=member.login)
            roles.create_login(conn, roles.database_name(db), member.login, *login)
        return to_row(member)


def _login_values(
    db: Database, values: Mapping[str, Any], login: str, *, new: bool
) -> tuple[str, str] | None:
    """The password and role of `login`'s server login, checked: both required for a new
    login (`new`), else each only when given. None when there is no login to make or change
    (on a file, a database without logins, nothing given)."""
    if not db.on_server or not roles.managed(db):
        return None
    check = Checker()
    if login and roles.login_problem(login) == "login_reserved":
        check.fail("login", "login_reserved")
    password = str(values.get("password") or "")
    role = str(values.get("role") or "")
    if new and not password:
        check.fail("password", "required")
    elif password and len(password) < roles.MIN_PASSWORD:
        check.fail("password", "password_short", minimum=roles.MIN_PASSWORD)
    if (new or role) and role not in roles.ROLES:
        check.fail("role", "choice", allowed=", ".join(roles.ROLES), value=role)
    check.raise_if_any()
    return (password, role) if password or role else None


def update_staff(
    db: Database, staff_id: int, values: Mapping[str, Any], *, expected_version: int | None = None
) -> StaffRow:
    """Change a staff member. On a server set up for logins: a new "password" or "role" in
    `values` changes their login's; deactivating them disables it. Their login itself cannot
    change there, and an admin cannot take away their own admin role or login."""
    roles.require_admin(db, STAFF_MANAGEMENT)
    clean = _clean(values, partial=True)
    with db.write() as session:
        member = changes.get_one(session, StaffMember, staff_id, "Staff member")
        changes.check_version(member, expected_version, f"Staff member {member.login}")
        if "login" in clean and clean["login"] != member.login:
            if db.on_server and roles.managed(db):
                raise errors.ValidationError.coded("login", "login_fixed")
            taken = select(StaffMember.id).where(StaffMember.login == clean["login"])
            if session.scalar(taken):
                raise errors.ValidationError.coded("login", "login_in_use", login=clean["login"])
        _change_login(db, session, member, values, clean)
        changes.apply(member, clean)
        session.flush()
        return to_row(member)


def _change_login(
    db: Database,
    session: Session,
    member: StaffMember,
    values: Mapping[str, Any],
    clean: Mapping[str, Any],
) -> None:
    """What changes on the server for `member`'s login, in the same transaction."""
    if not db.on_server:
        return
    if not roles.managed(db):
        return
    conn = session.connection()
    current = roles.roles_by_login(db).get(member.login)
    given = _login_values(db, values, member.login, new=current is None and _asks_login(values))
    if given is None and "active" not in clean:
        return
    password, new_role = given or ("", "")
    if member.login == roles.connection_login(conn) and (
        clean.get("active") is False or (new_role and current and new_role != current[0])
    ):
        raise errors.ValidationError.coded("role" if new_role else "active", "own_login")
    if current is None:  # a staff member from before the server: their login now
        if given is not None:
            if roles.login_exists(conn, member.login):  # a role of the server's, not ours
                raise errors.ValidationError.coded("login", "login_on_server", login=member.login)
            roles.create_login(conn, roles.database_name(db), member.login, password, new_role)
            if clean.get("active") is False:
                roles.set_active(conn, member.login, False)
        return
    if new_role and new_role != current[0]:
        roles.set_role(conn, roles.database_name(db), member.login, new_role)
    if password:
        roles.set_password(conn, member.login, password)
    if "active" in clean and bool(clean["active"]) != current[1]:
        roles.set_active(conn, member.login, bool(clean["active"]))


def _asks_login(values: Mapping[str, Any]) -> bool:
    return any(values.get(name) for name in _LOGIN_FIELDS)


def check_can_give_login(db: Database, login: str) -> StaffRow:
    """The staff member `login`, who may be given a login on this office server (see
    give_login); else refused in one line, before any password is asked for."""
    if not has_logins(db):
        raise errors.UserError(
            f"{db.location} has no logins: they are for an office server set up with "
            "`msek server setup`."
        )
    roles.require_admin(db, STAFF_MANAGEMENT)
    member = get_staff(db, login)
    if member.login in roles.roles_by_login(db):
        raise errors.UserError(f"{member.login} already has a login on the office server.")
    problem = roles.login_problem(member.login)
    if problem is not None:
        raise errors.ValidationError.coded("login", problem, login=member.login)
    with db.read() as session:
        if roles.login_exists(session.connection(), member.login):
            raise errors.ValidationError.coded("login", "login_on_server", login=member.login)
    return member


def give_login(db: Database, login: str, password: str, role: str) -> StaffRow:
    """Give the staff member `login`, who has none (one carried by `msek move-to`, or added
    before the server was set up for logins), their login on the office server: `role` staff
    or admin, `password` theirs. An inactive member's login cannot connect (NOLOGIN)."""
    member = check_can_give_login(db, login)
    given = _login_values(db, {"password": password, "role": role}, member.login, new=True)
    assert given is not None  # a server with logins, both given
    with db.write() as session:
        conn = session.connection()
        if roles.login_exists(conn, member.login):  # made meanwhile, at another desk
            raise errors.ValidationError.coded("login", "login_on_server", login=member.login)
        roles.create_login(conn, roles.database_name(db), member.login, *given)
        if not member.active:
            roles.set_active(conn, member.login, False)
    return member


def deactivate_staff(db: Database, login: str) -> StaffRow:
    """Deactivate the staff member `login` (on the server, their login too: NOLOGIN)."""
    member = get_staff(db, login)
    return update_staff(db, member.id, {"active": False})


def has_logins(db: Database) -> bool:
    """Whether staff members here are also logins (a server set up by `msek server setup`)."""
    return db.on_server and roles.managed(db)


def logged_in(db: Database) -> str | None:
    """On the office server, the staff member this program is logged in as (the author of
    all it writes): None when the login is no staff member's (the owner or a superuser act
    as whoever they name; any other login's writes are refused), and on a file."""
    login = roles.current_login(db)
    if login is None:
        return None
    with db.read() as session:
        found = session.scalar(select(StaffMember.login).where(StaffMember.login == login))
    return None if found is None else str(found)


def staff_roles(db: Database) -> dict[str, str]:
    """On a server set up for logins: each login's role (staff or admin) by staff login;
    empty elsewhere (a file has no logins)."""
    if not db.on_server:
        return {}
    return {login: role for login, (role, _) in roles.roles_by_login(db).items()}


def list_staff(db: Database, *, active_only: bool = False) -> list[StaffRow]:
    stmt = select(StaffMember).order_by(StaffMember.full_name)
    if active_only:
        stmt = stmt.where(StaffMember.active.is_(True))
    with db.read() as session:
        return [to_row(s) for s in session.scalars(stmt)]


def get_staff(db: Database, login: str) -> StaffRow:
    with db.read() as session:
        member = session.scalar(select(StaffMember).where(StaffMember.login == login))
        if member is None:
            raise errors.NotFoundError(f"There is no staff member with the login {login!r}.")
        return to_row(member)
