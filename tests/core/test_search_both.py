"""Search on both databases: an SQLite file and the office server, filled from the same demo
seed, find the same records for the same searches, in the same order (core.search: whole words
first, then the share of the text the words cover, then the list's own order)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from msek_desktop.core import contacts, demo, inquiries, organisations, search
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries import InquiryFilter

QUERIES = [
    "lodz", "ŁÓDŹ", "łodz", "wisn", "wiśniewska", "wisniewska lagiewka", "lagiew",
    "saint etienne", "Saint-Étienne", "muzyczna", "szkola muz", "katowice", "jean", "dupont",
    "example", "ewa_wl", "2026", "oeillet", "ŒILLET", "zzzz", "a", "e m",
]  # fmt: skip


@pytest.fixture(scope="module")
def seed() -> dict[str, Any]:
    return {"inquiries": 60, "seed": 21, "today": date(2026, 5, 20)}


def found(database: Database, query: str) -> tuple[set[tuple[int, int]], list[int]]:
    """The records `query` finds (kind, id), and how many of each kind."""
    with database.read() as session:
        matches = search.search(session, query, limit=100_000)
        counts = [search.count_matching(session, kind, query) for kind in search.Kind]
    return {(int(m.kind), m.id) for m in matches}, counts


def fill(database: Database, seed: dict[str, Any]) -> None:
    demo.generate(database, **seed)
    theatre = organisations.create_organisation(
        database,
        {"name": "Théâtre de l'Œillet", "city": "Saint-Étienne", "country": "FR",
         "kind": "music_school", "side": "saint_etienne"},
    )  # fmt: skip
    contacts.create_contact(
        database,
        {"first_name": "Ewa", "last_name": "Wiśniewska-Łągiewka", "side": "katowice",
         "email": "ewa_wl@example.pl", "organisation_id": theatre.id},
    )  # fmt: skip
    contacts.create_contact(
        database, {"first_name": "Marie", "last_name": "Dupont", "side": "saint_etienne"}
    )


@pytest.fixture
def both(
    tmp_path: Path,
    new_database: Callable[[Path], Database],
    new_server_database: Callable[[], Database],
    seed: dict[str, Any],
) -> tuple[Database, Database]:
    """An SQLite file and a database on the office server, filled alike."""
    lite, server = new_database(tmp_path / "lite.db"), new_server_database()
    for database in (lite, server):
        fill(database, seed)
    return lite, server


def test_the_same_searches_find_the_same_records_on_both(both: tuple[Database, Database]) -> None:
    lite, server = both
    some = 0
    for query in QUERIES:
        on_file, on_server = found(lite, query), found(server, query)
        assert on_server == on_file, query
        some += bool(on_file[0])
    assert some == len(QUERIES) - 1  # each finds something (on both), but for "zzzz"
    assert found(lite, "zzzz") == (set(), [0, 0, 0])


def listed(database: Database, query: str) -> dict[str, list[int]]:
    """What each list shows for `query`, in its order: every kind together (search.search),
    inquiries (ranked: fewer than RANK_LIMIT match), people, organisations."""
    with database.read() as session:
        everything = [search.rowid(m.kind, m.id) for m in search.search(session, query, limit=500)]
    flt = InquiryFilter(search=query)
    return {
        "search": everything,
        "inquiries": [r.id for r in inquiries.list_inquiries(database, flt, limit=500)],
        "people": [c.id for c in contacts.find_contacts(database, query, limit=500)],
        "organisations": [
            o.id for o in organisations.find_organisations(database, query, limit=500)
        ],
    }


def test_the_same_searches_list_the_same_records_in_the_same_order_on_both(
    both: tuple[Database, Database],
) -> None:
    lite, server = both
    ordered = 0
    for query in QUERIES:
        on_file = listed(lite, query)
        assert listed(server, query) == on_file, query
        ordered += len(on_file["search"]) > 1
    assert ordered > len(QUERIES) // 2  # most searches list several records: an order to keep


def test_whole_words_first_then_the_share_of_the_text_then_the_lists_order(
    both: tuple[Database, Database],
) -> None:
    """The ranking rule, on both: Nowak (the whole word) before Nowakowska (a prefix), an
    inquiry saying "nowak" more often before one saying it once, equals in the list's order."""
    for database in both:
        org = organisations.create_organisation(
            database, {"name": "Zabrze Brass Band", "city": "Zabrze", "side": "katowice"}
        )
        person = {"side": "katowice", "organisation_id": org.id}
        ola, jan, iza = (
            contacts.create_contact(database, {**person, "first_name": f, "last_name": last})
            for f, last in [("Ola", "Nowakowska"), ("Jan", "Nowak"), ("Iza", "Nowak")]
        )
        by_name = [c.id for c in contacts.find_contacts(database, "nowak zabrze")]
        assert by_name == [iza.id, jan.id, ola.id]  # Iza and Jan equal: by name
        with database.read() as session:
            found = search.search(session, "nowak zabrze", limit=500)
        people = [m.id for m in found if m.kind == search.Kind.CONTACT]
        assert people == [iza.id, jan.id, ola.id]  # equals: the latest added first
        once = inquiries.create_inquiry(
            database,
            {"contact_id": jan.id, "subject": "Wymiana", "received_on": date(2026, 5, 1)},
        )
        loud = inquiries.create_inquiry(
            database,
            {"contact_id": jan.id, "subject": "Nowak nowak", "received_on": date(2026, 4, 1)},
        )
        flt = InquiryFilter(search="nowak brass")
        assert [r.id for r in inquiries.list_inquiries(database, flt)] == [loud.id, once.id]


def test_a_count_stops_where_it_is_asked_to(both: tuple[Database, Database]) -> None:
    """count_matching(at_most=N): what the inquiries list needs to choose ranking."""
    for database in both:
        with database.read() as session:
            full = search.count_matching(session, search.Kind.INQUIRY, "e")
            assert full > 5
            assert search.count_matching(session, search.Kind.INQUIRY, "e", at_most=5) == 5
            wide = search.count_matching(session, search.Kind.INQUIRY, "e", at_most=full + 9)
            assert wide == full
