"""Gathering the facts of a letter: inquiry, recipient, partners, signer, letterhead and
template, read in one go for a batch; overrides checked as final text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from msek_desktop.core import changes, errors, inquiries, settings, sides, templates
from msek_desktop.core.db import Database
from msek_desktop.core.models import Contact, Inquiry, Organisation, StaffMember
from msek_desktop.core.privacy import consent
from msek_desktop.core.proposals import shaping
from msek_desktop.core.proposals.facts import (
    PROPOSAL,
    TO_PARTNER,
    TO_REQUESTER,
    LetterFacts,
    Letterhead,
    LetterRequest,
    Partner,
    Recipient,
    Signer,
    TemplateText,
)
from msek_desktop.core.rows import OrganisationBrief
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import Language


def letterhead(db: Database) -> Letterhead:
    return shaping.letterhead(settings.load(db))


def _letter_person(session: Session, inq: Inquiry, partner: Organisation | None) -> Contact | None:
    """Whom a letter is addressed to: the person who asked; for an introduction, the
    partner organisation's first live contact (None: the organisation itself)."""
    if partner is None:
        return inq.contact
    return session.scalar(
        select(Contact)
        .where(Contact.organisation_id == partner.id, Contact.deleted_at.is_(None))
        .order_by(Contact.id)
        .limit(1)
    )


def _partner_recipient(org: Organisation, person: Contact | None) -> Recipient:
    """An introduction goes to the organisation: to its first live contact when it has one."""
    where = {
        "organisation": org.name, "address": org.address, "postal_code": org.postal_code,
        "city": org.city, "country": org.country or sides.country(org.side),
    }  # fmt: skip
    if person is None:
        return Recipient(**where)
    return Recipient(
        honorific=person.honorific or "none", first_name=person.first_name,
        last_name=person.last_name, position=person.position, **where,
    )  # fmt: skip


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
            shaping.field_names(o.fields, language),
        )
        for o in (found[i] for i in wanted)
    )


def _signer(session: Session, inq: Inquiry, actor: str | None, language: str) -> Signer | None:
    """The inquiry's assignee signs; if nobody is assigned, whoever makes the letter."""
    member = inq.assignee
    if member is None and actor is not None:
        member = session.scalar(select(StaffMember).where(StaffMember.login == actor))
    return shaping.signer(member, language)


def _language(inq: Inquiry, language: str | None, partner: Organisation | None = None) -> str:
    """The language asked for; else the partner's side's for an introduction, the inquiry's
    letter language for a letter to the person who asked."""
    check = Checker()
    if language is None and partner is not None:
        language = sides.default_language(partner.side).value
    code = check.choice("language", language or inq.letter_language or "en", Language)
    check.raise_if_any()
    return str(code)


def _addressee(session: Session, inq: Inquiry, request: LetterRequest) -> Organisation | None:
    """The partner an introduction is written to (None for a letter to the requester)."""
    check = Checker()
    if request.to not in (TO_REQUESTER, TO_PARTNER):
        check.fail("to", "choice", value=request.to, allowed=f"{TO_REQUESTER}, {TO_PARTNER}")
    elif request.to == TO_PARTNER and len(set(request.partner_ids)) != 1:
        check.add("partner_ids", "A letter to a partner is written to one organisation")
    check.raise_if_any()
    if request.to != TO_PARTNER:
        return None
    _partners(session, inq, request.partner_ids[:1], "en")  # exists, not their own
    return session.get(Organisation, request.partner_ids[0])


def missing_descriptions(
    db: Database, partner_ids: Sequence[int], language: str
) -> list[OrganisationBrief]:
    """The organisations among `partner_ids` with no description in `language`, in the order
    given: a proposal letter in that language presents them by name only (no description in
    another language is ever printed). Unknown ids are left out (the letter names them)."""
    wanted = list(dict.fromkeys(partner_ids))
    code = Language(language).value
    column = getattr(Organisation, f"description_{code}")
    with db.read() as session:
        found = {
            row.id: row
            for row in session.execute(
                select(
                    Organisation.id, Organisation.name, Organisation.city, column.label("d")
                ).where(Organisation.id.in_(wanted), Organisation.deleted_at.is_(None))
            )
        }
    return [
        OrganisationBrief(found[i].id, found[i].name, found[i].city)
        for i in wanted
        if i in found and not (found[i].d or "").strip()
    ]


def letter_facts(
    db: Database,
    request: LetterRequest,
    *,
    actor: str | None = None,
    today: date | None = None,
    channel: str | None = "letter",
) -> LetterFacts:
    """What the letter asked for says, before it is put into words.

    `actor` signs when the inquiry has nobody assigned; `today` dates the letter; a person
    who refused `channel` (None: no check) is refused (consent.Refused).
    """
    (facts,) = letter_facts_many(db, [request], actor=actor, today=today, channel=channel)
    return with_overrides(facts, subject=request.subject, body=request.body)


def letter_facts_many(
    db: Database,
    requests: Sequence[LetterRequest],
    *,
    actor: str | None = None,
    today: date | None = None,
    channel: str | None = "letter",
) -> list[LetterFacts]:
    """The facts of several letters, read in one go (a batch of letters); no overrides. A
    person addressed who refused `channel` (None: no check) is refused (consent.Refused)."""
    head = letterhead(db)
    gathered = []
    with db.read() as session:
        for request in requests:
            inq = changes.get_live(session, Inquiry, request.inquiry_id, inquiries.LABEL)
            partner = _addressee(session, inq, request)
            person = _letter_person(session, inq, partner)
            if channel is not None:
                consent.refuse(person, channel)
            code = _language(inq, request.language, partner)
            facts = shaping.inquiry_facts(inq, shaping.field_names(inq.fields, code))
            found = _partners(session, inq, request.partner_ids, code)
            if partner is None:
                recipient = shaping.recipient(inq)
            else:
                recipient = _partner_recipient(partner, person)
            template_id = request.template_id if request.kind == PROPOSAL else None
            gathered.append(
                (code, template_id, request.kind, facts, found, recipient,
                 _signer(session, inq, actor, code), shaping.requester(inq, code))
            )  # fmt: skip
    chosen: dict[tuple[str, int | None, str], TemplateText] = {}
    for key in dict.fromkeys(g[:3] for g in gathered):
        chosen[key] = _template(db, *key)
    return [
        LetterFacts(
            language=code,
            date=today or date.today(),
            letterhead=head,
            recipient=recipient,
            inquiry=facts,
            template=chosen[code, template_id, kind],
            partners=found,
            signer=signer,
            kind=kind,
            requester=requester,
        )
        for code, template_id, kind, facts, found, recipient, signer, requester in gathered
    ]


def _template(db: Database, language: str, template_id: int | None, kind: str) -> TemplateText:
    """A proposal letter's template (the staff's); the shipped wording of the other kinds."""
    if kind == PROPOSAL:
        tpl = templates.template_for(db, language, template_id)
        return TemplateText(tpl.id, tpl.name, tpl.subject, tpl.body)
    return shaping.shipped(language, kind)


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


def refused_letters(
    db: Database, requests: Sequence[LetterRequest]
) -> list[tuple[LetterRequest, str, errors.Message]]:
    """The letters among `requests` whose person asked not to receive letters, with the
    inquiry's ref and the refusal naming them (consent.refusal): a batch skips them."""
    found = []
    with db.read() as session:
        ids = list({r.inquiry_id for r in requests})
        read: list[Inquiry] = []  # held: the session keeps them only while they are referred to
        for start in range(0, len(ids), 500):  # read in a few queries, then from the session
            stmt = select(Inquiry).where(Inquiry.id.in_(ids[start : start + 500]))
            read += session.scalars(stmt.options(selectinload(Inquiry.contact)))
        for request in requests:
            inq = changes.get_live(session, Inquiry, request.inquiry_id, inquiries.LABEL)
            person = _letter_person(session, inq, _addressee(session, inq, request))
            message = consent.refusal(person, "letter") if person is not None else None
            if message is not None:
                found.append((request, inq.ref, message))
    return found
