"""People: whoever wrote to the office, and the people at partner organisations."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, joinedload

from msek_desktop.core import changes, search, sides
from msek_desktop.core.db import Database
from msek_desktop.core.identity import Person, Verdict, compare_people, identity_key
from msek_desktop.core.models import Contact, Organisation
from msek_desktop.core.privacy import merged_away
from msek_desktop.core.rows import ContactRow
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import CONTACT_PREFERENCES, Honorific, Language, LegalBasis, Side

LABEL = "Contact"
DEFAULT_HONORIFIC = Honorific.NONE  # a new person's form of address until one is chosen
DEFAULT_LEGAL_BASIS = LegalBasis.OWN_REQUEST  # they wrote to the office and asked
_TEXTS = {"position": 200, "city": 100, "notes": 5000}


def to_row(c: Contact) -> ContactRow:
    org = c.organisation
    return ContactRow(
        c.id, c.honorific, c.first_name, c.last_name, c.organisation_id,
        org.name if org else None, c.position, c.email, c.phone, c.language, c.side, c.city,
        c.notes, c.version, c.deleted_at, c.legal_basis, c.no_letters, c.no_email, c.no_phone,
    )  # fmt: skip


def field_errors(
    values: Mapping[str, Any], *, new: bool, side_now: str | None = None
) -> dict[str, str]:
    """What create_contact (`new`) or update_contact (of a person on side `side_now`) would
    refuse in `values`, by field, with nothing written: a form marks every field at once.
    Whether the organisation exists is checked only when saving."""
    check = Checker()
    _clean(check, values, partial=not new, side_now=side_now)
    return {e.field: e.message for e in check.errors}


def _clean(
    check: Checker, values: Mapping[str, Any], partial: bool, side_now: str | None = None
) -> dict[str, Any]:
    """The clean values of `values`; what is wrong goes to `check`."""
    out: dict[str, Any] = {}
    if not partial or "last_name" in values:
        out["last_name"] = check.name(
            "last_name", values.get("last_name"), required=True, max_len=100
        )
    if "first_name" in values:
        out["first_name"] = check.name("first_name", values.get("first_name"), max_len=100)
    if not partial or "side" in values:
        out["side"] = check.choice("side", values.get("side"), Side)
    if not partial or "honorific" in values:
        out["honorific"] = check.choice(
            "honorific", values.get("honorific"), Honorific, default=DEFAULT_HONORIFIC
        )
    if not partial or "language" in values:
        default = sides.default_language(out.get("side"))
        out["language"] = check.choice(
            "language", values.get("language"), Language, default=default
        )
    if not partial or "legal_basis" in values:
        out["legal_basis"] = check.choice(
            "legal_basis", values.get("legal_basis"), LegalBasis, default=DEFAULT_LEGAL_BASIS
        )
    for name in CONTACT_PREFERENCES:  # refused letters, emails, calls: yes or no
        if name in values:
            out[name] = _flag(check, name, values.get(name))
    for name, limit in _TEXTS.items():
        if name in values:
            out[name] = check.text(name, values.get(name), max_len=limit)
    out.update(email_and_phone(check, values, out.get("side") or side_now))
    if "organisation_id" in values:
        out["organisation_id"] = check.integer("organisation_id", values.get("organisation_id"))
    return out


def _flag(check: Checker, name: str, value: Any) -> bool:
    """A yes or no: True, False (None: no)."""
    if value is None or isinstance(value, bool):
        return bool(value)
    check.fail(name, "choice", value=str(value), allowed="yes, no")
    return False


def email_and_phone(check: Checker, values: Mapping[str, Any], side: str | None) -> dict[str, str]:
    """The email and phone among `values`, checked (a person's, an organisation's); a phone
    without a country code is read in the country of `side` (Katowice's when not known)."""
    out = {}
    if "email" in values:
        out["email"] = check.email("email", values.get("email"))
    if "phone" in values:
        region = Side(side or Side.KATOWICE).phone_region
        out["phone"] = check.phone("phone", values.get("phone"), region=region)
    return out


def _check_organisation(session: Session, organisation_id: int | None, check: Checker) -> None:
    if organisation_id is None:
        return
    org = session.get(Organisation, organisation_id)
    if org is None or org.deleted_at is not None:
        check.fail("organisation_id", "no_organisation", id=organisation_id)


def create_contact(
    db: Database, values: Mapping[str, Any], *, actor: str | None = None
) -> ContactRow:
    check = Checker()
    clean = _clean(check, values, partial=False)
    with db.write() as session:
        staff_id = changes.actor_id(session, actor)
        _check_organisation(session, clean.get("organisation_id"), check)
        check.raise_if_any()  # every field's error at once
        contact = Contact(**clean)
        session.add(contact)
        session.flush()
        changes.record(session, staff_id, "created", contact_id=contact.id, new=_name(contact))
        return to_row(contact)


def _name(c: Contact) -> str:
    return f"{c.first_name} {c.last_name}".strip()


def update_contact(
    db: Database,
    contact_id: int,
    values: Mapping[str, Any],
    *,
    actor: str | None = None,
    expected_version: int | None = None,
) -> ContactRow:
    with db.write() as session:
        staff_id = changes.actor_id(session, actor)
        contact = changes.get_live(session, Contact, contact_id, LABEL)
        changes.check_version(contact, expected_version, f"{LABEL} {_name(contact)}")
        check = Checker()
        clean = _clean(check, values, partial=True, side_now=contact.side)
        _check_organisation(session, clean.get("organisation_id"), check)
        check.raise_if_any()  # every field's error at once
        diff = changes.apply(contact, clean)
        changes.record_changes(session, staff_id, diff, contact_id=contact.id)
        session.flush()
        return to_row(contact)


def get_contact(db: Database, contact_id: int) -> ContactRow:
    with db.read() as session:
        options = [joinedload(Contact.organisation)]
        return to_row(changes.get_one(session, Contact, contact_id, LABEL, options=options))


def _filtered(
    stmt: Select[Any],
    text: str,
    *,
    side: str | None,
    organisation_id: int | None,
    email: str | None,
    deleted: bool,
) -> tuple[Select[Any], Any]:
    stmt = stmt.where(Contact.deleted_at.is_not(None) if deleted else Contact.deleted_at.is_(None))
    if side:
        stmt = stmt.where(Contact.side == side)
    if organisation_id is not None:
        stmt = stmt.where(Contact.organisation_id == organisation_id)
    if email:
        stmt = stmt.where(func.lower(Contact.email) == email.strip().lower())
    return search.narrowed(stmt, search.Kind.CONTACT, text, Contact.id)


def find_contacts(
    db: Database,
    text: str = "",
    *,
    side: str | None = None,
    organisation_id: int | None = None,
    email: str | None = None,
    deleted: bool = False,
    limit: int = 50,
    offset: int = 0,
) -> list[ContactRow]:
    """People matching `text` (best first), or all by name when text is empty."""
    stmt, rank = _filtered(
        select(Contact).options(joinedload(Contact.organisation)), text, side=side,
        organisation_id=organisation_id, email=email, deleted=deleted,
    )  # fmt: skip
    if rank is not None:
        stmt = stmt.order_by(rank)
    stmt = stmt.order_by(Contact.last_name, Contact.first_name, Contact.id)
    with db.read() as session:
        return [to_row(c) for c in session.scalars(stmt.limit(limit).offset(offset))]


def count_contacts(
    db: Database,
    text: str = "",
    *,
    side: str | None = None,
    organisation_id: int | None = None,
    deleted: bool = False,
) -> int:
    """How many people find_contacts would list with these arguments, over all pages."""
    stmt, _ = _filtered(
        select(func.count(Contact.id)), text, side=side, organisation_id=organisation_id,
        email=None, deleted=deleted,
    )  # fmt: skip
    return db.count(stmt)


def set_deleted(
    db: Database, contact_id: int, deleted: bool, *, actor: str | None = None
) -> ContactRow:
    """Soft delete (deleted=True) or restore; a person merged into another is not restored
    (core.privacy.merged_away: undo the merge instead)."""
    with db.write() as session:
        if not deleted:
            merged_away.refuse_restore(session, "person", contact_id)
        contact = changes.set_deleted(
            session, Contact, contact_id, deleted, actor=actor, label=LABEL, link="contact_id"
        )
        return to_row(contact)


SIMILAR_LIMIT = 20


def by_prefixes(find: Callable[[str], Sequence[Any]], name: str) -> dict[int, Any]:
    """Records found by the first letters of each word of `name`, folded for identity (so a
    look-alike letter or an invisible character does not hide anyone); typos further on pass."""
    found: dict[int, Any] = {}
    for word in dict.fromkeys(w for w in identity_key(name).split() if len(w) >= 3):
        for row in find(word[:4]):
            found.setdefault(row.id, row)
    return found


def similar_contacts(
    db: Database,
    first_name: str,
    last_name: str,
    email: str = "",
    organisation_id: int | None = None,
) -> list[ContactRow]:
    """People who are, or may be, this one by the import's rules (identity.compare_people):
    the same email, the same name, or a close one; the surest first. Someone with another
    email is another person and is not listed."""
    candidates: dict[int, ContactRow] = {}
    if email.strip():
        candidates.update({c.id: c for c in find_contacts(db, email=email, limit=SIMILAR_LIMIT)})
    name = f"{first_name} {last_name}"
    for cid, row in by_prefixes(lambda text: find_contacts(db, text, limit=200), name).items():
        candidates.setdefault(cid, row)
    wanted = Person(first_name, last_name, email, organisation_id)
    scored = []
    for row in candidates.values():
        known = Person(row.first_name, row.last_name, row.email, row.organisation_id)
        likeness = compare_people(wanted, known)
        if likeness.verdict is not Verdict.DIFFERENT:
            scored.append((likeness.verdict is not Verdict.SAME, -likeness.score, row.id, row))
    return [row for *_key, row in sorted(scored, key=lambda s: s[:3])][:SIMILAR_LIMIT]
