"""Whom an email is written to, about which inquiry, in which language, and the letter that
goes with it: the facts core.email_drafts puts into a draft.

- `inquiry_id` alone: the person who asked (their address, else their organisation's);
- `contact_id`: that person; `organisation_id`: that organisation. The inquiry is
  `inquiry_id` when given, else their latest one (a person's as its contact, an
  organisation's as the inquiry's or its contact's organisation): every template speaks of
  an inquiry, so one with no inquiry is refused (code "email_no_inquiry");
- template "introduction": to a proposed partner, presenting the person who asked: it needs
  `inquiry_id` and `organisation_id` (the partner; code "email_introduction"), and goes where
  the introduction letter goes: to the organisation's first person, at their address, else
  the organisation's;
- template "proposal" names the partners of the inquiry's latest proposal letter, else those
  recorded as proposed and not declined: with none it would propose nobody, and is refused
  (code "email_no_partner");
- a person who asked not to receive emails (core.privacy.consent) is refused, naming them
  (code "no_email"): the person who asked, the person chosen, or the partner's first person.

The language, unless given, is the one the letters would use: an inquiry's letter language; a
partner's side's for an introduction; a person's own language; an organisation's side's. The
email's placeholders are filled from the same facts as a letter's (core.proposals.LetterFacts,
with the email template as their template).

The letter that goes with an email (letter_attachment) is the latest kept letter of the
inquiry to the same recipient in the email's language (a proposal or an acknowledgement to the
person who asked; an introduction to that partner), its bytes as kept. When there is none it
is made and kept as `msek proposal` makes one: proposing the partners of the inquiry's latest
proposal letter, else those recorded as proposed and not declined (none: an acknowledgement).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from msek_desktop.core import errors, proposals, settings, sides, templates
from msek_desktop.core.db import Database
from msek_desktop.core.models import Contact, Inquiry, Organisation, PartnerProposal, Proposal
from msek_desktop.core.privacy import consent
from msek_desktop.core.proposals import LetterFacts, LetterRequest, Recipient, Renderer
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import Language, ProposalState

INTRODUCTION, PROPOSAL = "introduction", "proposal"  # email templates' names


@dataclass(frozen=True)
class EmailFacts:
    """What an email says before it is put into words: the facts a letter to the same
    recipient would have, with the email template as their template."""

    letter: LetterFacts
    to: str
    to_name: str
    sender: str
    template: str
    request: LetterRequest  # the letter that goes with it (attach_letter)


# -- whom, about what ---------------------------------------------------------------------


def _template_name(name: str) -> str:
    if name not in templates.EMAIL_NAMES:
        raise errors.ValidationError.coded(
            "template", "choice", value=name, allowed=", ".join(templates.EMAIL_NAMES)
        )
    return name


def _language(language: str | None) -> str | None:
    if language is None:
        return None
    check = Checker()
    code = check.choice("language", language, Language)
    check.raise_if_any()
    return str(code)


def _live(session: Session, model: type[Inquiry | Contact | Organisation], record_id: int) -> None:
    found = session.get(model, record_id)
    if found is None or getattr(found, "deleted_at", None) is not None:
        field, code = _MISSING[model]
        raise errors.ValidationError.coded(field, code, id=record_id)


_MISSING: dict[type, tuple[str, str]] = {
    Inquiry: ("inquiry_id", "no_inquiry"),
    Contact: ("contact_id", "no_contact"),
    Organisation: ("organisation_id", "no_organisation"),
}


def _latest_inquiry(session: Session, contact_id: int | None, organisation_id: int | None) -> int:
    stmt = select(Inquiry.id).where(Inquiry.deleted_at.is_(None))
    name: Contact | Organisation | None
    if contact_id is not None:
        stmt = stmt.where(Inquiry.contact_id == contact_id)
        name = session.get(Contact, contact_id)
    else:
        via_contact = select(Contact.id).where(Contact.organisation_id == organisation_id)
        stmt = stmt.where(
            or_(Inquiry.organisation_id == organisation_id, Inquiry.contact_id.in_(via_contact))
        )
        name = session.get(Organisation, organisation_id)
    found = session.scalar(stmt.order_by(Inquiry.received_on.desc(), Inquiry.id.desc()))
    if found is None:
        who = _name(name) if name is not None else ""
        raise errors.ValidationError.coded("inquiry_id", "email_no_inquiry", name=who)
    return found


def _name(record: Contact | Organisation) -> str:
    if isinstance(record, Contact):
        return f"{record.first_name} {record.last_name}".strip()
    return record.name


def _person(c: Contact) -> Recipient:
    org = c.organisation
    return Recipient(
        honorific=c.honorific or "none", first_name=c.first_name, last_name=c.last_name,
        position=c.position, organisation=org.name if org else "", city=c.city,
        country=sides.country(c.side),
    )  # fmt: skip


def _organisation(o: Organisation) -> Recipient:
    return Recipient(organisation=o.name, address=o.address, postal_code=o.postal_code,
                     city=o.city, country=o.country or sides.country(o.side))  # fmt: skip


def _first_person(session: Session, org: Organisation) -> Contact | None:
    return session.scalar(
        select(Contact)
        .where(Contact.organisation_id == org.id, Contact.deleted_at.is_(None))
        .order_by(Contact.id)
        .limit(1)
    )


def _address(person: Contact | None, org: Organisation | None) -> tuple[str, str]:
    """(address, name): the person's, else the organisation's address under its name."""
    if person is not None and person.email:
        return person.email, _name(person)
    if org is not None and org.email:
        return org.email, org.name
    if person is not None:
        return "", _name(person)
    return "", org.name if org is not None else ""


@dataclass(frozen=True)
class _Whom:
    inquiry_id: int
    language: str | None
    to: str
    to_name: str
    recipient: Recipient | None  # None: the letter's own (the inquiry's requester, a partner)
    partner_id: int | None = None  # an introduction's partner


def _whom(
    session: Session, template: str, inquiry_id: int | None, contact_id: int | None,
    organisation_id: int | None, language: str | None,
) -> _Whom:  # fmt: skip
    for model, record_id in ((Inquiry, inquiry_id), (Contact, contact_id),
                             (Organisation, organisation_id)):  # fmt: skip
        if record_id is not None:
            _live(session, model, record_id)
    if template == INTRODUCTION:
        if inquiry_id is None or organisation_id is None:
            raise errors.ValidationError.coded("organisation_id", "email_introduction")
        org = session.get(Organisation, organisation_id)
        assert org is not None
        first = _first_person(session, org)
        consent.refuse(first, "email")  # they asked not to receive emails
        to, name = _address(first, org)
        return _Whom(inquiry_id, language, to, name, None, organisation_id)
    if contact_id is not None:
        person = session.get(Contact, contact_id)
        assert person is not None
        consent.refuse(person, "email")
        about = inquiry_id or _latest_inquiry(session, contact_id, None)
        to, name = _address(person, None)
        return _Whom(about, language or person.language, to, name, _person(person))
    if organisation_id is not None:
        org = session.get(Organisation, organisation_id)
        assert org is not None
        about = inquiry_id or _latest_inquiry(session, None, organisation_id)
        code = language or sides.default_language(org.side).value
        return _Whom(about, code, *_address(None, org), _organisation(org))
    if inquiry_id is None:
        raise ValueError("an email is written about an inquiry, to a person or an organisation")
    inq = session.get(Inquiry, inquiry_id)
    assert inq is not None
    own = inq.organisation or (inq.contact.organisation if inq.contact else None)
    consent.refuse(inq.contact, "email")
    to, name = _address(inq.contact, own)
    return _Whom(inquiry_id, language, to, name, None)


def _partner_ids(session: Session, inquiry_id: int) -> tuple[int, ...]:
    """The partners a proposal to the person who asked names: those of the inquiry's latest
    proposal letter, else those proposed and not declined (live organisations only)."""
    latest = session.scalar(
        select(Proposal)
        .where(Proposal.inquiry_id == inquiry_id, Proposal.kind == proposals.PROPOSAL)
        .order_by(Proposal.number.desc())
        .limit(1)
    )
    if latest is not None:
        ids = [o.id for o in latest.partners if o.deleted_at is None]
    else:
        ids = list(
            session.scalars(
                select(PartnerProposal.organisation_id)
                .join(Organisation, Organisation.id == PartnerProposal.organisation_id)
                .where(
                    PartnerProposal.inquiry_id == inquiry_id,
                    PartnerProposal.state != ProposalState.DECLINED,
                    Organisation.deleted_at.is_(None),
                )
                .order_by(PartnerProposal.created_at, PartnerProposal.id)
            )
        )
    return tuple(ids)


def email_facts(
    db: Database, *, template: str, inquiry_id: int | None = None,
    contact_id: int | None = None, organisation_id: int | None = None,
    language: str | None = None, actor: str | None = None, today: date | None = None,
) -> EmailFacts:  # fmt: skip
    """What the email says before it is put into words (see the module's docstring)."""
    name = _template_name(template)
    code = _language(language)
    with db.read() as session:
        whom = _whom(session, name, inquiry_id, contact_id, organisation_id, code)
        if whom.partner_id is not None:
            request = LetterRequest(whom.inquiry_id, whom.language, (whom.partner_id,),
                                    to=proposals.TO_PARTNER)  # fmt: skip
        else:
            partners = _partner_ids(session, whom.inquiry_id)
            request = LetterRequest(whom.inquiry_id, whom.language, partners)
            if name == PROPOSAL and not partners:  # it would propose nobody
                ref = session.scalar(select(Inquiry.ref).where(Inquiry.id == whom.inquiry_id))
                raise errors.ValidationError.coded("template", "email_no_partner", ref=ref)
    try:
        facts = proposals.letter_facts(db, request, actor=actor, today=today, channel=None)
    except errors.ValidationError as exc:  # the partner: named as the caller named it
        moved = [replace(e, field="organisation_id") if e.field == "partner_ids" else e
                 for e in exc.errors]  # fmt: skip
        raise errors.ValidationError(moved) from exc
    request = replace(request, language=facts.language)
    text = templates.email_template(db, facts.language, name)
    facts = replace(facts, template=proposals.TemplateText(text.id, name, text.subject, text.body))
    if whom.recipient is not None:
        facts = replace(facts, recipient=whom.recipient)
    sender = str(settings.load(db)["office.email"] or "")
    return EmailFacts(facts, whom.to, whom.to_name, sender, name, request)


# -- the letter that goes with it -----------------------------------------------------------


def _kept_letter(db: Database, request: LetterRequest) -> int | None:
    """The latest kept letter like the one `request` asks for: same recipient, language."""
    kinds = (
        (proposals.INTRODUCTION,)
        if request.to == proposals.TO_PARTNER
        else (proposals.PROPOSAL, proposals.ACKNOWLEDGEMENT)
    )
    with db.read() as session:
        stmt = (
            select(Proposal)
            .where(
                Proposal.inquiry_id == request.inquiry_id,
                Proposal.kind.in_(kinds),
                Proposal.language == request.language,
            )
            .order_by(Proposal.number.desc())
        )
        for letter in session.scalars(stmt):
            if request.to != proposals.TO_PARTNER:
                return letter.id
            if {o.id for o in letter.partners} == set(request.partner_ids):
                return letter.id
    return None


def letter_attachment(
    db: Database, request: LetterRequest, *, render: Renderer, actor: str | None = None,
    today: date | None = None,
) -> tuple[str, bytes]:  # fmt: skip
    """(file name, PDF bytes) of the letter that goes with an email: the kept one, or one
    made and kept now (as `msek proposal` makes it)."""
    letter_id = _kept_letter(db, request)
    if letter_id is None:
        made = proposals.make_proposal(
            db,
            request,
            render=render,
            actor=actor,
            today=today,
            channel=None,  # by email
        )
        letter_id = made.id
    row = proposals.get_proposal(db, letter_id)
    return f"{row.file_stem}.pdf", proposals.get_pdf(db, letter_id)
