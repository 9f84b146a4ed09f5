"""One record's history as one stream: the activities logged by hand, the follow-ups, the stage
changes, the letters and partner proposals, the documents and the edits, newest first, shown
whole or by one filter.

Each filter is a code (FILTERS) naming the timeline kinds it shows; "all" shows every entry,
kinds that no filter names too. Every kind is in exactly one other filter.

    history.entries(db, "activities", inquiry_id=42)   # its calls, notes, emails, meetings
"""

from __future__ import annotations

from sqlalchemy import and_, select

from msek_desktop.core.db import Database
from msek_desktop.core.models import Inquiry, Organisation, StaffMember, TimelineEntry
from msek_desktop.core.rows import TimelineRow
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import ACTIVITY_KINDS, TimelineKind

K = TimelineKind
LETTER_SENT = "letter_sent"  # written by core.proposals when a letter is marked sent

# filter code: the kinds it shows (None: all), in the order a window offers them
FILTERS: dict[str, tuple[str, ...] | None] = {
    "all": None,
    "activities": tuple(str(k) for k in ACTIVITY_KINDS),
    "followups": (K.FOLLOWUP_ADDED, K.FOLLOWUP_DONE, K.FOLLOWUP_RESCHEDULED),
    "stages": (K.STAGE, K.EXCHANGE),  # the inquiry's way: its stages, its exchange's status
    "letters_partners": (K.LETTER, LETTER_SENT, K.PARTNER),
    "documents": (K.DOCUMENT,),
    "changes": (
        *(K.CREATED, K.CHANGED, K.ASSIGNED, K.IMPORT, K.DELETED, K.RESTORED, K.CONSENT),
        K.ANONYMISED,  # a person's data taken out of an inquiry (core.privacy)
        K.MERGED,  # two records found the same and merged, or the merge undone
    ),
}
TARGETS = ("inquiry_id", "contact_id", "organisation_id")


def kinds_of(show: str) -> tuple[str, ...] | None:
    """The timeline kinds filter `show` names (None for all). Raises ValidationError (field
    "show") for an unknown filter."""
    check = Checker()
    code = check.choice("show", show, list(FILTERS))
    check.raise_if_any()
    assert code is not None  # required: refused above when missing
    kinds = FILTERS[code]
    return tuple(str(k) for k in kinds) if kinds is not None else None


def entries(
    db: Database, show: str = "all", *, limit: int | None = None, **target: int
) -> tuple[TimelineRow, ...]:
    """The entries about one record (exactly one of inquiry_id=, contact_id=,
    organisation_id=) that filter `show` names, newest first, at most `limit`, in one
    query; an entry on an inquiry that also names an organisation (a partner proposal's)
    carries that organisation's name, and, read in a person's or an organisation's history,
    the inquiry's ref."""
    if len(target) != 1 or not set(target) <= set(TARGETS):
        raise ValueError(f"one of {TARGETS} expected, not {sorted(target)}")
    ((column, value),) = target.items()
    kinds = kinds_of(show)
    partner = and_(
        TimelineEntry.inquiry_id.is_not(None), TimelineEntry.organisation_id == Organisation.id
    )
    stmt = (
        select(TimelineEntry, StaffMember.login, Organisation.name, Inquiry.ref)
        .outerjoin(StaffMember, TimelineEntry.staff_id == StaffMember.id)
        .outerjoin(Organisation, partner)
        .outerjoin(Inquiry, TimelineEntry.inquiry_id == Inquiry.id)
        .where(getattr(TimelineEntry, column) == value)
        .order_by(TimelineEntry.at.desc(), TimelineEntry.id.desc())
        .limit(limit)
    )
    if kinds is not None:
        stmt = stmt.where(TimelineEntry.kind.in_(kinds))
    about = column != "inquiry_id"  # the inquiry named is another record than the one read
    with db.read() as session:
        return tuple(
            row(e, login, name or "", (ref or "") if about else "")
            for e, login, name, ref in session.execute(stmt)
        )


def row(e: TimelineEntry, login: str | None, organisation: str, ref: str) -> TimelineRow:
    """An entry as read, with the names read beside it."""
    return TimelineRow(
        e.id, e.at, login, e.kind, e.field, e.old_value, e.new_value, e.note, organisation, ref
    )


def organisation_names(db: Database, entries: tuple[TimelineRow, ...]) -> dict[str, str]:
    """The names of the organisations a person's edits name by id (field organisation_id:
    moved from one to another), by that id as written; those in the bin too."""
    ids = {
        int(value)
        for e in entries
        if e.field == "organisation_id"
        for value in (e.old_value, e.new_value)
        if value.isdigit()
    }
    if not ids:
        return {}
    with db.read() as session:
        found = session.execute(
            select(Organisation.id, Organisation.name).where(Organisation.id.in_(ids))
        )
        return {str(number): name for number, name in found}
