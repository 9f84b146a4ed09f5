"""Erasure that really erases (GDPR art. 17): a person removed or anonymised everywhere.

erase_in, inside the caller's writing transaction: the person's record is deleted for real
(their consents and their own timeline go with it, by the database's cascades); each of their
inquiries stays, so the office's counts stay right, but anonymised (anonymise_inquiry_in): no
link to the person, their name, email and phone (core.privacy.markers) replaced by "[erased]"
in its texts, its timeline, its follow-ups, its partners' notes and its exchanges; its letters
become tombstones (core.privacy.tombstone: the PDF replaced by a page saying when the letter
was made, the SHA-256 of the removed letter, when and by whom it was erased; the text emptied;
Proposal.sha256 stays the removed letter's); its attached documents deleted. Elsewhere, any
timeline entry, inquiry, follow-up, note, exchange or letter naming them by full name, email
or phone is scrubbed the same way (a letter naming them becomes a tombstone), and the records
of merges they were part of lose the copies of their fields.

erase_person (admins only) does that, records the erasure (models.Erasure: the id and counts,
no name) and an audit entry in the same transaction, keeps the list of erasures beside the
backups (core.privacy.replay, so a restored backup erases them again), then makes the removed
bytes gone from the database's files (core.privacy.wiping).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from msek_desktop.core import audit, changes, roles
from msek_desktop.core.db import Database
from msek_desktop.core.models import (
    ConsentRecord,
    Contact,
    Document,
    Erasure,
    Exchange,
    FollowUp,
    Inquiry,
    PartnerProposal,
    Proposal,
    StaffMember,
    TimelineEntry,
    utcnow,
)
from msek_desktop.core.privacy import erasure_marks, merging_undo, wiping
from msek_desktop.core.privacy.markers import (
    compile_markers,
    like_patterns,
    markers,
    scrub,
    wide_markers,
)
from msek_desktop.core.privacy.tombstone import tombstone_pdf
from msek_desktop.core.vocab import AuditAction, TimelineKind

__all__ = [
    "ErasurePreview",
    "anonymise_inquiry_in",
    "erase_and_record_in",
    "erase_in",
    "erase_people_in",
    "erase_person",
    "markers",
    "preview",
    "wipe_free_space",
]

LABEL = "Person"
wipe_free_space = wiping.wipe_free_space

# The free texts of each kind of record that may name a person.
_INQUIRY_TEXTS = ("subject", "message", "desired_counterpart", "lost_note")
_TEXTS: tuple[tuple[Any, tuple[str, ...]], ...] = (
    (Inquiry, _INQUIRY_TEXTS),
    (TimelineEntry, ("old_value", "new_value", "note")),
    (FollowUp, ("description", "outcome")),
    (PartnerProposal, ("note",)),
    (Exchange, ("title", "outcome", "cancel_note")),
    (Contact, ("notes",)),
)


@dataclass(frozen=True)
class ErasurePreview:
    """What erasing a person will remove, counted beforehand, and the name to type."""

    contact_id: int
    name: str
    counts: dict[str, int]


class _Eraser:
    """One erasure or anonymisation in a session: who acts, when, and what was done."""

    def __init__(self, session: Session, actor: str | None) -> None:
        self.session = session
        self.staff_id = changes.actor_id(session, actor)
        self.now = utcnow()
        login = session.scalar(select(StaffMember.login).where(StaffMember.id == self.staff_id))
        self.by = login or actor or ""
        self.counts: Counter[str] = Counter()

    def scrub_row(self, row: Any, columns: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
        changed = False
        for name in columns:
            old = getattr(row, name) or ""
            new = scrub(old, pattern)
            if new != old:
                setattr(row, name, new)
                changed = True
        return changed

    def tombstone(self, letter: Proposal) -> None:
        if letter.erased_at is not None:
            return
        letter.pdf = tombstone_pdf(
            made_at=letter.created_at, sha256=letter.sha256, erased_at=self.now, erased_by=self.by
        )
        letter.rendered_text = ""
        letter.erased_at = self.now
        letter.erased_by_id = self.staff_id
        self.counts["letters"] += 1

    def anonymise(self, inquiry: Inquiry, pattern: re.Pattern[str] | None) -> None:
        s, iid = self.session, inquiry.id
        if pattern is not None:
            self.scrub_row(inquiry, _INQUIRY_TEXTS, pattern)
            for model, columns in _TEXTS[1:5]:
                for row in s.scalars(select(model).where(model.inquiry_id == iid)):
                    if self.scrub_row(row, columns, pattern):
                        self.counts[model.__tablename__] += 1
        for letter in s.scalars(select(Proposal).where(Proposal.inquiry_id == iid)):
            self.tombstone(letter)
        gone = s.execute(delete(Document).where(Document.inquiry_id == iid))
        self.counts["documents"] += int(getattr(gone, "rowcount", 0) or 0)
        inquiry.contact_id = None
        inquiry.anonymised_at = self.now
        changes.record(s, self.staff_id, TimelineKind.ANONYMISED, inquiry_id=iid)
        self.counts["inquiries"] += 1

    def like(self, column: Any, pattern: str) -> Any:
        """`column` LIKE `pattern` whatever the case: SQLite's own LIKE ignores the case of
        ASCII letters (markers.like_patterns gives the others' cases), and is ten times as
        fast as lower(); PostgreSQL's ILIKE ignores every letter's case."""
        if self.session.get_bind().dialect.name == "sqlite":
            return column.like(pattern, escape="\\")
        return column.ilike(pattern, escape="\\")

    def scrub_everywhere(self, markers_: list[str]) -> None:
        """Any other record naming the person by full name, email or phone."""
        pattern = compile_markers(markers_)
        patterns = like_patterns(markers_)
        if pattern is None or not patterns:
            return
        for model, columns in _TEXTS:
            found = or_(*(self.like(getattr(model, c), p) for c in columns for p in patterns))
            for row in self.session.scalars(select(model).where(found)):
                if self.scrub_row(row, columns, pattern):
                    self.counts["other_records"] += 1
        naming = or_(*(self.like(Proposal.rendered_text, p) for p in patterns))
        for letter in self.session.scalars(select(Proposal).where(naming)):
            if pattern.search(letter.rendered_text):
                self.tombstone(letter)


def _secure_delete(session: Session) -> None:
    """On SQLite, what this transaction deletes is overwritten with zeros (not left in free
    pages); the rest is wiping.wipe_free_space's."""
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql("PRAGMA secure_delete = ON")


def anonymise_inquiry_in(
    session: Session, inquiry_id: int, markers: Sequence[str], *, actor: str | None
) -> None:
    """Take a person's data out of one inquiry, in the caller's writing transaction: its
    texts, timeline, follow-ups, partners' notes and exchanges scrubbed of `markers`
    (core.privacy.markers.markers of the person), its letters made tombstones, its documents
    deleted, its link to the person removed, anonymised_at set and an ANONYMISED entry (no
    name) on its timeline. The inquiry itself stays, so the counts stay right."""
    inquiry = changes.get_one(session, Inquiry, inquiry_id, "Inquiry")
    _secure_delete(session)
    eraser = _Eraser(session, actor)
    eraser.anonymise(inquiry, compile_markers(markers))
    session.flush()


def erase_in(session: Session, contact_id: int, *, actor: str | None) -> dict[str, int]:
    """Erase the person `contact_id` everywhere, in the caller's writing transaction (see the
    module's docstring), with the records merged into theirs (waiting in the bin: the same
    person); what was removed, as counts (no personal data)."""
    return erase_people_in(session, contact_id, actor=actor)[0]


def erase_people_in(
    session: Session, contact_id: int, *, actor: str | None
) -> tuple[dict[str, int], list[int]]:
    """erase_in, and the ids of the records erased: the person's, then those merged into it."""
    changes.get_one(session, Contact, contact_id, LABEL)
    ids = [contact_id]
    for cid in ids:  # grows: a record merged into one merged into the person's, and so on
        ids += [i for i in merging_undo.merged_into(session, cid) if i not in ids]
    _secure_delete(session)
    eraser = _Eraser(session, actor)
    for cid in ids:
        contact = session.get(Contact, cid)
        if contact is not None:
            _erase_one(eraser, contact)
    counts = eraser.counts
    counts["people"] = len(ids)
    return {key: int(value) for key, value in sorted(counts.items())}, ids


def _erase_one(eraser: _Eraser, contact: Contact) -> None:
    session, counts, cid = eraser.session, eraser.counts, contact.id
    counts["consents"] += _count(session, ConsentRecord, ConsentRecord.contact_id == cid)
    counts["timeline_entries"] += _count(session, TimelineEntry, TimelineEntry.contact_id == cid)
    pattern = compile_markers(markers(contact))
    for inquiry in session.scalars(select(Inquiry).where(Inquiry.contact_id == cid)):
        eraser.anonymise(inquiry, pattern)
    session.flush()
    eraser.scrub_everywhere(wide_markers(contact))
    counts["merges"] += merging_undo.forget_person(session, cid)
    session.delete(contact)
    session.flush()


def _count(session: Session, model: Any, where: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(where)) or 0)


def preview(db: Database, contact_id: int) -> ErasurePreview:
    """What erase_person(contact_id) will remove, counted now (nothing is written)."""
    with db.read() as session:
        contact = changes.get_one(session, Contact, contact_id, LABEL)
        ids = select(Inquiry.id).where(Inquiry.contact_id == contact_id).scalar_subquery()
        counts = {
            "inquiries": _count(session, Inquiry, Inquiry.contact_id == contact_id),
            "letters": _count(
                session, Proposal, Proposal.inquiry_id.in_(ids) & Proposal.erased_at.is_(None)
            ),
            "documents": _count(session, Document, Document.inquiry_id.in_(ids)),
            "follow_ups": _count(session, FollowUp, FollowUp.inquiry_id.in_(ids)),
            "consents": _count(session, ConsentRecord, ConsentRecord.contact_id == contact_id),
            "timeline_entries": _count(
                session, TimelineEntry, TimelineEntry.contact_id == contact_id
            ),
        }
        name = f"{contact.first_name} {contact.last_name}".strip()
        return ErasurePreview(contact_id, name, counts)


def erase_and_record_in(
    session: Session, contact_id: int, *, actor: str | None
) -> tuple[dict[str, int], list[Erasure]]:
    """erase_in, and the erasures listed (models.Erasure: the person's with the counts, one
    for each record merged into theirs), so that restoring a backup taken before erases them
    again (core.privacy.replay). What was removed, and the erasures added."""
    counts, ids = erase_people_in(session, contact_id, actor=actor)
    staff_id = changes.actor_id(session, actor)
    summary = json.dumps(counts, sort_keys=True)
    erasures = [Erasure(contact_id=contact_id, staff_id=staff_id, summary=summary)]
    merged = json.dumps({"merged_into": contact_id})  # the same person, erased with them
    erasures += [Erasure(contact_id=i, staff_id=staff_id, summary=merged) for i in ids[1:]]
    session.add_all(erasures)
    session.flush()
    return counts, erasures


def erase_person(db: Database, contact_id: int, *, actor: str | None) -> dict[str, int]:
    """Erase a person (admins only): erase_and_record_in and its audit entry in one
    transaction; then the erasure noted beside the backups (a restore replays it) and the
    removed bytes wiped from the database's files. What was removed, as counts, and "wiped":
    1, or 0 when the wipe could not be completed (wiping.wipe_free_space)."""
    roles.require_admin(db, "Erasing a person")
    with db.write() as session:
        counts, erasures = erase_and_record_in(session, contact_id, actor=actor)
        audit.record_in(
            session,
            AuditAction.ERASE_PERSON,
            actor=actor,
            contact_id=contact_id,
            subject=f"person #{contact_id}",
            detail=json.dumps(counts, sort_keys=True),
        )
        marks = [(e.contact_id, e.at) for e in erasures]
    from msek_desktop.core import backups  # which imports core.privacy.replay, and it this

    for cid, at in marks:
        erasure_marks.note_erasure(backups.folder_of(db.location), cid, at)
    wiped = wipe_free_space(db)
    return {**counts, "wiped": int(wiped)}
