"""What the office's past says about each organisation: when it was last asked, when it last
declined, how many proposals it left unanswered lately (one aggregate query of
partner_proposals, grouped by organisation), and the exchanges that went ahead with it and
how the latest one stands (a second one, over the exchanges that went ahead).

The exchanges that went ahead with an organisation: those recorded (core.exchanges, not in
the bin) with it among their organisations, completed, running or planned (a planned one
weighs as an agreed inquiry; a cancelled one not at all), and its accepted proposals whose
inquiry is agreed, running or completed, unless an exchange of that inquiry with it is
recorded (the record then says how it went, and a cancelled one takes the proposal's place
away). Proposals of deleted inquiries do not count; nor the proposals and exchanges of the
inquiry being ranked (its own proposals are shown as such, not as history).
"""

from __future__ import annotations

import calendar
import functools
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple

from sqlalchemy import (
    Integer,
    Select,
    String,
    Subquery,
    and_,
    bindparam,
    case,
    cast,
    func,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from msek_desktop.core.models import Exchange, Inquiry, PartnerProposal, exchange_organisations
from msek_desktop.core.partners.weights import EXCHANGE_OUTCOME, WEIGHTS
from msek_desktop.core.vocab import AWAITING_ANSWER, ExchangeStatus, ProposalState, Stage


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


# the stage an exchange recorded weighs as (EXCHANGE_OUTCOME); a cancelled one: none
_RECORDED_STAGE = {
    ExchangeStatus.COMPLETED.value: Stage.COMPLETED.value,
    ExchangeStatus.RUNNING.value: Stage.RUNNING.value,
    ExchangeStatus.PLANNED.value: Stage.AGREED.value,
}


def _went_ahead(besides: Any, organisations: Any = None) -> Subquery:
    """Each exchange that went ahead with an organisation (the module's docstring says
    which), as (organisation_id, stage, moment): the stage it weighs as, and when (a text
    ordered as the moments are: an accepted proposal's state_at, a recorded exchange's
    first day, else its last, else when it was recorded). Not those of inquiry `besides`;
    `organisations`: the ids to read (None: all)."""
    pp, inq, ex, eo = PartnerProposal, Inquiry, Exchange, exchange_organisations
    recorded = (
        select(eo.c.exchange_id)
        .join(ex, ex.id == eo.c.exchange_id)
        .where(
            eo.c.organisation_id == pp.organisation_id,
            ex.inquiry_id == pp.inquiry_id,
            ex.deleted_at.is_(None),
        )
        .exists()
    )
    proposals = (
        select(pp.organisation_id.label("organisation_id"), inq.stage.label("stage"),
               _text(pp.state_at).label("moment"))
        .join(inq, inq.id == pp.inquiry_id)
        .where(
            inq.deleted_at.is_(None),
            pp.state == ProposalState.ACCEPTED.value,
            inq.stage.in_(_STAGES),
            pp.inquiry_id != besides,
            ~recorded,
        )
    )  # fmt: skip
    moment = func.coalesce(_text(ex.starts_on), _text(ex.ends_on), _text(ex.created_at))
    exchanges = (
        select(eo.c.organisation_id, case(_RECORDED_STAGE, value=ex.status), moment)
        .join(ex, ex.id == eo.c.exchange_id)
        .where(
            ex.deleted_at.is_(None),
            ex.status.in_(list(_RECORDED_STAGE)),
            or_(ex.inquiry_id.is_(None), ex.inquiry_id != besides),
        )
    )
    if organisations is not None:
        proposals = proposals.where(pp.organisation_id.in_(organisations))
        exchanges = exchanges.where(eo.c.organisation_id.in_(organisations))
    return union_all(proposals, exchanges).subquery("went_ahead")


def _went_ahead_query(besides: Any, organisations: Any = None) -> Select[Any]:
    """By organisation: how many exchanges went ahead with it by the stage they weigh as
    (_STAGES), the moment of the first, and the moment and stage of the latest."""
    w = _went_ahead(besides, organisations)
    return select(
        w.c.organisation_id,
        *[func.sum(case((w.c.stage == s, 1), else_=0)) for s in _STAGES],
        func.min(w.c.moment),
        func.max(w.c.moment + w.c.stage),
    ).group_by(w.c.organisation_id)


@functools.cache
def _went_ahead_statement(some: bool) -> Select[Any]:
    """_went_ahead_query made once, its values bound when run: `besides`, and with `some`
    the list of `organisations` to read."""
    chosen: Any = bindparam("organisations", expanding=True) if some else None
    return _went_ahead_query(bindparam("besides", type_=Integer), chosen)


def exchanges_value(by_stage: Sequence[Any]) -> float:
    """The exchanges weighed by EXCHANGE_OUTCOME, from their numbers by stage (_STAGES):
    the same float however the database ordered them."""
    weighed = (EXCHANGE_OUTCOME[s] * int(n or 0) for s, n in zip(_STAGES, by_stage, strict=True))
    return sum(weighed, 0.0)


def _query(today: date) -> Select[Any]:
    pp, inq = PartnerProposal, Inquiry
    return (
        select(pp.organisation_id, *_asked_declined_unanswered(**_unanswered_between(today)))
        .join(inq, inq.id == pp.inquiry_id)
        .where(inq.deleted_at.is_(None))
        .group_by(pp.organisation_id)
    )


def _day(text: str | None) -> date | None:
    return date(int(text[:4]), int(text[5:7]), int(text[8:10])) if text else None


def _history(asked_row: Any, went: Any) -> History:
    """A History from its proposals' row (organisation, asked, declined, unanswered; None:
    never proposed) and its exchanges' (organisation, by stage..., first, latest; None:
    none went ahead)."""
    asked, declined, unanswered = asked_row[1:4] if asked_row is not None else (None, None, 0)
    if went is None:
        return History(_day(asked), _day(declined), int(unanswered or 0))
    by_stage, (first, latest) = went[1 : 1 + len(_STAGES)], went[1 + len(_STAGES) :]
    exchanges = sum(int(n or 0) for n in by_stage)
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
    """Each organisation's History (those never proposed and with no exchange are not
    listed: NO_HISTORY), not counting the proposals and exchanges of inquiry `besides`;
    `organisations`: a select of the ids to read, or a list (default: all)."""
    stmt = _query(today)
    if besides is not None:
        stmt = stmt.where(PartnerProposal.inquiry_id != besides)
    if organisations is not None:
        stmt = stmt.where(PartnerProposal.organisation_id.in_(organisations))
    conn = session.connection()
    asked = {int(row[0]): row for row in conn.execute(stmt).all()}
    if isinstance(organisations, list | tuple):  # the ranking's few: a statement made once
        went_ahead = _went_ahead_statement(True)
        values: dict[str, Any] = {"besides": besides or 0, "organisations": list(organisations)}
    elif organisations is None:
        went_ahead, values = _went_ahead_statement(False), {"besides": besides or 0}
    else:
        went_ahead, values = _went_ahead_query(besides or 0, organisations), {}
    went = {int(row[0]): row for row in conn.execute(went_ahead, values)}
    return {org: _history(asked.get(org), went.get(org)) for org in asked.keys() | went.keys()}


class Briefs(NamedTuple):
    """What weighs of every organisation's history, read for thousands at once (what the
    reasons say besides is read by `histories` for those listed)."""

    # (organisation id, the days last asked and last declined as text "2026-05-01" or
    # None, the proposals unanswered) of every organisation ever proposed
    rows: list[Any]
    # organisation id -> its exchanges by stage (_STAGES), of every organisation with one
    exchanges: dict[int, tuple[int, ...]]


def briefs(session: Session, today: date, *, besides: int | None = None) -> Briefs:
    """Briefs of every organisation's history, not counting the proposals and exchanges of
    inquiry `besides`: two statements, one over partner_proposals alone (its index
    ix_partner_proposals_organisation_history holds all it reads), one over the exchanges
    that went ahead (_went_ahead: the accepted proposals and their inquiries, the exchanges
    recorded)."""
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
    w = _went_ahead(besides)
    went_ahead = select(
        w.c.organisation_id, *[func.sum(case((w.c.stage == s, 1), else_=0)) for s in _STAGES]
    ).group_by(w.c.organisation_id)
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
