"""The median time from receipt to first answer, in SQL: percentile_cont on the office
server (PostgreSQL); on an SQLite file (no percentile function) the middle row or two picked
by an ordered LIMIT/OFFSET. Both give the same number (model.AnswerTime says what is
counted)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, Integer, case, cast, func, select, text
from sqlalchemy.orm import Session

from msek_desktop.core.figures.inquiry_figures import within
from msek_desktop.core.figures.model import AnswerTime, Period
from msek_desktop.core.models import Inquiry, TimelineEntry
from msek_desktop.core.models.records import FIRST_ANSWER_KINDS
from msek_desktop.core.vocab import TimelineKind

# What counts as answering an inquiry: a call or an email logged, a letter made, a
# follow-up done. The query names them as the partial index does (models.FIRST_ANSWER_KINDS),
# written out, so both databases read the first answer from that index.
ANSWER_KINDS = (
    TimelineKind.CALL.value,
    TimelineKind.EMAIL.value,
    TimelineKind.LETTER.value,
    TimelineKind.FOLLOWUP_DONE.value,
)


def _days(session: Session, period: Period) -> Any:
    """A materialised CTE, one row per live inquiry received in `period`: `days` from its
    receipt to its first answer, never below 0 (NULL: not answered yet). The first answer is
    read per inquiry from the timeline's (inquiry_id, kind, at) index, once per inquiry."""
    first = (
        select(func.min(TimelineEntry.at))
        .where(TimelineEntry.inquiry_id == Inquiry.id, text(FIRST_ANSWER_KINDS))
        .correlate(Inquiry)
        .scalar_subquery()
    )
    if session.get_bind().dialect.name == "postgresql":
        days: Any = cast(first, Date) - Inquiry.received_on
    else:
        days = func.julianday(func.date(first)) - func.julianday(Inquiry.received_on)
    raw = (
        select(cast(days, Integer).label("days"))
        .where(Inquiry.deleted_at.is_(None), within(Inquiry.received_on, period))
        .cte("answer_days")
        .prefix_with("MATERIALIZED")  # the subquery run once per inquiry, not per use
    )
    clamped = case((raw.c.days < 0, 0), else_=raw.c.days)  # NULL (not answered) stays NULL
    return raw, clamped


def answer_time(session: Session, period: Period) -> AnswerTime:
    raw, days = _days(session, period)
    answered = func.count(raw.c.days)
    if session.get_bind().dialect.name == "postgresql":
        median: Any = func.percentile_cont(0.5).within_group(days)
        stmt = select(median, answered, func.count()).select_from(raw)
    else:
        counts = select(answered.label("n"), func.count().label("total")).cte("answer_counts")
        n = select(counts.c.n).scalar_subquery()
        middle = (
            select(days.label("days"))
            .where(raw.c.days.is_not(None))
            .order_by(days)
            .limit(2 - n % 2)
            .offset((n - 1) // 2)
            .subquery()
        )
        total = select(counts.c.total).scalar_subquery()
        stmt = select(func.avg(middle.c.days), n, total)
    value, n_answered, n_all = session.execute(stmt).one()
    n_answered, n_all = int(n_answered or 0), int(n_all or 0)
    median_days = None if value is None else float(value)
    return AnswerTime(median_days, n_answered, n_all - n_answered)
