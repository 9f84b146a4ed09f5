"""Changing exchanges: creating one, updating it (a stale edit refused), deleting and
restoring it; each followed by its status and its inquiry's stage (following.settle)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from msek_desktop.core import changes
from msek_desktop.core.db import Database
from msek_desktop.core.exchanges.following import settle
from msek_desktop.core.exchanges.reading import detail_of
from msek_desktop.core.exchanges.rows import ExchangeDetail, ExchangeRow
from msek_desktop.core.exchanges.rules import KEYS, LABEL, PARTICIPANTS, checked, resolve_links
from msek_desktop.core.models import Exchange, ExchangeFunding, ExchangeItem, utcnow
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import TimelineKind

# the field of the timeline entry an exchange's inquiry gets when it is deleted or restored
BINNED, RESTORED = "deleted", "restored"
_COLUMNS = (
    "title", "kind", "status", "cancel_reason", "cancel_note", "starts_on", "ends_on",
    *PARTICIPANTS, "outcome", "moves_stage", "inquiry_id",
)  # fmt: skip


def _known_keys(values: Mapping[str, Any]) -> None:
    unknown = sorted(set(values) - set(KEYS))
    if unknown:  # a wiring mistake, not the user's
        raise ValueError(f"unknown exchange values: {', '.join(unknown)}")


def _clean(
    session: Session, values: Mapping[str, Any], ex: Exchange | None = None
) -> dict[str, Any]:
    """`values` (a whole exchange's) checked, its links looked up (those `ex` has may be in
    the bin): every error at once."""
    check = Checker()
    clean = checked(values, check)
    kept = ({o.id for o in ex.organisations}, ex.inquiry_id) if ex is not None else (set(), None)
    resolve_links(session, clean, check, kept)
    check.raise_if_any()
    return clean


def values_of(ex: Exchange) -> dict[str, Any]:
    """An exchange's values as create_exchange takes them."""
    out: dict[str, Any] = {name: getattr(ex, name) for name in _COLUMNS}
    out["organisation_ids"] = [o.id for o in ex.organisations]
    out["field_codes"] = [f.code for f in ex.fields]
    out["items"] = [{"day": i.day, "place": i.place, "what": i.what} for i in ex.items]
    out["funding"] = [
        {"source": f.source, "amount": f.amount, "currency": f.currency, "note": f.note}
        for f in ex.funding
    ]
    return out


def _assign(ex: Exchange, clean: dict[str, Any]) -> bool:
    """Give `ex` the clean values; whether anything changed."""
    changed = bool(changes.apply(ex, {name: clean[name] for name in _COLUMNS}))
    if [o.id for o in ex.organisations] != [o.id for o in clean["organisations"]]:
        ex.organisations = clean["organisations"]
        changed = True
    if {f.id for f in ex.fields} != {f.id for f in clean["fields"]}:
        ex.fields = clean["fields"]
        changed = True
    items = [(i.day, i.place, i.what) for i in ex.items]
    if items != [(i["day"], i["place"], i["what"]) for i in clean["items"]]:
        ex.items = [ExchangeItem(**i) for i in clean["items"]]
        changed = True
    funding = [(f.source, f.amount, f.currency, f.note) for f in ex.funding]
    wanted = [(f["source"], f["amount"], f["currency"], f["note"]) for f in clean["funding"]]
    if funding != wanted:
        ex.funding = [ExchangeFunding(**f) for f in clean["funding"]]
        changed = True
    return changed


def create_exchange(
    db: Database, values: Mapping[str, Any], *, actor: str | None = None, today: date | None = None
) -> ExchangeDetail:
    """A new exchange of `values` (missing keys take their defaults: a planned visit that
    follows its dates); a timeline entry on its inquiry; its status and the inquiry's stage
    as its dates give them `today`. ValidationError with every field's error, nothing
    written."""
    _known_keys(values)
    with db.write() as session:
        staff_id = changes.actor_id(session, actor)
        clean = _clean(session, values)
        ex = Exchange()
        _assign(ex, clean)
        session.add(ex)
        session.flush()
        settle(session, ex, staff_id, today or date.today(), None)
        session.flush()
        return detail_of(session, ex.id)


def update_exchange(
    db: Database,
    exchange_id: int,
    values: Mapping[str, Any],
    *,
    actor: str | None = None,
    expected_version: int | None = None,
    today: date | None = None,
) -> ExchangeDetail:
    """Change the values given (the others kept; lists given are replaced whole), checked
    with the kept ones as a whole exchange. ConflictError when someone saved it since
    `expected_version`, NotFoundError when it is missing or deleted, ValidationError with
    every field's error; nothing written then."""
    _known_keys(values)
    try:
        with db.write() as session:
            staff_id = changes.actor_id(session, actor)
            ex = changes.get_live(session, Exchange, exchange_id, LABEL)
            changes.check_version(ex, expected_version, f"{LABEL} {ex.title!r}")
            clean = _clean(session, {**values_of(ex), **values}, ex)
            before = ex.status
            if _assign(ex, clean):
                ex.updated_at = utcnow()  # the row changes: its version too
            settle(session, ex, staff_id, today or date.today(), before)
            session.flush()
            return detail_of(session, ex.id)
    except StaleDataError as exc:  # another desk saved it between our read and our write
        raise changes.conflict(f"{LABEL} {exchange_id}") from exc


def set_deleted(
    db: Database, exchange_id: int, deleted: bool, *, actor: str | None = None
) -> ExchangeRow:
    """Move an exchange to the bin (deleted=True) or restore it, with a timeline entry on its
    inquiry (field BINNED or RESTORED, its title as the note); a restored one follows its
    dates again. A deleted exchange moves no inquiry and is not listed unless asked."""
    try:
        with db.write() as session:
            staff_id = changes.actor_id(session, actor)
            ex = changes.get_one(session, Exchange, exchange_id, LABEL)
            if (ex.deleted_at is not None) != deleted:
                ex.deleted_at = utcnow() if deleted else None
                if ex.inquiry_id is not None:
                    changes.record(
                        session, staff_id, TimelineKind.EXCHANGE.value, inquiry_id=ex.inquiry_id,
                        field=BINNED if deleted else RESTORED, note=ex.title,
                    )  # fmt: skip
                if not deleted:
                    settle(session, ex, staff_id, date.today(), ex.status)
            session.flush()
            return detail_of(session, ex.id).row
    except StaleDataError as exc:
        raise changes.conflict(f"{LABEL} {exchange_id}") from exc
