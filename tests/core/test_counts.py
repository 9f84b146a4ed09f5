"""Counts over all pages agree with the pages the find functions return."""

from pathlib import Path

from msek_desktop.core import contacts, demo, organisations
from msek_desktop.core.store import open_database


def test_counts_match_find_over_all_pages(tmp_path: Path) -> None:
    db = open_database(tmp_path / "c.db", create=True)
    demo.generate(db, inquiries=200, seed=4)
    for side in (None, "katowice", "saint_etienne"):
        people = contacts.find_contacts(db, side=side, limit=10_000)
        assert contacts.count_contacts(db, side=side) == len(people)
        assert all(p.side == side for p in people) or side is None
        orgs = organisations.find_organisations(db, "szkola", side=side, limit=10_000)
        assert organisations.count_organisations(db, "szkola", side=side) == len(orgs)
    katowice = contacts.count_contacts(db, side="katowice")
    assert 0 < katowice < contacts.count_contacts(db)
    first = contacts.find_contacts(db, limit=1)[0]
    contacts.set_deleted(db, first.id, True)
    assert contacts.count_contacts(db, deleted=True) == 1
