"""Exchange figures by aggregate queries on the exchanges table: counts by status and kind
of those starting in a period, participants by side, and the exchanges running and coming."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from msek_desktop.core.figures.inquiry_figures import both, within
from msek_desktop.core.figures.model import Bar, ExchangeBrief, Exchanges, Participants, Period
from msek_desktop.core.models import Exchange
from msek_desktop.core.vocab import ExchangeStatus

LIST_LIMIT = 12  # exchanges listed running or coming; the total says how many there are
CANCELLED = ExchangeStatus.CANCELLED.value


def by_status_and_kind(
    session: Session, now: Period, before: Period
) -> tuple[tuple[Bar, ...], tuple[Bar, ...]]:
    """Exchanges (not in the bin) starting in each period: every status in order, and the
    kinds of those not cancelled (kinds with at least one, most in `now` first)."""
    in_now, in_before = both(Exchange.starts_on, now, before)
    stmt = (
        select(Exchange.status, Exchange.kind, in_now, in_before)
        .where(
            Exchange.deleted_at.is_(None),
            or_(within(Exchange.starts_on, now), within(Exchange.starts_on, before)),
        )
        .group_by(Exchange.status, Exchange.kind)
    )
    status_now, status_before, kind_now, kind_before = (
        Counter[str](),
        Counter[str](),
        Counter[str](),
        Counter[str](),
    )
    for status, kind, a, b in session.execute(stmt):
        status_now[status] += int(a or 0)
        status_before[status] += int(b or 0)
        if status != CANCELLED:
            kind_now[kind] += int(a or 0)
            kind_before[kind] += int(b or 0)
    statuses = tuple(
        Bar(s.value, status_now[s.value], status_before[s.value]) for s in ExchangeStatus
    )
    kinds = [Bar(k, kind_now[k], kind_before[k]) for k in set(kind_now) | set(kind_before)]
    return statuses, tuple(sorted(kinds, key=lambda b: (-b.now, -b.before, b.key)))


def participants(session: Session, period: Period) -> Participants:
    """Participants by side of the exchanges (not cancelled, not in the bin) starting in
    `period`: each one's actual number, else its planned one."""
    se = func.coalesce(Exchange.actual_saint_etienne, Exchange.planned_saint_etienne, 0)
    kt = func.coalesce(Exchange.actual_katowice, Exchange.planned_katowice, 0)
    stmt = select(func.sum(se), func.sum(kt)).where(
        Exchange.deleted_at.is_(None),
        Exchange.status != CANCELLED,
        within(Exchange.starts_on, period),
    )
    a, b = session.execute(stmt).one()
    return Participants(int(a or 0), int(b or 0))


def _listed(session: Session, *where: object) -> Exchanges:
    stmt = (
        select(
            Exchange.id,
            Exchange.title,
            Exchange.kind,
            Exchange.status,
            Exchange.starts_on,
            Exchange.ends_on,
            func.count().over().label("total"),
        )
        .where(Exchange.deleted_at.is_(None), *where)  # type: ignore[arg-type]
        .order_by(Exchange.starts_on, Exchange.id)
        .limit(LIST_LIMIT)
    )
    rows = session.execute(stmt).all()
    briefs = tuple(
        ExchangeBrief(r.id, r.title, r.kind, r.status, r.starts_on, r.ends_on) for r in rows
    )
    return Exchanges(briefs, int(rows[0].total) if rows else 0)


def running(session: Session) -> Exchanges:
    """Exchanges running now (their status), the earliest started first."""
    return _listed(session, Exchange.status == ExchangeStatus.RUNNING.value)


def coming(session: Session, today: date) -> Exchanges:
    """Planned exchanges starting today or later, soonest first."""
    return _listed(
        session,
        Exchange.status == ExchangeStatus.PLANNED.value,
        Exchange.starts_on >= today,
    )
