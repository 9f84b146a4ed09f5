"""What Write email… offers on a record: the templates by their window names, the record the
email is written from, and the introductions it allows (a partner of an inquiry, or an inquiry
an organisation was proposed for)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from msek_desktop.core import partner_proposals
from msek_desktop.core.partner_proposals import PartnerProposalRow
from msek_desktop.core.vocab import ProposalState
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr

LINKS = ("inquiry_id", "contact_id", "organisation_id")
TEMPLATES = {
    "reply": lambda: tr("EmailDialog", "Reply"),
    "proposal": lambda: tr("EmailDialog", "Proposal"),
    "followup": lambda: tr("EmailDialog", "Follow-up"),
    "introduction": lambda: tr("EmailDialog", "Introduction to a partner"),
}
ATTACHED_BY_DEFAULT = "proposal"  # the template the letter goes with unless unticked


@dataclass(frozen=True)
class Target:
    """The record an email is written from (and its "Email sent" logged on)."""

    link: str  # one of LINKS
    id: int

    def links(self) -> dict[str, int]:
        return {self.link: self.id}


@dataclass(frozen=True)
class Partner:
    """One introduction that can be written: its label and the records it is between."""

    label: str
    inquiry_id: int
    organisation_id: int


def partners_of(ctx: AppContext, target: Target) -> list[Partner]:
    """The introductions the record allows: an inquiry's partners proposed (not declined),
    or the inquiries an organisation was proposed for; a person has none."""
    label: Callable[[PartnerProposalRow], str]
    if target.link == "inquiry_id":
        rows = partner_proposals.for_inquiry(ctx.db, target.id)
        label = _partner_label
    elif target.link == "organisation_id":
        rows = partner_proposals.for_organisation(ctx.db, target.id)
        label = _inquiry_label
    else:
        return []
    return [
        Partner(label(p), p.inquiry_id, p.organisation_id)
        for p in rows
        if p.state != ProposalState.DECLINED
    ]


def _partner_label(p: PartnerProposalRow) -> str:
    return " — ".join(x for x in (p.organisation_name, p.organisation_city) if x)


def _inquiry_label(p: PartnerProposalRow) -> str:
    return f"{p.inquiry_ref} — {p.inquiry_subject}"
