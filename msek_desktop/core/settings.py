"""Office settings, declared once as data: key, default, kind, label.

The Settings screen is generated from SETTINGS; values are stored as JSON text in the
settings table, so a missing key simply reads as its default.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from msek_desktop.core import errors, logo, roles
from msek_desktop.core.db import Database
from msek_desktop.core.models import Setting
from msek_desktop.core.validation import Checker


@dataclass(frozen=True)
class Declared:
    key: str
    default: Any
    kind: str  # text | multiline | email | phone | language | logo | integer
    label: str


SETTINGS: tuple[Declared, ...] = (
    Declared("office.name", "Maison de Saint-Étienne à Katowice", "text", "Office name"),
    Declared(
        "office.address",
        "ul. Mariacka 1\n40-014 Katowice\nPolska",
        "multiline",
        "Office address",
    ),
    Declared("office.phone", "", "phone", "Office phone"),
    Declared("office.email", "", "email", "Office email"),
    Declared("office.website", "", "text", "Office website"),
    Declared("office.logo", "", "logo", "Letterhead logo (PNG or JPEG)"),
    Declared("office.city", "Katowice", "text", "City printed before the date of letters"),
    Declared("letters.default_language", "pl", "language", "Default letter language"),
    Declared("backups.keep_daily", 7, "integer", "Daily backups kept"),
    # core.privacy.retention: closed inquiries and their people are anonymised this many years
    # after they closed (0: kept until someone erases them)
    Declared(
        "people.retention_years",
        5,
        "integer",
        "Years closed inquiries and their people are kept",
    ),
)
BY_KEY = {d.key: d for d in SETTINGS}


def _clean(key: str, value: Any) -> Any:
    declared = BY_KEY.get(key)
    if declared is None:
        raise errors.UserError(f"There is no setting {key!r}.")
    check = Checker()
    if declared.kind == "email":
        out: Any = check.email(key, value)
    elif declared.kind == "phone":
        out = check.phone(key, value, region="PL")
    elif declared.kind == "language":
        out = check.choice(key, value, ("fr", "pl", "en"))
    elif declared.kind == "integer":
        out = check.integer(key, value, required=True, minimum=0, maximum=1000)
    else:
        limit = 1000 if declared.kind == "multiline" else 300
        out = check.text(key, value, max_len=limit)
    check.raise_if_any()
    if declared.kind == "logo" and out:
        # Checked on every save: a letterhead that cannot print its logo is refused here,
        # with the reason, rather than discovered on the next letter.
        problem = logo.problem(out)
        if problem is not None:
            raise errors.ValidationError([errors.FieldError(key, problem.coded())])
    return out


def load(db: Database) -> dict[str, Any]:
    """Every declared setting: stored value, else default."""
    values = {d.key: d.default for d in SETTINGS}
    with db.read() as session:
        for row in session.scalars(select(Setting)):
            if row.key in values:
                values[row.key] = json.loads(row.value)
    return values


def save(db: Database, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Validate all, then store all; nothing is written if one value is invalid. On the
    office server, for admins only."""
    roles.require_admin(db, "Changing the office settings")
    clean = {key: _clean(key, value) for key, value in changes.items()}
    with db.write() as session:
        for key, value in clean.items():
            row = session.get(Setting, key)
            text = json.dumps(value, ensure_ascii=False)
            if row is None:
                session.add(Setting(key=key, value=text))
            elif row.value != text:
                row.value = text
    return load(db)
