"""Fixtures of the core tests: a fresh database per test, one staff member, and a contact with
an organisation on each side (Saint-Étienne and Katowice)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import func, select

from msek_desktop.core import contacts, organisations, staff
from msek_desktop.core.db import Database
from msek_desktop.core.models import Base
from msek_desktop.core.rows import ContactRow, OrganisationRow, StaffRow

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles


@dataclass(frozen=True)
class Party:
    """A person and the organisation they write for, on one side."""

    contact: ContactRow
    organisation: OrganisationRow


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test marked both_databases (a module's pytestmark) runs on an SQLite file and on the
    office server (PostgreSQL): its `db` fixture is given each in turn."""
    marker = metafunc.definition.get_closest_marker("both_databases")
    file_only = metafunc.definition.get_closest_marker("database_file")
    if marker is not None and file_only is None and "db" in metafunc.fixturenames:
        metafunc.parametrize("db", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def db(
    request: pytest.FixtureRequest, tmp_path: Path, new_database: Callable[[Path], Database]
) -> Database:
    """A fresh, migrated database: an SQLite file, or one on the test server (both_databases)."""
    if getattr(request, "param", "sqlite") == "postgresql":
        make: Callable[[], Database] = request.getfixturevalue("new_server_database")
        return make()
    return new_database(tmp_path / "t.db")


@pytest.fixture
def anna(db: Database, database_files: DatabaseFiles) -> StaffRow:
    return database_files.build(db, make_anna)


@pytest.fixture
def marc(db: Database, database_files: DatabaseFiles) -> StaffRow:
    return database_files.build(db, make_marc)


@pytest.fixture
def katowice(db: Database, anna: StaffRow, database_files: DatabaseFiles) -> Party:
    return database_files.build(db, make_katowice)


@pytest.fixture
def saint_etienne(db: Database, anna: StaffRow, database_files: DatabaseFiles) -> Party:
    return database_files.build(db, make_saint_etienne)


def make_anna(db: Database) -> StaffRow:
    return staff.create_staff(
        db, {"login": "anna", "full_name": "Anna Kowalska", "email": "anna@msek.example.org"}
    )


def make_marc(db: Database) -> StaffRow:
    return staff.create_staff(db, {"login": "marc", "full_name": "Marc Rivière"})


PARTIES = {  # a side: its school, then the person who writes for it
    "katowice": (
        {"name": "Zespół Szkół Muzycznych w Łodzi", "city": "Łódź", "country": "PL"},
        {"honorific": "ms", "first_name": "Ewa", "last_name": "Wiśniewska",
         "email": "ewa.wisniewska@example.pl", "phone": "32 123 45 67"},
    ),
    "saint_etienne": (
        {"name": "Conservatoire Massenet", "city": "Saint-Étienne", "country": "FR"},
        {"honorific": "mr", "first_name": "Jean", "last_name": "Dupont",
         "email": "jean.dupont@example.fr", "phone": "04 77 12 34 56"},
    ),
}  # fmt: skip


def make_katowice(db: Database) -> Party:
    return make_party(db, "katowice")


def make_saint_etienne(db: Database) -> Party:
    return make_party(db, "saint_etienne")


def make_party(db: Database, side: str) -> Party:
    """PARTIES[side]: a music school and the person who writes for it, made by anna."""
    school, person = PARTIES[side]
    org = organisations.create_organisation(
        db, {**school, "kind": "music_school", "side": side}, actor="anna"
    )
    values = {**person, "side": side, "organisation_id": org.id}
    return Party(contacts.create_contact(db, values, actor="anna"), org)


@pytest.fixture
def count(db: Database) -> Callable[[type[Base]], int]:
    """count(Model): how many rows of that table the file holds, deleted ones included."""

    def _count(model: type[Base]) -> int:
        with db.read() as session:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)

    return _count
