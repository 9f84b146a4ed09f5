"""The audit list: who exported, printed or erased a person's data, merged two records or
anonymised inquiries past retention, and when (vocab.AuditAction).

Entries are written in the same transaction as what they record (record_in), so an export
that failed leaves none. They name people by id, never by name: an erased person leaves
nothing readable here. Reading the list is for admins (on a file, whoever is at the desk);
on the office server the login is the logged-in staff member's, whatever actor a caller
names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from msek_desktop.core import changes, roles
from msek_desktop.core.db import Database
from msek_desktop.core.models import AuditEntry, StaffMember
from msek_desktop.core.vocab import AuditAction

SUBJECT_MAX = 200


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    login: str  # "" for the system (a script without an actor)
    action: str  # vocab.AuditAction
    contact_id: int | None
    organisation_id: int | None
    subject: str
    detail: str


def _login(session: Session, staff_id: int | None, actor: str | None) -> str:
    """The staff login acting (on the server: the logged-in one, core.roles.author_id); for a
    maintainer acting as nobody, the server login; "" for the system on a file."""
    staff = session.get(StaffMember, staff_id) if staff_id is not None else None
    if staff is not None:
        return staff.login
    if session.get_bind().dialect.name == "postgresql":
        return str(session.scalar(text("SELECT current_user")))
    return actor or ""


def record_in(
    session: Session,
    action: AuditAction | str,
    *,
    actor: str | None,
    contact_id: int | None = None,
    organisation_id: int | None = None,
    subject: str = "",
    detail: str = "",
) -> AuditEntry:
    """Add an audit entry to `session`'s transaction (written with what it records)."""
    code = AuditAction(action).value  # ValueError for an unknown action: a bug, not a user's
    staff_id = changes.actor_id(session, actor)
    entry = AuditEntry(
        staff_id=staff_id,
        login=_login(session, staff_id, actor),
        action=code,
        contact_id=contact_id,
        organisation_id=organisation_id,
        subject=subject[:SUBJECT_MAX],
        detail=detail,
    )
    session.add(entry)
    session.flush()
    return entry


def record(
    db: Database,
    action: AuditAction | str,
    *,
    actor: str | None,
    contact_id: int | None = None,
    organisation_id: int | None = None,
    subject: str = "",
    detail: str = "",
) -> AuditRow:
    """Write one audit entry on its own (e.g. after a file was written); the entry as kept."""
    with db.write() as session:
        entry = record_in(
            session,
            action,
            actor=actor,
            contact_id=contact_id,
            organisation_id=organisation_id,
            subject=subject,
            detail=detail,
        )
        return _row(entry)


def _row(entry: AuditEntry) -> AuditRow:
    return AuditRow(
        entry.id,
        entry.at,
        entry.login,
        entry.action,
        entry.contact_id,
        entry.organisation_id,
        entry.subject,
        entry.detail,
    )


def list_audit(
    db: Database,
    *,
    action: AuditAction | str | None = None,
    contact_id: int | None = None,
    limit: int = 1000,
) -> list[AuditRow]:
    """The audit list, newest first; for admins only (NotAllowedError otherwise)."""
    roles.require_admin(db, "the audit list")
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    if action is not None:
        query = query.where(AuditEntry.action == AuditAction(action).value)
    if contact_id is not None:
        query = query.where(AuditEntry.contact_id == contact_id)
    with db.read() as session:
        return [_row(entry) for entry in session.scalars(query)]
