"""Follow-ups read as rows (FollowUpRow): the one query, shared by the follow-up service and
an inquiry's detail (core.inquiries.listing), which must not import the service (the service
writes through core.inquiries)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Bundle, Session

from msek_desktop.core.models import FollowUp, Inquiry, StaffMember
from msek_desktop.core.rows import FollowUpRow

# The follow-up's columns its rows show (and the calendar's events: updated_at), read as
# columns: no FollowUp entity built and kept in the session for each row (500 a list of My
# day's). Read as an entity's attributes are: `fu.due_on`.
_FOLLOWUP: Bundle[Any] = Bundle(
    "fu", FollowUp.id, FollowUp.inquiry_id, FollowUp.due_on, FollowUp.action,
    FollowUp.description, FollowUp.done_at, FollowUp.outcome, FollowUp.version,
    FollowUp.updated_at,
)  # fmt: skip


def query() -> Select[Any, str, str, str]:
    return (
        select(_FOLLOWUP, Inquiry.ref, Inquiry.subject, StaffMember.login)
        .join(Inquiry, FollowUp.inquiry_id == Inquiry.id)
        .outerjoin(StaffMember, FollowUp.assignee_id == StaffMember.id)
    )


def to_row(result: Any) -> FollowUpRow:
    f, ref, subject, login = result
    return FollowUpRow(
        f.id, f.inquiry_id, ref, subject, login, f.due_on, f.action, f.description, f.done_at,
        f.outcome, f.version,
    )  # fmt: skip


def rows_for_inquiry(session: Session, inquiry_id: int) -> tuple[FollowUpRow, ...]:
    stmt = query().where(FollowUp.inquiry_id == inquiry_id).order_by(FollowUp.due_on)
    return tuple(to_row(r) for r in session.execute(stmt))
