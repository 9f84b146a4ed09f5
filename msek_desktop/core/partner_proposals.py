"""Partners proposed for an inquiry, and how far each went.

Each organisation proposed as the partner of an inquiry has one PartnerProposal (one per
inquiry and organisation) with a state: proposed, contacted, interested, accepted, or declined
with a reason (vocab.DeclineReason; the other states clear it). Rules:

- the organisation is live, is not the inquiry's own (its organisation, or its contact's),
  and is on the inquiry's other side: Saint-Étienne for Katowice and the reverse; an
  inquiry from elsewhere takes either city (core.sides.partner_sides);
- proposing again an organisation already proposed keeps its one row, and moves its state
  only when a state is given and differs;
- every creation, change of state and withdrawal is one timeline entry (kind "partner",
  field "state", old → new, the reason and note as its note) that belongs to both the
  inquiry and the organisation (both ids set): it is in each one's timeline;
- a change made on an old copy (`expected_version`) is refused as any stale edit is;
- proposing never moves the inquiry's stage.

A letter that names partners records them through `note_letter`, inside the letter's own
write transaction: missing proposals are created, existing ones only move forward
(proposed < contacted < interested < accepted; a declined one stays declined).

Reading: for_inquiry, for_organisation; counts and history live in core.partner_history.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from msek_desktop.core import changes, inquiries, sides
from msek_desktop.core.db import Database
from msek_desktop.core.models import (
    Inquiry,
    Organisation,
    PartnerProposal,
    StaffMember,
    utcnow,
)
from msek_desktop.core.partner_history import HistoryItem, ProposalCounts, counts, history
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import DeclineReason, ProposalState, Side, TimelineKind

__all__ = [
    "LABEL", "HistoryItem", "PartnerProposalRow", "ProposalCounts", "counts", "for_inquiry",
    "for_organisation", "get", "history", "note_letter", "propose", "set_state", "withdraw",
]  # fmt: skip

LABEL = "Partner proposal"
# how far a proposal went, for moves that only go forward (a letter); declined is apart
FORWARD = (
    ProposalState.PROPOSED,
    ProposalState.CONTACTED,
    ProposalState.INTERESTED,
    ProposalState.ACCEPTED,
)
_SIDE_NAMES = {Side.SAINT_ETIENNE: "Saint-Étienne", Side.KATOWICE: "Katowice"}


@dataclass(frozen=True)
class PartnerProposalRow:
    id: int
    inquiry_id: int
    inquiry_ref: str
    inquiry_subject: str
    inquiry_stage: str
    organisation_id: int
    organisation_name: str
    organisation_city: str
    state: str
    decline_reason: str | None
    note: str
    state_at: datetime
    proposed_by: str | None  # the login of who proposed it; None for the system
    created_at: datetime
    version: int


# -- reading ----------------------------------------------------------------------------


def _select() -> Select[PartnerProposal, str, str, str, str, str, str | None]:
    p = PartnerProposal
    return (
        select(
            p, Inquiry.ref, Inquiry.subject, Inquiry.stage, Organisation.name,
            Organisation.city, StaffMember.login,
        )
        .join(Inquiry, p.inquiry_id == Inquiry.id)
        .join(Organisation, p.organisation_id == Organisation.id)
        .outerjoin(StaffMember, p.proposed_by_id == StaffMember.id)
    )  # fmt: skip


def _rows(
    session: Session, stmt: Select[PartnerProposal, str, str, str, str, str, str | None]
) -> list[PartnerProposalRow]:
    out = []
    for p, ref, subject, stage, name, city, login in session.execute(stmt):
        values = (p.id, p.inquiry_id, ref, subject, stage, p.organisation_id, name, city)
        rest = (p.state, p.decline_reason, p.note, p.state_at, login, p.created_at, p.version)
        out.append(PartnerProposalRow(*values, *rest))
    return out


def _row(session: Session, proposal_id: int) -> PartnerProposalRow:
    session.flush()
    (row,) = _rows(session, _select().where(PartnerProposal.id == proposal_id))
    return row


def get(db: Database, proposal_id: int) -> PartnerProposalRow:
    with db.read() as session:
        changes.get_one(session, PartnerProposal, proposal_id, LABEL)
        return _row(session, proposal_id)


def for_inquiry(db: Database, inquiry_id: int) -> list[PartnerProposalRow]:
    """The partners proposed for an inquiry, in the order they were proposed."""
    stmt = (
        _select()
        .where(PartnerProposal.inquiry_id == inquiry_id)
        .order_by(PartnerProposal.created_at, PartnerProposal.id)
    )
    with db.read() as session:
        return _rows(session, stmt)


def for_organisation(db: Database, organisation_id: int) -> list[PartnerProposalRow]:
    """The inquiries (not deleted) an organisation was proposed for, the latest news first."""
    stmt = (
        _select()
        .where(PartnerProposal.organisation_id == organisation_id, Inquiry.deleted_at.is_(None))
        .order_by(PartnerProposal.state_at.desc(), PartnerProposal.id.desc())
    )
    with db.read() as session:
        return _rows(session, stmt)


# -- writing ----------------------------------------------------------------------------


def _state(check: Checker, state: str | None) -> str | None:
    if state is None:
        return None
    text = state.strip().lower()
    if text not in set(ProposalState):
        allowed = ", ".join(ProposalState)
        check.fail("state", "unknown_code", value=state.strip(), allowed=allowed)
        return None
    return text


def _reason(check: Checker, state: str | None, reason: str | None) -> str | None:
    """The decline reason a declined proposal needs; None for any other state."""
    if state != ProposalState.DECLINED:
        return None
    text = (reason or "").strip().lower()
    allowed = ", ".join(DeclineReason)
    if not text:
        check.fail("decline_reason", "decline_reason", allowed=allowed)
        return None
    if text not in set(DeclineReason):
        check.fail("decline_reason", "unknown_code", value=(reason or "").strip(), allowed=allowed)
        return None
    return text


def _own_organisation(inq: Inquiry) -> int | None:
    return inq.organisation_id or (inq.contact.organisation_id if inq.contact else None)


def _wanted(inq: Inquiry) -> str:
    return " or ".join(_SIDE_NAMES[s] for s in sides.partner_sides(inq.side))


def _partners(
    session: Session, check: Checker, inq: Inquiry, organisation_ids: Sequence[int]
) -> list[Organisation]:
    """The organisations asked for, each checked: live, not the inquiry's own, on the other
    side. An id refused is an error of the field organisation_ids."""
    wanted = list(dict.fromkeys(organisation_ids))
    found = {
        o.id: o for o in session.scalars(select(Organisation).where(Organisation.id.in_(wanted)))
    }
    own = _own_organisation(inq)
    accepted = sides.partner_sides(inq.side)
    out = []
    for oid in wanted:
        org = found.get(oid)
        if org is None or org.deleted_at is not None:
            check.fail("organisation_ids", "no_organisation", id=oid)
        elif oid == own:
            check.fail("organisation_ids", "own_organisation", name=org.name)
        elif org.side not in accepted:
            check.fail(
                "organisation_ids", "same_side", name=org.name, side=org.side,
                wanted=_wanted(inq), wanted_sides=tuple(str(s) for s in accepted),
            )  # fmt: skip
        else:
            out.append(org)
    return out


def _entry(
    session: Session, staff_id: int | None, p: PartnerProposal, old: str, new: str, note: str = ""
) -> None:
    """The change's one timeline entry, in the inquiry's and the organisation's timelines."""
    changes.record(
        session, staff_id, TimelineKind.PARTNER.value, inquiry_id=p.inquiry_id,
        organisation_id=p.organisation_id, field="state", old=old, new=new, note=note,
    )  # fmt: skip


def _why(reason: str | None, note: str) -> str:
    return " — ".join(x for x in (reason or "", note) if x)


def _move(
    session: Session,
    staff_id: int | None,
    p: PartnerProposal,
    state: str,
    reason: str | None,
    note: str,
) -> None:
    """Give `p` its new state (the reason only when declined) with its timeline entry; no-op
    when nothing differs."""
    if (p.state, p.decline_reason) == (state, reason) and (not note or note == p.note):
        return
    old = p.state
    p.state, p.decline_reason, p.state_at = state, reason, utcnow()
    if note:
        p.note = note
    _entry(session, staff_id, p, old, state, _why(reason, note))


def propose(
    db: Database,
    inquiry_id: int,
    organisation_ids: Iterable[int],
    *,
    state: str | None = None,
    reason: str | None = None,
    note: str = "",
    actor: str | None = None,
) -> list[PartnerProposalRow]:
    """Propose organisations as partners of an inquiry: all of them or, if any is refused,
    none (a ValidationError naming each refused id or value).

    A new proposal gets `state` (proposed when not given); one already there keeps its row
    and moves to `state` only when `state` is given and differs. "declined" needs a `reason`
    (vocab.DeclineReason). Returns the proposals, in the order of `organisation_ids`.
    """
    ids = list(dict.fromkeys(organisation_ids))
    check = Checker()
    code = _state(check, state)
    why = _reason(check, code, reason)
    note = check.text("note", note, max_len=2000)
    if not ids:
        check.fail("organisation_ids", "required")
    check.raise_if_any()
    try:
        with db.write() as session:
            staff_id = changes.actor_id(session, actor)
            inq = changes.get_live(session, Inquiry, inquiry_id, inquiries.LABEL)
            orgs = _partners(session, check, inq, ids)
            check.raise_if_any()
            known = {
                p.organisation_id: p
                for p in session.scalars(
                    select(PartnerProposal).where(
                        PartnerProposal.inquiry_id == inq.id,
                        PartnerProposal.organisation_id.in_(ids),
                    )
                )
            }
            made = []
            for org in orgs:
                p = known.get(org.id)
                if p is None:
                    first = code or ProposalState.PROPOSED.value
                    p = PartnerProposal(
                        inquiry_id=inq.id, organisation_id=org.id, state=first,
                        decline_reason=why, note=note, state_at=utcnow(),
                        proposed_by_id=staff_id,
                    )  # fmt: skip
                    session.add(p)
                    session.flush()
                    _entry(session, staff_id, p, "", first, _why(why, note))
                elif code is not None:
                    _move(session, staff_id, p, code, why, note)
                made.append(p.id)
            session.flush()
            return [_row(session, pid) for pid in made]
    except StaleDataError as exc:  # another desk changed one of them meanwhile
        raise changes.conflict(f"{LABEL} for inquiry {inquiry_id}") from exc


def _editable(session: Session, proposal_id: int, expected_version: int | None) -> PartnerProposal:
    p = changes.get_one(session, PartnerProposal, proposal_id, LABEL)
    changes.check_version(p, expected_version, f"{LABEL} {proposal_id}")
    return p


def set_state(
    db: Database,
    proposal_id: int,
    state: str,
    *,
    reason: str | None = None,
    note: str = "",
    actor: str | None = None,
    expected_version: int | None = None,
) -> PartnerProposalRow:
    """Move a proposal to `state` (any state: staff correct mistakes too); "declined" needs
    a `reason`, the other states clear it. Refused when the proposal changed since
    `expected_version` was read."""
    check = Checker()
    code = _state(check, state)
    if code is None and not check.errors:
        check.fail("state", "required")
    why = _reason(check, code, reason)
    note = check.text("note", note, max_len=2000)
    check.raise_if_any()
    assert code is not None
    try:
        with db.write() as session:
            staff_id = changes.actor_id(session, actor)
            p = _editable(session, proposal_id, expected_version)
            _move(session, staff_id, p, code, why, note)
            return _row(session, p.id)
    except StaleDataError as exc:
        raise changes.conflict(f"{LABEL} {proposal_id}") from exc


def withdraw(
    db: Database, proposal_id: int, *, actor: str | None = None, expected_version: int | None = None
) -> None:
    """Remove a proposal made by mistake; both timelines keep that it was withdrawn."""
    try:
        with db.write() as session:
            staff_id = changes.actor_id(session, actor)
            p = _editable(session, proposal_id, expected_version)
            _entry(session, staff_id, p, p.state, "", "withdrawn")
            session.delete(p)
            session.flush()
    except StaleDataError as exc:
        raise changes.conflict(f"{LABEL} {proposal_id}") from exc


def note_letter(
    session: Session,
    inquiry_id: int,
    organisation_ids: Iterable[int],
    state: str,
    staff_id: int | None,
) -> None:
    """A letter naming these partners was made (inside the letter's write transaction, whose
    code checked the partners): a partner not yet proposed is proposed in `state`; one
    already proposed moves forward to `state` only (a declined one stays declined), with
    the timeline entries."""
    target = ProposalState(state)
    ids = list(dict.fromkeys(organisation_ids))
    if not ids:
        return
    known = {
        p.organisation_id: p
        for p in session.scalars(
            select(PartnerProposal).where(
                PartnerProposal.inquiry_id == inquiry_id,
                PartnerProposal.organisation_id.in_(ids),
            )
        )
    }
    for oid in ids:
        p = known.get(oid)
        if p is None:
            p = PartnerProposal(
                inquiry_id=inquiry_id, organisation_id=oid, state=target.value,
                decline_reason=None, note="", state_at=utcnow(), proposed_by_id=staff_id,
            )  # fmt: skip
            session.add(p)
            session.flush()
            _entry(session, staff_id, p, "", target.value, "letter")
        elif _forward(p.state, target):
            old = p.state
            p.state, p.state_at = target.value, utcnow()
            _entry(session, staff_id, p, old, target.value, "letter")
    session.flush()


def _forward(current: str, target: ProposalState) -> bool:
    if current == ProposalState.DECLINED or target is ProposalState.DECLINED:
        return False
    return FORWARD.index(target) > FORWARD.index(ProposalState(current))
