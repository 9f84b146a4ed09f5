"""An exchange's status following its dates, and its inquiry's stage following the exchange
(the rules are in the package's docstring)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from msek_desktop.core import changes
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries.editing import move_within
from msek_desktop.core.models import Exchange, Inquiry
from msek_desktop.core.vocab import CLOSED_STAGES, PIPELINE, ExchangeStatus, Stage, TimelineKind

_GOING = (ExchangeStatus.PLANNED.value, ExchangeStatus.RUNNING.value)
# the stages an inquiry leaves for Running when its exchange begins
BEFORE_RUNNING = tuple(s.value for s in PIPELINE[: PIPELINE.index(Stage.RUNNING)])
_OPEN = tuple(s.value for s in Stage if s not in CLOSED_STAGES)


def dated_status(ex: Exchange, today: date) -> str:
    """The status `ex`'s dates give it on `today`: completed after its last day, running from
    its first, as it is otherwise (and always when cancelled, or when it does not follow its
    dates: moves_stage False). A status is never moved back by the dates."""
    status = ex.status
    if not ex.moves_stage or status not in _GOING:
        return status
    if ex.ends_on is not None and ex.ends_on < today:
        return ExchangeStatus.COMPLETED.value
    if ex.starts_on is not None and ex.starts_on <= today:
        return ExchangeStatus.RUNNING.value
    return status


def _others_going(session: Session, ex: Exchange) -> bool:
    """Another exchange of the same inquiry is still planned or running."""
    other = select(Exchange.id).where(
        Exchange.inquiry_id == ex.inquiry_id,
        Exchange.id != ex.id,
        Exchange.deleted_at.is_(None),
        Exchange.status.in_(_GOING),
    )
    return bool(session.scalar(select(exists(other))))


def _stage_wanted(session: Session, ex: Exchange) -> str | None:
    """The stage `ex` moves its inquiry to, or None: the inquiry only moves forward."""
    if not ex.moves_stage or ex.deleted_at is not None or ex.inquiry_id is None:
        return None
    inq = session.get(Inquiry, ex.inquiry_id)
    if inq is None or inq.deleted_at is not None:
        return None
    if ex.status == ExchangeStatus.COMPLETED and inq.stage in _OPEN:
        if not _others_going(session, ex):
            return Stage.COMPLETED.value
        # one exchange done, another to come: the inquiry is running
    elif ex.status != ExchangeStatus.RUNNING:
        return None
    return Stage.RUNNING.value if inq.stage in BEFORE_RUNNING else None


def settle(
    session: Session, ex: Exchange, staff_id: int | None, today: date, before: str | None
) -> bool:
    """After `ex`'s values were set (`before`: its status before them, None for a new one):
    its status as its dates give it, a timeline entry on its inquiry when the status is new,
    the inquiry's stage following; whether the status or the stage moved."""
    ex.status = dated_status(ex, today)
    if ex.status != before and ex.inquiry_id is not None:
        changes.record(
            session, staff_id, TimelineKind.EXCHANGE.value, inquiry_id=ex.inquiry_id,
            field="status", old=before or "", new=ex.status, note=ex.title,
        )  # fmt: skip
    stage = _stage_wanted(session, ex)
    if stage is not None and ex.inquiry_id is not None:
        move_within(session, ex.inquiry_id, {"stage": stage}, staff_id, today)
    return ex.status != before or stage is not None


def _due(today: date) -> ColumnElement[bool]:
    """The exchanges catch_up looks at: following their dates, and a status or their
    inquiry's stage behind them."""
    inq = aliased(Inquiry)
    behind = (
        select(inq.id)
        .where(
            inq.id == Exchange.inquiry_id,
            inq.deleted_at.is_(None),
            or_(
                and_(
                    Exchange.status == ExchangeStatus.RUNNING.value, inq.stage.in_(BEFORE_RUNNING)
                ),
                and_(Exchange.status == ExchangeStatus.COMPLETED.value, inq.stage.in_(_OPEN)),
            ),
        )
        .exists()
    )
    return and_(
        Exchange.deleted_at.is_(None),
        Exchange.moves_stage.is_(True),
        or_(
            and_(Exchange.status.in_(_GOING), Exchange.ends_on < today),
            and_(Exchange.status == ExchangeStatus.PLANNED.value, Exchange.starts_on <= today),
            behind,
        ),
    )


def catch_up(db: Database, today: date) -> int:
    """Statuses and inquiry stages as the dates give them on `today` (the window calls it at
    start-up and at midnight): how many exchanges changed (their status, or their inquiry's
    stage). Nothing on a read-only database. Done by the system on a file (no staff member
    named), on the office server by the one logged in, as every change there; an exchange
    another desk saved meanwhile is read again (at most twice)."""
    if db.read_only:
        return 0
    for attempt in range(3):
        try:
            with db.write() as session:
                staff_id = changes.actor_id(session, None)
                stmt = select(Exchange).where(_due(today)).order_by(Exchange.starts_on, Exchange.id)
                due = session.scalars(stmt).all()
                return sum(settle(session, ex, staff_id, today, ex.status) for ex in due)
        except StaleDataError:
            if attempt == 2:
                raise changes.conflict("An exchange") from None
    return 0  # pragma: no cover
