"""Keeping every letter as it was made (PDF, SHA-256, partners, author, a number per
inquiry), reading it back, and marking it sent."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer

from msek_desktop.core import changes, inquiries, partner_proposals
from msek_desktop.core.db import Database
from msek_desktop.core.models import (
    Inquiry,
    LetterTemplate,
    Organisation,
    Proposal,
    StaffMember,
    utcnow,
)
from msek_desktop.core.proposals import shaping
from msek_desktop.core.proposals.facts import (
    INTRODUCTION,
    PROPOSAL,
    LetterFacts,
    LetterRequest,
    ProposalRow,
    RenderedLetter,
    Renderer,
)
from msek_desktop.core.proposals.gathering import letter_facts
from msek_desktop.core.rows import OrganisationBrief
from msek_desktop.core.vocab import Stage

LABEL = "Proposal"
# Sending a letter moves an inquiry to proposal_sent only from the stages before it.
_BEFORE_SENT = (Stage.NEW, Stage.QUALIFYING, Stage.MATCHING)


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
        names[1], p.created_at, p.sent_at, p.sha256, int(size), p.kind,
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
        inquiry_id=inquiry_id, number=(last or 0) + 1, kind=facts.kind, language=facts.language,
        template_id=facts.template.id, rendered_text=rendered.text, pdf=rendered.pdf,
        sha256=hashlib.sha256(rendered.pdf).hexdigest(), author_id=staff_id,
        partners=[o for o in partners if o is not None],
    )  # fmt: skip
    session.add(proposal)
    session.flush()
    note = ", ".join(p.name for p in facts.partners)
    changes.record(
        session, staff_id, "letter", inquiry_id=inquiry_id,
        new=shaping.letter_entry(proposal.number, facts.language), note=note,
    )  # fmt: skip
    _note_partners(session, facts, staff_id)
    return proposal


# A letter moves the partners it names forward: proposed to the requester, contacted when
# written to (core.partner_proposals.note_letter, in the letter's transaction).
_PARTNER_STATE = {PROPOSAL: "proposed", INTRODUCTION: "contacted"}


def _note_partners(session: Session, facts: LetterFacts, staff_id: int | None) -> None:
    state = _PARTNER_STATE.get(facts.kind)
    if state is None or not facts.partners:
        return
    partner_proposals.note_letter(
        session, facts.inquiry.id, [p.id for p in facts.partners], state, staff_id
    )


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
    channel: str | None = "letter",
) -> ProposalRow:
    """Make the letter, keep it as the inquiry's next version, note it in the timeline; a
    person who refused `channel` (the letter attached to an email: None) is refused."""
    facts = letter_facts(db, request, actor=actor, today=today, channel=channel)
    rendered = render(facts)  # outside the write transaction: nobody waits for ReportLab
    return record_proposals(db, [(facts, rendered)], actor=actor)[0]


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


def get_live_proposal(session: Session, proposal_id: int) -> Proposal:
    return changes.get_one(session, Proposal, proposal_id, LABEL)


def get_proposal(db: Database, proposal_id: int) -> ProposalRow:
    with db.read() as session:
        return _to_row(session, get_live_proposal(session, proposal_id))


def get_pdf(db: Database, proposal_id: int) -> bytes:
    """The PDF exactly as it was made; a changed byte is reported, never handed out. A
    letter erased with its person (core.privacy) gives its tombstone (sha256: the removed's)."""
    with db.read() as session:
        p = get_live_proposal(session, proposal_id)
        if p.erased_at is None and hashlib.sha256(p.pdf).hexdigest() != p.sha256:
            raise shaping.damaged(p.number, p.inquiry_id)
        return bytes(p.pdf)


def get_text(db: Database, proposal_id: int) -> str:
    with db.read() as session:
        return get_live_proposal(session, proposal_id).rendered_text


def mark_sent(
    db: Database, proposal_id: int, *, actor: str | None = None, today: date | None = None
) -> ProposalRow:
    """Mark the letter sent; an inquiry not yet that far moves to proposal_sent.

    The stage moves through core.inquiries, so the timeline shows it like any stage change.
    Marking a letter sent twice changes nothing.
    """
    with db.write() as session:
        staff_id = changes.actor_id(session, actor)
        p = get_live_proposal(session, proposal_id)
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
