"""The calendar written in pieces (core.calendar.calendar_chunks, `msek calendar`): the same
bytes as the whole calendar made at once, each event made as its follow-up is read."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import select

from msek_desktop.core import calendar, demo, errors
from msek_desktop.core.db import Database
from msek_desktop.core.models import Inquiry, StaffMember

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

NOW = datetime(2026, 11, 20, 7, 45, tzinfo=UTC)


def fill(db: Database) -> None:
    demo.generate(db, inquiries=80, seed=4, today=date(2026, 11, 20))


@pytest.fixture
def office(db: Database, database_files: DatabaseFiles) -> Database:
    database_files.build(db, fill)
    return db


def test_the_same_bytes_as_the_whole_calendar(office: Database) -> None:
    with office.read() as session:
        login = session.scalars(select(StaffMember.login).order_by(StaffMember.id)).first()
        ref = session.scalars(select(Inquiry.ref).order_by(Inquiry.id)).first()
    cases: list[dict[str, Any]] = [{}, {"assignee": login}, {"inquiry_ref": ref}]
    for filters in cases:
        whole, count = calendar.export_calendar(office, now=NOW, **filters)
        pieces = list(calendar.calendar_chunks(office, now=NOW, **filters))
        assert b"".join(pieces) == whole
        assert len(pieces) == count + 2  # the head, an event each, the end
    assert calendar.export_calendar(office, now=NOW)[1] > 20


def test_each_event_is_made_as_its_follow_up_is_read(
    office: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[int] = []
    real = calendar._event

    def event(entry: calendar.CalendarFollowUp, stamp: datetime) -> Any:
        made.append(entry.id)
        return real(entry, stamp)

    monkeypatch.setattr(calendar, "_event", event)
    pieces = calendar.calendar_chunks(office, now=NOW)
    next(pieces)  # the head
    next(pieces)  # the first event: made alone
    assert len(made) == 1
    assert len(list(pieces)) == len(calendar.open_followups(office)) > 20


def test_an_unknown_login_or_ref_is_refused_before_any_piece(office: Database) -> None:
    with pytest.raises(errors.NotFoundError):
        calendar.calendar_chunks(office, assignee="nobody-here")
    with pytest.raises(errors.NotFoundError, match="MSEK-1999-0001"):
        calendar.calendar_chunks(office, inquiry_ref="MSEK-1999-0001")
