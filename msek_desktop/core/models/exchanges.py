"""Exchanges: what happened after an inquiry was agreed (who went where, when, how many, with
what funding, how it went), and the office's yearly highlights for its activity report."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Column, ForeignKey, Integer, Numeric, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from msek_desktop.core.models.base import Base, SoftDeleted, Versioned
from msek_desktop.core.models.records import Field, Inquiry, Organisation

exchange_organisations = Table(
    "exchange_organisations",
    Base.metadata,
    Column("exchange_id", ForeignKey("exchanges.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisations.id"), primary_key=True),
)

exchange_fields = Table(
    "exchange_fields",
    Base.metadata,
    Column("exchange_id", ForeignKey("exchanges.id", ondelete="CASCADE"), primary_key=True),
    Column("field_id", ForeignKey("fields.id", ondelete="CASCADE"), primary_key=True),
)


class Exchange(Versioned, SoftDeleted, Base):
    """One exchange between organisations of the two sides (each organisation's side is its
    own), usually born of an agreed inquiry. Its status (vocab.ExchangeStatus) is planned,
    running, completed or cancelled (with a reason, vocab.CancelReason, and a note). Dates:
    from-to, both optional while planned; programme items detail them. Participants by side,
    planned and actual (None: not known)."""

    __tablename__ = "exchanges"

    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[int | None] = mapped_column(
        ForeignKey("inquiries.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="visit")
    status: Mapped[str] = mapped_column(String(20), default="planned", index=True)
    cancel_reason: Mapped[str | None] = mapped_column(String(20), default=None)
    cancel_note: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[date | None] = mapped_column(default=None, index=True)
    ends_on: Mapped[date | None] = mapped_column(default=None, index=True)
    planned_saint_etienne: Mapped[int | None] = mapped_column(Integer, default=None)
    planned_katowice: Mapped[int | None] = mapped_column(Integer, default=None)
    actual_saint_etienne: Mapped[int | None] = mapped_column(Integer, default=None)
    actual_katowice: Mapped[int | None] = mapped_column(Integer, default=None)
    outcome: Mapped[str] = mapped_column(Text, default="")
    # False once staff set the inquiry's stage by hand against the exchange's dates: the
    # exchange then no longer moves it (core.exchanges)
    moves_stage: Mapped[bool] = mapped_column(default=True)

    inquiry: Mapped[Inquiry | None] = relationship()
    organisations: Mapped[list[Organisation]] = relationship(secondary=exchange_organisations)
    fields: Mapped[list[Field]] = relationship(secondary=exchange_fields)
    items: Mapped[list[ExchangeItem]] = relationship(
        back_populates="exchange", order_by="ExchangeItem.day", cascade="all, delete-orphan"
    )
    funding: Mapped[list[ExchangeFunding]] = relationship(
        back_populates="exchange", order_by="ExchangeFunding.id", cascade="all, delete-orphan"
    )


class ExchangeItem(Base):
    """One item of an exchange's programme: a day, a place, what happens."""

    __tablename__ = "exchange_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    exchange_id: Mapped[int] = mapped_column(
        ForeignKey("exchanges.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[date]
    place: Mapped[str] = mapped_column(String(200), default="")
    what: Mapped[str] = mapped_column(Text, default="")

    exchange: Mapped[Exchange] = relationship(back_populates="items")


class ExchangeFunding(Base):
    """One source of an exchange's funding (vocab.FundingSource); the amount optional, in EUR
    or PLN, exact (Numeric, never a float)."""

    __tablename__ = "exchange_funding"

    id: Mapped[int] = mapped_column(primary_key=True)
    exchange_id: Mapped[int] = mapped_column(
        ForeignKey("exchanges.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    note: Mapped[str] = mapped_column(String(300), default="")

    exchange: Mapped[Exchange] = relationship(back_populates="funding")


class YearHighlights(Versioned, Base):
    """What staff write about a year for its activity report, per language."""

    __tablename__ = "year_highlights"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    language: Mapped[str] = mapped_column(String(2), primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
