"""Plain rows handed to the front ends: frozen dataclasses, never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from msek_desktop.core.vocab import CLOSED_STAGES


@dataclass(frozen=True)
class StaffRow:
    id: int
    login: str
    full_name: str
    title_fr: str
    title_pl: str
    title_en: str
    email: str
    phone: str
    active: bool
    version: int

    def title(self, language: str) -> str:
        return str(getattr(self, f"title_{language}", "") or self.title_en)


@dataclass(frozen=True)
class FieldRow:
    id: int
    code: str
    name_fr: str
    name_pl: str
    name_en: str
    builtin: bool


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    kind: str
    side: str
    address: str
    postal_code: str
    city: str
    country: str
    website: str
    email: str
    phone: str
    fields: tuple[str, ...]
    version: int
    deleted_at: datetime | None = None
    # the profile (models.Organisation): audiences and languages as code tuples
    offers: str = ""
    seeks: str = ""
    tags: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    capacity: int | None = None
    active: bool = True
    description_fr: str = ""
    description_pl: str = ""
    description_en: str = ""

    def description(self, language: str) -> str:
        """The description in `language` (fr, pl, en), "" when it is not written."""
        return str(getattr(self, f"description_{language}", ""))


@dataclass(frozen=True)
class ContactRow:
    id: int
    honorific: str
    first_name: str
    last_name: str
    organisation_id: int | None
    organisation_name: str | None
    position: str
    email: str
    phone: str
    language: str
    side: str
    city: str
    notes: str
    version: int
    deleted_at: datetime | None = None
    # why the office keeps their data (vocab.LegalBasis) and the ways they refused to be
    # contacted (core.privacy.consent.may_contact)
    legal_basis: str = "own_request"
    no_letters: bool = False
    no_email: bool = False
    no_phone: bool = False

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class ContactBrief:
    id: int
    first_name: str
    last_name: str
    email: str
    phone: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class OrganisationBrief:
    id: int
    name: str
    city: str


@dataclass(frozen=True)
class InquiryRow:
    id: int
    ref: str
    received_on: date
    channel: str
    kind: str
    side: str
    subject: str
    stage: str
    priority: str
    assignee: str | None
    assignee_name: str | None
    next_followup: date | None
    contact: ContactBrief | None
    organisation: OrganisationBrief | None
    fields: tuple[str, ...]
    lost_reason: str | None
    closed_on: date | None
    version: int
    deleted_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.stage not in CLOSED_STAGES


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    inquiry_id: int
    inquiry_ref: str
    inquiry_subject: str
    assignee: str | None
    due_on: date
    action: str
    description: str
    done_at: datetime | None
    outcome: str
    version: int

    def is_overdue(self, today: date) -> bool:
        return self.done_at is None and self.due_on < today


@dataclass(frozen=True)
class WaitingInquiry:
    """An inquiry as My day lists it: what it is about and who wrote."""

    id: int
    ref: str
    received_on: date
    stage: str
    subject: str
    contact: str
    organisation: str
    version: int


@dataclass(frozen=True)
class Waiting:
    """The first inquiries of a list (my_day.LIMIT), oldest first, and how many there are in all."""

    rows: tuple[WaitingInquiry, ...]
    total: int


@dataclass(frozen=True)
class TimelineRow:
    """One timeline entry. `organisation_name`: for an entry on an inquiry that also names an
    organisation (a partner proposed, its state changed or withdrawn), that organisation's
    name; "" otherwise. `inquiry_ref`: read in an organisation's history (core.history), the
    ref of the inquiry such an entry is about; "" otherwise."""

    id: int
    at: datetime
    who: str | None
    kind: str
    field: str
    old_value: str
    new_value: str
    note: str
    organisation_name: str = ""
    inquiry_ref: str = ""


@dataclass(frozen=True)
class InquiryDetail:
    row: InquiryRow
    message: str
    desired_counterpart: str
    letter_language: str
    lost_note: str
    contact: ContactRow | None
    organisation: OrganisationRow | None
    follow_ups: tuple[FollowUpRow, ...] = field(default=())
    timeline: tuple[TimelineRow, ...] = field(default=())
