"""Duplicates found lean (core.privacy.merging_duplicates): the same pairs as comparing every
pair of each block, two people with different emails never compared, nothing kept of the
pairs compared."""

from __future__ import annotations

import random
import tracemalloc
from collections import defaultdict
from itertools import combinations
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import select

from msek_desktop.core.db import Database
from msek_desktop.core.identity import (
    REASONS,
    Likeness,
    Person,
    Verdict,
    compare_people,
    identity_key,
    last_name_stem,
)
from msek_desktop.core.models import Contact, Organisation, utcnow
from msek_desktop.core.privacy import merging, merging_duplicates

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

FIRSTS = ("Anna", "ANNA", "Ana", "A.", "", "Jan", "Janek", "Ewa", "Ewa-Maria", "Łukasz",
          "Lukasz", "Kuba", "Zofia", "Józef")  # fmt: skip
LASTS = ("Kowalski", "Kowalska", "Kowalsky", "Nowak", "NOWAK", "Nowack", "Wiśniewska",
         "Wisniewski", "Zieliński", "Zielinska", "Dupont", "Du Pont", "Lis", "Łoś")  # fmt: skip
EMAILS = ("", "", "", "anna@example.pl", " Anna@Example.PL", "jan@example.pl",
          "ewa@example.pl", "EWA@example.pl ")  # fmt: skip
ORGANISATIONS = ("Szkoła Muzyczna nr 1", "Szkoła Muzyczna nr 10", "Szkola Muzyczna nr 1",
                 "Musée d'art moderne", "Musee d'Art Modrne", "Mairie de Firminy",
                 "Théâtre de Firminy", "Piekarnia Mrozek", "Piekarnia Wróbel", "MAIRIE DE FIRMINY",
                 "Cité du design", "Cite du desgn")  # fmt: skip


def fill(db: Database) -> None:
    """People and organisations alike in every way the rules know, some in the bin."""
    draw = random.Random(18)
    with db.write() as session:
        orgs = []
        for n, name in enumerate(ORGANISATIONS * 2):
            side = ("katowice", "saint_etienne")[n // len(ORGANISATIONS)]
            email = draw.choice(("", "info@firminy.fr", "info@cite.fr", "INFO@cite.fr"))
            orgs.append(Organisation(name=name, side=side, email=email))
        session.add_all(orgs)
        session.flush()
        for n in range(160):
            session.add(
                Contact(
                    first_name=draw.choice(FIRSTS), last_name=draw.choice(LASTS),
                    email=draw.choice(EMAILS), side="katowice", city=draw.choice(("", "Łódź")),
                    organisation_id=draw.choice((None, orgs[0].id, orgs[1].id)),
                    deleted_at=utcnow() if n % 23 == 0 else None,
                )
            )  # fmt: skip


def records_read_whole(db: Database, kind: str) -> list[list[Any]]:
    """The live records as they were read before: people in one group, organisations by
    side, each with its name, detail and what the rules compare."""
    detail = merging_duplicates._detail
    with db.read() as session:
        if kind == "person":
            rows = session.execute(
                select(Contact.id, Contact.first_name, Contact.last_name, Contact.email,
                       Contact.organisation_id, Organisation.name, Contact.city)
                .outerjoin(Organisation, Contact.organisation_id == Organisation.id)
                .where(Contact.deleted_at.is_(None)).order_by(Contact.id)
            ).all()  # fmt: skip
            return [[
                SimpleNamespace(id=i, name=f"{f} {la}".strip(), detail=detail(e, o or "", c),
                                email=e, person=Person(f, la, e, oid), first=f, key=la)
                for i, f, la, e, oid, o, c in rows
            ]]  # fmt: skip
        by_side: dict[str, list[Any]] = defaultdict(list)
        for i, name, email, city, side in session.execute(
            select(Organisation.id, Organisation.name, Organisation.email, Organisation.city,
                   Organisation.side)
            .where(Organisation.deleted_at.is_(None)).order_by(Organisation.id)
        ):  # fmt: skip
            by_side[side].append(SimpleNamespace(
                id=i, name=name, detail=detail(email, city), email=email, compared=name,
                first="", key=name,
            ))  # fmt: skip
        return list(by_side.values())


def blocks_of(records: list[Any], kind: str) -> list[list[Any]]:
    """The same email, then the same name (its stem), then the loose blocks."""
    blocks: list[dict[str, list[Any]]] = [defaultdict(list) for _ in range(3)]
    for r in records:
        if r.email.strip().casefold():
            blocks[0][r.email.strip().casefold()].append(r)
        key = identity_key(r.key)
        if key:
            stem = last_name_stem(key) if kind == "person" else None
            blocks[1][stem or key].append(r)
            blocks[2][key[:4] + "|" + identity_key(r.first)[:1]].append(r)
    loose = (b for b in blocks[2].values() if len(b) <= 60)
    return [*blocks[0].values(), *blocks[1].values(), *loose]


def compared(a: Any, b: Any, kind: str) -> Likeness:
    if kind != "person":
        return merging_duplicates._compare_organisations(a, b)
    found = compare_people(a.person, b.person)
    if found.reason != "organisation":
        return found
    both = (found, compare_people(b.person, a.person))
    return min(both, key=lambda x: (merging_duplicates._RANK[x.verdict], -x.score))


def every_pair_of_each_block(db: Database, kind: str) -> list[merging.Duplicate]:
    """The duplicates as they were found before: every pair of each block compared by the
    rules (the first time it is met), the records read whole."""
    found, seen = [], set()
    for records in records_read_whole(db, kind):
        for block in blocks_of(records, kind):
            for a, b in combinations(block, 2):
                if (a.id, b.id) in seen:
                    continue
                seen.add((a.id, b.id))
                lk = compared(a, b, kind)
                if lk.verdict is not Verdict.DIFFERENT:
                    found.append(merging.Duplicate(
                        kind, a.id, b.id, a.name, b.name, a.detail, b.detail, lk.reason,
                        REASONS.get(lk.reason, lk.reason), lk.verdict is Verdict.SAME, lk.score,
                    ))  # fmt: skip
    return sorted(found, key=lambda d: (not d.sure, -d.score, d.first, d.second))


@pytest.mark.parametrize("kind", ["person", "organisation"])
def test_the_same_pairs_as_comparing_every_pair_of_each_block(
    db: Database, database_files: Any, kind: str
) -> None:
    database_files.build(db, fill)
    expected = every_pair_of_each_block(db, kind)
    assert merging.find_duplicates(db, kind) == expected
    assert len({d.reason for d in expected}) >= (5 if kind == "person" else 2)
    assert {d.sure for d in expected} == {True, False}


def add_people(db: Database, people: list[tuple[str, str, str]]) -> None:
    with db.write() as session:
        session.add_all(
            Contact(first_name=first, last_name=last, email=email, side="katowice")
            for first, last, email in people
        )


def counted_comparisons(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    calls: list[Any] = []
    real = merging_duplicates.compare_people

    def counted(*args: Any) -> Any:
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(merging_duplicates, "compare_people", counted)
    return calls


def test_people_with_emails_are_compared_only_with_the_same_email(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """300 Nowaks, each with an email: two emails decide, so only the two of one email are
    compared (not the 44,850 pairs of their block)."""
    add_people(db, [(f"Jan{n}", "Nowak", f"jan.{n}@example.pl") for n in range(300)])
    add_people(db, [("Janusz", "Nowak", " JAN.7@example.pl")])
    calls = counted_comparisons(monkeypatch)
    found = merging.find_duplicates(db)
    assert [(d.first_name, d.second_name, d.reason) for d in found] == [
        ("Jan7 Nowak", "Janusz Nowak", "email")
    ]
    assert len(calls) == 1


@pytest.mark.database_file
def test_nothing_is_kept_of_the_pairs_compared(db: Database) -> None:
    """600 Nowaks without an email, every pair compared (179,700): the memory held while
    comparing does not grow with the pairs (a set of the pairs seen held 15 MB)."""
    draw = random.Random(7)
    names = {"".join(draw.choice("bcdfghjklmnprstwz") for _ in range(9)).title()
             for _ in range(600)}  # fmt: skip
    add_people(db, [(name, "Nowak", "") for name in names])
    merging.find_duplicates(db)  # what loads once (rapidfuzz, statements) loaded
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        merging.find_duplicates(db)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak - before < 3_000_000
