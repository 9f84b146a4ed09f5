"""Search on both databases: an SQLite file and the office server, filled from the same demo
seed, find the same records for the same searches (their order is a later step's)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from msek_desktop.core import contacts, demo, organisations, search
from msek_desktop.core.db import Database

QUERIES = [
    "lodz", "ŁÓDŹ", "łodz", "wisn", "wiśniewska", "wisniewska lagiewka", "lagiew",
    "saint etienne", "Saint-Étienne", "muzyczna", "szkola muz", "katowice", "jean", "dupont",
    "example", "ewa_wl", "2026", "oeillet", "ŒILLET", "zzzz", "a", "e m",
]  # fmt: skip


@pytest.fixture(scope="module")
def seed() -> dict[str, Any]:
    return {"inquiries": 60, "seed": 11, "today": date(2026, 5, 20)}


def found(database: Database, query: str) -> tuple[set[tuple[int, int]], list[int]]:
    """The records `query` finds (kind, id), and how many of each kind."""
    with database.read() as session:
        matches = search.search(session, query, limit=100_000)
        counts = [search.count_matching(session, kind, query) for kind in search.Kind]
    return {(int(m.kind), m.id) for m in matches}, counts


def test_the_same_searches_find_the_same_records_on_both(
    tmp_path: Path,
    new_database: Callable[[Path], Database],
    new_server_database: Callable[[], Database],
    seed: dict[str, Any],
) -> None:
    lite, server = new_database(tmp_path / "lite.db"), new_server_database()
    for database in (lite, server):
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
    some = 0
    for query in QUERIES:
        on_file, on_server = found(lite, query), found(server, query)
        assert on_server == on_file, query
        some += bool(on_file[0])
    assert some == len(QUERIES) - 1  # each finds something (on both), but for "zzzz"
    assert found(lite, "zzzz") == (set(), [0, 0, 0])
