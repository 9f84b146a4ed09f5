"""Everything the office holds about one person (GDPR article 15): gathered from every table
that names them, as plain rows and files, nothing about anyone else.

What is theirs: their record (a person in the bin too), their consents, the timeline entries
on them; their inquiries (as requester) and what hangs on those: follow-ups, timeline
entries, partners proposed, letters (the archived PDF as made; a tombstoned letter listed
without one), attached documents (their bytes), exchanges. And the introduction letters
written to their organisation that are addressed to them (another person's inquiry, but a
letter naming them). The merges of their record with a duplicate (kept or merged away),
each with only their own side of what the merge kept (their record before and after it,
never the other record's). And the audit list's entries about them (exports, prints,
merges).
Each table's rows hold every column as stored (binary ones become
files), plus a few names that make them readable (an inquiry's ref, an organisation's name,
a staff login).

    data = gather(db, 12)   # PersonData: tables by name, files, the person's name
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, LargeBinary, Table, select
from sqlalchemy.orm import Session

from msek_desktop.core import contacts, errors
from msek_desktop.core.db import Database
from msek_desktop.core.exporting.cells import safe_filename
from msek_desktop.core.models import (
    AuditEntry,
    Base,
    ConsentRecord,
    Contact,
    Document,
    Exchange,
    FollowUp,
    Inquiry,
    Merge,
    Organisation,
    PartnerProposal,
    Proposal,
    StaffMember,
    TimelineEntry,
    exchange_organisations,
    proposal_partners,
    utcnow,
)
from msek_desktop.core.proposals import INTRODUCTION

Row = dict[str, Any]

# the tables of an export, in the order the files and the PDF show them: name -> model,
# the readable names added to each row (after the stored columns)
TABLES: dict[str, tuple[type[Base], tuple[str, ...]]] = {
    "person": (Contact, ("organisation",)),
    "consents": (ConsentRecord, ("staff",)),
    "inquiries": (Inquiry, ("organisation", "assignee")),
    "follow_ups": (FollowUp, ("inquiry_ref", "assignee")),
    "timeline": (TimelineEntry, ("inquiry_ref", "organisation", "staff")),
    "partner_proposals": (PartnerProposal, ("inquiry_ref", "organisation")),
    "letters": (Proposal, ("inquiry_ref", "partners", "author", "file")),
    "documents": (Document, ("inquiry_ref", "file")),
    "exchanges": (Exchange, ("inquiry_ref", "organisations")),
    "merges": (Merge, ("staff", "undone_by")),  # before: this person's side only
    "audit": (AuditEntry, ()),  # who exported, printed or merged their data before
}
LETTERS, DOCUMENTS = "letters", "documents"  # the ZIP's folders of files


@dataclass(frozen=True)
class HeldFile:
    """A file held about the person: an archived letter's PDF or an attached document, named
    as the ZIP holds it ("letters/2026-0012 proposal 1.pdf")."""

    path: str
    data: bytes


@dataclass(frozen=True)
class PersonData:
    contact_id: int
    first_name: str
    last_name: str
    language: str  # the person's own (fr, pl, en): the readable file is written in it
    in_bin: bool
    made_at: datetime
    tables: dict[str, list[Row]]  # every name of TABLES, in its order
    files: tuple[HeldFile, ...] = field(default=())

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def subject(self) -> str:
        """How the audit list names them: by number, never by name."""
        return f"person #{self.contact_id}"


def columns(name: str) -> list[str]:
    """The columns of table `name` as exported: the stored ones but binary, then the names
    added."""
    model, added = TABLES[name]
    return [c.name for c in _stored(model)] + list(added)


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _stored(model: type[Base]) -> list[Any]:
    return [c for c in _table(model).columns if not isinstance(c.type, LargeBinary)]


def _rows(session: Session, model: type[Base], where: ColumnElement[bool]) -> list[Row]:
    """The rows of `model` matching `where`, by id, without their binary columns."""
    table = _table(model)
    query = select(*_stored(model)).where(where).order_by(table.c.id)
    return [dict(row) for row in session.execute(query).mappings()]


def _names(session: Session, model: type[Base], ids: Iterable[int | None], column: str) -> Row:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    table = _table(model)
    query = select(table.c.id, table.c[column]).where(table.c.id.in_(wanted))
    return {row[0]: row[1] for row in session.execute(query)}


def _contact(session: Session, contact_id: int) -> Contact:
    person = session.get(Contact, contact_id)
    if person is None:
        raise errors.NotFoundError(f"{contacts.LABEL} {contact_id} does not exist.")
    return person


def _introductions(session: Session, person: Contact, own: Sequence[int]) -> list[int]:
    """The introduction letters written to the person's organisation that name them (another
    person's inquiry: theirs are already the person's)."""
    if person.organisation_id is None or not person.last_name.strip():
        return []
    query = (
        select(Proposal.id, Proposal.rendered_text)
        .join(proposal_partners, proposal_partners.c.proposal_id == Proposal.id)
        .where(
            proposal_partners.c.organisation_id == person.organisation_id,
            Proposal.kind == INTRODUCTION,
            Proposal.inquiry_id.not_in(own),
        )
    )
    return [pid for pid, text in session.execute(query) if names(person, text)]


def names(person: Contact, text: str) -> bool:
    """Whether `text` names `person`: their first and last name, whole ("Ewa Wiśniewska" is
    not in "Ewa Wiśniewska-Nowak"), whatever the case and the spaces between."""
    full = r"\s+".join(re.escape(p) for p in f"{person.first_name} {person.last_name}".split())
    return re.search(rf"(?<![\w-]){full}(?![\w-])", text, re.IGNORECASE) is not None


def _letter_files(session: Session, letters: list[Row], refs: Row) -> list[HeldFile]:
    """Each letter's archived PDF, byte for byte; a tombstoned one (erased) has none."""
    out: list[HeldFile] = []
    for row in letters:
        row["file"] = ""
        if row["erased_at"] is not None:
            continue
        stem = f"{refs.get(row['inquiry_id'], row['inquiry_id'])} {row['kind']} {row['number']}"
        path = f"{LETTERS}/{safe_filename(stem, fallback='letter')}.pdf"
        pdf = session.scalar(select(Proposal.pdf).where(Proposal.id == row["id"]))
        row["file"] = path
        out.append(HeldFile(path, bytes(pdf or b"")))
    return out


def _document_files(session: Session, documents: list[Row], refs: Row) -> list[HeldFile]:
    """Each document's bytes, named by its inquiry and number so two of one name both fit."""
    out: list[HeldFile] = []
    for row in documents:
        stem = f"{refs.get(row['inquiry_id'], '')} {row['id']} {row['name']}".strip()
        path = f"{DOCUMENTS}/{safe_filename(stem, fallback='document')}"
        content = session.scalar(select(Document.content).where(Document.id == row["id"]))
        row["file"] = path
        out.append(HeldFile(path, bytes(content or b"")))
    return out


def _named(rows: list[Row], key: str, column: str, names: Row) -> None:
    for row in rows:
        row[key] = names.get(row[column], "") if row[column] is not None else ""


def gather(db: Database, contact_id: int, *, now: datetime | None = None) -> PersonData:
    """Everything held about person `contact_id` (one in the bin too); NotFoundError if
    there is no such person."""
    with db.read() as session:
        return _gather(session, contact_id, now or utcnow())


def _gather(session: Session, contact_id: int, now: datetime) -> PersonData:
    person = _contact(session, contact_id)
    t: dict[str, list[Row]] = {}
    t["person"] = _rows(session, Contact, Contact.id == contact_id)
    t["consents"] = _rows(session, ConsentRecord, ConsentRecord.contact_id == contact_id)
    t["inquiries"] = _rows(session, Inquiry, Inquiry.contact_id == contact_id)
    own = [row["id"] for row in t["inquiries"]]
    t["follow_ups"] = _rows(session, FollowUp, FollowUp.inquiry_id.in_(own))
    on_them = TimelineEntry.contact_id == contact_id
    t["timeline"] = _rows(session, TimelineEntry, on_them | TimelineEntry.inquiry_id.in_(own))
    t["partner_proposals"] = _rows(session, PartnerProposal, PartnerProposal.inquiry_id.in_(own))
    letter_ids = _introductions(session, person, own)
    t["letters"] = _rows(
        session, Proposal, Proposal.inquiry_id.in_(own) | Proposal.id.in_(letter_ids)
    )
    t["documents"] = _rows(session, Document, Document.inquiry_id.in_(own))
    t["exchanges"] = _rows(session, Exchange, Exchange.inquiry_id.in_(own))
    t["merges"] = _merges(session, contact_id)
    t["audit"] = _rows(session, AuditEntry, AuditEntry.contact_id == contact_id)
    # an introduction belongs to another person's inquiry: its ref is read
    refs = _names(session, Inquiry, (r["inquiry_id"] for r in t["letters"]), "ref")
    refs.update({row["id"]: row["ref"] for row in t["inquiries"]})
    _readable(session, t, refs)
    files = _letter_files(session, t["letters"], refs) + _document_files(
        session, t["documents"], refs
    )
    return PersonData(
        contact_id=contact_id,
        first_name=person.first_name,
        last_name=person.last_name,
        language=person.language or "en",
        in_bin=person.deleted_at is not None,
        made_at=now,
        tables=t,
        files=tuple(files),
    )


def _readable(session: Session, t: dict[str, list[Row]], refs: Row) -> None:
    """The names that make the rows readable: refs, organisations, staff logins."""
    staff_ids = [r.get(k) for rows in t.values() for r in rows
                 for k in ("staff_id", "assignee_id", "author_id", "undone_by_id")]  # fmt: skip
    logins = _names(session, StaffMember, staff_ids, "login")
    org_ids = [r["organisation_id"] for k in ("person", "inquiries", "partner_proposals",
                                              "timeline") for r in t[k]]  # fmt: skip
    orgs = _names(session, Organisation, org_ids, "name")
    _named(t["person"], "organisation", "organisation_id", orgs)
    _named(t["consents"], "staff", "staff_id", logins)
    _named(t["inquiries"], "organisation", "organisation_id", orgs)
    _named(t["inquiries"], "assignee", "assignee_id", logins)
    for key in ("follow_ups", "timeline", "partner_proposals", "letters", "documents",
                "exchanges"):  # fmt: skip
        _named(t[key], "inquiry_ref", "inquiry_id", refs)
    _named(t["follow_ups"], "assignee", "assignee_id", logins)
    _named(t["timeline"], "staff", "staff_id", logins)
    _named(t["timeline"], "organisation", "organisation_id", orgs)
    _named(t["partner_proposals"], "organisation", "organisation_id", orgs)
    _named(t["letters"], "author", "author_id", logins)
    _named(t["merges"], "staff", "staff_id", logins)
    _named(t["merges"], "undone_by", "undone_by_id", logins)
    _partner_names(session, t["letters"], proposal_partners, "proposal_id", "partners")
    _partner_names(session, t["exchanges"], exchange_organisations, "exchange_id",
                   "organisations")  # fmt: skip


def _merges(session: Session, contact_id: int) -> list[Row]:
    """The merges of person `contact_id` with a duplicate, either side. What a merge kept
    (`before`, JSON) holds both records: here only the person's own side stays (their record
    before and after the merge, and the ids of the rows moved), as JSON; an erasure's emptied
    record stays empty."""
    mine = (Merge.survivor_id == contact_id) | (Merge.merged_id == contact_id)
    rows = _rows(session, Merge, (Merge.kind == "person") & mine)
    for row in rows:
        side = "survivor" if row["survivor_id"] == contact_id else "merged"
        try:
            kept = json.loads(row["before"]) if row["before"] else None
        except ValueError:
            kept = None
        if not isinstance(kept, dict):
            row["before"] = ""
            continue
        own = {
            "side": side,
            "before": kept.get(side),
            "after": kept.get(f"{side}_after"),
            "moved": kept.get("moved", {}),  # row ids, which name nobody
        }
        row["before"] = json.dumps(own, ensure_ascii=False, sort_keys=True)
    return rows


def _partner_names(session: Session, rows: list[Row], link: Table, key: str, to: str) -> None:
    """Each row's organisations (through `link`), by name, joined by "; "."""
    found: dict[int, list[str]] = {}
    ids = [row["id"] for row in rows]
    if ids:
        query = (
            select(link.c[key], Organisation.name)
            .join(Organisation, Organisation.id == link.c.organisation_id)
            .where(link.c[key].in_(ids))
            .order_by(Organisation.name)
        )
        for owner, name in session.execute(query):
            found.setdefault(owner, []).append(name)
    for row in rows:
        row[to] = "; ".join(found.get(row["id"], []))
