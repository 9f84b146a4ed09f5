"""What is exported: every live inquiry, person, organisation or follow-up, with the
columns the importer reads where they overlap."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from msek_desktop.core import errors
from msek_desktop.core.db import Database
from msek_desktop.core.exporting.batches import in_batches
from msek_desktop.core.exporting.cells import WHATS
from msek_desktop.core.exporting.exchanges import HEADERS as EXCHANGE_HEADERS
from msek_desktop.core.exporting.exchanges import exchange_rows
from msek_desktop.core.exporting.files import write_table
from msek_desktop.core.exporting.target import check_target
from msek_desktop.core.models import (
    ConsentRecord,
    Contact,
    Field,
    FollowUp,
    Inquiry,
    Organisation,
    StaffMember,
    inquiry_fields,
    organisation_fields,
)
from msek_desktop.core.vocab import ConsentPurpose

HEADERS: dict[str, tuple[str, ...]] = {
    "inquiries": (
        "ref", "received_on", "stage", "kind", "channel", "priority", "side", "field",
        "subject", "message", "desired_counterpart", "first_name", "last_name", "email",
        "phone", "language", "organisation", "organisation_kind", "city", "country",
        "assignee", "closed_on",
    ),
    "people": (
        "id", "honorific", "first_name", "last_name", "organisation", "position", "email",
        "phone", "language", "side", "city", "notes", "legal_basis", "no_letters", "no_email",
        "no_phone", "consents", "consent_given_on", "consent_how",
    ),
    "organisations": (
        "id", "organisation", "organisation_kind", "side", "address", "postal_code", "city",
        "country", "website", "email", "phone", "field", "offers", "seeks", "tags",
        "audiences", "languages", "capacity", "active", "description_fr", "description_pl",
        "description_en",
    ),
    "followups": (
        "id", "inquiry_ref", "subject", "due_on", "action", "assignee", "description",
        "done_at", "outcome",
    ),
    "exchanges": EXCHANGE_HEADERS,
}  # fmt: skip


def _codes(session: Session, table: Any, key: str, owners: list[int]) -> dict[int, str]:
    """The field codes of `owners` (one batch's), joined, by owner."""
    out: dict[int, list[str]] = {}
    owner = getattr(table.c, key)
    stmt = (
        select(owner, Field.code)
        .join(Field, Field.id == table.c.field_id)
        .where(owner.in_(owners))
        .order_by(owner, Field.id)
    )
    for owner_id, code in session.execute(stmt):
        out.setdefault(owner_id, []).append(code)
    return {k: ", ".join(v) for k, v in out.items()}


def _inquiries(session: Session) -> Iterator[tuple[Any, ...]]:
    i, c, o, s = Inquiry, aliased(Contact), aliased(Organisation), aliased(StaffMember)
    stmt = (
        select(
            i.id, i.ref, i.received_on, i.stage, i.kind, i.channel, i.priority, i.side,
            i.subject, i.message, i.desired_counterpart, c.first_name, c.last_name, c.email,
            c.phone, i.letter_language, o.name, o.kind, o.city, c.city, o.country, s.login,
            i.closed_on,
        )
        .outerjoin(c, i.contact_id == c.id)
        .outerjoin(o, i.organisation_id == o.id)
        .outerjoin(s, i.assignee_id == s.id)
        .where(i.deleted_at.is_(None))
        .order_by(i.received_on, i.id)
    )  # fmt: skip
    for batch in in_batches(session, stmt):
        codes = _codes(session, inquiry_fields, "inquiry_id", [r[0] for r in batch])
        for r in batch:
            yield (
                r[1], r[2], r[3], r[4], r[5], r[6], r[7], codes.get(r[0], ""), r[8], r[9],
                r[10], r[11], r[12], r[13], r[14], r[15], r[16], r[17], r[18] or r[19], r[20],
                r[21], r[22],
            )  # fmt: skip


def _people(session: Session) -> Iterator[tuple[Any, ...]]:
    c, o = Contact, Organisation
    stmt = (
        select(
            c.id, c.honorific, c.first_name, c.last_name, o.name, c.position, c.email, c.phone,
            c.language, c.side, c.city, c.notes, c.legal_basis, c.no_letters, c.no_email,
            c.no_phone,
        )
        .outerjoin(o, c.organisation_id == o.id)
        .where(c.deleted_at.is_(None))
        .order_by(c.last_name, c.first_name, c.id)
    )  # fmt: skip
    today = date.today()
    for batch in in_batches(session, stmt):
        consents = _consents(session, [r[0] for r in batch], today)
        for r in batch:
            given = consents.get(r[0], ("", "", ""))
            yield (*r[:13], *("yes" if refused else "no" for refused in r[13:]), *given)


def _consents(session: Session, people: list[int], today: date) -> dict[int, tuple[str, str, str]]:
    """The consents in force `today` of `people` (one batch's) as the import reads them:
    the purposes, then their days and ways, one value when all are the same, else one per
    purpose in order."""
    order = [str(p.value) for p in ConsentPurpose]
    held: dict[int, dict[str, tuple[str, str]]] = {}
    stmt = (
        select(ConsentRecord)
        .where(ConsentRecord.withdrawn_on.is_(None) | (ConsentRecord.withdrawn_on > today))
        .where(ConsentRecord.contact_id.in_(people))
        .order_by(ConsentRecord.given_on.desc(), ConsentRecord.id.desc())
    )
    for c in session.scalars(stmt):
        in_force = c.given_on <= today and (c.expires_on is None or c.expires_on >= today)
        if in_force and c.purpose in order:
            held.setdefault(c.contact_id, {}).setdefault(
                c.purpose, (c.given_on.isoformat(), c.given_how)
            )
    out: dict[int, tuple[str, str, str]] = {}
    for contact_id, by_purpose in held.items():
        purposes = sorted(by_purpose, key=order.index)
        days = [by_purpose[p][0] for p in purposes]
        hows = [by_purpose[p][1] for p in purposes]
        out[contact_id] = (", ".join(purposes), _one_or_each(days), _one_or_each(hows))
    return out


def _one_or_each(values: list[str]) -> str:
    return values[0] if len(set(values)) == 1 else ", ".join(values)


def _organisations(session: Session) -> Iterator[tuple[Any, ...]]:
    o = Organisation
    stmt = (
        select(
            o.id, o.name, o.kind, o.side, o.address, o.postal_code, o.city, o.country,
            o.website, o.email, o.phone, o.offers, o.seeks, o.tags, o.audiences, o.languages,
            o.capacity, o.active, o.description_fr, o.description_pl, o.description_en,
        )
        .where(o.deleted_at.is_(None))
        .order_by(o.name, o.id)
    )  # fmt: skip
    for batch in in_batches(session, stmt):
        codes = _codes(session, organisation_fields, "organisation_id", [r[0] for r in batch])
        for r in batch:
            yield (*r[:11], codes.get(r[0], ""), *r[11:17], "yes" if r[17] else "no", *r[18:])


def _followups(session: Session) -> Iterator[tuple[Any, ...]]:
    f, i, s = FollowUp, Inquiry, StaffMember
    stmt = (
        select(
            f.id, i.ref, i.subject, f.due_on, f.action, s.login, f.description, f.done_at,
            f.outcome,
        )
        .join(i, f.inquiry_id == i.id)
        .outerjoin(s, f.assignee_id == s.id)
        .where(i.deleted_at.is_(None))
        .order_by(f.due_on, f.id)
    )  # fmt: skip
    for batch in in_batches(session, stmt):
        yield from (tuple(r) for r in batch)


_QUERIES: dict[str, Callable[[Session], Iterator[tuple[Any, ...]]]] = {
    "inquiries": _inquiries,
    "people": _people,
    "organisations": _organisations,
    "followups": _followups,
    "exchanges": exchange_rows,
}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    what: str
    rows: int


def export(db: Database, path: Path | str, what: str = "inquiries") -> ExportResult:
    """Write every live record of `what` to `path` (.csv or .xlsx)."""
    if what not in WHATS:
        raise errors.UserError(f"Cannot export {what!r}: choose one of {', '.join(WHATS)}.")
    target = Path(path)
    check_target(target, db.file_path)  # refuse before reading anything
    with db.read() as session:
        count = write_table(target, HEADERS[what], _QUERIES[what](session), database=db.file_path)
    return ExportResult(target, what, count)
