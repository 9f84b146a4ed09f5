"""An organisation's record as a partner: how often it was proposed and how it answered
(counts), and its whole history (inquiries it sent, proposals it received, letters naming it
or written about its inquiries), each read with a few set-based queries. core.partner_proposals
re-exports these names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy import func, or_, select

from msek_desktop.core.db import Database
from msek_desktop.core.models import Contact, Inquiry, PartnerProposal, Proposal, proposal_partners
from msek_desktop.core.vocab import ProposalState


@dataclass(frozen=True)
class ProposalCounts:
    """How often an organisation was proposed (every proposal of it), and how many of those
    proposals are now in each state."""

    proposed: int = 0
    contacted: int = 0
    interested: int = 0
    accepted: int = 0
    declined: int = 0


@dataclass(frozen=True)
class HistoryItem:
    """One thing in an organisation's history. kind "inquiry": an inquiry it sent (state: its
    stage, detail: why it was lost); "proposal": it was proposed as a partner (state: the
    proposal's state, detail: the decline reason); "letter": a letter naming it as a partner
    or written about its inquiry (state: the letter's kind, detail: the letter's number)."""

    at: datetime
    kind: str
    inquiry_id: int
    ref: str
    subject: str
    state: str
    detail: str


def counts(db: Database, organisation_id: int) -> ProposalCounts:
    """How many times the organisation was proposed for an inquiry (not deleted), and how
    many of those proposals are now contacted, interested, accepted, declined."""
    stmt = (
        select(PartnerProposal.state, func.count())
        .join(Inquiry, PartnerProposal.inquiry_id == Inquiry.id)
        .where(PartnerProposal.organisation_id == organisation_id, Inquiry.deleted_at.is_(None))
        .group_by(PartnerProposal.state)
    )
    with db.read() as session:
        by_state = {str(state): int(n) for state, n in session.execute(stmt)}
    return ProposalCounts(
        proposed=sum(by_state.values()),
        contacted=by_state.get(ProposalState.CONTACTED, 0),
        interested=by_state.get(ProposalState.INTERESTED, 0),
        accepted=by_state.get(ProposalState.ACCEPTED, 0),
        declined=by_state.get(ProposalState.DECLINED, 0),
    )


_KIND_ORDER = {"letter": 0, "proposal": 1, "inquiry": 2}  # same moment: the latest step first


def history(db: Database, organisation_id: int) -> list[HistoryItem]:
    """The organisation's history, newest first: the inquiries it sent (its own, or of its
    people), the proposals of it as a partner, and the letters naming it as a partner or
    written about its inquiries. Deleted inquiries and what hangs on them are left out."""
    live = Inquiry.deleted_at.is_(None)
    people = select(Contact.id).where(Contact.organisation_id == organisation_id)
    own = or_(Inquiry.organisation_id == organisation_id, Inquiry.contact_id.in_(people))
    items: list[HistoryItem] = []
    with db.read() as session:
        sent = session.execute(
            select(
                Inquiry.id, Inquiry.ref, Inquiry.subject, Inquiry.stage, Inquiry.received_on,
                Inquiry.lost_reason,
            ).where(own, live)
        )  # fmt: skip
        for iid, ref, subject, stage, received, lost in sent:
            at = datetime.combine(received, time())
            items.append(HistoryItem(at, "inquiry", iid, ref, subject, stage, lost or ""))
        proposed = session.execute(
            select(
                PartnerProposal.state_at, PartnerProposal.inquiry_id, Inquiry.ref,
                Inquiry.subject, PartnerProposal.state, PartnerProposal.decline_reason,
            )
            .join(Inquiry, PartnerProposal.inquiry_id == Inquiry.id)
            .where(PartnerProposal.organisation_id == organisation_id, live)
        )  # fmt: skip
        for at, iid, ref, subject, state, reason in proposed:
            items.append(HistoryItem(at, "proposal", iid, ref, subject, state, reason or ""))
        naming = select(proposal_partners.c.proposal_id).where(
            proposal_partners.c.organisation_id == organisation_id
        )
        letters = session.execute(
            select(
                Proposal.created_at, Proposal.inquiry_id, Inquiry.ref, Inquiry.subject,
                Proposal.kind, Proposal.number,
            )
            .join(Inquiry, Proposal.inquiry_id == Inquiry.id)
            .where(live, or_(Proposal.id.in_(naming), own))
        )  # fmt: skip
        for at, iid, ref, subject, kind, number in letters:
            items.append(HistoryItem(at, "letter", iid, ref, subject, kind, str(number)))
    items.sort(key=lambda i: (i.at, _KIND_ORDER[i.kind], i.inquiry_id), reverse=True)
    return items
