"""What the inquiries list shows (InquiryFilter) and its statements, built once per shape.

A filter's statement depends on which criteria it has, not on their values: "lodz" and
"wisn" are one statement with other parameters. Building a statement and letting SQLAlchemy
find its compiled form again costs more than reading a page of 100 rows (3 to 5 ms against
the page's 2 to 8 in SQLite), so the list keeps each statement it built under its shape
(shape()) and runs it with the filter's values (values()), bound by name. Every criterion
is a named parameter; nothing a filter holds is written into a kept statement.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, TypeVar, cast

from sqlalchemy import ColumnElement, Select, bindparam, case, func, select
from sqlalchemy.orm import aliased

from msek_desktop.core import errors, search
from msek_desktop.core.models import (
    Contact,
    Field,
    FollowUp,
    Inquiry,
    Organisation,
    StaffMember,
    inquiry_fields,
)
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


ALL = InquiryFilter()  # no filter


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


CONTACT, ORGANISATION, ASSIGNEE = aliased(Contact), aliased(Organisation), aliased(StaffMember)
NEXT = _next_followup().label("next_followup")
SORT_KEYS: dict[str, Any] = {
    # year, then number: "2024-10000" after "2024-9999", every 2024 ref before 2025's
    "ref": (func.substr(Inquiry.ref, 1, 4), func.length(Inquiry.ref), Inquiry.ref),
    "received_on": Inquiry.received_on,
    "contact": CONTACT.last_name,
    "organisation": ORGANISATION.name,
    "side": Inquiry.side,
    "stage": case(_STAGE_ORDER, value=Inquiry.stage, else_=99),
    "assignee": ASSIGNEE.full_name,
    "next_followup": NEXT,
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


# -- a filter's shape and values ---------------------------------------------------------


def _given(value: Any) -> bool:
    return bool(value) if isinstance(value, str) else value is not None


# How each criterion shapes the statement (the others only give values). Every field of
# InquiryFilter is here: a test checks it, so that a new one cannot be forgotten.
_SHAPES: dict[str, Callable[[Any], Any]] = {
    "search": search.shape,
    "stages": len,
    "assignee": lambda v: v if v in (None, UNASSIGNED) else "login",
    "side": _given,
    "field": _given,
    "kind": _given,
    "received_from": _given,
    "received_to": _given,
    "lost_reason": _given,
    "open": lambda v: v,
    "deleted": bool,
    "contact_id": _given,
    "organisation_id": _given,
    "sort": lambda v: v,
    "descending": bool,
}


def shape(flt: InquiryFilter) -> tuple[Any, ...]:
    """What `flt`'s statements depend on: filters of one shape run the same statements."""
    return tuple(_SHAPES[f.name](getattr(flt, f.name)) for f in fields(flt))


def values(flt: InquiryFilter) -> dict[str, Any]:
    """The parameters of `flt`'s statements, by name (an unknown kind or reason is said)."""
    out: dict[str, Any] = {f"stage{n}": stage for n, stage in enumerate(flt.stages)}
    if flt.assignee:
        out["assignee"] = flt.assignee
    if flt.side:
        out["side"] = flt.side.replace("-", "_")
    if flt.field:
        out["field"] = flt.field
    if flt.kind:
        if flt.kind not in {k.value for k in InquiryKind}:
            raise errors.UserError(f"There is no inquiry kind {flt.kind!r}.")
        out["kind"] = flt.kind
    if flt.lost_reason:
        if flt.lost_reason not in {r.value for r in LostReason}:
            raise errors.UserError(f"There is no lost reason {flt.lost_reason!r}.")
        out["lost_reason"] = flt.lost_reason
    for name in ("received_from", "received_to", "contact_id", "organisation_id"):
        if getattr(flt, name) is not None:
            out[name] = getattr(flt, name)
    return {f"filter_{name}": value for name, value in out.items()} | search.parameters(flt.search)


# -- statements, kept ---------------------------------------------------------------------

KEPT_AT_MOST = 200  # statements kept; more (a filter of each shape) starts the store again
_kept: dict[tuple[Any, ...], Any] = {}
Built = TypeVar("Built")


def kept(key: tuple[Any, ...], build: Callable[[], Built]) -> Built:
    """The statement kept under `key`, built by `build()` the first time it is asked."""
    stmt = _kept.get(key)
    if stmt is None:
        if len(_kept) >= KEPT_AT_MOST:
            _kept.clear()
        stmt = _kept[key] = build()
    return cast(Built, stmt)


def _param(name: str, column: Any) -> Any:
    """The parameter `name` of values() (named apart from SQLAlchemy's own: "filter_…")."""
    return bindparam(f"filter_{name}", type_=column.type)


def filtered(
    stmt: Select[Any], flt: InquiryFilter, *, ranked: bool = False
) -> tuple[Select[Any], Any]:
    """`stmt` narrowed by the filter's shape (its values bound by name: values()); with
    `ranked`, also the search rank to order by.

    Unranked, the search is an IN test, so newest-first can walk the date index and stop
    at the page's end instead of sorting every match.
    """
    deleted = Inquiry.deleted_at
    stmt = stmt.where(deleted.is_not(None) if flt.deleted else deleted.is_(None))
    if flt.stages:
        stages = [_param(f"stage{n}", Inquiry.stage) for n in range(len(flt.stages))]
        stmt = stmt.where(Inquiry.stage.in_(stages))
    if flt.open is not None:
        closed = Inquiry.stage.in_([s.value for s in CLOSED_STAGES])
        stmt = stmt.where(~closed if flt.open else closed)
    if flt.side:
        stmt = stmt.where(Inquiry.side == _param("side", Inquiry.side))
    if flt.assignee == UNASSIGNED:
        stmt = stmt.where(Inquiry.assignee_id.is_(None))
    elif flt.assignee is not None:
        staff = select(StaffMember.id).where(
            StaffMember.login == _param("assignee", StaffMember.login)
        )
        mine = staff.scalar_subquery()  # one id at most: logins are unique
        # Listed by date, an IN lets SQLite walk the date index and stop at the page's end
        # (1 ms; the assignee's index then a sort: 14 ms). Counted or ordered otherwise,
        # an equality walks the assignee's index instead of every inquiry: 22 to 14 ms.
        by_date = flt.sort == "received_on" or (flt.sort is None and not ranked)
        stmt = stmt.where(Inquiry.assignee_id.in_(mine) if by_date else Inquiry.assignee_id == mine)
    if flt.field:
        having = (
            select(inquiry_fields.c.inquiry_id)
            .join(Field, Field.id == inquiry_fields.c.field_id)
            .where(Field.code == _param("field", Field.code))
        )
        stmt = stmt.where(Inquiry.id.in_(having))
    stmt = stmt.where(*_what_and_when(flt))
    if flt.contact_id is not None:
        stmt = stmt.where(Inquiry.contact_id == _param("contact_id", Inquiry.contact_id))
    if flt.organisation_id is not None:
        organisation = _param("organisation_id", Inquiry.organisation_id)
        stmt = stmt.where(Inquiry.organisation_id == organisation)
    return search.narrowed(stmt, search.Kind.INQUIRY, flt.search, Inquiry.id, ranked=ranked)


def _what_and_when(flt: InquiryFilter) -> list[ColumnElement[bool]]:
    """The kind, the days received and the lost reason asked."""
    out: list[ColumnElement[bool]] = []
    if flt.kind:
        out.append(Inquiry.kind == _param("kind", Inquiry.kind))
    if flt.received_from is not None:
        out.append(Inquiry.received_on >= _param("received_from", Inquiry.received_on))
    if flt.received_to is not None:
        out.append(Inquiry.received_on <= _param("received_to", Inquiry.received_on))
    if flt.lost_reason:
        reason = func.coalesce(Inquiry.lost_reason, LostReason.OTHER.value)
        asked = _param("lost_reason", Inquiry.lost_reason)
        out += [Inquiry.stage == Stage.LOST.value, reason == asked]
    return out


def ordered_ids(flt: InquiryFilter, *, ranked: bool) -> Select[Any]:
    """The ids of the inquiries matching `flt`, in the list's order: the column asked, else
    best match first when searching (`ranked`), else newest first."""
    ids_query = (
        select(Inquiry.id)
        .outerjoin(CONTACT, Inquiry.contact_id == CONTACT.id)
        .outerjoin(ORGANISATION, Inquiry.organisation_id == ORGANISATION.id)
        .outerjoin(ASSIGNEE, Inquiry.assignee_id == ASSIGNEE.id)
    )
    stmt, rank = filtered(ids_query, flt, ranked=ranked)
    if flt.sort is not None:
        if flt.sort not in SORT_KEYS:
            raise errors.UserError(f"Cannot sort inquiries by {flt.sort!r}.")
        keys = SORT_KEYS[flt.sort]
        for key in keys if isinstance(keys, tuple) else (keys,):
            stmt = stmt.order_by(key.desc() if flt.descending else key.asc())
    elif rank is not None:
        stmt = stmt.order_by(rank)
    return stmt.order_by(Inquiry.received_on.desc(), Inquiry.id.desc())
