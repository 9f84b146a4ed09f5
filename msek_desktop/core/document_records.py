"""The record a document is attached to (core.documents): exactly one inquiry, organisation
or exchange, which must exist and not be in the bin to take a document."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from msek_desktop.core import changes
from msek_desktop.core.models import Inquiry, Organisation
from msek_desktop.core.models.exchanges import Exchange

# a link: the record's model, its kind (as the refusal names it), the column that names it
RECORDS: dict[str, tuple[type[Inquiry | Organisation | Exchange], str, str]] = {
    "inquiry_id": (Inquiry, "inquiry", "ref"),
    "organisation_id": (Organisation, "organisation", "name"),
    "exchange_id": (Exchange, "exchange", "title"),
}


def target(
    inquiry_id: int | None, organisation_id: int | None, exchange_id: int | None = None
) -> dict[str, int]:
    """The one link given ({"exchange_id": 4}); ValueError (a wiring mistake) otherwise."""
    given = {"inquiry_id": inquiry_id, "organisation_id": organisation_id}
    links = {k: v for k, v in {**given, "exchange_id": exchange_id}.items() if v is not None}
    if len(links) != 1:
        raise ValueError("a document belongs to exactly one inquiry, organisation or exchange")
    return links


def in_bin(session: Session, link: str, record_id: int) -> dict[str, Any] | None:
    """What the refusal of a record in the bin says (what, kind, name); None when it is
    live. NotFoundError when there is no such record."""
    model, kind, naming = RECORDS[link]
    record = changes.get_one(session, model, record_id, kind.capitalize())
    if record.deleted_at is None:
        return None
    name = str(getattr(record, naming))
    what = name if kind == "organisation" else f"The {kind} {name}"
    return {"what": what, "kind": kind, "name": name}


def entry_inquiry(session: Session, inquiry_id: int | None, exchange_id: int | None) -> int | None:
    """The inquiry whose timeline tells of a document: its own, or its exchange's."""
    if exchange_id is None:
        return inquiry_id
    return session.get_one(Exchange, exchange_id).inquiry_id
