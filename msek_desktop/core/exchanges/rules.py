"""What an exchange may hold: its values checked all at once (a Checker), amounts read as
staff write them, and the links to organisations, fields and the inquiry looked up."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from msek_desktop.core import errors, fields
from msek_desktop.core.models import Field, Inquiry, Organisation
from msek_desktop.core.validation import Checker
from msek_desktop.core.vocab import (
    CancelReason,
    Currency,
    ExchangeKind,
    ExchangeStatus,
    FundingSource,
)

LABEL = "Exchange"
PARTICIPANTS = (
    "planned_saint_etienne",
    "planned_katowice",
    "actual_saint_etienne",
    "actual_katowice",
)
# every key of an exchange's values, as create_exchange and update_exchange read them
KEYS = (
    "title", "kind", "status", "cancel_reason", "cancel_note", "starts_on", "ends_on",
    *PARTICIPANTS, "outcome", "moves_stage", "inquiry_id", "organisation_ids", "field_codes",
    "items", "funding",
)  # fmt: skip
AMOUNT_MAX = Decimal("9999999999.99")  # Numeric(12, 2)
# Spaces staff put between thousands (space, no-break space, narrow no-break space, as French
# and Polish write them); one comma or point is the decimal mark.
_SPACES = str.maketrans("", "", " \u00a0\u202f")
_AMOUNT = re.compile(r"[0-9]+(?:[.,][0-9]+)?")


def read_amount(value: object) -> Decimal:
    """An amount as staff write it: 1200, 1200.50, 1 200,50 (French, Polish), 1 200.5; a
    Decimal or an int as it is. Raises ValueError (its text a message code) for anything
    else: "1,200.50" and "1.200,50" are refused rather than guessed, a negative amount or
    one with more than 2 decimals too."""
    if isinstance(value, bool):
        raise ValueError("amount_format")
    if isinstance(value, int | float):
        value = str(value)
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, str):
        text = value.strip().translate(_SPACES)
        if text.startswith("-") and _AMOUNT.fullmatch(text[1:]):
            raise ValueError("amount_negative")
        if not _AMOUNT.fullmatch(text):
            raise ValueError("amount_format")
        number = Decimal(text.replace(",", "."))
    else:
        raise ValueError("amount_format")
    if not number.is_finite():
        raise ValueError("amount_format")
    if number < 0:
        raise ValueError("amount_negative")
    try:
        exact = number.quantize(Decimal("0.01"))
    except InvalidOperation:  # far beyond the column: quantize cannot hold it
        raise ValueError("amount_too_large") from None
    if exact != number:
        raise ValueError("amount_decimals")
    if exact > AMOUNT_MAX:
        raise ValueError("amount_too_large")
    return exact


def checked(values: Mapping[str, Any], check: Checker) -> dict[str, Any]:
    """The clean values of a whole exchange (every key of KEYS; those missing take their
    defaults), the errors added to `check`. The links (organisations, fields, inquiry) are
    only read here: whether they exist is `resolve_links`'."""
    out: dict[str, Any] = {}
    out["title"] = check.text("title", values.get("title"), required=True, max_len=300)
    out["kind"] = check.choice("kind", values.get("kind"), ExchangeKind, default="visit")
    out["status"] = check.choice("status", values.get("status"), ExchangeStatus, default="planned")
    out["cancel_reason"], out["cancel_note"] = None, ""
    if out["status"] == ExchangeStatus.CANCELLED:
        given = values.get("cancel_reason")
        if given is None or not str(given).strip():
            check.fail("cancel_reason", "required")
        else:
            out["cancel_reason"] = check.choice("cancel_reason", given, CancelReason)
        out["cancel_note"] = check.text("cancel_note", values.get("cancel_note"), max_len=2000)
    out["starts_on"] = check.date("starts_on", values.get("starts_on"))
    out["ends_on"] = check.date("ends_on", values.get("ends_on"))
    starts, ends = out["starts_on"], out["ends_on"]
    if starts is not None and ends is not None and ends < starts:
        check.fail("ends_on", "ends_before_starts", starts_on=starts.isoformat())
    for name in PARTICIPANTS:
        out[name] = check.integer(name, _count(values.get(name)), minimum=0, maximum=100_000)
    out["outcome"] = check.text("outcome", values.get("outcome"), max_len=20_000)
    out["moves_stage"] = _yes_no(check, "moves_stage", values.get("moves_stage", True))
    out["inquiry_id"] = check.integer("inquiry_id", _count(values.get("inquiry_id")), minimum=1)
    out["organisation_ids"] = _ids(check, values.get("organisation_ids"))
    out["field_codes"] = _codes(check, values.get("field_codes"))
    bounds = (starts, ends) if starts is not None and ends is not None and starts <= ends else None
    out["items"] = _items(check, values.get("items"), bounds)
    out["funding"] = _funding(check, values.get("funding"))
    return out


_YES_NO = {"yes": True, "true": True, "1": True, "no": False, "false": False, "0": False}


def _yes_no(check: Checker, field: str, value: Any) -> bool:
    """A yes or no: a bool, or yes/no, true/false, 1/0 written (None, empty: yes)."""
    if value is None or isinstance(value, bool):
        return value is not False
    text = str(value).strip().casefold()
    if text in _YES_NO or not text:
        return _YES_NO.get(text, True)
    check.fail(field, "choice", value=str(value), allowed="yes, no")
    return True


def _count(value: Any) -> Any:
    """A whole number as Checker.integer reads it (a text, an int, None)."""
    return str(value) if isinstance(value, float | Decimal) else value


def _listed(check: Checker, field: str, value: Any) -> Sequence[Any]:
    if value is None:
        return ()
    if isinstance(value, str | bytes | Mapping) or not isinstance(
        value, Sequence | set | frozenset
    ):
        raise TypeError(f"{field} must be a list, not {type(value).__name__}")
    return list(value)


def _ids(check: Checker, value: Any) -> list[int]:
    ids: list[int] = []
    for given in _listed(check, "organisation_ids", value):
        number = check.integer("organisation_ids", _count(given), minimum=1)
        if number is not None and number not in ids:
            ids.append(number)
    if not ids and not check.has("organisation_ids"):
        check.fail("organisation_ids", "required")
    return ids


def _codes(check: Checker, value: Any) -> list[str]:
    codes = [str(c).strip().lower() for c in _listed(check, "field_codes", value)]
    return list(dict.fromkeys(c for c in codes if c))


def _items(check: Checker, value: Any, bounds: tuple[date, date] | None) -> list[dict[str, Any]]:
    """The programme's items, by day; each day within `bounds` (the exchange's first and
    last days) when given."""
    out: list[dict[str, Any]] = []
    for number, item in enumerate(_listed(check, "items", value), start=1):
        if not isinstance(item, Mapping):
            raise TypeError(f"an item must be a mapping, not {type(item).__name__}")
        inner = Checker()
        day = inner.date("day", item.get("day"), required=True)
        place = inner.text("place", item.get("place"), max_len=200)
        what = inner.text("what", item.get("what"), max_len=5000)
        for error in inner.errors:
            check.fail("items", "item_problem", number=number, part=error.field,
                       problem=error.message)  # fmt: skip
        if bounds is not None and day is not None and not bounds[0] <= day <= bounds[1]:
            check.fail("items", "item_outside", number=number, day=str(day),
                       starts_on=str(bounds[0]), ends_on=str(bounds[1]))  # fmt: skip
        if day is not None:
            out.append({"day": day, "place": place, "what": what})
    out.sort(key=lambda i: i["day"])
    return out


def _funding(check: Checker, value: Any) -> list[dict[str, Any]]:
    out = []
    for number, line in enumerate(_listed(check, "funding", value), start=1):
        if not isinstance(line, Mapping):
            raise TypeError(f"a funding line must be a mapping, not {type(line).__name__}")
        inner = Checker()
        source = inner.choice("source", line.get("source"), FundingSource)
        currency = inner.choice("currency", line.get("currency"), Currency, default="EUR")
        note = inner.text("note", line.get("note"), max_len=300)
        amount = None
        given = line.get("amount")
        if given is not None and not (isinstance(given, str) and not given.strip()):
            try:
                amount = read_amount(given)
            except ValueError as refused:
                _amount_problem(inner, str(refused))
        for error in inner.errors:
            check.fail("funding", "funding_problem", number=number, part=error.field,
                       problem=error.message)  # fmt: skip
        out.append({"source": source, "amount": amount, "currency": currency, "note": note})
    return out


def _amount_problem(check: Checker, code: str) -> None:
    if code == "amount_negative":
        check.fail("amount", "at_least", minimum=0)
    elif code == "amount_too_large":
        check.fail("amount", "at_most", maximum=f"{AMOUNT_MAX:,}")
    else:
        check.fail("amount", code)


def resolve_links(
    session: Session,
    clean: dict[str, Any],
    check: Checker,
    kept: tuple[set[int], int | None] = (set(), None),
) -> None:
    """Look up what `clean` links to: its organisations (each existing and not deleted: read
    into clean["organisations"]), its fields (known codes: clean["fields"]) and its inquiry
    (existing, not deleted); what is missing goes to `check`. `kept`: the organisations and
    the inquiry an exchange already has, which may have gone to the bin since (an edit of
    the exchange keeps them; only a new link must be live)."""
    ids = clean["organisation_ids"]
    found = {
        o.id: o for o in session.scalars(select(Organisation).where(Organisation.id.in_(ids)))
    } if ids else {}  # fmt: skip
    for org_id in ids:
        org = found.get(org_id)
        if org is None or (org.deleted_at is not None and org_id not in kept[0]):
            check.fail("organisation_ids", "no_organisation", id=org_id)
    clean["organisations"] = [found[i] for i in ids if i in found]
    wanted: list[Field] = []
    with check.collecting():
        wanted = fields.resolve(session, clean["field_codes"], "field_codes")
    clean["fields"] = wanted
    inquiry_id = clean["inquiry_id"]
    if inquiry_id is not None:
        inq = session.get(Inquiry, inquiry_id)
        if inq is None or (inq.deleted_at is not None and inquiry_id != kept[1]):
            check.fail("inquiry_id", "no_inquiry", id=inquiry_id)


def field_errors(values: Mapping[str, Any]) -> dict[str, str]:
    """What create_exchange would refuse in `values` (a whole exchange's), by field, with
    nothing read or written: a form marks every field at once before saving. Whether the
    linked organisations, fields and inquiry exist is checked only when saving."""
    check = Checker()
    checked(values, check)
    try:
        check.raise_if_any()
    except errors.ValidationError as problem:
        return problem.by_field()
    return {}
