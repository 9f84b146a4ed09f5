"""Gathering the facts of a letter: inquiry, recipient, partners, signer, letterhead and
template, read in one go for a batch; overrides checked as final text."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from msek_desktop.core import changes, inquiries, settings, sides, templates
from msek_desktop.core.db import Database
from msek_desktop.core.models import Contact, Inquiry, Organisation, StaffMember
from msek_desktop.core.proposals.facts import (
    InquiryFacts,
    LetterFacts,
    Letterhead,
    LetterRequest,
    Partner,
    Recipient,
    Signer,
    TemplateText,
)
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import Language


def letterhead(db: Database) -> Letterhead:
    values = settings.load(db)
    return Letterhead(
        name=values["office.name"],
        address=values["office.address"],
        phone=values["office.phone"],
        email=values["office.email"],
        website=values["office.website"],
        logo=values["office.logo"],
        city=values["office.city"] or "Katowice",
    )


def _recipient(inq: Inquiry) -> Recipient:
    c: Contact | None = inq.contact
    org = inq.organisation or (c.organisation if c else None)
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


def _field_names(fields: Iterable[object], language: str) -> tuple[str, ...]:
    return tuple(str(getattr(f, f"name_{language}")) for f in fields)


def _partners(
    session: Session, inq: Inquiry, partner_ids: Sequence[int], language: str
) -> tuple[Partner, ...]:
    check = Checker()
    wanted = list(dict.fromkeys(partner_ids))
    own = inq.organisation_id or (inq.contact.organisation_id if inq.contact else None)
    found = {
        o.id: o
        for o in session.scalars(
            select(Organisation)
            .where(Organisation.id.in_(wanted))
            .options(selectinload(Organisation.fields))
        )
    }
    for oid in wanted:
        org = found.get(oid)
        if org is None or org.deleted_at is not None:
            check.fail("partner_ids", "no_organisation", id=oid)
        elif oid == own:
            check.fail("partner_ids", "own_organisation", name=org.name)
    check.raise_if_any()
    return tuple(
        Partner(
            o.id,
            o.name,
            o.kind,
            o.side,
            o.city,
            o.country,
            o.website,
            getattr(o, f"description_{language}"),
            _field_names(o.fields, language),
        )
        for o in (found[i] for i in wanted)
    )


def _signer(session: Session, inq: Inquiry, actor: str | None, language: str) -> Signer | None:
    """The inquiry's assignee signs; if nobody is assigned, whoever makes the letter."""
    member = inq.assignee
    if member is None and actor is not None:
        member = session.scalar(select(StaffMember).where(StaffMember.login == actor))
    if member is None:
        return None
    title = getattr(member, f"title_{language}") or member.title_en
    return Signer(member.full_name, title, member.email, member.phone)


def _language(inq: Inquiry, language: str | None) -> str:
    check = Checker()
    code = check.choice("language", language or inq.letter_language or "en", Language)
    check.raise_if_any()
    return str(code)


def letter_facts(
    db: Database,
    request: LetterRequest,
    *,
    actor: str | None = None,
    today: date | None = None,
) -> LetterFacts:
    """What the letter asked for says, before it is put into words.

    `actor` signs when the inquiry has nobody assigned; `today` dates the letter.
    """
    (facts,) = letter_facts_many(db, [request], actor=actor, today=today)
    return with_overrides(facts, subject=request.subject, body=request.body)


def letter_facts_many(
    db: Database,
    requests: Sequence[LetterRequest],
    *,
    actor: str | None = None,
    today: date | None = None,
) -> list[LetterFacts]:
    """The facts of several letters, read in one go (a batch of letters); no overrides."""
    head = letterhead(db)
    gathered = []
    with db.read() as session:
        for request in requests:
            inq = changes.get_live(session, Inquiry, request.inquiry_id, inquiries.LABEL)
            code = _language(inq, request.language)
            facts = InquiryFacts(
                inq.id, inq.ref, inq.received_on, inq.subject, inq.side,
                _field_names(inq.fields, code), inq.desired_counterpart,
            )  # fmt: skip
            found = _partners(session, inq, request.partner_ids, code)
            gathered.append(
                (code, request.template_id, facts, found, _recipient(inq),
                 _signer(session, inq, actor, code))
            )  # fmt: skip
    chosen: dict[tuple[str, int | None], TemplateText] = {}
    for key in dict.fromkeys(g[:2] for g in gathered):
        tpl = templates.template_for(db, *key)
        chosen[key] = TemplateText(tpl.id, tpl.name, tpl.subject, tpl.body)
    return [
        LetterFacts(
            language=code,
            date=today or date.today(),
            letterhead=head,
            recipient=recipient,
            inquiry=facts,
            template=chosen[code, template_id],
            partners=found,
            signer=signer,
        )
        for code, template_id, facts, found, recipient, signer in gathered
    ]


def _override(name: str, text: str | None, limit: int) -> str | None:
    if text is None:
        return None
    check = Checker()
    clean = check.text(name, text.replace("\r\n", "\n"), required=True, max_len=limit)
    check.raise_if_any()
    return clean


def with_overrides(
    facts: LetterFacts, *, subject: str | None = None, body: str | None = None
) -> LetterFacts:
    return replace(
        facts,
        subject_override=_override("subject", subject, templates.MAX_SUBJECT),
        body_override=_override("body", body, templates.MAX_BODY),
    )
