"""What the office's past proposals say about each organisation, read in one aggregate query
of partner_proposals (grouped by organisation): when it was last asked, when it last
declined, how many proposals it left unanswered lately, and the exchanges that went ahead
with it (accepted proposals whose inquiry is agreed, running or completed) and how the
latest one stands. Proposals of deleted inquiries do not count; nor those of the inquiry
being ranked (its own proposals are shown as such, not as history).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.orm import Session

from msek_desktop.core.models import Inquiry, PartnerProposal
from msek_desktop.core.partners.weights import EXCHANGE_OUTCOME, WEIGHTS
from msek_desktop.core.vocab import AWAITING_ANSWER, ProposalState


@dataclass(frozen=True)
class History:
    last_asked: datetime | None = None  # the latest proposal made to it
    last_declined: datetime | None = None
    unanswered: int = 0  # waiting past WEIGHTS.answer_wait_days, within unanswered_months
    exchanges: int = 0
    exchange_value: float = 0.0  # the exchanges weighed by EXCHANGE_OUTCOME
    since: int | None = None  # the year of the first exchange
    last: str | None = None  # the stage of the latest exchange's inquiry


NO_HISTORY = History()
_STAGES = tuple(EXCHANGE_OUTCOME)


def months_before(day: date, months: int) -> datetime:
    """Midnight of the day `months` calendar months before `day` (the month's last day when
    it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    return datetime(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_between(earlier: datetime | date, today: date) -> int:
    """Whole calendar months from `earlier` to `today` (0 within the first month)."""
    months = (today.year - earlier.year) * 12 + today.month - earlier.month
    return max(0, months - (1 if today.day < earlier.day else 0))


def _query(today: date) -> Select[Any]:
    pp, inq = PartnerProposal, Inquiry
    accepted = pp.state == ProposalState.ACCEPTED.value
    waited = datetime.combine(today, datetime.min.time()) - timedelta(days=WEIGHTS.answer_wait_days)
    unanswered = and_(
        pp.state.in_([s.value for s in AWAITING_ANSWER]),
        pp.state_at < waited,
        pp.state_at >= months_before(today, WEIGHTS.unanswered_months),
    )
    per_stage: list[Any] = []
    for stage in _STAGES:
        went = and_(accepted, inq.stage == stage)
        per_stage += [func.sum(case((went, 1), else_=0)), func.max(case((went, pp.state_at)))]
    went_ahead = and_(accepted, inq.stage.in_(_STAGES))
    return (
        select(
            pp.organisation_id,
            func.max(pp.created_at),
            func.max(case((pp.state == ProposalState.DECLINED.value, pp.state_at))),
            func.sum(case((unanswered, 1), else_=0)),
            func.min(case((went_ahead, pp.state_at))),
            *per_stage,
        )
        .join(inq, inq.id == pp.inquiry_id)
        .where(inq.deleted_at.is_(None))
        .group_by(pp.organisation_id)
    )


def _history(row: Any) -> History:
    _org, asked, declined, unanswered, first, *per_stage = row
    counts = {s: int(per_stage[2 * n] or 0) for n, s in enumerate(_STAGES)}
    latest = {s: per_stage[2 * n + 1] for n, s in enumerate(_STAGES) if per_stage[2 * n + 1]}
    exchanges = sum(counts.values())
    return History(
        last_asked=asked,
        last_declined=declined,
        unanswered=int(unanswered or 0),
        exchanges=exchanges,
        exchange_value=sum(EXCHANGE_OUTCOME[s] * n for s, n in counts.items()),
        since=first.year if first is not None and exchanges else None,
        last=str(max(latest, key=lambda s: latest[s])) if latest else None,
    )


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
    return {int(row[0]): _history(row) for row in session.execute(stmt)}


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
