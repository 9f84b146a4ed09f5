"""The office staff: who works on inquiries and signs letters."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from msek_desktop.core import changes, errors
from msek_desktop.core.db import Database
from msek_desktop.core.models import StaffMember
from msek_desktop.core.rows import StaffRow
from msek_desktop.core.validation import Checker

_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,39}$")


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
    clean = _clean(values, partial=False)
    with db.write() as session:
        if session.scalar(select(StaffMember.id).where(StaffMember.login == clean["login"])):
            raise errors.ValidationError.coded("login", "login_taken", login=clean["login"])
        member = StaffMember(**clean)
        session.add(member)
        session.flush()
        return to_row(member)


def update_staff(
    db: Database, staff_id: int, values: Mapping[str, Any], *, expected_version: int | None = None
) -> StaffRow:
    clean = _clean(values, partial=True)
    with db.write() as session:
        member = changes.get_one(session, StaffMember, staff_id, "Staff member")
        changes.check_version(member, expected_version, f"Staff member {member.login}")
        if "login" in clean and clean["login"] != member.login:
            taken = select(StaffMember.id).where(StaffMember.login == clean["login"])
            if session.scalar(taken):
                raise errors.ValidationError.coded("login", "login_in_use", login=clean["login"])
        changes.apply(member, clean)
        session.flush()
        return to_row(member)


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
