"""Inquiry figures by aggregate queries: counts by stage, side, kind, lost reason and field
for a period and the same period a year before (one scan of both periods each), the open
pipeline, and overdue follow-ups per staff member."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from msek_desktop.core.figures.model import Bar, Compared, Count, Period, StaffOverdue
from msek_desktop.core.models import Field, FollowUp, Inquiry, StaffMember, inquiry_fields
from msek_desktop.core.vocab import CLOSED_STAGES, PIPELINE, InquiryKind, LostReason, Side, Stage

STAGES = (*(s.value for s in PIPELINE), Stage.LOST.value)
OPEN_STAGES = tuple(s.value for s in PIPELINE if s not in CLOSED_STAGES)


def within(column: Any, period: Period) -> ColumnElement[bool]:
    return and_(column >= period.start, column <= period.end)


def both(column: Any, now: Period, before: Period | None) -> tuple[Any, Any]:
    """SUM(CASE ...) of the rows in `now` and of those in `before` (none: 0, and `now`'s
    rows counted plainly)."""
    if before is None:
        return func.count(), literal(0)
    return (
        func.sum(case((within(column, now), 1), else_=0)),
        func.sum(case((within(column, before), 1), else_=0)),
    )


def _live_in(now: Period, before: Period | None) -> ColumnElement[bool]:
    if before is None:
        return and_(Inquiry.deleted_at.is_(None), within(Inquiry.received_on, now))
    return and_(
        Inquiry.deleted_at.is_(None),
        or_(within(Inquiry.received_on, now), within(Inquiry.received_on, before)),
    )


def _bars(keys: tuple[str, ...], now: Counter[str], before: Counter[str]) -> tuple[Bar, ...]:
    return tuple(Bar(k, now[k], before[k]) for k in keys)


def grouped(
    session: Session, now: Period, before: Period | None
) -> tuple[Compared, dict[str, tuple[Bar, ...]]]:
    """The period's inquiries counted by stage, side, kind and lost reason: one GROUP BY over
    the four columns (a few dozen rows), summed here. No `before`: its counts are 0."""
    in_now, in_before = both(Inquiry.received_on, now, before)
    reason = func.coalesce(Inquiry.lost_reason, LostReason.OTHER.value)
    columns = (Inquiry.stage, Inquiry.side, Inquiry.kind, reason)
    stmt = select(*columns, in_now, in_before).where(_live_in(now, before)).group_by(*columns)
    counts: dict[str, tuple[Counter[str], Counter[str]]] = {
        name: (Counter(), Counter()) for name in ("stage", "side", "kind", "lost")
    }
    for stage, side, kind, lost, n_now, n_before in session.execute(stmt):
        keys = {"stage": stage, "side": side, "kind": kind}
        if stage == Stage.LOST.value:
            keys["lost"] = lost
        for name, key in keys.items():
            counts[name][0][key] += int(n_now or 0)
            counts[name][1][key] += int(n_before or 0)
    total = Compared(sum(counts["side"][0].values()), sum(counts["side"][1].values()))
    orders = {
        "stage": STAGES,
        "side": tuple(s.value for s in Side),
        "kind": tuple(k.value for k in InquiryKind),
        "lost": tuple(r.value for r in LostReason),
    }
    return total, {name: _bars(orders[name], *counts[name]) for name in orders}


def by_field(session: Session, now: Period, before: Period | None) -> tuple[Bar, ...]:
    """Field codes with at least one inquiry in either period, most in `now` first (counted
    by field id, then named: a code is not looked up for every inquiry)."""
    in_now, in_before = both(Inquiry.received_on, now, before)
    counted = (
        select(inquiry_fields.c.field_id, in_now.label("now"), in_before.label("before"))
        .select_from(Inquiry)
        .join(inquiry_fields, inquiry_fields.c.inquiry_id == Inquiry.id)
        .where(_live_in(now, before))
        .group_by(inquiry_fields.c.field_id)
        .subquery()
    )
    stmt = select(Field.code, counted.c.now, counted.c.before).join(
        counted, counted.c.field_id == Field.id
    )
    bars = [Bar(code, int(a or 0), int(b or 0)) for code, a, b in session.execute(stmt)]
    return tuple(sorted(bars, key=lambda b: (-b.now, -b.before, b.key)))


def received(session: Session, period: Period) -> int:
    """Live inquiries received in `period` (a range of the received_on index)."""
    stmt = select(func.count()).where(_live_in(period, None))
    return int(session.scalar(stmt) or 0)


def pipeline(session: Session) -> tuple[Count, ...]:
    """Live open inquiries of any year by their stage now, every open stage in order."""
    stmt = (
        select(Inquiry.stage, func.count())
        .where(Inquiry.deleted_at.is_(None), Inquiry.stage.in_(OPEN_STAGES))
        .group_by(Inquiry.stage)
    )
    found = {stage: int(n) for stage, n in session.execute(stmt)}
    return tuple(Count(stage, found.get(stage, 0)) for stage in OPEN_STAGES)


def overdue(session: Session, today: date) -> tuple[StaffOverdue, ...]:
    """Open follow-ups of live inquiries due before `today`, per staff member, most first
    (those of nobody, login None, after the others with as many). The inquiries in the bin
    are a short list read from the deleted_at index: no lookup of each follow-up's inquiry."""
    binned = select(Inquiry.id).where(Inquiry.deleted_at.is_not(None))
    stmt = (
        select(StaffMember.login, StaffMember.full_name, func.count())
        .select_from(FollowUp)
        .outerjoin(StaffMember, StaffMember.id == FollowUp.assignee_id)
        .where(
            FollowUp.done_at.is_(None),
            FollowUp.due_on < today,
            FollowUp.inquiry_id.not_in(binned),
        )
        .group_by(StaffMember.login, StaffMember.full_name)
    )
    rows = [StaffOverdue(login, name or "", int(n)) for login, name, n in session.execute(stmt)]
    return tuple(sorted(rows, key=lambda r: (-r.count, r.login is None, r.name, r.login or "")))
