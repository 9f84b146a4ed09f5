"""Changing inquiries: creating one, updating its values, assignee and stage (each change a
timeline entry), deleting and restoring it.

Every field error of a change comes in one go (its values' and the links' it names: a
contact gone, an unknown staff member or field of exchange), so a form marks them all. A lost
or completed inquiry is read-only: a change to it is refused (errors.ClosedError) unless it
reopens it, a move back to an open stage.

Refs are given by core.writer (format_ref, Writer.next_ref): each year's counter only
grows, so a ref is never given twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from msek_desktop.core import changes, errors, fields, staff
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries.listing import row_of
from msek_desktop.core.inquiries.rules import LABEL, checked, reopening_stage, resolve_links
from msek_desktop.core.models import Contact, Field, Inquiry, Organisation, TimelineEntry
from msek_desktop.core.rows import InquiryRow
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import CLOSED_STAGES, Stage, TimelineKind
from msek_desktop.core.writer import Writer


def create_inquiry(
    db: Database, values: Mapping[str, Any], *, actor: str | None = None
) -> InquiryRow:
    """A new inquiry at stage "new", with the next ref of its year of receipt (written by
    core.writer, as imported and demo inquiries are)."""
    check = Checker()
    clean, _ = checked(values, new=True, check=check)
    with db.write() as session:
        staff_id = changes.actor_id(session, actor)
        resolve_links(session, Inquiry(side="", letter_language=""), clean, check)
        wanted = _known(session, values, check)
        check.raise_if_any()
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

    Each change is a timeline entry. Nothing is written if any value is invalid (all of
    them said at once), if the inquiry was changed by someone else since `expected_version`,
    or if it is closed (lost, completed) and the change does not reopen it.
    """
    check = Checker()
    clean, move = checked(values, new=False, check=check)
    try:
        with db.write() as session:
            staff_id = changes.actor_id(session, actor)
            inq = _editable(session, inquiry_id, expected_version)
            resolve_links(session, inq, clean, check)
            _known(session, values, check)
            check.raise_if_any()
            closed = inq.stage if inq.stage in CLOSED_STAGES else None
            reopens = bool(move) and move["stage"] not in CLOSED_STAGES
            diff = changes.apply(inq, clean)
            fields.apply(session, inq, values, diff)
            changes.record_changes(session, staff_id, _link_names(session, diff), inquiry_id=inq.id)
            assigned = "assignee" in values and _assign(
                session, inq, values["assignee"] or None, staff_id
            )
            if move:
                _move(session, inq, move, staff_id, today or date.today())
            if closed is not None and not reopens and (diff or assigned):
                raise errors.ClosedError(inq.ref, closed)  # nothing is written
            session.flush()
            return row_of(session, inq.id)
    except StaleDataError as exc:  # another desk saved it between our read and our write
        raise changes.conflict(f"{LABEL} {inquiry_id}") from exc


def _known(session: Session, values: Mapping[str, Any], check: Checker) -> list[Field]:
    """The fields of exchange and the assignee `values` name, looked up: an unknown one is
    an error of `check`."""
    wanted: list[Field] = []
    with check.collecting():
        wanted = fields.resolve(session, values.get("fields") or ())
    if values.get("assignee"):
        with check.collecting():
            staff.assignee_id(session, str(values["assignee"]))
    return wanted


def _editable(session: Session, inquiry_id: int, expected_version: int | None) -> Inquiry:
    inq = changes.get_live(session, Inquiry, inquiry_id, LABEL)
    changes.check_version(inq, expected_version, f"{LABEL} {inq.ref}")
    return inq


def _assign(session: Session, inq: Inquiry, login: str | None, staff_id: int | None) -> bool:
    """Assign `login` (None: nobody); whether it changed anything."""
    new_id = staff.assignee_id(session, login)
    if new_id == inq.assignee_id:
        return False
    old = inq.assignee.login if inq.assignee else ""
    inq.assignee_id = new_id
    changes.record(
        session, staff_id, "assigned", inquiry_id=inq.id, field="assignee", old=old,
        new=login or "",
    )  # fmt: skip
    return True


def _move(
    session: Session, inq: Inquiry, move: Mapping[str, Any], staff_id: int | None, today: date
) -> None:
    """Apply a stage move cleaned by _clean_stage, with its timeline entry. A closed inquiry
    only moves back to an open stage (reopened); it is not moved from one closed stage to
    another, nor lost again for another reason (errors.ClosedError)."""
    new, reason, note = move["stage"], move["lost_reason"], move["lost_note"]
    same = (reason, note) == (inq.lost_reason, inq.lost_note) or new != Stage.LOST
    if new == inq.stage and same:
        return
    if inq.stage in CLOSED_STAGES and new in CLOSED_STAGES:
        raise errors.ClosedError(inq.ref, inq.stage)
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


def reopen(
    db: Database,
    inquiry_id: int,
    *,
    actor: str | None = None,
    expected_version: int | None = None,
    today: date | None = None,
) -> InquiryRow:
    """Move a lost or completed inquiry back to an open stage (rules.reopening_stage: the one
    it had before it was closed), by the stage rule of every move; an open one is left as
    it is."""
    with db.read() as session:
        inq = changes.get_live(session, Inquiry, inquiry_id, LABEL)
        if inq.stage not in CLOSED_STAGES:
            changes.check_version(inq, expected_version, f"{LABEL} {inq.ref}")
            return row_of(session, inq.id)
        closing = select(TimelineEntry.old_value).where(
            TimelineEntry.inquiry_id == inq.id,
            TimelineEntry.kind == "stage",
            TimelineEntry.new_value == inq.stage,
        )
        before = session.scalar(closing.order_by(TimelineEntry.id.desc()).limit(1))
        stage = reopening_stage(inq.stage, before)
    return move_stage(
        db, inquiry_id, stage, actor=actor, expected_version=expected_version, today=today
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
