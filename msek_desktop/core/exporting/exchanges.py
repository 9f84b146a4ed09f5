"""Exchanges as an export table: one row per live exchange, in the columns the exchanges
import reads (core.importing.exchanges), so an export imports again.

Organisations are named by their own side (one column per side, names joined by "; "), the
fields by their codes (", "), the funding as "source: amount currency (note)" lines joined
by "; " (the amount and the note only when there is one: "own_funds", "erasmus_plus: 12000.00
EUR"; without an amount, a currency other than EUR alone: "katowice_city: PLN"). The
programme is one cell, an item a line "day | place | what" (exchange_programme). The inquiry
is named by its ref; moves_stage is "no" once staff keep the status and the inquiry's stage
as they set them (the dates no longer move them).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from msek_desktop.core.exporting.batches import in_batches
from msek_desktop.core.exporting.exchange_programme import programme_text
from msek_desktop.core.models import (
    Exchange,
    ExchangeFunding,
    ExchangeItem,
    Field,
    Inquiry,
    Organisation,
    exchange_fields,
    exchange_organisations,
)
from msek_desktop.core.search import fold
from msek_desktop.core.vocab import Side

# one column per side, in this order: the organisations of the exchange that are on it
SIDE_COLUMNS: dict[str, str] = {
    Side.SAINT_ETIENNE.value: "organisations_saint_etienne",
    Side.KATOWICE.value: "organisations_katowice",
    Side.OTHER.value: "organisations_other",
}
NAMES_JOIN = "; "
FUNDING_JOIN = "; "
DEFAULT_CURRENCY = "EUR"  # a funding line's when it says none (ExchangeFunding.currency)

HEADERS: tuple[str, ...] = (
    "title", "kind", "status", "cancel_reason", "cancel_note", "starts_on", "ends_on",
    "programme", *SIDE_COLUMNS.values(), "fields", "planned_saint_etienne", "planned_katowice",
    "actual_saint_etienne", "actual_katowice", "funding", "outcome", "inquiry_ref",
    "moves_stage",
)  # fmt: skip


def funding_text(source: str, amount: Decimal | None, currency: str, note: str) -> str:
    """One funding line as the export writes it and the import reads it."""
    text = source
    if amount is not None:
        text += f": {amount:.2f} {currency}"
    elif currency != DEFAULT_CURRENCY:  # no amount yet, but it will be in that currency
        text += f": {currency}"
    if note:
        text += f" ({note})"
    return text


def _organisations(session: Session, ids: list[int]) -> dict[int, dict[str, list[str]]]:
    eo = exchange_organisations
    stmt = (
        select(eo.c.exchange_id, Organisation.name, Organisation.side)
        .join(Organisation, Organisation.id == eo.c.organisation_id)
        .where(eo.c.exchange_id.in_(ids))
    )
    out: dict[int, dict[str, list[str]]] = {}
    for exchange_id, name, side in session.execute(stmt):
        out.setdefault(exchange_id, {}).setdefault(side, []).append(name)
    for sides in out.values():
        for names in sides.values():
            names.sort(key=lambda n: (fold(n), n))
    return out


def _fields(session: Session, ids: list[int]) -> dict[int, str]:
    ef = exchange_fields
    stmt = (
        select(ef.c.exchange_id, Field.code)
        .join(Field, Field.id == ef.c.field_id)
        .where(ef.c.exchange_id.in_(ids))
        .order_by(ef.c.exchange_id, Field.id)
    )
    out: dict[int, list[str]] = {}
    for exchange_id, code in session.execute(stmt):
        out.setdefault(exchange_id, []).append(code)
    return {k: ", ".join(v) for k, v in out.items()}


def _funding(session: Session, ids: list[int]) -> dict[int, str]:
    f = ExchangeFunding
    stmt = (
        select(f.exchange_id, f.source, f.amount, f.currency, f.note)
        .where(f.exchange_id.in_(ids))
        .order_by(f.exchange_id, f.id)
    )
    out: dict[int, list[str]] = {}
    for exchange_id, source, amount, currency, note in session.execute(stmt):
        out.setdefault(exchange_id, []).append(funding_text(source, amount, currency, note))
    return {k: FUNDING_JOIN.join(v) for k, v in out.items()}


def _programmes(session: Session, ids: list[int]) -> dict[int, str]:
    i = ExchangeItem
    stmt = (
        select(i.exchange_id, i.day, i.place, i.what)
        .where(i.exchange_id.in_(ids))
        .order_by(i.exchange_id, i.day, i.id)
    )
    out: dict[int, list[tuple[date, str, str]]] = {}
    for exchange_id, day, place, what in session.execute(stmt):
        out.setdefault(exchange_id, []).append((day, place, what))
    return {k: programme_text(v) for k, v in out.items()}


def exchange_rows(session: Session) -> Iterator[tuple[Any, ...]]:
    """Every live exchange, by first day (those without dates last), in HEADERS' order;
    read a batch at a time, with the organisations, fields, funding and programmes of its
    exchanges."""
    e = Exchange
    stmt = (
        select(
            e.id, e.title, e.kind, e.status, e.cancel_reason, e.cancel_note, e.starts_on,
            e.ends_on, e.planned_saint_etienne, e.planned_katowice, e.actual_saint_etienne,
            e.actual_katowice, e.outcome, Inquiry.ref, e.moves_stage,
        )
        .outerjoin(Inquiry, Inquiry.id == e.inquiry_id)
        .where(e.deleted_at.is_(None))
        .order_by(e.starts_on.is_(None), e.starts_on, e.id)
    )  # fmt: skip
    for batch in in_batches(session, stmt):
        ids = [r[0] for r in batch]
        orgs, codes = _organisations(session, ids), _fields(session, ids)
        funding, programmes = _funding(session, ids), _programmes(session, ids)
        for r in batch:
            sides = orgs.get(r[0], {})
            named = [NAMES_JOIN.join(sides.get(side, ())) for side in SIDE_COLUMNS]
            yield (
                *r[1:8], programmes.get(r[0], ""), *named, codes.get(r[0], ""), *r[8:12],
                funding.get(r[0], ""), r[12], r[13], r[14],
            )  # fmt: skip
