"""The median time from receipt to first answer, in SQL: percentile_cont on the office
server (PostgreSQL); on an SQLite file (no percentile function) the middle row or two picked
by an ordered LIMIT/OFFSET. Both give the same number (model.AnswerTime says what is
counted)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, Integer, case, cast, func, select
from sqlalchemy.orm import Session

from msek_desktop.core.figures.inquiry_figures import within
from msek_desktop.core.figures.model import AnswerTime, Period
from msek_desktop.core.models import Inquiry, TimelineEntry
from msek_desktop.core.vocab import TimelineKind

# What counts as answering an inquiry: a call or an email logged, a letter made, a
# follow-up done.
ANSWER_KINDS = (
    TimelineKind.CALL.value,
    TimelineKind.EMAIL.value,
    TimelineKind.LETTER.value,
    TimelineKind.FOLLOWUP_DONE.value,
)


def _days_table(session: Session, period: Period) -> Any:
    """One row per live inquiry received in `period`: `days` from its receipt to its first
    answer (NULL: not answered yet). The first answer is read per inquiry through the
    timeline's inquiry index."""
    first = (
        select(func.min(TimelineEntry.at))
        .where(TimelineEntry.inquiry_id == Inquiry.id, TimelineEntry.kind.in_(ANSWER_KINDS))
        .correlate(Inquiry)
        .scalar_subquery()
    )
    if session.get_bind().dialect.name == "postgresql":
        days: Any = cast(cast(first, Date) - Inquiry.received_on, Integer)
    else:
        days = cast(func.julianday(func.date(first)) - func.julianday(Inquiry.received_on), Integer)
    clamped = case((days < 0, 0), else_=days)  # NULL (not answered) stays NULL
    return (
        select(clamped.label("days"))
        .where(Inquiry.deleted_at.is_(None), within(Inquiry.received_on, period))
        .subquery()
    )


def answer_time(session: Session, period: Period) -> AnswerTime:
    table = _days_table(session, period)
    days = table.c.days
    answered = func.count(table.c.days)
    total = func.count()
    if session.get_bind().dialect.name == "postgresql":
        median = func.percentile_cont(0.5).within_group(days)
        row = session.execute(select(median, answered, total).select_from(table)).one()
        value = None if row[0] is None else float(row[0])
        return AnswerTime(value, int(row[1]), int(row[2]) - int(row[1]))
    n, all_ = session.execute(select(answered, total).select_from(table)).one()
    n, all_ = int(n), int(all_)
    if n == 0:
        return AnswerTime(None, 0, all_)
    middle = (
        select(days).where(days.is_not(None)).order_by(days).limit(2 - n % 2).offset((n - 1) // 2)
    )
    picked = [float(d) for (d,) in session.execute(middle)]
    return AnswerTime(sum(picked) / len(picked), n, all_ - n)
