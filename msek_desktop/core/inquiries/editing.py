"""Changing inquiries: creating one, updating its values, assignee and stage (each change a
timeline entry), deleting and restoring it.

Refs are given by core.writer (format_ref, Writer.next_ref): each year's counter only
grows, so a ref is never given twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from msek_desktop.core import changes, errors, fields, staff
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries.listing import row_of
from msek_desktop.core.inquiries.rules import LABEL, checked, resolve_links
from msek_desktop.core.models import Contact, Inquiry, Organisation
from msek_desktop.core.rows import InquiryRow
from msek_desktop.core.vocab import CLOSED_STAGES, Stage, TimelineKind
from msek_desktop.core.writer import Writer


def create_inquiry(
    db: Database, values: Mapping[str, Any], *, actor: str | None = None
) -> InquiryRow:
    """A new inquiry at stage "new", with the next ref of its year of receipt (written by
    core.writer, as imported and demo inquiries are)."""
    clean, _ = checked(values, new=True)
    with db.write() as session:
        staff_id = changes.actor_id(session, actor)
        resolve_links(session, Inquiry(side="", letter_language=""), clean)
        wanted = fields.resolve(session, values.get("fields") or ())
        out = Writer(session)
        inquiry_id, ref = out.inquiry([f.id for f in wanted], **clean)
        out.entry(TimelineKind.CREATED.value, staff_id, inquiry_id=inquiry_id, new_value=ref)
        out.finish()
        if values.get("assignee"):
            inq = session.get_one(Inquiry, inquiry_id)
            _assign(session, inq, str(values["assignee"]), staff_id)
        session.flush()
        return row_of(session, inquiry_id)


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
    clean, move = checked(values, new=False)
    try:
        with db.write() as session:
            staff_id = changes.actor_id(session, actor)
            inq = _editable(session, inquiry_id, expected_version)
            resolve_links(session, inq, clean)
            diff = changes.apply(inq, clean)
            fields.apply(session, inq, values, diff)
            changes.record_changes(session, staff_id, _link_names(session, diff), inquiry_id=inq.id)
            if "assignee" in values:
                _assign(session, inq, values["assignee"] or None, staff_id)
            if move:
                _move(session, inq, move, staff_id, today or date.today())
            session.flush()
            return row_of(session, inq.id)
    except StaleDataError as exc:  # another desk saved it between our read and our write
        raise changes.conflict(f"{LABEL} {inquiry_id}") from exc


def _editable(session: Session, inquiry_id: int, expected_version: int | None) -> Inquiry:
    inq = changes.get_live(session, Inquiry, inquiry_id, LABEL)
    changes.check_version(inq, expected_version, f"{LABEL} {inq.ref}")
    return inq


def _assign(session: Session, inq: Inquiry, login: str | None, staff_id: int | None) -> None:
    new_id = staff.assignee_id(session, login)
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


def move_within(
    session: Session,
    inquiry_id: int,
    values: Mapping[str, Any],
    staff_id: int | None,
    today: date,
) -> None:
    """The stage move of `values` (stage, lost_reason, lost_note), checked and applied as
    update_inquiry does, inside a write already open (core.followups writes a follow-up's
    outcome, the next one and the stage move in one transaction)."""
    _, move = checked({k: values.get(k) for k in ("stage", "lost_reason", "lost_note")}, new=False)
    _move(session, _editable(session, inquiry_id, None), move, staff_id, today)


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
        changes.set_deleted(
            session, Inquiry, inquiry_id, deleted, actor=actor, label=LABEL, link="inquiry_id"
        )
        return row_of(session, inquiry_id)


def add_note(db: Database, inquiry_id: int, text: str, *, actor: str | None = None) -> None:
    """A note written by staff on the inquiry's timeline (the partners considered...)."""
    if not text.strip():
        raise errors.ValidationError.coded("note", "required")
    with db.write() as session:
        inq = changes.get_live(session, Inquiry, inquiry_id, LABEL)
        staff_id = changes.actor_id(session, actor)
        changes.record(session, staff_id, TimelineKind.NOTE.value, inquiry_id=inq.id,
                       new=text.strip())  # fmt: skip
