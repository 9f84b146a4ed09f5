"""The office's figures as small frozen values: what a dashboard shows and an annual report
prints. Codes (stages, sides, kinds, reasons, fields) stay codes; front ends name them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Period:
    """Days from `start` to `end`, both included."""

    start: date
    end: date

    def year_before(self) -> Period:
        """The same days a year earlier (29 February becomes the 28th)."""
        return Period(_year_earlier(self.start), _year_earlier(self.end))

    @classmethod
    def year(cls, year: int, until: date | None = None) -> Period:
        """1 January of `year` to 31 December, or to `until` if earlier."""
        end = date(year, 12, 31)
        return cls(date(year, 1, 1), min(end, until) if until else end)

    @classmethod
    def month_to(cls, today: date) -> Period:
        return cls(today.replace(day=1), today)


def _year_earlier(day: date) -> date:
    if day.month == 2 and day.day == 29:
        return date(day.year - 1, 2, 28)
    return day.replace(year=day.year - 1)


@dataclass(frozen=True)
class Compared:
    """A count in a period and in the same period a year before."""

    now: int
    before: int


@dataclass(frozen=True)
class Bar:
    """One bar of a chart: a code (stage, side, kind, field, reason, status), its count in
    the period, and in the same period a year before."""

    key: str
    now: int
    before: int


@dataclass(frozen=True)
class Count:
    """One bar with no comparison: a code and how many."""

    key: str
    count: int


@dataclass(frozen=True)
class AnswerTime:
    """Days from receipt to first answer of the inquiries received in a period.

    The first answer is the earliest history entry of kind call, email, letter or
    followup_done on the inquiry (a call or email logged, a letter made, a follow-up done);
    its day (UTC) minus the day received, never below 0. median_days: the median of the
    answered ones (the mean of the two middle ones for an even count), None when none is."""

    median_days: float | None
    answered: int
    unanswered: int


@dataclass(frozen=True)
class Participants:
    """People who took part in exchanges, by side: each exchange's actual number, else its
    planned one (cancelled exchanges not counted)."""

    saint_etienne: int
    katowice: int

    @property
    def total(self) -> int:
        return self.saint_etienne + self.katowice


@dataclass(frozen=True)
class StaffOverdue:
    """Open follow-ups past their due day of one staff member (login None: nobody's)."""

    login: str | None
    name: str
    count: int


@dataclass(frozen=True)
class ExchangeBrief:
    id: int
    title: str
    kind: str
    status: str
    starts_on: date | None
    ends_on: date | None


@dataclass(frozen=True)
class Exchanges:
    """The first exchanges of a list (running now, or coming), and how many in all."""

    rows: tuple[ExchangeBrief, ...]
    total: int


@dataclass(frozen=True)
class YearFigures:
    """A year's figures (to `period.end`) beside the same days a year before (`before`).

    Inquiry figures count the live inquiries received in the period (not in the bin), by
    what they are now: by_stage (every stage of vocab.PIPELINE then lost, zeros kept),
    by_side (every vocab.Side), by_kind (every vocab.InquiryKind), lost_reasons (every
    vocab.LostReason; a lost inquiry without a reason counts as other), by_field (field codes
    with at least one inquiry in either period, most first; an inquiry counts once in each of
    its fields). Exchange figures count the exchanges (not in the bin) starting in the period:
    exchanges_by_status (every vocab.ExchangeStatus), exchanges_by_kind (not cancelled, kinds
    with at least one, most first), participants (not cancelled)."""

    year: int
    period: Period
    before: Period
    new_inquiries: Compared
    by_stage: tuple[Bar, ...]
    by_side: tuple[Bar, ...]
    by_kind: tuple[Bar, ...]
    by_field: tuple[Bar, ...]
    lost_reasons: tuple[Bar, ...]
    first_answer: AnswerTime
    first_answer_before: AnswerTime
    exchanges_by_status: tuple[Bar, ...]
    exchanges_by_kind: tuple[Bar, ...]
    participants: Participants
    participants_before: Participants


@dataclass(frozen=True)
class Dashboard:
    """What the dashboard shows on `today`; `period`: this year to today.

    month, year: live inquiries received this month (from the 1st) and this year to today,
    against the same days a year ago. pipeline: the live open inquiries of any year by their
    stage now (vocab.PIPELINE's open stages, zeros kept): the Inquiries list filtered on a
    stage shows the same number. by_side, by_kind, lost_reasons (every code, zeros kept),
    by_field (codes with at least one, most first): this year's inquiries, as in YearFigures.
    first_answer: this year's inquiries (AnswerTime). overdue: open follow-ups of live
    inquiries due before today per staff member (most first). running: exchanges running now;
    coming: planned exchanges starting today or later, soonest first. participants: the
    exchanges (not cancelled) starting this calendar year, planned ones to come included."""

    today: date
    period: Period
    month: Compared
    year: Compared
    pipeline: tuple[Count, ...]
    by_side: tuple[Count, ...]
    by_kind: tuple[Count, ...]
    by_field: tuple[Count, ...]
    lost_reasons: tuple[Count, ...]
    first_answer: AnswerTime
    overdue: tuple[StaffOverdue, ...]
    running: Exchanges
    coming: Exchanges
    participants: Participants
