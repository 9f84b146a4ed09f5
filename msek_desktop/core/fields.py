"""Fields of exchange: the UNESCO creative fields, the office's own, and staff additions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from msek_desktop.core import errors
from msek_desktop.core.db import Database
from msek_desktop.core.models import Field, utcnow
from msek_desktop.core.rows import FieldRow
from msek_desktop.core.search import fold
from msek_desktop.core.validation import Checker


def to_row(f: Field) -> FieldRow:
    return FieldRow(f.id, f.code, f.name_fr, f.name_pl, f.name_en, f.builtin)


def list_fields(db: Database) -> list[FieldRow]:
    with db.read() as session:
        return [to_row(f) for f in session.scalars(select(Field).order_by(Field.id))]


def resolve(session: Session, codes: Iterable[str], field_name: str = "fields") -> list[Field]:
    """The Field records for these codes; an unknown code is a validation error."""
    wanted = [c.strip().lower() for c in codes if c and c.strip()]
    if not wanted:
        return []
    found = {f.code: f for f in session.scalars(select(Field).where(Field.code.in_(wanted)))}
    unknown = [c for c in wanted if c not in found]
    if unknown:
        raise errors.ValidationError.coded(field_name, "unknown_fields", names=", ".join(unknown))
    return sorted(found.values(), key=lambda f: f.id)  # as they read back: by id


def apply(
    session: Session, record: Any, values: Mapping[str, Any], diff: list[tuple[str, str, str]]
) -> None:
    """Give `record` (an inquiry, an organisation) the fields values["fields"] names, when it
    names them; a change is added to `diff` and bumps the record's version (its row changed)."""
    if "fields" not in values:
        return
    wanted = resolve(session, values["fields"] or ())
    old = ", ".join(f.code for f in record.fields)
    record.fields = wanted
    new = ", ".join(f.code for f in record.fields)
    if old != new:
        diff.append(("fields", old, new))
        record.updated_at = utcnow()


def add_field(db: Database, name_fr: str, name_pl: str, name_en: str) -> FieldRow:
    """A staff-defined field; its code is made from the English name."""
    check = Checker()
    names = {
        "name_fr": check.text("name_fr", name_fr, required=True, max_len=100),
        "name_pl": check.text("name_pl", name_pl, required=True, max_len=100),
        "name_en": check.text("name_en", name_en, required=True, max_len=100),
    }
    check.raise_if_any()
    code = re.sub(r"[^a-z0-9]+", "_", fold(names["name_en"])).strip("_")[:40] or "field"
    with db.write() as session:
        if session.scalar(select(Field.id).where(Field.code == code)):
            raise errors.ValidationError.single("name_en", f"a field {code!r} already exists")
        new = Field(code=code, builtin=False, **names)
        session.add(new)
        session.flush()
        return to_row(new)
