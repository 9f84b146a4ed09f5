"""What an inquiry may hold: the defaults of a new one, the checks of its values, and the
side and letter language it takes from its contact or organisation."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from msek_desktop.core import errors
from msek_desktop.core.models import Contact, Inquiry, Organisation
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import (
    Channel,
    InquiryKind,
    Language,
    LostReason,
    Priority,
    Side,
    Stage,
)

LABEL = "Inquiry"
_TEXTS = {"message": 20_000, "desired_counterpart": 5000}


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


def reopening_stage(closed: str, before: str | None) -> Stage:
    """The open stage a closed inquiry goes back to when reopened: the one it had before it
    was closed (`before`, from its timeline), else Running for one completed (the stage
    before Completed) and New for one lost (looked at again from the start)."""
    if before is not None and before in Stage.__members__.values() and Stage(before).is_open:
        return Stage(before)
    return Stage.RUNNING if closed == Stage.COMPLETED else Stage.NEW


def field_errors(values: Mapping[str, Any], *, new: bool) -> dict[str, str]:
    """What create_inquiry (`new`) or update_inquiry would refuse in `values`, by field, with
    nothing written: a form marks every field at once before saving. Whether the linked
    contact, organisation and staff member exist is checked only when saving."""
    try:
        checked(values, new=new)
    except errors.ValidationError as problem:
        return problem.by_field()
    return {}


def checked(
    values: Mapping[str, Any], *, new: bool, check: Checker | None = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The clean values to store, and the clean stage move (stage, lost_reason, lost_note) of
    an update that names a stage; a new inquiry always starts at stage New. The errors go to
    `check` when given (the caller adds the database's and raises them all), else raised."""
    own = check is None
    check = Checker() if check is None else check
    clean = _clean(check, values, partial=not new)
    if new and clean.get("contact_id") is None and clean.get("organisation_id") is None:
        check.fail("contact_id", "contact_or_organisation")
    move = {} if new or "stage" not in values else _clean_stage(check, values)
    if own:
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


def resolve_links(
    session: Session, inq: Inquiry, clean: dict[str, Any], check: Checker | None = None
) -> None:
    """Check contact and organisation exist, and fill side/language from them; the errors
    go to `check` when given, else raised."""
    own = check is None
    check = Checker() if check is None else check
    contact = org = None
    if clean.get("contact_id") is not None:
        contact = session.get(Contact, clean["contact_id"])
        if contact is None or contact.deleted_at is not None:
            check.fail("contact_id", "no_contact", id=clean["contact_id"])
            contact = None
    if clean.get("organisation_id") is not None:
        org = session.get(Organisation, clean["organisation_id"])
        if org is None or org.deleted_at is not None:
            check.fail("organisation_id", "no_organisation", id=clean["organisation_id"])
            org = None
    linked = not (check.has("contact_id") or check.has("organisation_id"))
    if contact is not None and org is None and "organisation_id" not in clean:
        clean["organisation_id"] = contact.organisation_id
    if not clean.get("side") and not inq.side and linked:
        side = (contact.side if contact else None) or (org.side if org else None)
        if side is None:
            check.fail("side", "required")
        else:
            clean["side"] = side
    if not clean.get("letter_language") and not inq.letter_language:
        clean["letter_language"] = contact.language if contact else Language.EN.value
    if own:
        check.raise_if_any()
