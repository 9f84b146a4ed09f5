"""What a list's "select all" and its empty page ask of core: the ids of every inquiry a filter
matches (all pages, the list's order) and the open and closed ones counted in one query."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event

from msek_desktop.core import inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries import InquiryFilter, StateCounts
from msek_desktop.core.rows import InquiryRow
from tests.core.test_inquiries import make_several, new

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server


@pytest.fixture
def several(
    db: Database, katowice, saint_etienne, anna, marc, database_files
) -> dict[str, InquiryRow]:
    """Six inquiries: b completed, c lost, the others open."""
    return database_files.build(db, make_several, katowice, saint_etienne)


def statements(db: Database) -> list[str]:
    """Every SQL statement the database runs from now on (on the test's engine)."""
    seen: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    return seen


def selects(seen: list[str]) -> list[str]:
    return [s for s in seen if s.lstrip().upper().startswith("SELECT")]


@pytest.mark.parametrize(
    "flt",
    [
        {},
        {"open": True},
        {"open": False},
        {"side": "katowice"},
        {"search": "dupont", "open": True},
        {"assignee": "anna"},
        {"deleted": True},
        {"sort": "subject"},
        {"sort": "received_on", "descending": True},
    ],
)
def test_ids_are_every_match_in_the_list_s_order(db: Database, several, flt) -> None:
    every = inquiries.list_inquiries(db, InquiryFilter(**flt), limit=500)
    ids = inquiries.inquiry_ids(db, InquiryFilter(**flt))
    assert ids == [r.id for r in every]
    assert len(ids) == inquiries.count_inquiries(db, InquiryFilter(**flt))


def test_ids_go_beyond_a_page_in_one_query(db: Database, katowice) -> None:
    made = [new(db, katowice, f"Wymiana {n}", received_on=date(2025, 1, 1)) for n in range(130)]
    seen = statements(db)
    ids = inquiries.inquiry_ids(db, InquiryFilter(open=True))
    assert sorted(ids) == sorted(r.id for r in made)
    assert len(selects(seen)) == 1


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        ({}, StateCounts(open=4, closed=2)),
        ({"open": True}, StateCounts(open=4, closed=2)),  # whatever the Show filter
        ({"open": False}, StateCounts(open=4, closed=2)),
        ({"side": "katowice"}, StateCounts(open=2, closed=1)),
        ({"search": "bravo"}, StateCounts(open=0, closed=1)),
        ({"search": "nothing like it"}, StateCounts(open=0, closed=0)),
        ({"assignee": "marc", "open": True}, StateCounts(open=0, closed=1)),
        ({"deleted": True}, StateCounts(open=0, closed=0)),
    ],
)
def test_open_and_closed_counted_together(db: Database, several, flt, expected) -> None:
    seen = statements(db)
    assert inquiries.count_by_state(db, InquiryFilter(**flt)) == expected
    assert len(selects(seen)) == 1  # one query, whatever the filter


def test_counts_of_an_empty_database(db: Database) -> None:
    assert inquiries.count_by_state(db, InquiryFilter(open=True)) == StateCounts(0, 0)
    assert inquiries.inquiry_ids(db, InquiryFilter()) == []
