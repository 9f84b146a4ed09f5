"""An assignee's inquiries are asked two ways (an IN when listed by date, an equality
otherwise, each the faster there): every order, count and page gives the same inquiries."""

from __future__ import annotations

import pytest

from msek_desktop.core import inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.core.rows import InquiryRow
from tests.core.test_inquiries import make_several

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server


@pytest.fixture
def several(
    db: Database, katowice, saint_etienne, anna, marc, database_files
) -> dict[str, InquiryRow]:
    """Six inquiries: anna has b (completed) and e (open), marc has c (lost)."""
    return database_files.build(db, make_several, katowice, saint_etienne)


@pytest.mark.parametrize("sort", [None, *inquiries.SORT_KEYS])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize(("assignee", "expected"), [("anna", "be"), ("marc", "c"), ("ghost", "")])
def test_every_order_lists_the_assignees_own(
    db: Database, several, sort, descending, assignee, expected
) -> None:
    flt = InquiryFilter(assignee=assignee, sort=sort, descending=descending)
    rows = inquiries.list_inquiries(db, flt, limit=500)
    assert sorted(r.subject[0].lower() for r in rows) == list(expected)
    assert inquiries.count_inquiries(db, flt) == len(expected)
    mine_open = InquiryFilter(assignee=assignee, open=True, sort=sort, descending=descending)
    assert inquiries.count_inquiries(db, mine_open) == expected.count("e")
    assert [r.id for r in inquiries.list_inquiries(db, mine_open)] == (
        [several["e"].id] if "e" in expected else []
    )
    counts = inquiries.count_by_state(db, flt)
    assert (counts.open, counts.closed) == (
        expected.count("e"),
        len(expected) - expected.count("e"),
    )
