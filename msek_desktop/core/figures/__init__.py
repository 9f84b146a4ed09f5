"""The office's figures for the dashboard and the annual activity report, each computed by
aggregate queries (GROUP BY, COUNT, SUM; never loading every row), in one read transaction.

    year_figures(db, year, *, until=None) -> YearFigures
        The year from 1 January to 31 December (or to `until`, for a year not over yet),
        beside the same days of the year before. The annual report prints it; its shape is
        kept stable (model.YearFigures documents every field).
    dashboard(db, today) -> Dashboard
        This month and this year to `today` against the same days a year ago, the open
        pipeline, overdue follow-ups per staff member, exchanges running and coming.

Inquiry figures count inquiries by the day they were received (received_on), as they are
now (their stage, side, kind, fields, lost reason); exchange figures count exchanges by the
day they start (starts_on). Records in the bin are never counted.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from msek_desktop.core.db import Database
from msek_desktop.core.figures import exchange_figures, inquiry_figures
from msek_desktop.core.figures.answers import ANSWER_KINDS, answer_time
from msek_desktop.core.figures.model import (
    AnswerTime,
    Bar,
    Compared,
    Count,
    Dashboard,
    ExchangeBrief,
    Exchanges,
    Participants,
    Period,
    StaffOverdue,
    YearFigures,
)

__all__ = [
    "ANSWER_KINDS",
    "AnswerTime",
    "Bar",
    "Compared",
    "Count",
    "Dashboard",
    "ExchangeBrief",
    "Exchanges",
    "Participants",
    "Period",
    "StaffOverdue",
    "YearFigures",
    "dashboard",
    "year_figures",
]


def year_figures(db: Database, year: int, *, until: date | None = None) -> YearFigures:
    """`year`'s figures (to `until` if given) beside the same days of the year before."""
    with db.read() as session:
        return _year(session, Period.year(year, until))


def _year(session: Session, now: Period) -> YearFigures:
    before = now.year_before()
    total, bars = inquiry_figures.grouped(session, now, before)
    statuses, kinds = exchange_figures.by_status_and_kind(session, now, before)
    return YearFigures(
        year=now.start.year,
        period=now,
        before=before,
        new_inquiries=total,
        by_stage=bars["stage"],
        by_side=bars["side"],
        by_kind=bars["kind"],
        by_field=inquiry_figures.by_field(session, now, before),
        lost_reasons=bars["lost"],
        first_answer=answer_time(session, now),
        first_answer_before=answer_time(session, before),
        exchanges_by_status=statuses,
        exchanges_by_kind=kinds,
        participants=exchange_figures.participants(session, now),
        participants_before=exchange_figures.participants(session, before),
    )


def dashboard(db: Database, today: date) -> Dashboard:
    """Everything the dashboard shows on `today`, read in one transaction. Only the new
    inquiries are compared with the year before: the rest is this year's alone, each figure
    one indexed query (DESIGN: the dashboard at 100,000 inquiries within 300 ms)."""
    month, year = Period.month_to(today), Period.year(today.year, today)
    with db.read() as session:
        _, bars = inquiry_figures.grouped(session, year, None)
        fields = inquiry_figures.by_field(session, year, None)
        return Dashboard(
            today=today,
            period=year,
            month=_compared(session, month),
            year=_compared(session, year),
            pipeline=inquiry_figures.pipeline(session),
            by_side=_counts(bars["side"]),
            by_kind=_counts(bars["kind"]),
            by_field=_counts(fields),
            lost_reasons=_counts(bars["lost"]),
            first_answer=answer_time(session, year),
            overdue=inquiry_figures.overdue(session, today),
            running=exchange_figures.running(session),
            coming=exchange_figures.coming(session, today),
            participants=exchange_figures.participants(session, Period.year(today.year)),
        )


def _compared(session: Session, period: Period) -> Compared:
    now = inquiry_figures.received(session, period)
    return Compared(now, inquiry_figures.received(session, period.year_before()))


def _counts(bars: tuple[Bar, ...]) -> tuple[Count, ...]:
    return tuple(Count(b.key, b.now) for b in bars)
