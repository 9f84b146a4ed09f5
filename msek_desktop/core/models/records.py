"""The office's records: staff, organisations, people, inquiries and what hangs on them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from msek_desktop.core.models.base import Base, SoftDeleted, Timestamped, Versioned, utcnow

organisation_fields = Table(
    "organisation_fields",
    Base.metadata,
    Column("organisation_id", ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True),
    Column("field_id", ForeignKey("fields.id", ondelete="CASCADE"), primary_key=True),
)

inquiry_fields = Table(
    "inquiry_fields",
    Base.metadata,
    Column("inquiry_id", ForeignKey("inquiries.id", ondelete="CASCADE"), primary_key=True),
    Column("field_id", ForeignKey("fields.id", ondelete="CASCADE"), primary_key=True),
)

proposal_partners = Table(
    "proposal_partners",
    Base.metadata,
    Column("proposal_id", ForeignKey("proposals.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisations.id"), primary_key=True),
)


class StaffMember(Versioned, Base):
    __tablename__ = "staff_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str]
    title_fr: Mapped[str] = mapped_column(default="")
    title_pl: Mapped[str] = mapped_column(default="")
    title_en: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(default=True)


class Field(Base):
    """A field of exchange (music, design, education ...); staff may add their own."""

    __tablename__ = "fields"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_fr: Mapped[str]
    name_pl: Mapped[str]
    name_en: Mapped[str]
    builtin: Mapped[bool] = mapped_column(default=False)


class Organisation(Versioned, SoftDeleted, Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="other")
    side: Mapped[str] = mapped_column(String(20), index=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    # The profile the partner ranking reads (core.partners): what they offer and seek (short
    # texts), tags (comma-separated), audiences and working languages (space-separated codes,
    # vocab.Audience and ISO 639-1), how many visitors they can host, active or not, and a
    # description per language (a letter prints only the one in its own language).
    offers: Mapped[str] = mapped_column(Text, default="")
    seeks: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(String(500), default="")
    audiences: Mapped[str] = mapped_column(String(100), default="")
    languages: Mapped[str] = mapped_column(String(60), default="")
    capacity: Mapped[int | None] = mapped_column(Integer, default=None)
    active: Mapped[bool] = mapped_column(default=True, server_default=true())
    description_fr: Mapped[str] = mapped_column(Text, default="")
    description_pl: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")

    fields: Mapped[list[Field]] = relationship(secondary=organisation_fields)
    contacts: Mapped[list[Contact]] = relationship(back_populates="organisation")


class Contact(Versioned, SoftDeleted, Base):
    """A person who wrote to the office or works at a partner organisation."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    honorific: Mapped[str] = mapped_column(String(10), default="none")
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    position: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="", index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    language: Mapped[str] = mapped_column(String(2), default="en")
    side: Mapped[str] = mapped_column(String(20))
    city: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # people's data (core.privacy): why the office keeps it (vocab.LegalBasis), and the ways
    # they refused to be contacted (vocab.CONTACT_PREFERENCES), which letters, emails and
    # batches respect
    legal_basis: Mapped[str] = mapped_column(
        String(20), default="own_request", server_default="own_request"
    )
    no_letters: Mapped[bool] = mapped_column(default=False, server_default=false())
    no_email: Mapped[bool] = mapped_column(default=False, server_default=false())
    no_phone: Mapped[bool] = mapped_column(default=False, server_default=false())

    organisation: Mapped[Organisation | None] = relationship(back_populates="contacts")


class RefCounter(Base):
    """Last inquiry number given per year, so a ref is never given twice."""

    __tablename__ = "ref_counters"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(default=0)


class Inquiry(Versioned, SoftDeleted, Base):
    __tablename__ = "inquiries"
    __table_args__ = (
        Index("ix_inquiries_stage_assignee", "stage", "assignee_id"),
        Index("ix_inquiries_received_on", "received_on"),
        # the default list order: live inquiries, newest first, without sorting 100,000 rows
        Index("ix_inquiries_live_received", "deleted_at", "received_on"),
        # the figures (core.figures): a year's inquiries counted from the index alone
        Index(
            "ix_inquiries_figures",
            *("deleted_at", "received_on", "stage", "side", "kind", "lost_reason"),
        ),
        Index("ix_inquiries_live_stage", "deleted_at", "stage"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(12), unique=True)
    received_on: Mapped[date]
    channel: Mapped[str] = mapped_column(String(20), default="email")
    kind: Mapped[str] = mapped_column(String(20), default="information")
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    side: Mapped[str] = mapped_column(String(20), index=True)
    subject: Mapped[str] = mapped_column(String(300))
    message: Mapped[str] = mapped_column(Text, default="")
    desired_counterpart: Mapped[str] = mapped_column(Text, default="")
    letter_language: Mapped[str] = mapped_column(String(2), default="en")
    stage: Mapped[str] = mapped_column(String(20), default="new")
    lost_reason: Mapped[str | None] = mapped_column(String(20), default=None)
    lost_note: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[str] = mapped_column(String(10), default="normal")
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"), index=True)
    closed_on: Mapped[date | None] = mapped_column(default=None)
    # when its person's data was taken out of it (erasure or retention, core.privacy): it
    # stays, anonymised, so the office's counts stay right
    anonymised_at: Mapped[datetime | None] = mapped_column(default=None)

    contact: Mapped[Contact | None] = relationship()
    organisation: Mapped[Organisation | None] = relationship()
    assignee: Mapped[StaffMember | None] = relationship()
    fields: Mapped[list[Field]] = relationship(secondary=inquiry_fields)
    follow_ups: Mapped[list[FollowUp]] = relationship(
        back_populates="inquiry", order_by="FollowUp.due_on"
    )


class FollowUp(Versioned, Base):
    __tablename__ = "follow_ups"
    __table_args__ = (
        Index("ix_follow_ups_open_due", "done_at", "due_on"),
        # an inquiry's next open follow-up, looked up for every listed inquiry
        Index("ix_follow_ups_inquiry_open", "inquiry_id", "done_at", "due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(
        ForeignKey("inquiries.id", ondelete="CASCADE"), index=True
    )
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"), index=True)
    due_on: Mapped[date]
    action: Mapped[str] = mapped_column(String(20), default="call")
    description: Mapped[str] = mapped_column(Text, default="")
    done_at: Mapped[datetime | None] = mapped_column(default=None)
    outcome: Mapped[str] = mapped_column(Text, default="")

    inquiry: Mapped[Inquiry] = relationship(back_populates="follow_ups")
    assignee: Mapped[StaffMember | None] = relationship()


# what answers an inquiry (core.figures.answers): a call or an email logged, a letter made, a
# follow-up done; a query must name these kinds as written here to use the index below
FIRST_ANSWER_KINDS = "kind IN ('call', 'email', 'letter', 'followup_done')"


# The timeline's partial indexes, by name: (columns, the rows indexed). An inquiry's first
# answer (core.figures): the answering entries only, by time; the entries about an inquiry, a
# person, an organisation: those naming one only.
PARTIAL_INDEXES = {
    "ix_timeline_entries_first_answer": (("inquiry_id", "at"), FIRST_ANSWER_KINDS),
    **{
        f"ix_timeline_entries_{column}": ((column,), f"{column} IS NOT NULL")
        for column in ("inquiry_id", "contact_id", "organisation_id")
    },
}


def add_server_conditions() -> None:
    """The office server's postgresql_where of PARTIAL_INDEXES (core.server.make_engine calls
    this). Not named in the class: a postgresql_ argument imports SQLAlchemy's PostgreSQL
    dialect with all its drivers (50 ms, 2 MB) into every program working on a file."""
    for index in Base.metadata.tables["timeline_entries"].indexes:
        partial = PARTIAL_INDEXES.get(str(index.name))
        if partial is not None:
            index.dialect_options["postgresql"]["where"] = text(partial[1])


class TimelineEntry(Base):
    """One thing that happened to an inquiry, contact or organisation, and who did it."""

    __tablename__ = "timeline_entries"
    __table_args__ = tuple(
        Index(name, *columns, sqlite_where=text(where))
        for name, (columns, where) in PARTIAL_INDEXES.items()
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    inquiry_id: Mapped[int | None] = mapped_column(ForeignKey("inquiries.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    kind: Mapped[str] = mapped_column(String(30))
    field: Mapped[str] = mapped_column(String(40), default="")
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")

    staff: Mapped[StaffMember | None] = relationship()


class LetterTemplate(Versioned, SoftDeleted, Base):
    """A template staff edit: a proposal letter's (purpose "letter") or an email's ("email":
    reply, proposal, followup, introduction), in one language, with the same placeholders."""

    __tablename__ = "letter_templates"
    __table_args__ = (UniqueConstraint("purpose", "language", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    purpose: Mapped[str] = mapped_column(String(10), default="letter", server_default="letter")
    language: Mapped[str] = mapped_column(String(2))
    name: Mapped[str] = mapped_column(String(100))
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)


class Proposal(Timestamped, Base):
    """A partnership proposal letter as it was made: kept, never rewritten."""

    __tablename__ = "proposals"

    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(ForeignKey("inquiries.id"), index=True)
    number: Mapped[int] = mapped_column(default=1)
    # proposal (to the requester, with partners), acknowledgement (to the requester, no
    # partner yet) or introduction (to a proposed partner, presenting the requester)
    kind: Mapped[str] = mapped_column(String(20), default="proposal", server_default="proposal")
    language: Mapped[str] = mapped_column(String(2))
    template_id: Mapped[int | None] = mapped_column(ForeignKey("letter_templates.id"))
    rendered_text: Mapped[str] = mapped_column(Text)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
    # a letter to a person since erased (core.privacy): its PDF is replaced by a tombstone
    # and its text emptied; sha256 stays the removed letter's, with when and who erased it
    erased_at: Mapped[datetime | None] = mapped_column(default=None)
    erased_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))

    partners: Mapped[list[Organisation]] = relationship(secondary=proposal_partners)


class PartnerProposal(Versioned, Base):
    """An organisation of the other side proposed as the partner of an inquiry, and how far it
    went: proposed, contacted, interested, accepted or declined (with a reason). One per
    inquiry and organisation; each change of state is also written to both timelines."""

    __tablename__ = "partner_proposals"
    __table_args__ = (
        UniqueConstraint("inquiry_id", "organisation_id"),
        # all the ranking's history of an organisation reads (core.partners.history.briefs)
        Index(
            "ix_partner_proposals_organisation_history",
            *("organisation_id", "state", "state_at", "created_at", "inquiry_id"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(
        ForeignKey("inquiries.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(String(20), default="proposed")
    decline_reason: Mapped[str | None] = mapped_column(String(20), default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    # when the state last changed: "declined recently", "asked N times without answer"
    state_at: Mapped[datetime] = mapped_column(default=utcnow)
    proposed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))

    inquiry: Mapped[Inquiry] = relationship()
    organisation: Mapped[Organisation] = relationship()


class ConsentRecord(Timestamped, Base):
    """A person's consent to one purpose (vocab.ConsentPurpose): given on a day and how
    (vocab.ConsentHow: form, email, letter, phone), perhaps withdrawn later and how. `source`
    is a free note (which form, whose email)."""

    __tablename__ = "consent_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    purpose: Mapped[str] = mapped_column(String(100))
    given_on: Mapped[date]
    source: Mapped[str] = mapped_column(String(200), default="")
    expires_on: Mapped[date | None] = mapped_column(default=None)
    withdrawn_on: Mapped[date | None] = mapped_column(default=None)
    given_how: Mapped[str] = mapped_column(String(20), default="", server_default="")
    withdrawn_how: Mapped[str] = mapped_column(String(20), default="", server_default="")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))


class Document(Base):
    """A file attached to an inquiry, an organisation or an exchange, kept inside the database
    so backups hold it. Its bytes are loaded only when asked for (deferred). Removing it moves
    it to the bin (deleted_at), from which it is purged after 30 days."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[int | None] = mapped_column(
        ForeignKey("inquiries.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    exchange_id: Mapped[int | None] = mapped_column(
        ForeignKey("exchanges.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None, index=True)
    deleted_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))


class Setting(Versioned, Base):
    """One office setting as JSON text; keys and defaults are declared in core.settings."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
