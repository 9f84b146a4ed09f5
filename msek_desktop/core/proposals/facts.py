"""The facts a letter is made of, as plain data; what was asked for (LetterRequest) and
what was kept (ProposalRow)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from msek_desktop.core.rows import OrganisationBrief

OFFICE_COUNTRY = "PL"


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
