"""Writing a checked import plan through core.writer: all rows or none.

An organisation's profile (offers, seeks, tags, audiences, languages, capacity, active, the
descriptions in French, Polish and English) is written whole for a new organisation. One
already recorded gets only the values it lacks (an empty text, no capacity): what staff wrote
is never overwritten, and its active yes/no is never changed. Each value it gets is a
"changed" timeline entry noting the file, and its version moves as with any edit.

A new person gets the legal basis and contact preferences of their rows. One already recorded
gets only the refusals the file says (no letters, no email, no phone: yes), the same way: a
"no" or a legal basis in a file never undoes what the office recorded.

The consents the rows give (consents, consent_given_on, consent_how) are recorded through
core.privacy.consent, each with its timeline entry, its source naming the file and line: a
person already recorded gets only the purposes not in force (nothing is ever withdrawn, and a
consent withdrawn since the day the file gives is not given again).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from msek_desktop.core import changes, db, search, search_docs
from msek_desktop.core.importing.planning import Ref, _Plan
from msek_desktop.core.models import Contact, Inquiry, Organisation, TimelineEntry
from msek_desktop.core.privacy import consent
from msek_desktop.core.vocab import TimelineKind
from msek_desktop.core.writer import BULK, Writer


def _write(session: Session, plan: _Plan, staff_id: int | None, source: str) -> None:
    """New organisations, then people, then inquiries, with an "import" timeline entry each."""
    out = Writer(session)
    org_ids: dict[str, int] = {}
    for folded, row in plan.new_orgs.items():
        org_ids[folded] = out.organisation(
            name=row.organisation, kind=row.organisation_kind, side=row.side, city=row.city,
            country=row.country, **plan.profiles.get(("new", folded), {}),
        )  # fmt: skip
    _fill(session, out, plan.fills, staff_id, source)
    _refuse(session, out, plan.refusals, staff_id, source)

    def org_id(ref: Ref | None) -> int | None:
        if ref is None:
            return None
        return int(ref[1]) if ref[0] == "old" else org_ids[ref[1]]

    first_org: dict[Any, int | None] = {}
    for person, org in zip(plan.contact_of, plan.org_of, strict=True):
        if person is not None and person[0] == "new" and person[1] not in first_org:
            first_org[person[1]] = org_id(org)
    contact_ids: dict[Any, int] = {}
    for key, row in plan.new_contacts.items():
        contact_ids[key] = out.contact(
            first_name=row.first_name, last_name=row.last_name, email=row.email,
            phone=row.phone, language=row.language, side=row.side, city=row.city,
            organisation_id=first_org.get(key), **row.privacy,
        )  # fmt: skip
    kind = TimelineKind.IMPORT.value
    for row, person, org in zip(plan.rows, plan.contact_of, plan.org_of, strict=True):
        cid = None
        if person is not None:
            cid = int(person[1]) if person[0] == "old" else contact_ids[person[1]]
        inquiry_id, _ref = out.inquiry(
            row.field_ids, received_on=row.received_on, channel=row.channel, contact_id=cid,
            organisation_id=org_id(org), side=row.side, subject=row.subject,
            message=row.message, letter_language=row.language,
        )  # fmt: skip
        out.entry(kind, staff_id, note=f"{source}, line {row.line}", inquiry_id=inquiry_id)
    for new_org in org_ids.values():
        out.entry(kind, staff_id, note=source, organisation_id=new_org)
    for new_contact in contact_ids.values():
        out.entry(kind, staff_id, note=source, contact_id=new_contact)
    out.finish(reindex=False)
    _index(session, out)
    _consent(session, plan, contact_ids, staff_id, source)


_DOCS = (
    (search.Kind.ORGANISATION, Organisation, search_docs.organisation_select),
    (search.Kind.CONTACT, Contact, search_docs.contact_select),
    (search.Kind.INQUIRY, Inquiry, search_docs.inquiry_select),
)


_WRITTEN = [model for _kind, model, _statement in _DOCS]


def _index(session: Session, out: Writer) -> None:
    """The search documents of the records the import made, each kind read in one statement
    (the writer gave them every id from its first on) and added. None had one, and no record
    already there shows their names, so nothing is deleted or looked for first as
    search.reindex would (0.1 s of 10,000 rows)."""
    conn = session.connection()
    for kind, model, statement in _DOCS:
        ids = out.written(model)
        if not ids:
            continue
        for rows in search_docs.every_row(conn, search_docs.made_from(statement(), ids[0])):
            search.insert_docs(conn, search_docs.whole_docs(kind, rows))
    if sum(len(out.written(model)) for model in (*_WRITTEN, TimelineEntry)) >= BULK:
        db.refresh_statistics(conn, [search.TABLE])  # as the writer's, which came before


def _consent(
    session: Session, plan: _Plan, contact_ids: Mapping[Any, int], staff_id: int | None,
    source: str,
) -> None:  # fmt: skip
    """The consents the rows give their people (planned by planning._plan), through
    core.privacy.consent: a person already recorded gets only those not in force."""
    given: dict[int, dict[str, tuple[date, str, str]]] = {}
    for (state, key), consents in plan.consents.items():
        cid = int(key) if state == "old" else contact_ids[key]
        given[cid] = {
            purpose: (day, how, f"{source}, line {line}")
            for purpose, (day, how, line) in consents.items()
        }
    if given:
        consent.add_given_in(session, given, staff_id=staff_id, today=date.today())


def _fill(
    session: Session,
    out: Writer,
    fills: Mapping[int, Mapping[str, Any]],
    staff_id: int | None,
    source: str,
) -> None:
    """Give recorded organisations the profile values they lack (planned by planning._fills,
    in the same transaction), through the ORM: their versions move, other desks hear of it."""
    ids = sorted(fills)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for org in session.scalars(select(Organisation).where(Organisation.id.in_(chunk))):
            for name, old, new in changes.apply(org, fills[org.id]):
                out.entry(
                    TimelineKind.CHANGED.value, staff_id, organisation_id=org.id, field=name,
                    old_value=old, new_value=new, note=source,
                )  # fmt: skip
    session.flush()


def _refuse(
    session: Session,
    out: Writer,
    refusals: Mapping[int, Mapping[str, bool]],
    staff_id: int | None,
    source: str,
) -> None:
    """Recorded people the file says refused letters, emails or calls: so marked, each change
    a "changed" entry of their history noting the file (planned by planning._refusals)."""
    ids = sorted(refusals)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for person in session.scalars(select(Contact).where(Contact.id.in_(chunk))):
            for name, old, new in changes.apply(person, refusals[person.id]):
                out.entry(
                    TimelineKind.CHANGED.value, staff_id, contact_id=person.id, field=name,
                    old_value=old, new_value=new, note=source,
                )  # fmt: skip
    session.flush()
