"""Organisations on either side: schools, conservatories, universities, companies ..."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import selectinload

from msek_desktop.core import changes, contacts, fields, search
from msek_desktop.core.db import Database
from msek_desktop.core.identity import Verdict, compare_organisations
from msek_desktop.core.models import Organisation
from msek_desktop.core.privacy import merged_away
from msek_desktop.core.rows import OrganisationRow
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import Audience, OrganisationKind, Side

LABEL = "Organisation"
DEFAULT_KIND = OrganisationKind.OTHER  # a new organisation's kind until one is chosen
_TEXTS = {
    "address": 300, "postal_code": 20, "city": 100, "website": 300, "offers": 1000,
    "seeks": 1000, "description_fr": 5000, "description_pl": 5000, "description_en": 5000,
}  # fmt: skip
DESCRIPTIONS = ("description_fr", "description_pl", "description_en")
MAX_TAGS = 500  # characters, as stored: "choir, piano, jazz"
MAX_CAPACITY = 10_000
_NO = frozenset({"0", "n", "no", "false", "non", "nie", "inactive", "inactif", "nieaktywna"})


def split_list(text: str | None) -> tuple[str, ...]:
    """Tags, audiences or languages as stored ("a, b" or "a b") or typed, one each, in order."""
    parts = (" ".join(p.split()) for p in re.split(r"[,;\n]", text or ""))
    return tuple(dict.fromkeys(p for p in parts if p))


def split_codes(text: str | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys((text or "").replace(",", " ").replace(";", " ").lower().split()))


def to_row(o: Organisation) -> OrganisationRow:
    return OrganisationRow(
        o.id, o.name, o.kind, o.side, o.address, o.postal_code, o.city, o.country, o.website,
        o.email, o.phone, tuple(f.code for f in o.fields), o.version, o.deleted_at,
        offers=o.offers, seeks=o.seeks, tags=split_list(o.tags),
        audiences=split_codes(o.audiences), languages=split_codes(o.languages),
        capacity=o.capacity, active=bool(o.active), description_fr=o.description_fr,
        description_pl=o.description_pl, description_en=o.description_en,
    )  # fmt: skip


def _listed(values: Mapping[str, Any], name: str) -> tuple[str, ...]:
    value = values.get(name)
    if value is None:
        return ()
    if isinstance(value, str):
        return split_codes(value) if name != "tags" else split_list(value)
    return tuple(dict.fromkeys(str(v).strip() for v in value if str(v).strip()))


def _profile(check: Checker, values: Mapping[str, Any]) -> dict[str, Any]:
    """The matching profile's values that `values` holds, checked and as stored."""
    out: dict[str, Any] = {}
    if "tags" in values:
        tags = ", ".join(_listed(values, "tags"))
        if len(tags) > MAX_TAGS:
            check.fail("tags", "too_long", max_len=MAX_TAGS, length=len(tags))
        out["tags"] = tags
    if "audiences" in values:
        chosen = [check.choice("audiences", a, Audience) for a in _listed(values, "audiences")]
        out["audiences"] = " ".join(a for a in Audience if a in chosen)
    if "languages" in values:
        codes = [c.lower() for c in _listed(values, "languages")]
        for code in codes:
            if not (len(code) == 2 and code.isascii() and code.isalpha()):
                check.fail("languages", "language_code", value=code)
        out["languages"] = " ".join(codes)
    if "capacity" in values:
        out["capacity"] = check.integer(
            "capacity", values.get("capacity"), minimum=0, maximum=MAX_CAPACITY
        )
    if "active" in values:
        active = values.get("active")
        if isinstance(active, str):
            active = active.strip().casefold() not in _NO
        out["active"] = bool(active)
    return out


def field_errors(
    values: Mapping[str, Any], *, new: bool, side_now: str | None = None
) -> dict[str, str]:
    """What create_organisation (`new`) or update_organisation (of one on side `side_now`)
    would refuse in `values`, by field, with nothing written: a form marks every field at
    once. Whether the fields of exchange are known is checked only when saving."""
    check = Checker()
    _clean(check, values, partial=not new, side_now=side_now)
    return {e.field: e.message for e in check.errors}


def _clean(
    check: Checker, values: Mapping[str, Any], partial: bool, side_now: str | None = None
) -> dict[str, Any]:
    """The clean values of `values`; what is wrong goes to `check`."""
    out: dict[str, Any] = {}
    if not partial or "name" in values:
        out["name"] = check.name("name", values.get("name"), required=True)
    if not partial or "side" in values:
        out["side"] = check.choice("side", values.get("side"), Side)
    if not partial or "kind" in values:
        kind = values.get("kind")
        out["kind"] = check.choice("kind", kind, OrganisationKind, default=DEFAULT_KIND)
    for name, limit in _TEXTS.items():
        if name in values:
            out[name] = check.text(name, values.get(name), max_len=limit)
    if "country" in values:
        country = check.text("country", values.get("country"), max_len=2).upper()
        if country and not (len(country) == 2 and country.isalpha()):
            check.fail("country", "country_code")
        out["country"] = country
    out.update(contacts.email_and_phone(check, values, out.get("side") or side_now))
    out.update(_profile(check, values))
    return out


def create_organisation(
    db: Database, values: Mapping[str, Any], *, actor: str | None = None
) -> OrganisationRow:
    check = Checker()
    clean = _clean(check, values, partial=False)
    with db.write() as session:
        staff_id = changes.actor_id(session, actor)
        with check.collecting():
            known = fields.resolve(session, values.get("fields") or ())
        check.raise_if_any()  # every field's error at once
        org = Organisation(**clean)
        org.fields = known
        session.add(org)
        session.flush()
        changes.record(session, staff_id, "created", organisation_id=org.id, new=org.name)
        return to_row(org)


def update_organisation(
    db: Database,
    organisation_id: int,
    values: Mapping[str, Any],
    *,
    actor: str | None = None,
    expected_version: int | None = None,
) -> OrganisationRow:
    with db.write() as session:
        staff_id = changes.actor_id(session, actor)
        org = changes.get_live(session, Organisation, organisation_id, LABEL)
        changes.check_version(org, expected_version, f"{LABEL} {org.name}")
        check = Checker()
        clean = _clean(check, values, partial=True, side_now=org.side)
        with check.collecting():
            fields.resolve(session, values.get("fields") or ())
        check.raise_if_any()  # every field's error at once
        diff = changes.apply(org, clean)
        fields.apply(session, org, values, diff)
        changes.record_changes(session, staff_id, diff, organisation_id=org.id)
        session.flush()
        return to_row(org)


def get_organisation(db: Database, organisation_id: int) -> OrganisationRow:
    with db.read() as session:
        return to_row(changes.get_one(session, Organisation, organisation_id, LABEL))


def _filtered(
    stmt: Select[Any], text: str, *, side: str | None, deleted: bool
) -> tuple[Select[Any], Any]:
    live = Organisation.deleted_at
    stmt = stmt.where(live.is_not(None) if deleted else live.is_(None))
    if side:
        stmt = stmt.where(Organisation.side == side)
    return search.narrowed(stmt, search.Kind.ORGANISATION, text, Organisation.id)


def find_organisations(
    db: Database,
    text: str = "",
    *,
    side: str | None = None,
    deleted: bool = False,
    limit: int = 50,
    offset: int = 0,
) -> list[OrganisationRow]:
    """Organisations matching `text` (best first), or all by name when text is empty."""
    query = select(Organisation).options(selectinload(Organisation.fields))
    stmt, rank = _filtered(query, text, side=side, deleted=deleted)
    if rank is not None:
        stmt = stmt.order_by(rank)
    stmt = stmt.order_by(Organisation.name, Organisation.id).limit(limit).offset(offset)
    with db.read() as session:
        return [to_row(o) for o in session.scalars(stmt)]


def count_organisations(
    db: Database, text: str = "", *, side: str | None = None, deleted: bool = False
) -> int:
    """How many organisations find_organisations would list, over all pages."""
    stmt, _ = _filtered(select(func.count(Organisation.id)), text, side=side, deleted=deleted)
    return db.count(stmt)


def set_deleted(
    db: Database, organisation_id: int, deleted: bool, *, actor: str | None = None
) -> OrganisationRow:
    """Soft delete (deleted=True) or restore; the record and its links stay. An organisation
    merged into another is not restored (core.privacy.merged_away: undo the merge instead)."""
    with db.write() as session:
        if not deleted:
            merged_away.refuse_restore(session, "organisation", organisation_id)
        org = changes.set_deleted(
            session, Organisation, organisation_id, deleted, actor=actor, label=LABEL,
            link="organisation_id",
        )  # fmt: skip
        return to_row(org)


def similar_organisations(db: Database, name: str, email: str = "") -> list[OrganisationRow]:
    """Organisations that are, or may be, this one (identity.compare_organisations): the same
    name once folded, a close one, or the same email; the surest first."""
    candidates = contacts.by_prefixes(lambda text: find_organisations(db, text, limit=200), name)
    same_email = email.strip().casefold()
    scored = []
    for row in candidates.values():
        likeness = compare_organisations(name, row.name)
        if same_email and row.email.casefold() == same_email:
            scored.append((0, -100.0, row.id, row))
        elif likeness.verdict is not Verdict.DIFFERENT:
            scored.append((int(likeness.verdict is not Verdict.SAME), -likeness.score, row.id, row))
    return [row for *_key, row in sorted(scored, key=lambda s: s[:3])][: contacts.SIMILAR_LIMIT]
