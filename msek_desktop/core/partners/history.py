"""What the office's past proposals say about each organisation, read in one aggregate query
of partner_proposals (grouped by organisation): when it was last asked, when it last
declined, how many proposals it left unanswered lately, and the exchanges that went ahead
with it (accepted proposals whose inquiry is agreed, running or completed) and how the
latest one stands. Proposals of deleted inquiries do not count; nor those of the inquiry
being ranked (its own proposals are shown as such, not as history).
"""

from __future__ import annotations

import calendar
import functools
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Integer, Select, String, and_, bindparam, case, cast, func, select
from sqlalchemy.orm import Session

from msek_desktop.core.models import Inquiry, PartnerProposal
from msek_desktop.core.partners.weights import EXCHANGE_OUTCOME, WEIGHTS
from msek_desktop.core.vocab import AWAITING_ANSWER, ProposalState


class History(NamedTuple):
    """An organisation's past proposals, as the ranking weighs them (a named tuple: thousands
    are made for one ranking)."""

    last_asked: date | None = None  # the latest proposal made to it
    last_declined: date | None = None
    unanswered: int = 0  # waiting past WEIGHTS.answer_wait_days, within unanswered_months
    exchanges: int = 0
    exchange_value: float = 0.0  # the exchanges weighed by EXCHANGE_OUTCOME
    since: int | None = None  # the year of the first exchange
    last: str | None = None  # the stage of the latest exchange's inquiry


NO_HISTORY = History()
_STAGES = tuple(EXCHANGE_OUTCOME)


@functools.lru_cache(maxsize=64)
def months_before(day: date, months: int) -> date:
    """The day `months` calendar months before `day` (the month's last day when shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_between(earlier: date, today: date) -> int:
    """Whole calendar months from `earlier` to `today` (0 within the first month)."""
    months = (today.year - earlier.year) * 12 + today.month - earlier.month
    return max(0, months - (1 if today.day < earlier.day else 0))


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())


def _text(column: Any) -> Any:
    """A moment as text ("2026-05-01 ...", on both databases): read without parsing, and
    ordered as the moments are."""
    return cast(column, String)


def _unanswered_between(today: date) -> dict[str, datetime]:
    """The moments a proposal unanswered lately was made between (as _unanswered reads)."""
    return {
        "waited": _midnight(today - timedelta(days=WEIGHTS.answer_wait_days)),
        "since": _midnight(months_before(today, WEIGHTS.unanswered_months)),
    }


def _unanswered(waited: Any, since: Any) -> Any:
    pp = PartnerProposal
    return and_(
        pp.state.in_([s.value for s in AWAITING_ANSWER]),
        pp.state_at < waited,
        pp.state_at >= since,
    )


def _asked_declined_unanswered(waited: Any, since: Any) -> tuple[Any, Any, Any]:
    pp = PartnerProposal
    return (
        func.max(_text(pp.created_at)),
        func.max(case((pp.state == ProposalState.DECLINED.value, _text(pp.state_at)))),
        func.sum(case((_unanswered(waited, since), 1), else_=0)),
    )


def _by_stage() -> list[Any]:
    """How many exchanges went ahead, by the stage their inquiry reached (_STAGES)."""
    pp, inq = PartnerProposal, Inquiry
    accepted = pp.state == ProposalState.ACCEPTED.value
    return [func.sum(case((and_(accepted, inq.stage == s), 1), else_=0)) for s in _STAGES]


def exchanges_value(by_stage: Sequence[Any]) -> float:
    """The exchanges weighed by EXCHANGE_OUTCOME, from their numbers by stage (_STAGES):
    the same float however the database ordered them."""
    weighed = (EXCHANGE_OUTCOME[s] * int(n or 0) for s, n in zip(_STAGES, by_stage, strict=True))
    return sum(weighed, 0.0)


def _query(today: date) -> Select[Any]:
    pp, inq = PartnerProposal, Inquiry
    went_ahead = and_(pp.state == ProposalState.ACCEPTED.value, inq.stage.in_(_STAGES))
    return (
        select(
            pp.organisation_id,
            *_asked_declined_unanswered(**_unanswered_between(today)),
            *_by_stage(),
            func.min(case((went_ahead, _text(pp.state_at)))),
            func.max(case((went_ahead, _text(pp.state_at) + inq.stage))),
        )
        .join(inq, inq.id == pp.inquiry_id)
        .where(inq.deleted_at.is_(None))
        .group_by(pp.organisation_id)
    )


def _day(text: str | None) -> date | None:
    return date(int(text[:4]), int(text[5:7]), int(text[8:10])) if text else None


def _history(row: Any) -> History:
    asked, declined, unanswered = row[1:4]
    by_stage, (first, latest) = row[4 : 4 + len(_STAGES)], row[4 + len(_STAGES) :]
    exchanges = sum(int(n or 0) for n in by_stage)
    if not exchanges:
        return History(_day(asked), _day(declined), int(unanswered or 0))
    last = next((s for s in _STAGES if latest.endswith(s)), None) if latest else None
    return History(
        _day(asked), _day(declined), int(unanswered or 0), exchanges, exchanges_value(by_stage),
        int(first[:4]), str(last) if last else None,
    )  # fmt: skip


def histories(
    session: Session,
    today: date,
    *,
    besides: int | None = None,
    organisations: Any = None,
) -> dict[int, History]:
    """Each organisation's History (those never proposed are not listed: NO_HISTORY), not
    counting the proposals of inquiry `besides`; `organisations`: a select of the ids to
    read (default: all)."""
    stmt = _query(today)
    if besides is not None:
        stmt = stmt.where(PartnerProposal.inquiry_id != besides)
    if organisations is not None:
        stmt = stmt.where(PartnerProposal.organisation_id.in_(organisations))
    return {int(row[0]): _history(row) for row in session.connection().execute(stmt).all()}


class Briefs(NamedTuple):
    """What weighs of every organisation's history, read for thousands at once (what the
    reasons say besides is read by `histories` for those listed)."""

    # (organisation id, the days last asked and last declined as text "2026-05-01" or
    # None, the proposals unanswered) of every organisation ever proposed
    rows: list[Any]
    exchanges: dict[int, tuple[int, ...]]  # organisation id -> its exchanges by stage


def briefs(session: Session, today: date, *, besides: int | None = None) -> Briefs:
    """Briefs of every organisation's history, not counting the proposals of inquiry
    `besides`: two statements, one over partner_proposals alone (its index
    ix_partner_proposals_organisation_history holds all it reads), one over its accepted
    proposals and their inquiries."""
    stmt, went_ahead = _brief_statements()
    values = {**_unanswered_between(today), "besides": besides or 0}  # ids begin at 1
    conn = session.connection()
    rows = list(conn.execute(stmt, values).all())
    exchanges = {r[0]: tuple(r[1:]) for r in conn.execute(went_ahead, values).all()}
    return Briefs(rows, exchanges)


@functools.cache
def _brief_statements() -> tuple[Select[Any], Select[Any]]:
    """briefs' statements, made once (their values bound when run)."""
    pp, inq = PartnerProposal, Inquiry
    moment = PartnerProposal.__table__.c.state_at.type
    asked, declined, unanswered = _asked_declined_unanswered(
        bindparam("waited", type_=moment), bindparam("since", type_=moment)
    )
    besides = bindparam("besides", type_=Integer)
    deleted = select(inq.id).where(inq.deleted_at.is_not(None))
    stmt = (
        select(pp.organisation_id, func.substr(asked, 1, 10), func.substr(declined, 1, 10),
               unanswered)
        .where(pp.inquiry_id.not_in(deleted), pp.inquiry_id != besides)
        .group_by(pp.organisation_id)
    )  # fmt: skip
    went_ahead = (
        select(pp.organisation_id, *_by_stage())
        .join(inq, inq.id == pp.inquiry_id)
        .where(
            inq.deleted_at.is_(None),
            pp.state == ProposalState.ACCEPTED.value,
            inq.stage.in_(_STAGES),
            pp.inquiry_id != besides,
        )
        .group_by(pp.organisation_id)
    )
    return stmt, went_ahead


def states_of_inquiry(session: Session, inquiry_id: int) -> dict[int, str]:
    """Organisation id -> the state of its proposal for this inquiry."""
    pp = PartnerProposal
    stmt = select(pp.organisation_id, pp.state).where(pp.inquiry_id == inquiry_id)
    return {int(o): str(s) for o, s in session.execute(stmt)}


def states_of_organisation(session: Session, organisation_id: int) -> dict[int, str]:
    """Inquiry id -> the state of this organisation's proposal for it."""
    pp = PartnerProposal
    stmt = select(pp.inquiry_id, pp.state).where(pp.organisation_id == organisation_id)
    return {int(i): str(s) for i, s in session.execute(stmt)}
