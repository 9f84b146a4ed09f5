"""Partnership proposals: the facts a letter is made of, and every letter as it was made.

Core gathers the facts (inquiry, recipient, partners, signer, letterhead, template) into
plain dataclasses and keeps each letter made: PDF bytes, SHA-256, language, template,
partners, author, a number per inquiry (1, 2, ...). Each letter is asked for with one
LetterRequest (the inquiry and the choices made for it); who makes it and the day are
arguments beside it. Turning facts into words and a PDF is msek_desktop.letters' job: core
never imports ReportLab, so make_proposal takes the renderer as an argument
(msek_desktop.letters.service.LetterService passes it in).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer, selectinload

from msek_desktop.core import changes, errors, inquiries, settings, templates
from msek_desktop.core.db import Database
from msek_desktop.core.models import (
    Contact,
    Inquiry,
    LetterTemplate,
    Organisation,
    Proposal,
    StaffMember,
    utcnow,
)
from msek_desktop.core.rows import OrganisationBrief
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import Language, Stage

LABEL = "Proposal"
OFFICE_COUNTRY = "PL"
# Sending a letter moves an inquiry to proposal_sent only from the stages before it.
_BEFORE_SENT = (Stage.NEW, Stage.QUALIFYING, Stage.MATCHING)
_SIDE_COUNTRY = {"saint_etienne": "FR", "katowice": "PL"}


# -- the facts a letter is made of -----------------------------------------------------------


@dataclass(frozen=True)
class Letterhead:
    name: str
    address: str  # lines separated by newlines
    phone: str = ""
    email: str = ""
    website: str = ""
    logo: str = ""  # a PNG or JPEG file; printed if it exists
    city: str = "Katowice"  # printed before the date
    country: str = OFFICE_COUNTRY


@dataclass(frozen=True)
class Recipient:
    honorific: str = "none"  # ms | mr | none
    first_name: str = ""
    last_name: str = ""
    position: str = ""
    organisation: str = ""
    address: str = ""  # street lines
    postal_code: str = ""
    city: str = ""
    country: str = ""  # two letters; printed when not the office's country

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class Partner:
    """An organisation proposed as counterpart, and what it offers."""

    id: int
    name: str
    kind: str = "other"
    side: str = "other"
    city: str = ""
    country: str = ""
    website: str = ""
    description: str = ""  # who they are, why they fit, what they offer
    fields: tuple[str, ...] = ()  # names in the letter's language


@dataclass(frozen=True)
class Signer:
    name: str
    title: str = ""  # in the letter's language
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class InquiryFacts:
    id: int
    ref: str
    received_on: date
    subject: str
    side: str = "other"
    fields: tuple[str, ...] = ()  # names in the letter's language
    desired_counterpart: str = ""


@dataclass(frozen=True)
class TemplateText:
    id: int | None
    name: str
    subject: str
    body: str


@dataclass(frozen=True)
class LetterFacts:
    """Everything one letter says, as plain data. Overrides are final text, printed as typed."""

    language: str
    date: date
    letterhead: Letterhead
    recipient: Recipient
    inquiry: InquiryFacts
    template: TemplateText
    partners: tuple[Partner, ...] = ()
    signer: Signer | None = None
    subject_override: str | None = None
    body_override: str | None = None


@dataclass(frozen=True)
class LetterRequest:
    """One letter asked for: the inquiry and the choices made for it.

    Unset, the language is the inquiry's letter language and the template the language's
    first. Without partner_ids the letter says the office is looking for a counterpart
    (choosing one is the staff's judgement). subject and body, when given, are the final
    text of this letter, printed as typed.
    """

    inquiry_id: int
    language: str | None = None
    partner_ids: tuple[int, ...] = ()
    template_id: int | None = None
    subject: str | None = None
    body: str | None = None


@dataclass(frozen=True)
class RenderedLetter:
    text: str  # the letter as plain text, in reading order
    pdf: bytes


Renderer = Callable[[LetterFacts], RenderedLetter]


@dataclass(frozen=True)
class ProposalRow:
    id: int
    inquiry_id: int
    inquiry_ref: str
    number: int
    language: str
    template_id: int | None
    template_name: str | None
    partners: tuple[OrganisationBrief, ...]
    author: str | None  # login
    created_at: datetime
    sent_at: datetime | None
    sha256: str
    size: int

    @property
    def file_stem(self) -> str:
        return f"{self.inquiry_ref} proposal {self.number}"


# -- gathering the facts --------------------------------------------------------------------


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
    side_country = _SIDE_COUNTRY.get(inq.side, "")
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
            o.description,
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


# -- keeping what was made ------------------------------------------------------------------


def _to_row(session: Session, p: Proposal) -> ProposalRow:
    ref = session.scalar(select(Inquiry.ref).where(Inquiry.id == p.inquiry_id)) or ""
    names = session.execute(
        select(LetterTemplate.name, StaffMember.login)
        .select_from(Proposal)
        .outerjoin(LetterTemplate, LetterTemplate.id == Proposal.template_id)
        .outerjoin(StaffMember, StaffMember.id == Proposal.author_id)
        .where(Proposal.id == p.id)
    ).one()
    size = session.scalar(select(func.length(Proposal.pdf)).where(Proposal.id == p.id)) or 0
    partners = tuple(OrganisationBrief(o.id, o.name, o.city) for o in p.partners)
    return ProposalRow(
        p.id, p.inquiry_id, ref, p.number, p.language, p.template_id, names[0], partners,
        names[1], p.created_at, p.sent_at, p.sha256, int(size),
    )  # fmt: skip


def _add(
    session: Session, facts: LetterFacts, rendered: RenderedLetter, staff_id: int | None
) -> Proposal:
    inquiry_id = facts.inquiry.id
    changes.get_live(session, Inquiry, inquiry_id, inquiries.LABEL)  # still there?
    last = session.scalar(
        select(func.max(Proposal.number)).where(Proposal.inquiry_id == inquiry_id)
    )
    partners = [session.get(Organisation, p.id) for p in facts.partners]
    proposal = Proposal(
        inquiry_id=inquiry_id, number=(last or 0) + 1, language=facts.language,
        template_id=facts.template.id, rendered_text=rendered.text, pdf=rendered.pdf,
        sha256=hashlib.sha256(rendered.pdf).hexdigest(), author_id=staff_id,
        partners=[o for o in partners if o is not None],
    )  # fmt: skip
    session.add(proposal)
    session.flush()
    note = ", ".join(p.name for p in facts.partners)
    changes.record(
        session, staff_id, "letter", inquiry_id=inquiry_id,
        new=f"#{proposal.number} ({facts.language})", note=note,
    )  # fmt: skip
    return proposal


def record_proposals(
    db: Database,
    made: Sequence[tuple[LetterFacts, RenderedLetter]],
    *,
    actor: str | None = None,
) -> list[ProposalRow]:
    """Keep letters already rendered, all in one transaction (a batch: all or none)."""
    with db.write() as session:
        staff_id = changes.actor_id(session, actor)
        added = [_add(session, facts, rendered, staff_id) for facts, rendered in made]
        return [_to_row(session, p) for p in added]


def make_proposal(
    db: Database,
    request: LetterRequest,
    *,
    render: Renderer,
    actor: str | None = None,
    today: date | None = None,
) -> ProposalRow:
    """Make the letter, keep it as the inquiry's next version, note it in the timeline."""
    facts = letter_facts(db, request, actor=actor, today=today)
    rendered = render(facts)  # outside the write transaction: nobody waits for ReportLab
    return record_proposals(db, [(facts, rendered)], actor=actor)[0]


def with_overrides(
    facts: LetterFacts, *, subject: str | None = None, body: str | None = None
) -> LetterFacts:
    return replace(
        facts,
        subject_override=_override("subject", subject, templates.MAX_SUBJECT),
        body_override=_override("body", body, templates.MAX_BODY),
    )


# -- reading and sending --------------------------------------------------------------------


def list_proposals(db: Database, inquiry_id: int) -> list[ProposalRow]:
    """Every letter made for the inquiry, newest first (old versions stay readable)."""
    stmt = (
        select(Proposal)
        .where(Proposal.inquiry_id == inquiry_id)
        .options(defer(Proposal.pdf), defer(Proposal.rendered_text))
        .order_by(Proposal.number.desc())
    )
    with db.read() as session:
        return [_to_row(session, p) for p in session.scalars(stmt)]


def _get(session: Session, proposal_id: int) -> Proposal:
    proposal = session.get(Proposal, proposal_id)
    if proposal is None:
        raise errors.NotFoundError(f"{LABEL} {proposal_id} does not exist.")
    return proposal


def get_proposal(db: Database, proposal_id: int) -> ProposalRow:
    with db.read() as session:
        return _to_row(session, _get(session, proposal_id))


def get_pdf(db: Database, proposal_id: int) -> bytes:
    """The PDF exactly as it was made; a changed byte is reported, never handed out."""
    with db.read() as session:
        p = _get(session, proposal_id)
        if hashlib.sha256(p.pdf).hexdigest() != p.sha256:
            raise errors.DatabaseDamagedError(
                f"The stored letter #{p.number} of inquiry {p.inquiry_id} is damaged "
                "(its checksum does not match); make it again."
            )
        return bytes(p.pdf)


def get_text(db: Database, proposal_id: int) -> str:
    with db.read() as session:
        return _get(session, proposal_id).rendered_text


def mark_sent(
    db: Database, proposal_id: int, *, actor: str | None = None, today: date | None = None
) -> ProposalRow:
    """Mark the letter sent; an inquiry not yet that far moves to proposal_sent.

    The stage moves through core.inquiries, so the timeline shows it like any stage change.
    Marking a letter sent twice changes nothing.
    """
    with db.write() as session:
        staff_id = changes.actor_id(session, actor)
        p = _get(session, proposal_id)
        if p.sent_at is not None:
            return _to_row(session, p)
        p.sent_at = utcnow()
        changes.record(
            session, staff_id, "letter_sent", inquiry_id=p.inquiry_id, new=f"#{p.number}"
        )
        inquiry_id = p.inquiry_id
        inq = session.get(Inquiry, inquiry_id)
        move = inq is not None and inq.deleted_at is None and inq.stage in _BEFORE_SENT
    if move:
        inquiries.move_stage(db, inquiry_id, Stage.PROPOSAL_SENT, actor=actor, today=today)
    return get_proposal(db, proposal_id)
