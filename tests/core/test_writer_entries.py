"""Writer.entries: timeline entries given all at once are written as `entry` writes each."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from msek_desktop.core.db import Database
from msek_desktop.core.models import TimelineEntry
from msek_desktop.core.rows import StaffRow
from msek_desktop.core.writer import Writer

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

NOW = datetime(2025, 6, 1, 9, 30)


def _entries(person: int, staff: int) -> list[dict[str, Any]]:
    return [
        {"kind": "note", "staff_id": None, "contact_id": person, "note": "first", "at": NOW},
        {"kind": "call", "staff_id": staff, "contact_id": person,
         "new_value": "Appel : rappeler", "at": datetime(2025, 6, 2, 7, 5)},
        {"kind": "note", "contact_id": person, "note": "no staff named"},
    ]  # fmt: skip


def _write(db: Database, staff: int, together: bool) -> tuple[list[int], set[int]]:
    """The entries of a new person written at once or one by one: their ids, the authors."""
    with db.write() as session:
        out = Writer(session, now=NOW)
        person = out.contact(last_name="Nowak", side="katowice")
        if together:
            out.entries(_entries(person, staff))
        else:
            for values in _entries(person, staff):
                out.entry(values.pop("kind"), values.pop("staff_id", None), **values)
        authors = set(out._authors)
        out.finish(reindex=False)
    return out.written(TimelineEntry), authors


def _stored(db: Database, ids: list[int]) -> list[tuple[Any, ...]]:
    """The entries' rows without their ids and person."""
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT at, staff_id, kind, field, old_value, new_value, note FROM timeline_entries"
            f" WHERE id IN ({', '.join(map(str, ids))}) ORDER BY id"
        ).all()
    return [tuple(r) for r in rows]


def test_entries_given_at_once_are_those_given_one_by_one(db: Database, anna: StaffRow) -> None:
    """Same rows, ids in order, same authors; a staff id left out is no one's."""
    together, authors = _write(db, anna.id, together=True)
    one_by_one, authors_too = _write(db, anna.id, together=False)
    assert together == list(range(together[0], together[0] + 3))
    assert _stored(db, together) == _stored(db, one_by_one)
    assert len(_stored(db, together)) == 3
    assert authors == authors_too == {anna.id}


def test_entries_with_an_unknown_column_are_refused(db: Database) -> None:
    with db.write() as session, pytest.raises(ValueError, match=r"unknown columns \['mood'\]"):
        Writer(session).entries([{"kind": "note", "staff_id": None, "mood": "good"}])
