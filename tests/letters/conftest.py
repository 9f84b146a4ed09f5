"""A small office database for the letter services: three inquiries, partners on both sides."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from msek_desktop.core import contacts, inquiries, organisations, staff
from msek_desktop.core.db import Database


@dataclass(frozen=True)
class Office:
    db: Database
    inquiry_ids: tuple[int, ...]  # Polish, French, and one with an awkward name
    refs: tuple[str, ...]
    massenet: int  # a Saint-Étienne partner
    silesia: int  # a Katowice partner


@pytest.fixture
def office(tmp_path: Path, new_database: Callable[..., Database]) -> Iterator[Office]:
    db = new_database(tmp_path / "letters.db")  # tests/conftest.py: migrated once per session
    staff.create_staff(
        db,
        {"login": "anna", "full_name": "Anna Kowalska", "title_fr": "Chargée de mission",
         "title_pl": "Koordynatorka", "title_en": "Coordinator"},
    )  # fmt: skip
    new_org = organisations.create_organisation
    lodz = new_org(db, {"name": "Szkoła Muzyczna", "side": "katowice", "city": "Łódź"})
    massenet = new_org(
        db, {"name": "Conservatoire Massenet", "side": "saint_etienne", "city": "Saint-Étienne",
             "country": "FR", "description_fr": "Conservatoire, 1 600 élèves."},
    )  # fmt: skip
    silesia = new_org(db, {"name": "Akademia Muzyczna", "side": "katowice", "city": "Katowice"})
    people = [
        {"honorific": "ms", "first_name": "Ewa", "last_name": "Wiśniewska", "side": "katowice",
         "organisation_id": lodz.id, "language": "pl"},
        {"honorific": "mr", "first_name": "Jean", "last_name": "Dupont", "side": "saint_etienne",
         "organisation_id": massenet.id, "language": "fr"},
        {"honorific": "none", "first_name": "", "last_name": 'CON: <Smith> & "Sons"?. ',
         "side": "other", "language": "en"},
    ]  # fmt: skip
    ids = []
    for n, person in enumerate(people):
        contact = contacts.create_contact(db, person)
        row = inquiries.create_inquiry(
            db,
            {"subject": f"Échange {n}", "contact_id": contact.id, "assignee": "anna",
             "received_on": date.today() - timedelta(days=3)},
        )  # fmt: skip
        ids.append(row.id)
    refs = tuple(inquiries.get_inquiry(db, i).row.ref for i in ids)
    yield Office(db, tuple(ids), refs, massenet.id, silesia.id)
    db.dispose()
