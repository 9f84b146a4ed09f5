"""My day's inquiries that wait for someone: new ones nobody handles yet, and open ones of
mine with no follow-up planned.

Each list is one query over indexed columns (inquiries' stage and assignee, follow-ups'
inquiry and done_at), its total counted in the same query: My day is read at every start
and after every write.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, exists, func, select

from msek_desktop.core.db import Database
from msek_desktop.core.models import Contact, FollowUp, Inquiry, Organisation, StaffMember
from msek_desktop.core.rows import Waiting, WaitingInquiry
from msek_desktop.core.vocab import CLOSED_STAGES, Stage

LIMIT = 200  # rows read per list; the heading says how many there are in all

__all__ = [
    "LIMIT",
    "Waiting",
    "WaitingInquiry",
    "new_unassigned",
    "new_unassigned_query",
    "nothing_planned",
    "nothing_planned_query",
]


def _query() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Inquiry.id,
            Inquiry.ref,
            Inquiry.received_on,
            Inquiry.stage,
            Inquiry.subject,
            Contact.first_name,
            Contact.last_name,
            Organisation.name,
            Inquiry.version,
            func.count().over().label("total"),
        )
        .outerjoin(Contact, Inquiry.contact_id == Contact.id)
        .outerjoin(Organisation, Inquiry.organisation_id == Organisation.id)
        .where(Inquiry.deleted_at.is_(None))
        .order_by(Inquiry.received_on, Inquiry.id)
    )


def _waiting(r: Any) -> WaitingInquiry:
    contact = f"{r.first_name or ''} {r.last_name or ''}".strip()
    return WaitingInquiry(
        r.id, r.ref, r.received_on, r.stage, r.subject, contact, r.name or "", r.version
    )


def _read(db: Database, stmt: Select[Any], limit: int) -> Waiting:
    with db.read() as session:
        result = session.execute(stmt.limit(limit)).all()
    rows = tuple(_waiting(r) for r in result)
    return Waiting(rows, int(result[0].total) if result else 0)


def new_unassigned(db: Database, *, limit: int = LIMIT) -> Waiting:
    """Inquiries at stage New that nobody handles (an import's, a colleague's left open)."""
    return _read(db, new_unassigned_query(), limit)


def nothing_planned(db: Database, login: str, *, limit: int = LIMIT) -> Waiting:
    """Open inquiries handled by `login` with no open follow-up: nobody will be reminded."""
    return _read(db, nothing_planned_query(login), limit)


def new_unassigned_query() -> Select[Any]:
    return _query().where(Inquiry.stage == Stage.NEW.value, Inquiry.assignee_id.is_(None))


def nothing_planned_query(login: str) -> Select[Any]:
    planned = exists().where(FollowUp.inquiry_id == Inquiry.id, FollowUp.done_at.is_(None))
    me = select(StaffMember.id).where(StaffMember.login == login).scalar_subquery()
    return _query().where(
        Inquiry.assignee_id == me,
        Inquiry.stage.not_in([s.value for s in CLOSED_STAGES]),
        ~planned,
    )
