"""The other direction: the inquiries an organisation could answer ("who could this
conservatory help?"), each scored as suggest_partners would score the organisation for it.

The inquiries still looking for a partner (LOOKING, the POOL most recent) are read in a few
statements (their columns and their person's language, their fields, their requester
organisations' profiles), scored without reasons, and only those listed are explained.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from msek_desktop.core import changes, organisations, sides
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries.listing import row_of
from msek_desktop.core.models import Contact, Inquiry, Organisation
from msek_desktop.core.partners.history import (
    NO_HISTORY,
    History,
    histories,
    states_of_organisation,
)
from msek_desktop.core.partners.ranking import (
    MESSAGE_READ,
    Profile,
    inquiry_field_codes,
    make_ask,
    order,
    profiles,
    texts_of,
)
from msek_desktop.core.partners.scoring import Candidate, Reason, scaled, score
from msek_desktop.core.rows import InquiryRow
from msek_desktop.core.vocab import Side, Stage

# The inquiries still looking for a partner: those an organisation's panel offers it.
LOOKING = (Stage.NEW, Stage.QUALIFYING, Stage.MATCHING, Stage.PROPOSAL_SENT)
POOL = 1000  # inquiries looked at for one organisation: the most recent still looking


@dataclass(frozen=True)
class InquiryFit:
    inquiry: InquiryRow
    score: float
    reasons: tuple[Reason, ...]


def _asking_sides(side: str) -> list[str]:
    """The sides whose inquiries look for partners on `side`."""
    return [s.value for s in Side if side in sides.partner_sides(s.value)]


def _pool(session: Session, org: Organisation) -> list[Any]:
    i, c = Inquiry, Contact
    stmt = (
        select(i.id, i.organisation_id, i.letter_language, c.language, i.subject,
               i.desired_counterpart, func.substr(i.message, 1, MESSAGE_READ), i.received_on)
        .outerjoin(c, c.id == i.contact_id)
        .where(
            i.deleted_at.is_(None),
            i.stage.in_([s.value for s in LOOKING]),
            i.side.in_(_asking_sides(org.side)),
            (i.organisation_id != org.id) | i.organisation_id.is_(None),
        )
        .order_by(i.received_on.desc(), i.id.desc())
        .limit(POOL)
    )  # fmt: skip
    return list(session.connection().execute(stmt).all())


def _history(session: Session, today: date, org_id: int, inquiry_id: int) -> History:
    """The organisation's history without this inquiry's own proposal."""
    found = histories(session, today, besides=inquiry_id, organisations=[org_id])
    return found.get(org_id, NO_HISTORY)


def inquiries_for_organisation(
    db: Database, organisation_id: int, *, limit: int = 10, today: date | None = None
) -> list[InquiryFit]:
    """The inquiries of the other side still looking for a partner (LOOKING; the POOL most
    recent) that this organisation fits, best first (then the most recent)."""
    today = today or date.today()
    with db.read() as session:
        org = changes.get_live(session, Organisation, organisation_id, organisations.LABEL)
        pool = _pool(session, org)
        fields = inquiry_field_codes(session, [r[0] for r in pool])
        asking = {r[1] for r in pool if r[1] is not None}
        live = select(Organisation.id).where(
            Organisation.id.in_(asking), Organisation.deleted_at.is_(None)
        )
        requesters: dict[int, Profile] = {p[0]: p for p in profiles(session, live)}
        (me,) = profiles(session, [org.id])
        c = Candidate(*me, *texts_of(session, [org.id])[org.id])
        states = states_of_organisation(session, org.id)
        whole = histories(session, today, organisations=[org.id]).get(org.id, NO_HISTORY)
        scored = []
        for iid, requester, letters, person, subject, desired, message, received in pool:
            ask = make_ask(
                iid, requesters.get(requester), fields.get(iid, ()), (letters, person),
                subject, desired, message or "",
            )  # fmt: skip
            h = _history(session, today, org.id, iid) if iid in states else whole
            raw = score(ask, c, h, states.get(iid), today)[0]
            scored.append((order(raw, c.active), received, iid, ask, h))
        scored.sort(key=lambda s: (-s[0], -s[1].toordinal(), -s[2]))
        out = []
        for _order, _day, iid, ask, h in scored[: max(0, limit)]:
            raw, reasons = score(ask, c, h, states.get(iid), today, explain=True)
            out.append(InquiryFit(row_of(session, iid), scaled(raw), reasons))
        return out
