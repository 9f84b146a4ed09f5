"""The import's matching index read straight from the driver holds what reading the records
through the ORM gives, and organisation names are passed over by length (a whole length at
once) exactly as when each name was tested on its own."""

from __future__ import annotations

import random
from datetime import datetime

import pytest
from sqlalchemy import select

from msek_desktop.core import matching
from msek_desktop.core.db import Database
from msek_desktop.core.identity import identity_key, last_name_stem, name_key
from msek_desktop.core.models import Contact, Organisation
from msek_desktop.core.writer import Writer

pytestmark = pytest.mark.both_databases

GONE = datetime(2025, 1, 2, 3, 4, 5)
PEOPLE = [  # first, last, email, deleted
    ("Anna", "Kowalska", "Anna@Example.pl", False), ("Jan", "Kowalski", "anna@example.pl", False),
    ("Ewa", "Nowak", " ", False), ("Ewa", "Nowakowa", "", False), ("Piotr", "Nowacki", "", True),
    ("Zofia", "Zając", "STRASSE@x.pl", False), ("Zofia", "Zając", "straße@x.pl", False),
    ("Marc", "Dupont", " marc@x.fr ", False), ("Élise", "Łukasiewicz", "", False),
    ("", "", "", False), ("Jean", "Lefébure", "jean@x.fr", True),
]  # fmt: skip
ORGANISATIONS = [  # name, deleted
    ("Filharmonia Śląska", False), ("filharmonia slaska", False), ("Le Fil", False),
    ("—", False), (".", False), ("Teatr Śląski", True), ("MCK", False), ("mck ", False),
]  # fmt: skip


def _reference(existing: matching.Existing, db: Database) -> None:
    """Assert `existing` indexes what the records read through the ORM give."""
    people: dict[int, tuple[str, str, str, int | None]] = {}
    by_email: dict[str, list[int]] = {}
    by_key: dict[str, list[int]] = {}
    open_last: dict[str, list[int]] = {}
    open_stem: dict[str, list[int]] = {}
    with db.read() as session:
        live = session.scalars(select(Contact).where(Contact.deleted_at.is_(None)))
        for c in sorted(live, key=lambda c: c.id):
            email = c.email.lower()
            people[c.id] = (c.first_name, c.last_name, email, c.organisation_id)
            if email:
                by_email.setdefault(email, []).append(c.id)
            if email.strip():
                by_key.setdefault(email.strip().casefold(), []).append(c.id)
            else:
                key = identity_key(c.last_name)
                open_last.setdefault(key, []).append(c.id)
                if (stem := last_name_stem(key)) is not None:
                    open_stem.setdefault(stem, []).append(c.id)
        orgs = session.scalars(select(Organisation).where(Organisation.deleted_at.is_(None)))
        organisations = {o.id: o.name for o in sorted(orgs, key=lambda o: o.id)}
    assert existing._people == people
    assert existing.by_email == by_email and existing._by_email_key == by_key
    assert existing._open_last == open_last and existing._open_stem == open_stem
    assert existing._open_initials == {key[:1] for key in open_last}
    assert existing.organisations == organisations
    org_by_key: dict[str, list[int]] = {}
    for oid, name in organisations.items():
        org_by_key.setdefault(name_key(name), []).append(oid)
    assert existing.org_by_key == org_by_key
    initials: dict[str, list[str]] = {}
    for key in org_by_key:
        initials.setdefault(key[:1], []).append(key)
    assert {k: list(v) for k, v in existing.org_keys_by_initial.items()} == initials


def test_the_index_holds_the_live_records_as_the_orm_reads_them(db: Database) -> None:
    with db.write() as session:
        out = Writer(session)
        org = out.organisation(name="Filharmonia Śląska", kind="other", side="katowice")
        for first, last, email, deleted in PEOPLE:
            out.contact(
                first_name=first, last_name=last, email=email, side="katowice",
                organisation_id=org if first == "Anna" else None,
                deleted_at=GONE if deleted else None,
            )  # fmt: skip
        for name, deleted in ORGANISATIONS:
            out.organisation(
                name=name, kind="other", side="katowice", deleted_at=GONE if deleted else None
            )
        out.finish()
    with db.read() as session:
        existing = matching.Existing(session)
    _reference(existing, db)
    anna = min(cid for cid, person in existing._people.items() if person[0] == "Anna")
    known = existing.known(anna)
    assert known is not None and known.display == "Anna Kowalska"
    assert known.person.email == "anna@example.pl" and known.person.organisation is not None
    gone = [cid for cid in range(1, 20) if cid not in existing._people]
    assert gone and all(existing.known(cid) is None for cid in gone)


WORDS = ["le", "fil", "mck", "teatr", "slaski", "fundacja", "centrum", "kultury", "saint",
         "etienne", "a", "x", "conservatoire", "massenet", "filharmonia", "fi", "l"]  # fmt: skip


def _name(rng: random.Random) -> str:
    name = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 12)))
    return name.replace(" ", "") if rng.random() < 0.2 else name


def _one_by_one(key: str, name: str) -> bool:
    """The rule of matching._within_reach for one name, written plainly."""
    short, long = sorted((len(key), len(name)))
    if 2 * long < 3 * short:
        return True
    if long > 8 * short:
        return False
    return name in key if len(name) < len(key) else key in name


def test_names_within_reach_are_those_each_tested_on_its_own_in_their_order() -> None:
    rng = random.Random(8)
    for _ in range(60):
        names = matching._Keys(dict.fromkeys(_name(rng) for _ in range(rng.randrange(0, 300))))
        for _ in range(40):
            key = rng.choice(names) if names and rng.random() < 0.2 else _name(rng)
            if rng.random() < 0.2 and key:  # a piece of a name, or a name around another
                start = rng.randrange(len(key))
                key = key[start : start + rng.randrange(1, 6)]
            expected = [name for name in names if _one_by_one(key, name)]
            assert matching._within_reach(key, names) == expected, key
            assert matching._within_reach(key, list(names)) == expected, key
        names.append(_name(rng))  # a name added after the lengths were made is seen too
        key = names[-1]
        assert matching._within_reach(key, names) == [n for n in names if _one_by_one(key, n)]
