"""Reading inquiries: a filtered, sorted page of rows, their count, and one inquiry whole."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, bindparam, case, func, select
from sqlalchemy.orm import Session

from msek_desktop.core import changes, contacts, errors, followup_rows, organisations, search
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries.filtering import (
    ALL,
    SORT_KEYS,
    UNASSIGNED,
    InquiryFilter,
    filtered,
    kept,
    ordered_ids,
    shape,
    values,
    year_range,
)
from msek_desktop.core.inquiries.filtering import ASSIGNEE as _S
from msek_desktop.core.inquiries.filtering import CONTACT as _C
from msek_desktop.core.inquiries.filtering import NEXT as _NEXT
from msek_desktop.core.inquiries.filtering import ORGANISATION as _O
from msek_desktop.core.inquiries.rules import LABEL
from msek_desktop.core.models import Field, Inquiry, inquiry_fields
from msek_desktop.core.rows import ContactBrief, InquiryDetail, InquiryRow, OrganisationBrief
from msek_desktop.core.vocab import CLOSED_STAGES

__all__ = [  # with what filtering defines for the list
    "RANK_LIMIT", "SORT_KEYS", "UNASSIGNED", "InquiryFilter", "StateCounts", "count_by_state",
    "count_inquiries", "each_inquiry", "get_by_ref", "get_inquiry", "inquiry_ids",
    "list_inquiries", "row_of", "year_range", "years_received",
]  # fmt: skip


def _row_query() -> Select[Any]:
    return (
        select(Inquiry, _C, _O, _S.login, _S.full_name, _NEXT)
        .outerjoin(_C, Inquiry.contact_id == _C.id)
        .outerjoin(_O, Inquiry.organisation_id == _O.id)
        .outerjoin(_S, Inquiry.assignee_id == _S.id)
    )


def _field_codes(conn: Session | Connection, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    out: dict[int, list[str]] = {i: [] for i in ids}
    for inquiry_id, code in conn.execute(_codes_by_ids(), {"ids": list(ids)}).all():
        out[inquiry_id].append(code)
    return {k: tuple(v) for k, v in out.items()}


def _codes_by_ids() -> Select[Any]:
    def build() -> Select[Any]:
        return (
            select(inquiry_fields.c.inquiry_id, Field.code)
            .join(Field, Field.id == inquiry_fields.c.field_id)
            .where(inquiry_fields.c.inquiry_id.in_(bindparam("ids", expanding=True)))
            .order_by(Field.id)
        )

    return kept(("field codes",), build)


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


def _ordered(conn: Connection, flt: InquiryFilter, *, limited: bool) -> Select[Any]:
    """The kept statement of the ids of the inquiries matching `flt`, in the list's order
    (filtering.ordered_ids), best match first only when few match (_worth_ranking); with
    `limited`, a page of them ("limit" and "offset" bound)."""
    ranked = bool(flt.search) and flt.sort is None and _worth_ranking(conn, flt.search)

    def build() -> Select[Any]:
        stmt = ordered_ids(flt, ranked=ranked)
        if limited:
            stmt = stmt.limit(bindparam("limit")).offset(bindparam("offset"))
        return stmt

    return kept(("ids", shape(flt), ranked, limited), build)


def list_inquiries(
    db: Database, flt: InquiryFilter = ALL, *, limit: int = 50, offset: int = 0
) -> list[InquiryRow]:
    """One page of inquiries: best match first when searching, else newest first.

    Two steps: the page's ids are chosen over the narrowest query that can filter and
    order, then only those rows are read, their listed columns only, no entities (a broad
    search like "saint" matches tens of thousands of rows; their next follow-up and names
    are looked up for 50, not all). Each statement is built once (filtering.kept) and read
    on the session's connection, without the ORM's own work for each statement.
    """
    asked = {**values(flt), "limit": limit, "offset": offset}
    with db.read() as session:
        conn = session.connection()
        ids = list(conn.scalars(_ordered(conn, flt, limited=True), asked).all())
        return list(_rows_of(conn, ids))


def _rows_of(conn: Connection, ids: list[int]) -> Iterator[InquiryRow]:
    """The rows of these inquiries, in this order (their listed columns only), each made
    as it is asked for."""
    if not ids:
        return
    found = {r[0]: r for r in conn.execute(_brief_by_ids(), {"ids": ids}).all()}
    codes = _field_codes(conn, ids)
    for inquiry_id in ids:
        yield _brief_row(found[inquiry_id], codes[inquiry_id])


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


def _brief_by_ids() -> Select[Any]:
    """_brief_query of the inquiries "ids" (a list bound when run), kept."""

    def build() -> Select[Any]:
        return _brief_query().where(Inquiry.id.in_(bindparam("ids", expanding=True)))

    return kept(("brief",), build)


def each_inquiry(
    db: Database, flt: InquiryFilter = ALL, *, limit: int | None = None
) -> Iterator[InquiryRow]:
    """The rows list_inquiries would return for `limit` (None: all), in the same order, as
    they are read: BATCH at a time, their columns only, so listing 100,000 inquiries holds
    a batch, not the list (`msek inquiries --json`). One read transaction throughout."""
    asked = {**values(flt), "limit": limit, "offset": 0}
    with db.read() as session:
        conn = session.connection()
        ids = list(conn.scalars(_ordered(conn, flt, limited=limit is not None), asked).all())
        for start in range(0, len(ids), BATCH):
            yield from _rows_of(conn, ids[start : start + BATCH])


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


def inquiry_ids(db: Database, flt: InquiryFilter = ALL) -> list[int]:
    """The ids of every inquiry matching `flt` (all pages), in the list's order: what a
    "select all" in the list means, read in one query."""
    asked = values(flt)
    with db.read() as session:
        conn = session.connection()
        return list(conn.scalars(_ordered(conn, flt, limited=False), asked).all())


@dataclass(frozen=True)
class StateCounts:
    """How many inquiries match a filter, open and closed (whatever the filter's `open`)."""

    open: int
    closed: int


def count_by_state(db: Database, flt: InquiryFilter = ALL) -> StateCounts:
    """The open and the closed inquiries matching `flt` but for its `open`, in one query: an
    empty list of open ones can say that closed ones match (and the reverse)."""
    either = InquiryFilter(**{**flt.__dict__, "open": None})

    def build() -> Select[Any]:
        closed = Inquiry.stage.in_([s.value for s in CLOSED_STAGES])
        counting = select(
            func.count(Inquiry.id), func.coalesce(func.sum(case((closed, 1), else_=0)), 0)
        )
        return filtered(counting, either, ranked=True)[0]  # join: no order

    stmt = kept(("by state", shape(either)), build)
    asked = values(either)
    with db.read() as session:
        total, closed_count = session.connection().execute(stmt, asked).one()
    return StateCounts(open=int(total) - int(closed_count), closed=int(closed_count))


RANK_LIMIT = 3000


def _worth_ranking(session: Session | Connection, query: str) -> bool:
    """Best match first when few records match; newest first for a broad prefix ("s",
    "saint"), where ranking thousands of near-equal matches costs more than it tells."""
    found = search.count_matching(session, search.Kind.INQUIRY, query, at_most=RANK_LIMIT + 1)
    return found <= RANK_LIMIT


def count_inquiries(db: Database, flt: InquiryFilter = ALL) -> int:
    def build() -> Select[Any]:
        return filtered(select(func.count(Inquiry.id)), flt, ranked=True)[0]  # join: no order

    stmt = kept(("count", shape(flt)), build)
    asked = values(flt)
    with db.read() as session:
        return int(session.connection().scalar(stmt, asked) or 0)


def years_received(db: Database) -> tuple[int, ...]:
    """The years from the last inquiry's receipt back to the first's (in the bin or not),
    newest first: the choices of a year filter. None received: none. The first and the last
    are asked apart, each a look at the receipt date's index (SQLite scans the table for
    both in one aggregate: 8 ms at 100,000 inquiries)."""
    stmt = select(
        select(func.min(Inquiry.received_on)).scalar_subquery(),
        select(func.max(Inquiry.received_on)).scalar_subquery(),
    )
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
