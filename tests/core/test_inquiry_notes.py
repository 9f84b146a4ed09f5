"""A note staff write on an inquiry's timeline (the partners panel's Note…)."""

from __future__ import annotations

import pytest

from msek_desktop.core import errors, inquiries
from msek_desktop.core.db import Database

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server


def test_a_note_is_on_the_timeline_with_its_author(db: Database, katowice) -> None:
    row = inquiries.create_inquiry(
        db, {"subject": "Chór", "contact_id": katowice.contact.id}, actor="anna"
    )
    inquiries.add_note(db, row.id, "  Partners considered: Conservatoire Massenet \n", actor="anna")
    notes = [t for t in inquiries.get_inquiry(db, row.id).timeline if t.kind == "note"]
    assert [(t.new_value, t.who) for t in notes] == [
        ("Partners considered: Conservatoire Massenet", "anna")
    ]


def test_an_empty_note_is_refused_naming_the_note(db: Database, katowice) -> None:
    row = inquiries.create_inquiry(
        db, {"subject": "Chór", "contact_id": katowice.contact.id}, actor="anna"
    )
    before = inquiries.get_inquiry(db, row.id).timeline
    with pytest.raises(errors.ValidationError) as refused:
        inquiries.add_note(db, row.id, "  \n", actor="anna")
    assert list(refused.value.by_field()) == ["note"]
    assert inquiries.get_inquiry(db, row.id).timeline == before


def test_a_note_on_a_missing_inquiry_is_refused(db: Database, anna) -> None:
    with pytest.raises(errors.NotFoundError):
        inquiries.add_note(db, 999, "hello", actor="anna")
