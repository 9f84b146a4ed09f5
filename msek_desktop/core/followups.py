"""Follow-ups: the next thing to do about an inquiry, by whom and when."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from msek_desktop.core import changes, errors, staff
from msek_desktop.core.db import Database
from msek_desktop.core.followup_rows import query as _query
from msek_desktop.core.followup_rows import rows_for_inquiry
from msek_desktop.core.followup_rows import to_row as _to_row
from msek_desktop.core.inquiries import editing as inquiry_editing
from msek_desktop.core.models import FollowUp, Inquiry, StaffMember, utcnow
from msek_desktop.core.rows import FollowUpRow
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import FollowUpAction, When

LABEL = "Follow-up"
NEXT_STEP = timedelta(days=7)  # how far ahead a new or rescheduled follow-up is proposed

__all__ = [
    "LABEL",
    "NEXT_STEP",
    "Standing",
    "When",
    "add_followup",
    "complete_followup",
    "default_due",
    "each_followup",
    "list_followups",
    "reschedule_followup",
    "rescheduled_due",
    "standing",
]


def default_due(today: date) -> date:
    """A new follow-up is proposed a week from today."""
    return today + NEXT_STEP


def rescheduled_due(due_on: date, today: date) -> date:
    """Rescheduling proposes a week after the later of the follow-up's due date and today."""
    return max(due_on, today) + NEXT_STEP


@dataclass(frozen=True)
class Standing:
    """Where a follow-up's inquiry stands when it is marked done: its stage, and its other
    open follow-ups, soonest first (none: nothing is planned once this one is done)."""

    stage: str
    others: tuple[FollowUpRow, ...]


def standing(db: Database, followup_id: int) -> Standing:
    with db.read() as session:
        fu = changes.get_one(session, FollowUp, followup_id, LABEL)
        stage = session.get_one(Inquiry, fu.inquiry_id).stage
        rows = rows_for_inquiry(session, fu.inquiry_id)
        return Standing(stage, tuple(r for r in rows if r.done_at is None and r.id != fu.id))


def _row_of(session: Session, followup_id: int) -> FollowUpRow:
    return _to_row(session.execute(_query().where(FollowUp.id == followup_id)).one())


def list_followups(
    db: Database,
    when: When | str | None = None,
    *,
    assignee: str | None = None,
    today: date | None = None,
    include_done: bool = False,
    until: date | None = None,
    limit: int | None = 500,
) -> list[FollowUpRow]:
    """Open follow-ups of live inquiries, soonest first; `when` picks My day's lists,
    `until` keeps those due on or before that day; `assignee` a login, "" for nobody's."""
    found = each_followup(
        db, when, assignee=assignee, today=today, include_done=include_done, until=until,
        limit=limit,
    )  # fmt: skip
    return list(found)


def each_followup(
    db: Database,
    when: When | str | None = None,
    *,
    assignee: str | None = None,
    today: date | None = None,
    include_done: bool = False,
    until: date | None = None,
    limit: int | None = 500,
) -> Iterator[FollowUpRow]:
    """The rows list_followups gives, each as it is read (fetched a thousand at a time):
    `msek followups` lists them all."""
    today = today or date.today()
    stmt = _query().where(Inquiry.deleted_at.is_(None))
    if not include_done or when is not None:
        stmt = stmt.where(FollowUp.done_at.is_(None))
    if when is not None:
        due = FollowUp.due_on
        cond = {When.OVERDUE: due < today, When.TODAY: due == today, When.UPCOMING: due > today}
        stmt = stmt.where(cond[When(when)])
    if until is not None:
        stmt = stmt.where(FollowUp.due_on <= until)
    if assignee == "":  # nobody's, as inquiries.UNASSIGNED
        stmt = stmt.where(FollowUp.assignee_id.is_(None))
    elif assignee is not None:
        stmt = stmt.where(StaffMember.login == assignee)
    stmt = stmt.order_by(FollowUp.due_on, FollowUp.id).limit(limit)
    with db.read() as session:
        for r in session.execute(stmt.execution_options(yield_per=1000)):
            yield _to_row(r)


def _clean(values: Mapping[str, Any], partial: bool) -> dict[str, Any]:
    check = Checker()
    out: dict[str, Any] = {}
    if not partial or "due_on" in values:
        out["due_on"] = check.date("due_on", values.get("due_on"), required=True)
    if not partial or "action" in values:
        action = values.get("action")
        out["action"] = check.choice("action", action, FollowUpAction, default=FollowUpAction.CALL)
    if "description" in values:
        out["description"] = check.text("description", values.get("description"), max_len=2000)
    check.raise_if_any()
    return out


def add_followup(
    db: Database, inquiry_id: int, values: Mapping[str, Any], *, actor: str | None = None
) -> FollowUpRow:
    """Plan a follow-up; it goes to `assignee`, else to whoever handles the inquiry."""
    clean = _clean(values, partial=False)
    with db.write() as session:
        staff_id = changes.actor_id(session, actor)
        fu = _plan(session, inquiry_id, clean, values.get("assignee"), staff_id)
        return _row_of(session, fu.id)


def _plan(
    session: Session,
    inquiry_id: int,
    clean: Mapping[str, Any],
    assignee: str | None,
    staff_id: int | None,
) -> FollowUp:
    inq = changes.get_live(session, Inquiry, inquiry_id, "Inquiry")
    assignee_id = staff.assignee_id(session, assignee) or inq.assignee_id
    fu = FollowUp(inquiry_id=inq.id, assignee_id=assignee_id, **clean)
    session.add(fu)
    session.flush()
    changes.record(
        session, staff_id, "followup_added", inquiry_id=inq.id, field="due_on",
        new=fu.due_on.isoformat(), note=f"{fu.action}: {fu.description}".rstrip(": "),
    )  # fmt: skip
    return fu


def _editable(session: Session, followup_id: int, expected_version: int | None) -> FollowUp:
    fu = changes.get_one(session, FollowUp, followup_id, LABEL)
    changes.check_version(fu, expected_version, LABEL)
    return fu


def complete_followup(
    db: Database,
    followup_id: int,
    outcome: str,
    *,
    actor: str | None = None,
    expected_version: int | None = None,
    next_followup: Mapping[str, Any] | None = None,
    stage: Mapping[str, Any] | None = None,
    today: date | None = None,
) -> FollowUpRow:
    """Mark done with what came of it (the outcome is required) and, in the same write,
    plan `next_followup` (values as add_followup takes them) and move the inquiry to `stage`
    (stage, lost_reason, lost_note, checked as core.inquiries moves a stage): all of it is
    written, or nothing."""
    check = Checker()
    outcome = check.text("outcome", outcome, required=True, max_len=5000)
    check.raise_if_any()
    planned = _clean(next_followup, partial=False) if next_followup is not None else None
    with db.write() as session:
        staff_id = changes.actor_id(session, actor)
        fu = _editable(session, followup_id, expected_version)
        if fu.done_at is not None:
            raise errors.UserError(f"{LABEL} {followup_id} is already done.")
        fu.done_at = utcnow()
        fu.outcome = outcome
        changes.record(session, staff_id, "followup_done", inquiry_id=fu.inquiry_id, note=outcome)
        if planned is not None:
            assert next_followup is not None
            _plan(session, fu.inquiry_id, planned, next_followup.get("assignee"), staff_id)
        if stage is not None:
            inquiry_editing.move_within(
                session, fu.inquiry_id, stage, staff_id, today or date.today()
            )
        session.flush()
        return _row_of(session, fu.id)


def reschedule_followup(
    db: Database,
    followup_id: int,
    due_on: date | str,
    *,
    actor: str | None = None,
    expected_version: int | None = None,
) -> FollowUpRow:
    clean = _clean({"due_on": due_on}, partial=True)
    with db.write() as session:
        staff_id = changes.actor_id(session, actor)
        fu = _editable(session, followup_id, expected_version)
        if fu.done_at is not None:
            raise errors.UserError(f"{LABEL} {followup_id} is already done.")
        old = fu.due_on
        if old == clean["due_on"]:
            return _row_of(session, fu.id)
        fu.due_on = clean["due_on"]
        changes.record(
            session, staff_id, "followup_rescheduled", inquiry_id=fu.inquiry_id,
            field="due_on", old=old.isoformat(), new=fu.due_on.isoformat(),
        )  # fmt: skip
        session.flush()
        return _row_of(session, fu.id)
