"""Retention: closed inquiries, and the people they name, kept for the office setting
"people.retention_years" (core.settings; 0 keeps them until someone erases them), then
anonymised in one action, with a preview first, and a reminder once a month while something is
past it.

The rules, decided here once (the window and `msek retention` only ask):
- An inquiry is past retention when it is closed (vocab.CLOSED_STAGES), not anonymised yet,
  and its closing day is more than N years before today: closed exactly N years ago today it
  is kept, a day earlier it is due. Its closing day is `closed_on`; an inquiry closed without
  one (data brought from elsewhere) counts from the day of the last entry of its timeline
  (the last thing that happened to it), else from the day it was received: counting from the
  latest day known keeps it longer rather than shorter. An open inquiry is never due, however
  old. Inquiries in the bin follow the same rule (their texts are still in the file).
- A person is erased (core.privacy.erasure.erase_in) when every inquiry naming them is past
  retention or already anonymised, and nothing else holds them: a consent in force (given,
  not withdrawn, not expired) is a reason of its own to keep them. A person no inquiry names
  (a partner's contact entered by hand) is never erased by retention.
- An inquiry past retention whose person is held (another inquiry still kept, a consent) is
  anonymised on its own (anonymise_inquiry_in): the person's name, email and phone are taken
  out of its texts; the person stays for what holds them.
Applying is for admins (core.roles.require_admin), in one transaction with one audit entry
(vocab.AuditAction.RETENTION, the counts as JSON); each person erased is listed as an
erasure, in the database and beside the backups, as erasure.erase_person does, so restoring
a backup taken before erases them again; then the freed space is wiped (wiping) so the
removed bytes are gone from the file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from msek_desktop.core import audit, roles, settings
from msek_desktop.core.db import Database
from msek_desktop.core.models import ConsentRecord, Contact, Inquiry, TimelineEntry
from msek_desktop.core.privacy import erasure_marks, wiping
from msek_desktop.core.privacy.erasure import anonymise_inquiry_in, erase_and_record_in
from msek_desktop.core.privacy.markers import markers
from msek_desktop.core.vocab import CLOSED_STAGES, AuditAction

Progress = Callable[[int, int], None]

SETTING = "people.retention_years"
REMIND_EVERY = timedelta(days=30)  # "once a month": at most every 30 days while due
CHUNK = 500  # ids per IN (...): well within both databases' limits

# Where an inquiry's closing day was read from (DueInquiry.counted_from).
FROM_CLOSED = "closed"
FROM_ACTIVITY = "activity"
FROM_RECEIVED = "received"


@dataclass(frozen=True)
class DueInquiry:
    """An inquiry past retention, as the preview shows it."""

    id: int
    ref: str
    closed_on: date  # the day its retention counts from
    counted_from: str  # FROM_CLOSED, FROM_ACTIVITY or FROM_RECEIVED
    contact_id: int | None
    person: str  # the person's name: shown in the preview only, never stored elsewhere
    person_erased: bool  # the person goes too (nothing else holds them)


@dataclass(frozen=True)
class Due:
    """What is past retention on a day: the inquiries, oldest closing first, and the people
    erased with them (contact ids)."""

    years: int
    before: date | None  # closed before this day = past retention (None: kept forever)
    inquiries: tuple[DueInquiry, ...] = ()
    people: tuple[int, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.inquiries


@dataclass(frozen=True)
class Applied:
    """What one run anonymised: inquiries (all of them, those of erased people included)
    and people erased."""

    inquiries: int
    people: int
    # the freed space wiped (wiping.wipe_free_space): False when on the office server this
    # login may not rewrite every table (its owner's VACUUM FULL does it later)
    wiped: bool = True


def cutoff(today: date, years: int) -> date:
    """The same day `years` years before `today` (29 February: the 28th)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def retention_years(db: Database) -> int:
    """The office setting (0: closed inquiries and their people are kept until erased)."""
    return int(settings.load(db)[SETTING])


def due(db: Database, today: date) -> Due:
    """What is past retention on `today` (see the module's text); nothing when the setting
    is 0. Anyone may look: it shows nothing a staff member cannot read anyway."""
    years = retention_years(db)
    with db.read() as session:
        return due_in(session, today, years)


def apply(
    db: Database, today: date, *, actor: str | None, progress: Progress | None = None
) -> Applied:
    """Anonymise what is past retention on `today`, read again in the same transaction as
    the changes (a colleague's reopening meanwhile is seen): each person nothing else holds
    erased, each other inquiry past retention anonymised on its own, one audit entry with
    the counts; then the freed space wiped. Admins only. `progress(done, total)` is told
    after each person and inquiry (and may raise to stop: nothing is then written)."""
    roles.require_admin(db, "Anonymising what is past retention")
    years = retention_years(db)
    tell = progress if progress is not None else (lambda _done, _total: None)
    with db.write() as session:
        found = due_in(session, today, years)
        if found.empty:
            return Applied(0, 0)
        marks = _erase_and_anonymise(session, found, actor, tell)
        applied = Applied(len(found.inquiries), len(found.people))
        detail = counts_detail(applied, years)
        audit.record_in(session, AuditAction.RETENTION, actor=actor, detail=detail)
    from msek_desktop.core import backups  # which imports core.privacy.replay, and erasure

    folder = backups.folder_of(db.location)
    for contact_id, at in marks:  # beside the backups too: a restore erases them again
        erasure_marks.note_erasure(folder, contact_id, at)
    return Applied(applied.inquiries, applied.people, wiping.wipe_free_space(db))


def _erase_and_anonymise(
    session: Session, found: Due, actor: str | None, tell: Progress
) -> list[tuple[int, datetime]]:
    """apply's work in its transaction; the erasures listed (contact id, when), each also a
    models.Erasure row (erasure.erase_and_record_in), so a restored backup replays them."""
    alone = [i for i in found.inquiries if not i.person_erased]
    total, done = len(found.people) + len(alone), 0
    marks: list[tuple[int, datetime]] = []
    tell(done, total)
    for contact_id in found.people:
        if session.get(Contact, contact_id) is not None:  # not erased with another already
            _counts, erasures = erase_and_record_in(session, contact_id, actor=actor)
            marks += [(e.contact_id, e.at) for e in erasures]
        done += 1
        tell(done, total)
    for inquiry in alone:
        contact = session.get(Contact, inquiry.contact_id) if inquiry.contact_id else None
        names = markers(contact) if contact is not None else []
        anonymise_inquiry_in(session, inquiry.id, names, actor=actor)
        done += 1
        tell(done, total)
    return marks


def due_in(session: Session, today: date, years: int) -> Due:
    """due(), read in `session` (apply reads it again in its own write transaction)."""
    if years <= 0:
        return Due(years, None)
    before = cutoff(today, years)
    found = _closed_before(session, before)
    ids = {row[0] for row in found}
    contact_ids = sorted({row[3] for row in found if row[3] is not None})
    held = _held(session, contact_ids, ids, today)
    erased = tuple(c for c in contact_ids if c not in held)
    names = _names(session, contact_ids)
    inquiries = tuple(
        DueInquiry(
            id=inquiry_id,
            ref=ref,
            closed_on=day,
            counted_from=source,
            contact_id=contact_id,
            person=names.get(contact_id, "") if contact_id is not None else "",
            person_erased=contact_id is not None and contact_id not in held,
        )
        for inquiry_id, ref, (day, source), contact_id in found
    )
    ordered = tuple(sorted(inquiries, key=lambda i: (i.closed_on, i.ref)))
    return Due(years, before, ordered, erased)


Found = tuple[int, str, tuple[date, str], int | None]


def _closed_before(session: Session, before: date) -> list[Found]:
    """The closed, not anonymised inquiries whose closing day is before `before`."""
    closed = (Inquiry.stage.in_([s.value for s in CLOSED_STAGES]), Inquiry.anonymised_at.is_(None))
    cols = (Inquiry.id, Inquiry.ref, Inquiry.closed_on, Inquiry.contact_id)
    dated = session.execute(select(*cols).where(*closed, Inquiry.closed_on < before))
    found: list[Found] = [(i, ref, (day, FROM_CLOSED), c) for i, ref, day, c in dated if day]
    undated = session.execute(
        select(Inquiry.id, Inquiry.ref, Inquiry.received_on, Inquiry.contact_id).where(
            *closed, Inquiry.closed_on.is_(None)
        )
    ).all()
    last = _last_activity(session, [row[0] for row in undated])
    for inquiry_id, ref, received_on, contact_id in undated:
        day, source = (
            (last[inquiry_id], FROM_ACTIVITY)
            if inquiry_id in last and last[inquiry_id] > received_on
            else (received_on, FROM_RECEIVED)
        )
        if day < before:
            found.append((inquiry_id, ref, (day, source), contact_id))
    return found


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _last_activity(session: Session, ids: Sequence[int]) -> dict[int, date]:
    """The day of the last timeline entry of each of these inquiries (those with one)."""
    last: dict[int, date] = {}
    for chunk in _chunks(ids):
        rows = session.execute(
            select(TimelineEntry.inquiry_id, func.max(TimelineEntry.at))
            .where(TimelineEntry.inquiry_id.in_(chunk))
            .group_by(TimelineEntry.inquiry_id)
        )
        last.update({int(i): at.date() for i, at in rows if i is not None and at is not None})
    return last


def _held(session: Session, contact_ids: Sequence[int], due_ids: set[int], today: date) -> set[int]:
    """The people among `contact_ids` something keeps: an inquiry naming them that is not
    past retention nor anonymised, or a consent in force on `today`."""
    held: set[int] = set()
    for chunk in _chunks(contact_ids):
        named = session.execute(
            select(Inquiry.contact_id, Inquiry.id).where(
                Inquiry.contact_id.in_(chunk), Inquiry.anonymised_at.is_(None)
            )
        )
        held.update(c for c, i in named if c is not None and i not in due_ids)
        consenting = session.scalars(
            select(ConsentRecord.contact_id).where(
                ConsentRecord.contact_id.in_(chunk),
                ConsentRecord.given_on <= today,
                or_(ConsentRecord.withdrawn_on.is_(None), ConsentRecord.withdrawn_on > today),
                or_(ConsentRecord.expires_on.is_(None), ConsentRecord.expires_on >= today),
            )
        )
        held.update(int(c) for c in consenting)
    return held


def _names(session: Session, contact_ids: Sequence[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    for chunk in _chunks(contact_ids):
        rows = session.execute(
            select(Contact.id, Contact.first_name, Contact.last_name).where(Contact.id.in_(chunk))
        )
        names.update({int(i): " ".join(p for p in (f, last) if p) for i, f, last in rows})
    return names


def counts_detail(applied: Applied, years: int) -> str:
    """The audit entry's detail: the counts as JSON (the audit list says them in words)."""
    return json.dumps({"inquiries": applied.inquiries, "people": applied.people, "years": years})


def read_detail(detail: str) -> dict[str, int] | None:
    """counts_detail read back; None for another text."""
    try:
        value: Any = json.loads(detail)
    except ValueError:
        return None
    keys = ("inquiries", "people", "years")
    if not isinstance(value, dict) or not all(isinstance(value.get(k), int) for k in keys):
        return None
    return {k: int(value[k]) for k in keys}


def reminder_due(last: date | None, today: date) -> bool:
    """Whether to remind today that something is past retention, the last reminder having
    been given on `last` (None: never): once every 30 days. A last day after today (the
    clock was wrong then) counts as long ago."""
    return last is None or last > today or today - last >= REMIND_EVERY
