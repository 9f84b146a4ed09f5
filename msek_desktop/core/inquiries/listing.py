"""Reading inquiries: a filtered, sorted page of rows, their count, and one inquiry whole."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, select
from sqlalchemy.orm import Session, aliased

from msek_desktop.core import changes, contacts, errors, followup_rows, organisations, search
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries.rules import LABEL
from msek_desktop.core.models import (
    Contact,
    Field,
    FollowUp,
    Inquiry,
    Organisation,
    StaffMember,
    inquiry_fields,
)
from msek_desktop.core.rows import ContactBrief, InquiryDetail, InquiryRow, OrganisationBrief
from msek_desktop.core.vocab import CLOSED_STAGES, PIPELINE, InquiryKind, LostReason, Stage

UNASSIGNED = ""  # InquiryFilter.assignee value meaning "nobody"
_STAGE_ORDER = {s.value: i for i, s in enumerate((*PIPELINE, Stage.LOST))}


@dataclass(frozen=True)
class InquiryFilter:
    """What the inquiries list shows. Empty values mean "no filter"."""

    search: str = ""
    stages: tuple[str, ...] = ()
    assignee: str | None = None  # a login, or UNASSIGNED
    side: str | None = None
    field: str | None = None
    kind: str | None = None  # a vocab.InquiryKind
    # received from this day to that day, both included (either None: no bound); a year
    # is 1 January to 31 December (year_range)
    received_from: date | None = None
    received_to: date | None = None
    # lost for this vocab.LostReason: a lost inquiry without a reason counts as "other",
    # as the figures count it
    lost_reason: str | None = None
    open: bool | None = None
    deleted: bool = False
    contact_id: int | None = None
    organisation_id: int | None = None
    sort: str | None = None  # a column name of SORT_KEYS; None: best match or newest first
    descending: bool = False


def year_range(year: int) -> tuple[date, date]:
    """InquiryFilter's received_from and received_to for a calendar year."""
    return date(year, 1, 1), date(year, 12, 31)


def _next_followup() -> Any:
    return (
        select(func.min(FollowUp.due_on))
        .where(FollowUp.inquiry_id == Inquiry.id, FollowUp.done_at.is_(None))
        .correlate(Inquiry)
        .scalar_subquery()
    )


_C, _O, _S = aliased(Contact), aliased(Organisation), aliased(StaffMember)
_NEXT = _next_followup().label("next_followup")
SORT_KEYS: dict[str, Any] = {
    # year, then number: "2024-10000" after "2024-9999", every 2024 ref before 2025's
    "ref": (func.substr(Inquiry.ref, 1, 4), func.length(Inquiry.ref), Inquiry.ref),
    "received_on": Inquiry.received_on,
    "contact": _C.last_name,
    "organisation": _O.name,
    "side": Inquiry.side,
    "stage": case(_STAGE_ORDER, value=Inquiry.stage, else_=99),
    "assignee": _S.full_name,
    "next_followup": _NEXT,
    "priority": case({"high": 0, "normal": 1, "low": 2}, value=Inquiry.priority, else_=1),
    "subject": Inquiry.subject,
    # an inquiry's fields are several: it sorts by the first in alphabetical order of code
    "field": (
        select(func.min(Field.code))
        .join(inquiry_fields, inquiry_fields.c.field_id == Field.id)
        .where(inquiry_fields.c.inquiry_id == Inquiry.id)
        .correlate(Inquiry)
        .scalar_subquery()
    ),
}


def _row_query() -> Select[Any]:
    return (
        select(Inquiry, _C, _O, _S.login, _S.full_name, _NEXT)
        .outerjoin(_C, Inquiry.contact_id == _C.id)
        .outerjoin(_O, Inquiry.organisation_id == _O.id)
        .outerjoin(_S, Inquiry.assignee_id == _S.id)
    )


def _field_codes(session: Session, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    out: dict[int, list[str]] = {i: [] for i in ids}
    stmt = (
        select(inquiry_fields.c.inquiry_id, Field.code)
        .join(Field, Field.id == inquiry_fields.c.field_id)
        .where(inquiry_fields.c.inquiry_id.in_(ids))
        .order_by(Field.id)
    )
    for inquiry_id, code in session.execute(stmt):
        out[inquiry_id].append(code)
    return {k: tuple(v) for k, v in out.items()}


def _to_rows(session: Session, result: Sequence[Any]) -> list[InquiryRow]:
    codes = _field_codes(session, [r[0].id for r in result])
    rows = []
    for inq, c, o, login, name, next_fu in result:
        contact = ContactBrief(c.id, c.first_name, c.last_name, c.email, c.phone) if c else None
        org = OrganisationBrief(o.id, o.name, o.city) if o else None
        rows.append(
            InquiryRow(
                inq.id,
                inq.ref,
                inq.received_on,
                inq.channel,
                inq.kind,
                inq.side,
                inq.subject,
                inq.stage,
                inq.priority,
                login,
                name,
                next_fu,
                contact,
                org,
                codes[inq.id],
                inq.lost_reason,
                inq.closed_on,
                inq.version,
                inq.deleted_at,
            )
        )
    return rows


def _filtered(
    stmt: Select[Any], flt: InquiryFilter, *, ranked: bool = False
) -> tuple[Select[Any], Any]:
    """`stmt` narrowed by the filter; with `ranked`, also the search rank to order by.

    Unranked, the search is an IN test, so newest-first can walk the date index and stop
    at the page's end instead of sorting every match.
    """
    deleted = Inquiry.deleted_at
    stmt = stmt.where(deleted.is_not(None) if flt.deleted else deleted.is_(None))
    if flt.stages:
        stmt = stmt.where(Inquiry.stage.in_(flt.stages))
    if flt.open is not None:
        closed = Inquiry.stage.in_([s.value for s in CLOSED_STAGES])
        stmt = stmt.where(~closed if flt.open else closed)
    if flt.side:
        stmt = stmt.where(Inquiry.side == flt.side.replace("-", "_"))
    if flt.assignee == UNASSIGNED:
        stmt = stmt.where(Inquiry.assignee_id.is_(None))
    elif flt.assignee is not None:
        staff = select(StaffMember.id).where(StaffMember.login == flt.assignee)
        stmt = stmt.where(Inquiry.assignee_id.in_(staff.scalar_subquery()))
    if flt.field:
        having = (
            select(inquiry_fields.c.inquiry_id)
            .join(Field, Field.id == inquiry_fields.c.field_id)
            .where(Field.code == flt.field)
        )
        stmt = stmt.where(Inquiry.id.in_(having))
    stmt = stmt.where(*_what_and_when(flt))
    if flt.contact_id is not None:
        stmt = stmt.where(Inquiry.contact_id == flt.contact_id)
    if flt.organisation_id is not None:
        stmt = stmt.where(Inquiry.organisation_id == flt.organisation_id)
    return search.narrowed(stmt, search.Kind.INQUIRY, flt.search, Inquiry.id, ranked=ranked)


def _what_and_when(flt: InquiryFilter) -> list[ColumnElement[bool]]:
    """The kind, the days received and the lost reason asked (an unknown code is said)."""
    out: list[ColumnElement[bool]] = []
    if flt.kind:
        if flt.kind not in {k.value for k in InquiryKind}:
            raise errors.UserError(f"There is no inquiry kind {flt.kind!r}.")
        out.append(Inquiry.kind == flt.kind)
    if flt.received_from is not None:
        out.append(Inquiry.received_on >= flt.received_from)
    if flt.received_to is not None:
        out.append(Inquiry.received_on <= flt.received_to)
    if flt.lost_reason:
        if flt.lost_reason not in {r.value for r in LostReason}:
            raise errors.UserError(f"There is no lost reason {flt.lost_reason!r}.")
        reason = func.coalesce(Inquiry.lost_reason, LostReason.OTHER.value)
        out += [Inquiry.stage == Stage.LOST.value, reason == flt.lost_reason]
    return out


def _ordered_ids(session: Session, flt: InquiryFilter) -> Select[Any]:
    """The ids of the inquiries matching `flt`, in the list's order: the column asked, else
    best match first when searching, else newest first."""
    ids_query = (
        select(Inquiry.id)
        .outerjoin(_C, Inquiry.contact_id == _C.id)
        .outerjoin(_O, Inquiry.organisation_id == _O.id)
        .outerjoin(_S, Inquiry.assignee_id == _S.id)
    )
    ranked = bool(flt.search) and flt.sort is None and _worth_ranking(session, flt.search)
    stmt, rank = _filtered(ids_query, flt, ranked=ranked)
    if flt.sort is not None:
        if flt.sort not in SORT_KEYS:
            raise errors.UserError(f"Cannot sort inquiries by {flt.sort!r}.")
        keys = SORT_KEYS[flt.sort]
        for key in keys if isinstance(keys, tuple) else (keys,):
            stmt = stmt.order_by(key.desc() if flt.descending else key.asc())
    elif rank is not None:
        stmt = stmt.order_by(rank)
    return stmt.order_by(Inquiry.received_on.desc(), Inquiry.id.desc())


def list_inquiries(
    db: Database, flt: InquiryFilter = InquiryFilter(), *, limit: int = 50, offset: int = 0
) -> list[InquiryRow]:
    """One page of inquiries: best match first when searching, else newest first.

    Two steps: the page's ids are chosen over the narrowest query that can filter and
    order, then only those rows are read, their listed columns only, no entities (a broad
    search like "saint" matches tens of thousands of rows; their next follow-up and names
    are looked up for 50, not all).
    """
    with db.read() as session:
        ids = list(session.scalars(_ordered_ids(session, flt).limit(limit).offset(offset)))
        if not ids:
            return []
        found = {r[0]: r for r in session.execute(_brief_query().where(Inquiry.id.in_(ids)))}
        codes = _field_codes(session, ids)
        return [_brief_row(found[inquiry_id], codes[inquiry_id]) for inquiry_id in ids]


BATCH = 500  # rows read at a time by each_inquiry


# what an InquiryRow holds, as plain columns (_row_query's rows without entities)
_BRIEF = (
    Inquiry.id, Inquiry.ref, Inquiry.received_on, Inquiry.channel, Inquiry.kind, Inquiry.side,
    Inquiry.subject, Inquiry.stage, Inquiry.priority, _S.login, _S.full_name, _NEXT, _C.id,
    _C.first_name, _C.last_name, _C.email, _C.phone, _O.id, _O.name, _O.city,
    Inquiry.lost_reason, Inquiry.closed_on, Inquiry.version, Inquiry.deleted_at,
)  # fmt: skip


def _brief_query() -> Select[Any]:
    stmt: Select[Any] = select(*_BRIEF)
    return (
        stmt.outerjoin(_C, Inquiry.contact_id == _C.id)
        .outerjoin(_O, Inquiry.organisation_id == _O.id)
        .outerjoin(_S, Inquiry.assignee_id == _S.id)
    )


def each_inquiry(
    db: Database, flt: InquiryFilter = InquiryFilter(), *, limit: int | None = None
) -> Iterator[InquiryRow]:
    """The rows list_inquiries would return for `limit` (None: all), in the same order, as
    they are read: BATCH at a time, their columns only, so listing 100,000 inquiries holds
    a batch, not the list (`msek inquiries --json`). One read transaction throughout."""
    with db.read() as session:
        ordered = _ordered_ids(session, flt)
        ids = list(session.scalars(ordered if limit is None else ordered.limit(limit)))
        for start in range(0, len(ids), BATCH):
            batch = ids[start : start + BATCH]
            found = {r[0]: r for r in session.execute(_brief_query().where(Inquiry.id.in_(batch)))}
            codes = _field_codes(session, batch)
            for inquiry_id in batch:
                yield _brief_row(found[inquiry_id], codes[inquiry_id])


def _brief_row(r: Any, codes: tuple[str, ...]) -> InquiryRow:
    (id_, ref, received_on, channel, kind, side, subject, stage, priority, login, name,
     next_fu, cid, first, last, email, phone, oid, org_name, city, lost_reason, closed_on,
     version, deleted_at) = r  # fmt: skip
    contact = ContactBrief(cid, first, last, email, phone) if cid is not None else None
    org = OrganisationBrief(oid, org_name, city) if oid is not None else None
    return InquiryRow(
        id_, ref, received_on, channel, kind, side, subject, stage, priority, login, name,
        next_fu, contact, org, codes, lost_reason, closed_on, version, deleted_at,
    )  # fmt: skip


def inquiry_ids(db: Database, flt: InquiryFilter = InquiryFilter()) -> list[int]:
    """The ids of every inquiry matching `flt` (all pages), in the list's order: what a
    "select all" in the list means, read in one query."""
    with db.read() as session:
        return list(session.scalars(_ordered_ids(session, flt)))


@dataclass(frozen=True)
class StateCounts:
    """How many inquiries match a filter, open and closed (whatever the filter's `open`)."""

    open: int
    closed: int


def count_by_state(db: Database, flt: InquiryFilter = InquiryFilter()) -> StateCounts:
    """The open and the closed inquiries matching `flt` but for its `open`, in one query: an
    empty list of open ones can say that closed ones match (and the reverse)."""
    closed = Inquiry.stage.in_([s.value for s in CLOSED_STAGES])
    counting = select(
        func.count(Inquiry.id), func.coalesce(func.sum(case((closed, 1), else_=0)), 0)
    )
    either = InquiryFilter(**{**flt.__dict__, "open": None})
    stmt, _ = _filtered(counting, either, ranked=True)  # join: no order
    with db.read() as session:
        total, closed_count = session.execute(stmt).one()
    return StateCounts(open=int(total) - int(closed_count), closed=int(closed_count))


RANK_LIMIT = 3000


def _worth_ranking(session: Session, query: str) -> bool:
    """Best match first when few records match; newest first for a broad prefix ("s",
    "saint"), where ranking thousands of near-equal matches costs more than it tells."""
    found = search.count_matching(session, search.Kind.INQUIRY, query, at_most=RANK_LIMIT + 1)
    return found <= RANK_LIMIT


def count_inquiries(db: Database, flt: InquiryFilter = InquiryFilter()) -> int:
    stmt, _ = _filtered(select(func.count(Inquiry.id)), flt, ranked=True)  # join: no order
    return db.count(stmt)


def years_received(db: Database) -> tuple[int, ...]:
    """The years from the last inquiry's receipt back to the first's (in the bin or not),
    newest first: the choices of a year filter. None received: none."""
    stmt = select(func.min(Inquiry.received_on), func.max(Inquiry.received_on))
    with db.read() as session:
        first, last = session.execute(stmt).one()
    if first is None or last is None:
        return ()
    return tuple(range(last.year, first.year - 1, -1))


def row_of(session: Session, inquiry_id: int) -> InquiryRow:
    return _to_rows(session, session.execute(_row_query().where(Inquiry.id == inquiry_id)).all())[0]


def _detail(session: Session, inq: Inquiry) -> InquiryDetail:
    return InquiryDetail(
        row=row_of(session, inq.id),
        message=inq.message,
        desired_counterpart=inq.desired_counterpart,
        letter_language=inq.letter_language,
        lost_note=inq.lost_note,
        contact=contacts.to_row(inq.contact) if inq.contact else None,
        organisation=organisations.to_row(inq.organisation) if inq.organisation else None,
        follow_ups=followup_rows.rows_for_inquiry(session, inq.id),
        timeline=changes.timeline(session, inquiry_id=inq.id),
    )


def get_inquiry(db: Database, inquiry_id: int) -> InquiryDetail:
    with db.read() as session:
        return _detail(session, changes.get_one(session, Inquiry, inquiry_id, LABEL))


def get_by_ref(db: Database, ref: str) -> InquiryDetail:
    with db.read() as session:
        inq = session.scalar(select(Inquiry).where(Inquiry.ref == ref.strip()))
        if inq is None:
            raise errors.NotFoundError(f"There is no inquiry {ref.strip()!r}.")
        return _detail(session, inq)
