"""Reading exchanges: the list with its filters, one exchange whole, and what a new exchange
of an inquiry starts from."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, exists, func, literal, select, union_all
from sqlalchemy.orm import Session

from msek_desktop.core import changes, search
from msek_desktop.core.db import Database
from msek_desktop.core.exchanges.rows import (
    ExchangeDetail,
    ExchangeRow,
    FundingRow,
    ItemRow,
    OrganisationBrief,
)
from msek_desktop.core.exchanges.rules import LABEL
from msek_desktop.core.models import (
    Exchange,
    ExchangeFunding,
    ExchangeItem,
    Field,
    Inquiry,
    Organisation,
    PartnerProposal,
    exchange_fields,
    exchange_organisations,
)
from msek_desktop.core.vocab import ExchangeKind, InquiryKind, ProposalState


def _overlapping(first: date, last: date) -> Any:
    """An exchange's days meet first..last (one date alone: that day; none: never)."""
    begins = func.coalesce(Exchange.starts_on, Exchange.ends_on)
    ends = func.coalesce(Exchange.ends_on, Exchange.starts_on)
    return and_(begins <= last, ends >= first)


def _with_organisation(*criteria: Any) -> Any:
    eo = exchange_organisations
    return exists(
        select(eo.c.exchange_id)
        .join(Organisation, Organisation.id == eo.c.organisation_id)
        .where(eo.c.exchange_id == Exchange.id, *criteria)
    )


# what a list row needs, read as plain columns (no ORM objects: a year's thousands stay quick)
_LISTED = (
    Exchange.id, Exchange.title, Exchange.kind, Exchange.status, Exchange.starts_on,
    Exchange.ends_on, Exchange.inquiry_id, Exchange.planned_saint_etienne,
    Exchange.planned_katowice, Exchange.actual_saint_etienne, Exchange.actual_katowice,
    Exchange.cancel_reason, Exchange.version, Exchange.deleted_at,
)  # fmt: skip


def _filtered(
    *,
    status: str | None,
    kind: str | None,
    side: str | None,
    field: str | None,
    year: int | None,
    organisation_id: int | None,
    month: tuple[int, int] | None,
    include_deleted: bool,
    inquiry_id: int | None = None,
) -> Select[*tuple[Any, ...]]:
    by_inquiry = Inquiry.id == Exchange.inquiry_id
    stmt = select(*_LISTED, Inquiry.ref).outerjoin(Inquiry, by_inquiry)
    if not include_deleted:
        stmt = stmt.where(Exchange.deleted_at.is_(None))
    if status:
        stmt = stmt.where(Exchange.status == status)
    if kind:
        stmt = stmt.where(Exchange.kind == kind)
    if side:
        stmt = stmt.where(_with_organisation(Organisation.side == side.replace("-", "_")))
    if organisation_id is not None:
        stmt = stmt.where(_with_organisation(Organisation.id == organisation_id))
    if inquiry_id is not None:
        stmt = stmt.where(Exchange.inquiry_id == inquiry_id)
    if field:
        ef = exchange_fields
        stmt = stmt.where(
            exists(
                select(ef.c.exchange_id)
                .join(Field, Field.id == ef.c.field_id)
                .where(ef.c.exchange_id == Exchange.id, Field.code == field)
            )
        )
    if year is not None:
        stmt = stmt.where(_overlapping(date(year, 1, 1), date(year, 12, 31)))
    if month is not None:
        y, m = month
        stmt = stmt.where(_overlapping(date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])))
    return stmt


BATCH = 500  # exchanges read at a time, with their organisations and fields


def _links(
    session: Session, ids: list[int], folded: dict[int, str] | None = None
) -> tuple[dict[int, list[OrganisationBrief]], dict[int, list[str]]]:
    """The organisations (by name) and field codes (by id) of the exchanges `ids`, read in
    one query. `folded`: organisations' names already folded, by id (kept from one batch to
    the next, each name is folded once)."""
    eo, ef = exchange_organisations, exchange_fields
    orgs = (
        select(eo.c.exchange_id, literal(0), Organisation.id, Organisation.name, Organisation.side)
        .join(Organisation, Organisation.id == eo.c.organisation_id)
        .where(eo.c.exchange_id.in_(ids))
    )
    codes = (
        select(ef.c.exchange_id, literal(1), Field.id, Field.code, literal(""))
        .join(Field, Field.id == ef.c.field_id)
        .where(ef.c.exchange_id.in_(ids))
    )
    organisations: dict[int, list[OrganisationBrief]] = {}
    fields: dict[int, list[tuple[int, str]]] = {}
    for exchange_id, which, link_id, text, side in session.execute(union_all(orgs, codes)):
        if which == 0:
            organisations.setdefault(exchange_id, []).append(OrganisationBrief(link_id, text, side))
        else:
            fields.setdefault(exchange_id, []).append((link_id, text))
    folded = {} if folded is None else folded  # each name folded once, not once an exchange
    for briefs in organisations.values():
        for o in briefs:
            if o.id not in folded:
                folded[o.id] = search.fold(o.name)
        briefs.sort(key=lambda o: (folded[o.id], o.id))
    return organisations, {k: [c for _, c in sorted(v)] for k, v in fields.items()}


def _row(
    ex: Any, ref: str | None, orgs: Iterable[OrganisationBrief], codes: Iterable[str]
) -> ExchangeRow:
    """A list row of `ex`: an Exchange, or a row of the _LISTED columns."""
    return ExchangeRow(
        ex.id, ex.title, ex.kind, ex.status, ex.starts_on, ex.ends_on, ex.inquiry_id, ref,
        tuple(orgs), tuple(codes), ex.planned_saint_etienne, ex.planned_katowice,
        ex.actual_saint_etienne, ex.actual_katowice, ex.cancel_reason, ex.version,
        ex.deleted_at is not None,
    )  # fmt: skip


def _matches(row: ExchangeRow, terms: list[str]) -> bool:
    """Every word of the search begins a word of the title or of an organisation's name."""
    words = set(search.words(" ".join((row.title, *(o.name for o in row.organisations)))))
    return all(any(w.startswith(t) for w in words) for t in terms)


def list_exchanges(
    db: Database,
    *,
    status: str | None = None,
    kind: str | None = None,
    side: str | None = None,
    field: str | None = None,
    year: int | None = None,
    search: str | None = None,
    organisation_id: int | None = None,
    month: tuple[int, int] | None = None,
    include_deleted: bool = False,
    inquiry_id: int | None = None,
) -> list[ExchangeRow]:
    """The exchanges matching every filter given, newest first (each_exchange, as a list)."""
    found = each_exchange(
        db, status=status, kind=kind, side=side, field=field, year=year, search=search,
        organisation_id=organisation_id, month=month, include_deleted=include_deleted,
        inquiry_id=inquiry_id,
    )  # fmt: skip
    return list(found)


def each_exchange(
    db: Database,
    *,
    status: str | None = None,
    kind: str | None = None,
    side: str | None = None,
    field: str | None = None,
    year: int | None = None,
    search: str | None = None,
    organisation_id: int | None = None,
    month: tuple[int, int] | None = None,
    include_deleted: bool = False,
    inquiry_id: int | None = None,
) -> Iterator[ExchangeRow]:
    """The exchanges matching every filter given, newest first (by first day; those without
    dates last, then the latest recorded first): one query for the exchanges, read BATCH at
    a time and each given as it is read (`msek exchanges --json` lists them all), and one
    for each batch's organisations and fields (those of every exchange at once weighed
    more than the rest of the command)."""
    stmt = _filtered(
        status=status, kind=kind, side=side, field=field, year=year,
        organisation_id=organisation_id, month=month, include_deleted=include_deleted,
        inquiry_id=inquiry_id,
    )  # fmt: skip
    stmt = stmt.order_by(
        Exchange.starts_on.is_(None), Exchange.starts_on.desc(), Exchange.id.desc()
    )
    terms = _search_terms(search)
    with db.read() as session:
        result = session.execute(stmt.execution_options(yield_per=BATCH))
        folded: dict[int, str] = {}
        for batch in result.partitions():
            orgs, codes = _links(session, [r.id for r in batch], folded)
            for r in batch:
                row = _row(r, r.ref, orgs.get(r.id, ()), codes.get(r.id, ()))
                if not terms or _matches(row, terms):
                    yield row


def _search_terms(query: str | None) -> list[str]:
    return search.words(query or "")


def detail_of(session: Session, exchange_id: int) -> ExchangeDetail:
    """One exchange whole, deleted or not (NotFoundError when there is none)."""
    ex = changes.get_one(session, Exchange, exchange_id, LABEL)
    ref = (
        session.scalar(select(Inquiry.ref).where(Inquiry.id == ex.inquiry_id))
        if ex.inquiry_id
        else None
    )
    orgs, codes = _links(session, [ex.id])
    items = session.scalars(
        select(ExchangeItem)
        .where(ExchangeItem.exchange_id == ex.id)
        .order_by(ExchangeItem.day, ExchangeItem.id)
    )
    funding = session.scalars(
        select(ExchangeFunding)
        .where(ExchangeFunding.exchange_id == ex.id)
        .order_by(ExchangeFunding.id)
    )
    return ExchangeDetail(
        row=_row(ex, ref, orgs.get(ex.id, ()), codes.get(ex.id, ())),
        cancel_note=ex.cancel_note,
        outcome=ex.outcome,
        moves_stage=ex.moves_stage,
        items=tuple(ItemRow(i.day, i.place, i.what) for i in items),
        funding=tuple(FundingRow(f.source, f.amount, f.currency, f.note) for f in funding),
    )


def get_exchange(db: Database, exchange_id: int) -> ExchangeDetail:
    """One exchange whole, deleted or not; NotFoundError when there is none."""
    with db.read() as session:
        return detail_of(session, exchange_id)


def proposed_values(db: Database, inquiry_id: int) -> dict[str, Any]:
    """What "Record the exchange…" of an inquiry starts from: its subject as the title, its
    own organisation and the partners who accepted (not deleted), its fields, a joint
    project for a project inquiry (else a visit), and the inquiry itself. NotFoundError for
    an inquiry missing or deleted."""
    with db.read() as session:
        inq = changes.get_live(session, Inquiry, inquiry_id, "Inquiry")
        pp = PartnerProposal
        accepted = session.scalars(
            select(pp.organisation_id)
            .join(Organisation, Organisation.id == pp.organisation_id)
            .where(
                pp.inquiry_id == inq.id,
                pp.state == ProposalState.ACCEPTED.value,
                Organisation.deleted_at.is_(None),
            )
            .order_by(pp.id)
        )
        ids: list[int] = []
        own = inq.organisation
        if own is not None and own.deleted_at is None:
            ids.append(own.id)
        ids += [i for i in accepted if i not in ids]
        codes = [f.code for f in sorted(inq.fields, key=lambda f: f.id)]
        kind = ExchangeKind.JOINT_PROJECT if inq.kind == InquiryKind.PROJECT else ExchangeKind.VISIT
        return {
            "title": inq.subject,
            "organisation_ids": ids,
            "field_codes": codes,
            "kind": kind.value,
            "inquiry_id": inq.id,
        }
