"""Fixtures the Exchanges screen's and the exchange form's tests share (imported by name into
those modules): an office database with a staff member, a school on each side, an agreed
inquiry of the Katowice school, and the window's context on a fixed day."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from msek_desktop.core import contacts, exchanges, inquiries, organisations, staff
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages

TODAY = date(2026, 12, 5)
MARKS = [
    pytest.mark.usefixtures("asked"),
    pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)"),
]


@dataclass(frozen=True)
class Office:
    massenet: int  # Conservatoire Massenet, Saint-Étienne
    lodz: int  # Zespół Szkół Muzycznych w Łodzi, Katowice side
    inquiry: int  # the Łódź school's inquiry, agreed


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Database:
    database = new_database(tmp_path / "t.db")
    staff.create_staff(database, {"login": "anna", "full_name": "Anna Kowalska"})
    return database


@pytest.fixture
def ctx(db: Database, languages: Languages) -> AppContext:
    languages.switch("en")  # British dates (27/11/2026), as the window shows them
    return AppContext(db, "anna", languages, today=lambda: TODAY)


@pytest.fixture
def office(db: Database) -> Office:
    massenet = organisations.create_organisation(
        db, {"name": "Conservatoire Massenet", "side": "saint_etienne", "city": "Saint-Étienne"}
    )
    lodz = organisations.create_organisation(
        db, {"name": "Zespół Szkół Muzycznych w Łodzi", "side": "katowice", "city": "Łódź"}
    )
    ewa = contacts.create_contact(
        db, {"first_name": "Ewa", "last_name": "Wiśniewska", "side": "katowice",
             "organisation_id": lodz.id},
    )  # fmt: skip
    inquiry = inquiries.create_inquiry(
        db, {"subject": "Chór szkolny w Saint-Étienne", "contact_id": ewa.id,
             "received_on": "2026-09-10", "fields": ["music"]},
        actor="anna",
    )  # fmt: skip
    inquiries.move_stage(db, inquiry.id, "agreed", actor="anna")
    return Office(massenet.id, lodz.id, inquiry.id)


def make_exchange(db: Database, office: Office, title: str, **more: Any) -> int:
    """An exchange of the two schools (dates and the rest as given), recorded on TODAY."""
    values = {"title": title, "organisation_ids": [office.massenet, office.lodz], **more}
    return exchanges.create_exchange(db, values, actor="anna", today=TODAY).row.id
