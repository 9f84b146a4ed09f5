"""Inquiries: what someone asked the office, and where it stands in the pipeline."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session, aliased

from msek_desktop.core import changes, contacts, errors, fields, followups, organisations, search
from msek_desktop.core.db import Database
from msek_desktop.core.models import (
    Contact,
    Field,
    FollowUp,
    Inquiry,
    Organisation,
    StaffMember,
    inquiry_fields,
    utcnow,
)
from msek_desktop.core.rows import (
    ContactBrief,
    InquiryDetail,
    InquiryRow,
    OrganisationBrief,
)
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import (
    CLOSED_STAGES,
    PIPELINE,
    Channel,
    InquiryKind,
    Language,
    LostReason,
    Priority,
    Side,
    Stage,
    TimelineKind,
)
from msek_desktop.core.writer import Writer

LABEL = "Inquiry"
UNASSIGNED = ""  # InquiryFilter.assignee value meaning "nobody"
_TEXTS = {"message": 20_000, "desired_counterpart": 5000}
_STAGE_ORDER = {s.value: i for i, s in enumerate((*PIPELINE, Stage.LOST))}


@dataclass(frozen=True)
class InquiryFilter:
    """What the inquiries list shows. Empty values mean "no filter"."""

    search: str = ""
    stages: tuple[str, ...] = ()
    assignee: str | None = None  # a login, or UNASSIGNED
    side: str | None = None
    field: str | None = None
    open: bool | None = None
    deleted: bool = False
    contact_id: int | None = None
    organisation_id: int | None = None
    sort: str | None = None  # a column name of SORT_KEYS; None: best match or newest first
    descending: bool = False


# -- references ---------------------------------------------------------------------------


# Refs are given by core.writer (format_ref, Writer.next_ref): each year's counter only
# grows, so a ref is never given twice.


# -- validation ---------------------------------------------------------------------------


# What a new inquiry starts with when nothing else is said (the columns' defaults in
# core.models say the same; tests/core/test_writer.py holds them together).
DEFAULTS: dict[str, StrEnum] = {
    "channel": Channel.EMAIL,
    "kind": InquiryKind.INFORMATION,
    "priority": Priority.NORMAL,
    "stage": Stage.NEW,
}


def new_inquiry_defaults(me: str | None, today: date) -> dict[str, Any]:
    """The values of a new inquiry before anything is typed: received today, by email, a
    request for information of normal priority, at stage New, handled by `me`. Side, letter
    language, contact and organisation are left empty: they follow from the contact."""
    return {
        "received_on": today,
        **{name: code.value for name, code in DEFAULTS.items()},
        "side": None,
        "letter_language": None,
        "contact_id": None,
        "organisation_id": None,
        "subject": "",
        "message": "",
        "desired_counterpart": "",
        "fields": (),
        "assignee": me or "",
        "lost_reason": None,
        "lost_note": "",
    }


def field_errors(values: Mapping[str, Any], *, new: bool) -> dict[str, str]:
    """What create_inquiry (`new`) or update_inquiry would refuse in `values`, by field, with
    nothing written: a form marks every field at once before saving. Whether the linked
    contact, organisation and staff member exist is checked only when saving."""
    try:
        _checked(values, new=new)
    except errors.ValidationError as problem:
        return problem.by_field()
    return {}


def _checked(values: Mapping[str, Any], *, new: bool) -> tuple[dict[str, Any], dict[str, Any]]:
    """The clean values to store, and the clean stage move (stage, lost_reason, lost_note) of
    an update that names a stage; a new inquiry always starts at stage New."""
    check = Checker()
    clean = _clean(check, values, partial=not new)
    if new and clean.get("contact_id") is None and clean.get("organisation_id") is None:
        check.fail("contact_id", "contact_or_organisation")
    move = {} if new or "stage" not in values else _clean_stage(check, values)
    check.raise_if_any()
    return clean, move


def _clean_stage(check: Checker, values: Mapping[str, Any]) -> dict[str, Any]:
    """Closing as lost needs a reason, and the reason "other" a note saying why."""
    stage = check.choice("stage", values.get("stage"), Stage)
    reason, note = None, ""
    if stage == Stage.LOST:
        given = values.get("lost_reason")
        if given is None or not str(given).strip():
            check.fail("lost_reason", "lost_reason")
        else:
            reason = check.choice("lost_reason", given, LostReason)
        note = check.text("lost_note", values.get("lost_note"), max_len=2000)
        if reason == LostReason.OTHER and not note:
            check.fail("lost_note", "lost_note")
    return {"stage": stage, "lost_reason": reason, "lost_note": note}


def _clean(check: Checker, values: Mapping[str, Any], partial: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if not partial or "subject" in values:
        out["subject"] = check.text("subject", values.get("subject"), required=True, max_len=300)
    if not partial or "received_on" in values:
        received = values.get("received_on")
        out["received_on"] = check.date("received_on", received, required=partial) or date.today()
        if out["received_on"] > date.today():
            check.fail("received_on", "in_future")
    for name in ("channel", "kind", "priority"):
        if not partial or name in values:
            default = DEFAULTS[name]
            out[name] = check.choice(name, values.get(name), type(default), default=default)
    for name in ("side", "letter_language"):
        if values.get(name):
            enum = Side if name == "side" else Language
            out[name] = check.choice(name, values.get(name), enum)
    for name, limit in _TEXTS.items():
        if name in values:
            out[name] = check.text(name, values.get(name), max_len=limit)
    for name in ("contact_id", "organisation_id"):
        if name in values:
            out[name] = check.integer(name, values.get(name), minimum=1)
    return out


def _resolve_links(session: Session, inq: Inquiry, clean: dict[str, Any]) -> None:
    """Check contact and organisation exist, and fill side/language from them."""
    contact = org = None
    if clean.get("contact_id") is not None:
        contact = session.get(Contact, clean["contact_id"])
        if contact is None or contact.deleted_at is not None:
            raise errors.ValidationError.coded("contact_id", "no_contact", id=clean["contact_id"])
    if clean.get("organisation_id") is not None:
        org = session.get(Organisation, clean["organisation_id"])
        if org is None or org.deleted_at is not None:
            raise errors.ValidationError.coded(
                "organisation_id", "no_organisation", id=clean["organisation_id"]
            )
    if contact is not None and org is None and "organisation_id" not in clean:
        clean["organisation_id"] = contact.organisation_id
    if not clean.get("side") and not inq.side:
        side = (contact.side if contact else None) or (org.side if org else None)
        if side is None:
            raise errors.ValidationError.coded("side", "required")
        clean["side"] = side
    if not clean.get("letter_language") and not inq.letter_language:
        clean["letter_language"] = contact.language if contact else Language.EN.value


# -- rows ---------------------------------------------------------------------------------


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
    if flt.contact_id is not None:
        stmt = stmt.where(Inquiry.contact_id == flt.contact_id)
    if flt.organisation_id is not None:
        stmt = stmt.where(Inquiry.organisation_id == flt.organisation_id)
    matches = search.matching(search.Kind.INQUIRY, flt.search)
    if matches is None:
        return stmt, None
    m = matches.subquery()
    if not ranked:
        return stmt.where(Inquiry.id.in_(select(m.c.id))), None
    return stmt.join(m, m.c.id == Inquiry.id), m.c.rank


def list_inquiries(
    db: Database, flt: InquiryFilter = InquiryFilter(), *, limit: int = 50, offset: int = 0
) -> list[InquiryRow]:
    """One page of inquiries: best match first when searching, else newest first.

    Two steps: the page's ids are chosen over the narrowest query that can filter and
    order, then only those rows are read whole (a broad search like "saint" matches tens
    of thousands of rows; their next follow-up and names are looked up for 50, not all).
    """
    ids_query = (
        select(Inquiry.id)
        .outerjoin(_C, Inquiry.contact_id == _C.id)
        .outerjoin(_O, Inquiry.organisation_id == _O.id)
        .outerjoin(_S, Inquiry.assignee_id == _S.id)
    )
    with db.read() as session:
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
        stmt = stmt.order_by(Inquiry.received_on.desc(), Inquiry.id.desc())
        ids = list(session.scalars(stmt.limit(limit).offset(offset)))
        if not ids:
            return []
        result = list(session.execute(_row_query().where(Inquiry.id.in_(ids))))
        position = {inquiry_id: n for n, inquiry_id in enumerate(ids)}
        result.sort(key=lambda r: position[r[0].id])
        return _to_rows(session, result)


RANK_LIMIT = 3000


def _worth_ranking(session: Session, query: str) -> bool:
    """Best match first when few records match; newest first for a broad prefix ("s",
    "saint"), where ranking thousands of near-equal matches costs more than it tells."""
    return search.count_matching(session, search.Kind.INQUIRY, query) <= RANK_LIMIT


def count_inquiries(db: Database, flt: InquiryFilter = InquiryFilter()) -> int:
    stmt, _ = _filtered(select(func.count(Inquiry.id)), flt, ranked=True)  # join: no order
    with db.read() as session:
        return int(session.scalar(stmt) or 0)


def _row_of(session: Session, inquiry_id: int) -> InquiryRow:
    return _to_rows(session, session.execute(_row_query().where(Inquiry.id == inquiry_id)).all())[0]


def _detail(session: Session, inq: Inquiry) -> InquiryDetail:
    return InquiryDetail(
        row=_row_of(session, inq.id),
        message=inq.message,
        desired_counterpart=inq.desired_counterpart,
        letter_language=inq.letter_language,
        lost_note=inq.lost_note,
        contact=contacts.to_row(inq.contact) if inq.contact else None,
        organisation=organisations.to_row(inq.organisation) if inq.organisation else None,
        follow_ups=followups.rows_for_inquiry(session, inq.id),
        timeline=changes.timeline(session, inquiry_id=inq.id),
    )


def get_inquiry(db: Database, inquiry_id: int) -> InquiryDetail:
    with db.read() as session:
        inq = session.get(Inquiry, inquiry_id)
        if inq is None:
            raise errors.NotFoundError(f"{LABEL} {inquiry_id} does not exist.")
        return _detail(session, inq)


def get_by_ref(db: Database, ref: str) -> InquiryDetail:
    with db.read() as session:
        inq = session.scalar(select(Inquiry).where(Inquiry.ref == ref.strip()))
        if inq is None:
            raise errors.NotFoundError(f"There is no inquiry {ref.strip()!r}.")
        return _detail(session, inq)


# -- changes ------------------------------------------------------------------------------


def create_inquiry(
    db: Database, values: Mapping[str, Any], *, actor: str | None = None
) -> InquiryRow:
    """A new inquiry at stage "new", with the next ref of its year of receipt (written by
    core.writer, as imported and demo inquiries are)."""
    clean, _ = _checked(values, new=True)
    with db.write() as session:
        staff_id = changes.actor_id(session, actor)
        _resolve_links(session, Inquiry(side="", letter_language=""), clean)
        wanted = fields.resolve(session, values.get("fields") or ())
        out = Writer(session)
        inquiry_id, ref = out.inquiry([f.id for f in wanted], **clean)
        out.entry(TimelineKind.CREATED.value, staff_id, inquiry_id=inquiry_id, new_value=ref)
        out.finish()
        if values.get("assignee"):
            inq = session.get_one(Inquiry, inquiry_id)
            _assign(session, inq, str(values["assignee"]), staff_id)
        session.flush()
        return _row_of(session, inquiry_id)


def _link_names(session: Session, diff: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Show contacts and organisations by name in the timeline, not by id."""
    out = []
    for name, old, new in diff:
        if name in ("contact_id", "organisation_id"):
            names = (_name_of(session, name, old), _name_of(session, name, new))
            out.append((name.removesuffix("_id"), *names))
        else:
            out.append((name, old, new))
    return out


def _name_of(session: Session, link: str, value: str) -> str:
    if not value:
        return ""
    if link == "contact_id":
        c = session.get(Contact, int(value))
        return f"{c.first_name} {c.last_name}".strip() if c else value
    o = session.get(Organisation, int(value))
    return o.name if o else value


def update_inquiry(
    db: Database,
    inquiry_id: int,
    values: Mapping[str, Any],
    *,
    actor: str | None = None,
    expected_version: int | None = None,
    today: date | None = None,
) -> InquiryRow:
    """Change any fields; "assignee" and "stage" (+ lost_reason, lost_note) too.

    Each change is a timeline entry. Nothing is written if any value is invalid or the
    inquiry was changed by someone else since `expected_version`.
    """
    clean, move = _checked(values, new=False)
    with db.write() as session:
        staff_id = changes.actor_id(session, actor)
        inq = _editable(session, inquiry_id, expected_version)
        _resolve_links(session, inq, clean)
        wanted = fields.resolve(session, values["fields"] or ()) if "fields" in values else None
        diff = changes.apply(inq, clean)
        if wanted is not None:
            old = ", ".join(f.code for f in inq.fields)
            inq.fields = wanted
            new = ", ".join(f.code for f in inq.fields)
            if old != new:
                diff.append(("fields", old, new))
                inq.updated_at = utcnow()  # bumps the version: the row itself changed
        changes.record_changes(session, staff_id, _link_names(session, diff), inquiry_id=inq.id)
        if "assignee" in values:
            _assign(session, inq, values["assignee"] or None, staff_id)
        if move:
            _move(session, inq, move, staff_id, today or date.today())
        session.flush()
        return _row_of(session, inq.id)


def _editable(session: Session, inquiry_id: int, expected_version: int | None) -> Inquiry:
    inq = changes.get_live(session, Inquiry, inquiry_id, LABEL)
    changes.check_version(inq, expected_version, f"{LABEL} {inq.ref}")
    return inq


def _assign(session: Session, inq: Inquiry, login: str | None, staff_id: int | None) -> None:
    new_id = None
    if login:
        new_id = session.scalar(select(StaffMember.id).where(StaffMember.login == login))
        if new_id is None:
            raise errors.ValidationError.coded("assignee", "no_staff", login=login)
    if new_id == inq.assignee_id:
        return
    old = inq.assignee.login if inq.assignee else ""
    inq.assignee_id = new_id
    changes.record(
        session, staff_id, "assigned", inquiry_id=inq.id, field="assignee", old=old,
        new=login or "",
    )  # fmt: skip


def _move(
    session: Session, inq: Inquiry, move: Mapping[str, Any], staff_id: int | None, today: date
) -> None:
    """Apply a stage move cleaned by _clean_stage, with its timeline entry."""
    new, reason, note = move["stage"], move["lost_reason"], move["lost_note"]
    if new == inq.stage and new != Stage.LOST:
        return
    old = inq.stage
    inq.stage = str(new)
    inq.lost_reason = reason
    inq.lost_note = note
    inq.closed_on = today if new in CLOSED_STAGES else None
    changes.record(
        session, staff_id, "stage", inquiry_id=inq.id, field="stage", old=old, new=str(new),
        note=" — ".join(x for x in (reason or "", inq.lost_note) if x),
    )  # fmt: skip


def assign(
    db: Database,
    inquiry_id: int,
    login: str | None,
    *,
    actor: str | None = None,
    expected_version: int | None = None,
) -> InquiryRow:
    return update_inquiry(
        db, inquiry_id, {"assignee": login}, actor=actor, expected_version=expected_version
    )


def move_stage(
    db: Database,
    inquiry_id: int,
    stage: str,
    *,
    lost_reason: str | None = None,
    lost_note: str = "",
    actor: str | None = None,
    expected_version: int | None = None,
    today: date | None = None,
) -> InquiryRow:
    """Move along the pipeline; closing as lost needs a reason ("other" needs a note)."""
    values = {"stage": stage, "lost_reason": lost_reason, "lost_note": lost_note}
    return update_inquiry(
        db, inquiry_id, values, actor=actor, expected_version=expected_version, today=today
    )


def set_deleted(
    db: Database, inquiry_id: int, deleted: bool, *, actor: str | None = None
) -> InquiryRow:
    """Soft delete (deleted=True) or restore; the ref stays taken either way."""
    with db.write() as session:
        staff_id = changes.actor_id(session, actor)
        inq = session.get(Inquiry, inquiry_id)
        if inq is None:
            raise errors.NotFoundError(f"{LABEL} {inquiry_id} does not exist.")
        changes.toggle_deleted(session, inq, deleted, staff_id, inquiry_id=inq.id)
        return _row_of(session, inq.id)
