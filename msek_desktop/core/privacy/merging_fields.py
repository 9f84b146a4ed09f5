"""The fields of two duplicates side by side, the value a merge keeps of each, and records as
JSON (core.privacy.merging).

Each field is chosen "keep" (the surviving record's value) or "other" (the merged one's); by
default the survivor's value, or the other's when the survivor's is empty. A few defaults
differ: a refusal to be written, emailed or called (no_letters, no_email, no_phone) that
either record holds is kept; notes written on both are joined ("both"); an organisation's
tags, audiences and languages are joined too. An organisation's fields of exchange are always
the union of both.

Records are kept as JSON (snapshot) with every column, dates and times as ISO text, and read
back to the same Python values (values_of).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table

from msek_desktop.core import errors
from msek_desktop.core.models import Contact, Organisation

KEEP, OTHER, BOTH = "keep", "other", "both"
NOTES_MAX = 5000  # as the person form allows (core.contacts)
NOTES_SEPARATOR = "\n\n"

# field -> English label, in the order a window shows them
PERSON_FIELDS: dict[str, str] = {
    "honorific": "Form of address", "first_name": "First name", "last_name": "Last name",
    "organisation_id": "Organisation", "position": "Position", "email": "Email",
    "phone": "Phone", "language": "Language", "side": "Side", "city": "City",
    "legal_basis": "Legal basis", "no_letters": "No letters", "no_email": "No email",
    "no_phone": "No phone calls", "notes": "Notes",
}  # fmt: skip
ORGANISATION_FIELDS: dict[str, str] = {
    "name": "Name", "kind": "Kind", "address": "Address", "postal_code": "Postal code",
    "city": "City", "country": "Country", "website": "Website", "email": "Email",
    "phone": "Phone", "offers": "Offers", "seeks": "Seeks", "tags": "Tags",
    "audiences": "Audiences", "languages": "Languages", "capacity": "Capacity",
    "active": "Active", "description_fr": "Description (French)",
    "description_pl": "Description (Polish)", "description_en": "Description (English)",
}  # fmt: skip
REFUSALS = ("no_letters", "no_email", "no_phone")  # either record's refusal is kept
JOINED_TEXT = ("notes",)  # both records' text, one after the other
JOINED_LISTS = {"tags": ", ", "audiences": " ", "languages": " "}
FIELDS = {"person": PERSON_FIELDS, "organisation": ORGANISATION_FIELDS}
MODELS: dict[str, Any] = {
    "person": Contact,
    "organisation": Organisation,
}
UNSET = ("version", "updated_at")  # never set back by hand: the ORM moves them on


def kind_of(kind: str) -> str:
    if kind not in FIELDS:
        raise errors.UserError(f"Unknown kind of record {kind!r}: person or organisation.")
    return kind


def _empty(value: Any) -> bool:
    return value is None or value == ""


def _split(field: str, value: str) -> list[str]:
    sep = JOINED_LISTS[field].strip() or None
    return [p.strip() for p in (value or "").split(sep) if p.strip()]


def _joined(field: str, keep: Any, other: Any) -> Any:
    if field in JOINED_LISTS:
        parts = dict.fromkeys([*_split(field, keep), *_split(field, other)])
        return JOINED_LISTS[field].join(parts)
    if _empty(keep) or keep == other:
        return other if _empty(keep) else keep
    if _empty(other):
        return keep
    return f"{keep}{NOTES_SEPARATOR}{other}"


def default_choice(field: str, keep: Any, other: Any) -> str:
    """What a merge takes of `field` when not told: see the module."""
    if keep == other:
        return KEEP
    if field in REFUSALS:
        return OTHER if (other and not keep) else KEEP
    if field in JOINED_TEXT or field in JOINED_LISTS:
        return (
            BOTH
            if not (_empty(keep) or _empty(other))
            else (KEEP if other in ("", None) else OTHER)
        )
    return OTHER if _empty(keep) else KEEP


def allowed(field: str) -> tuple[str, ...]:
    return (KEEP, OTHER, BOTH) if field in JOINED_TEXT or field in JOINED_LISTS else (KEEP, OTHER)


def checked_choices(kind: str, choices: Mapping[str, str] | None) -> dict[str, str]:
    """`choices` (field -> keep|other|both), each field and choice known; a UserError naming
    the first that is not."""
    fields = FIELDS[kind]
    out: dict[str, str] = {}
    for field, choice in (choices or {}).items():
        if field not in fields:
            raise errors.UserError(
                f"{field!r} is not a field of a {kind} that a merge chooses; one of: "
                + ", ".join(fields)
            )
        if choice not in allowed(field):
            raise errors.UserError(
                f"{field}: choose {' or '.join(allowed(field))}, not {choice!r}."
            )
        out[field] = choice
    return out


def chosen_value(field: str, choice: str, keep: Any, other: Any) -> Any:
    if choice == BOTH:
        return _joined(field, keep, other)
    return other if choice == OTHER else keep


@dataclass(frozen=True)
class FieldChoice:
    """One field of two duplicates: both values (as stored), the default choice and the
    choices allowed."""

    field: str
    label: str
    keep: Any
    other: Any
    default: str
    choices: tuple[str, ...]

    @property
    def differs(self) -> bool:
        return bool(self.keep != self.other)


def field_choices(kind: str, keep: Any, other: Any) -> list[FieldChoice]:
    """Every field a merge of `other` into `keep` (ORM records) chooses, in order."""
    out = []
    for field, label in FIELDS[kind].items():
        a, b = getattr(keep, field), getattr(other, field)
        out.append(FieldChoice(field, label, a, b, default_choice(field, a, b), allowed(field)))
    return out


def merged_values(kind: str, keep: Any, other: Any, choices: Mapping[str, str]) -> dict[str, Any]:
    """The survivor's values after the merge, for the fields that change."""
    out = {}
    for choice in field_choices(kind, keep, other):
        how = choices.get(choice.field, choice.default)
        value = chosen_value(choice.field, how, choice.keep, choice.other)
        if value != choice.keep:
            out[choice.field] = value
    notes = out.get("notes")
    if isinstance(notes, str) and len(notes) > NOTES_MAX:
        raise errors.UserError(
            f"The notes of both people joined would be {len(notes)} characters (at most "
            f"{NOTES_MAX}): keep the notes of one of them, or shorten them first."
        )
    return out


# -- records as JSON ------------------------------------------------------------------


def _encode(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def snapshot(obj: Any) -> dict[str, Any]:
    """Every column of an ORM record, as JSON values."""
    table: Table = obj.__table__
    return {c.key: _encode(getattr(obj, c.key)) for c in table.columns}


def _decode(kind: type, value: Any) -> Any:
    if value is None:
        return None
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is Decimal:
        return Decimal(value)
    if kind is bool:
        return bool(value)
    return value


def values_of(model: Any, data: Mapping[str, Any]) -> dict[str, Any]:
    """A snapshot read back: column -> Python value."""
    table: Table = model.__table__
    return {c.key: _decode(c.type.python_type, data[c.key]) for c in table.columns if c.key in data}
