"""The facts a letter is made of, as plain data; what was asked for (LetterRequest) and
what was kept (ProposalRow)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # core.rows (many dataclasses) is not needed to make a letter
    from msek_desktop.core.rows import OrganisationBrief

OFFICE_COUNTRY = "PL"

# What a letter is (models.Proposal.kind): to the person who asked, proposing partners; to
# the person who asked, acknowledging the request while the office looks for a partner; to a
# proposed partner, introducing the person who asked.
PROPOSAL, ACKNOWLEDGEMENT, INTRODUCTION = "proposal", "acknowledgement", "introduction"
KINDS = (PROPOSAL, ACKNOWLEDGEMENT, INTRODUCTION)
# Whom a letter is written to (LetterRequest.to)
TO_REQUESTER, TO_PARTNER = "requester", "partner"


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
    # who they are, why they fit, what they offer: in the letter's language only ("" when
    # that one is not written; never another language's)
    description: str = ""
    fields: tuple[str, ...] = ()  # names in the letter's language


@dataclass(frozen=True)
class Signer:
    name: str
    title: str = ""  # in the letter's language
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Requester:
    """The person who asked, as an introduction letter presents them to a partner."""

    name: str = ""
    position: str = ""
    organisation: str = ""
    city: str = ""
    country: str = ""  # two letters
    email: str = ""
    phone: str = ""
    # their organisation's description in the letter's language ("" when not written)
    description: str = ""


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
    kind: str = PROPOSAL  # PROPOSAL, ACKNOWLEDGEMENT or INTRODUCTION
    # an introduction's subject: the person who asked (the recipient is the partner)
    requester: Requester | None = None


@dataclass(frozen=True)
class LetterRequest:
    """One letter asked for: the inquiry and the choices made for it.

    To the requester (to="requester"), the letter proposes the organisations partner_ids; with
    none it is an acknowledgement: the office has the request and is looking for a
    counterpart. To a partner (to="partner", partner_ids holding that one organisation), it
    is an introduction: it presents the person who asked to the organisation, in the
    organisation's language (its side's) unless `language` says otherwise.

    Unset, the language of a letter to the requester is the inquiry's letter language.
    template_id chooses among the staff's templates of proposal letters; acknowledgements
    and introductions use the shipped wording of their kind (template_id does not apply).
    subject and body, when given, are the final text of this letter, printed as typed.
    """

    inquiry_id: int
    language: str | None = None
    partner_ids: tuple[int, ...] = ()
    template_id: int | None = None
    subject: str | None = None
    body: str | None = None
    to: str = TO_REQUESTER  # TO_REQUESTER or TO_PARTNER

    @property
    def kind(self) -> str:
        return letter_kind(self.to, bool(self.partner_ids))


def letter_kind(to: str, has_partners: bool) -> str:
    """models.Proposal.kind of a letter to `to` (TO_REQUESTER or TO_PARTNER): an introduction
    to a partner; to the person who asked, a proposal with partners, else an acknowledgement."""
    if to == TO_PARTNER:
        return INTRODUCTION
    return PROPOSAL if has_partners else ACKNOWLEDGEMENT


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
    kind: str = PROPOSAL

    @property
    def file_stem(self) -> str:
        return f"{self.inquiry_ref} {self.kind} {self.number}"
