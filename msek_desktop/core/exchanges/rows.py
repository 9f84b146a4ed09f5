"""What the exchanges' services give back: plain frozen values, read whole in their
transaction (nothing loads lazily once it has ended)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class OrganisationBrief:
    """An organisation of an exchange, with its own side (vocab.Side)."""

    id: int
    name: str
    side: str


@dataclass(frozen=True)
class ExchangeRow:
    """One exchange as lists show it."""

    id: int
    title: str
    kind: str
    status: str
    starts_on: date | None
    ends_on: date | None
    inquiry_id: int | None
    inquiry_ref: str | None
    organisations: tuple[OrganisationBrief, ...]  # by name
    fields: tuple[str, ...]  # codes, in the fields' own order (by id)
    planned_saint_etienne: int | None
    planned_katowice: int | None
    actual_saint_etienne: int | None
    actual_katowice: int | None
    cancel_reason: str | None
    version: int
    deleted: bool


@dataclass(frozen=True)
class ItemRow:
    """One item of an exchange's programme."""

    day: date
    place: str
    what: str


@dataclass(frozen=True)
class FundingRow:
    """One source of an exchange's funding; the amount exact, or None when not known."""

    source: str
    amount: Decimal | None
    currency: str
    note: str


@dataclass(frozen=True)
class ExchangeDetail:
    """One exchange whole, as its form shows it."""

    row: ExchangeRow
    cancel_note: str
    outcome: str
    moves_stage: bool
    items: tuple[ItemRow, ...]  # by day
    funding: tuple[FundingRow, ...]  # as entered
