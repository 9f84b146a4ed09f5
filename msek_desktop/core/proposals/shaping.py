"""The facts of a letter shaped from what was read of the database: the same functions whether
the records are ORM objects (gathering, on any database) or the plain rows `msek proposal`
reads from a file with sqlite3 (plain). Both give records the same attribute names (an
inquiry's contact, organisation and assignee; a person's organisation), so a letter's facts
are decided in one place. No SQLAlchemy here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from msek_desktop.core import errors, shipped_templates, sides
from msek_desktop.core.proposals.facts import (
    InquiryFacts,
    Letterhead,
    Recipient,
    Requester,
    Signer,
    TemplateText,
)

# The settings a letterhead is made of (core.settings declares them and their defaults)
LETTERHEAD_KEYS = (
    "office.name",
    "office.address",
    "office.phone",
    "office.email",
    "office.website",
    "office.logo",
    "office.city",
)


def letterhead(values: Mapping[str, Any]) -> Letterhead:
    """The letterhead of the settings `values` (every key of LETTERHEAD_KEYS)."""
    return Letterhead(
        name=values["office.name"],
        address=values["office.address"],
        phone=values["office.phone"],
        email=values["office.email"],
        website=values["office.website"],
        logo=values["office.logo"],
        city=values["office.city"] or "Katowice",
    )


def own_organisation(inq: Any) -> Any | None:
    """The inquiry's organisation, else its person's."""
    return inq.organisation or (inq.contact.organisation if inq.contact else None)


def recipient(inq: Any) -> Recipient:
    """A letter to the person who asked (or their organisation)."""
    c = inq.contact
    org = own_organisation(inq)
    side_country = sides.country(inq.side)
    if org is not None:
        where = {
            "address": org.address, "postal_code": org.postal_code,
            "city": org.city or (c.city if c else ""), "country": org.country or side_country,
        }  # fmt: skip
    else:
        where = {"address": "", "postal_code": "", "city": c.city if c else "", "country": ""}
    if c is None:
        return Recipient(organisation=org.name if org else "", **where)
    return Recipient(
        honorific=c.honorific or "none", first_name=c.first_name, last_name=c.last_name,
        position=c.position, organisation=org.name if org else "", **where,
    )  # fmt: skip


def requester(inq: Any, language: str) -> Requester:
    """The person who asked (or their organisation), as an introduction presents them."""
    c = inq.contact
    org = own_organisation(inq)
    return Requester(
        name=f"{c.first_name} {c.last_name}".strip() if c else "",
        position=c.position if c else "",
        organisation=org.name if org else "",
        city=(org.city if org else "") or (c.city if c else ""),
        country=(org.country if org else "") or sides.country(inq.side),
        email=c.email if c else "",
        phone=c.phone if c else "",
        description=getattr(org, f"description_{language}") if org else "",
    )


def signer(member: Any | None, language: str) -> Signer | None:
    """The staff member who signs (None: the letter is unsigned)."""
    if member is None:
        return None
    title = getattr(member, f"title_{language}") or member.title_en
    return Signer(member.full_name, title, member.email, member.phone)


def inquiry_facts(inq: Any, fields: tuple[str, ...]) -> InquiryFacts:
    """The inquiry as a letter names it; `fields` in the letter's language."""
    return InquiryFacts(
        inq.id, inq.ref, inq.received_on, inq.subject, inq.side, fields, inq.desired_counterpart
    )


def field_names(fields: Iterable[object], language: str) -> tuple[str, ...]:
    return tuple(str(getattr(f, f"name_{language}")) for f in fields)


def shipped(language: str, kind: str) -> TemplateText:
    """The shipped wording of an acknowledgement or an introduction."""
    found = shipped_templates.shipped_template(language, kind)
    return TemplateText(None, found.name, found.subject, found.body)


def letter_entry(number: int, language: str) -> str:
    """What a letter's timeline entry says (its new value): "#2 (fr)"."""
    return f"#{number} ({language})"


def damaged(number: int, inquiry_id: int) -> errors.DatabaseDamagedError:
    """A kept letter whose bytes no longer match its SHA-256: never handed out."""
    return errors.DatabaseDamagedError(
        f"The stored letter #{number} of inquiry {inquiry_id} is damaged "
        "(its checksum does not match); make it again."
    )
