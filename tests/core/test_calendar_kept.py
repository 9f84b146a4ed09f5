"""The follow-ups' calendar: each event's reminder at 09:00 of the due day (a VALARM that
round-trips with icalendar), and the calendar file kept in a folder, rewritten whole."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest

from msek_desktop.core import calendar, errors, followups, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.rows import FollowUpRow, InquiryRow

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

NOW = datetime(2026, 3, 10, 8, 30, tzinfo=UTC)


@pytest.fixture
def koncert(db: Database, katowice, anna) -> InquiryRow:
    return inquiries.create_inquiry(
        db,
        {"subject": "Koncert w Łodzi", "contact_id": katowice.contact.id, "assignee": "anna"},
        actor="anna",
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder for the calendar file."""
    made = tmp_path / "calendars"
    made.mkdir()
    return made


def add(db: Database, inquiry_id: int, due: date, **values) -> FollowUpRow:
    return followups.add_followup(db, inquiry_id, {"due_on": due, **values}, actor="anna")


def alarms(data: bytes) -> dict[str, icalendar.Alarm]:
    """Each event's one reminder, by the event's UID."""
    found = {}
    for event in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        (alarm,) = event.walk("VALARM")
        found[str(event["uid"])] = alarm
    return found


def test_each_followup_reminds_at_nine_on_its_day_office_time(db: Database, koncert) -> None:
    winter = add(db, koncert.id, date(2026, 3, 12), action="email")
    summer = add(db, koncert.id, date(2026, 7, 1))  # Warsaw is UTC+2 in summer
    data, _count = calendar.export_calendar(db, assignee="anna", now=NOW)
    assert icalendar.Calendar.from_ical(data).to_ical() == data  # round-trips byte for byte
    found = alarms(data)
    first = found[calendar.uid_of(winter.id)]
    assert str(first["action"]) == "DISPLAY"
    assert str(first["description"]) == f"{koncert.ref} Koncert w Łodzi: email"
    assert first.decoded("trigger") == datetime(2026, 3, 12, 8, 0, tzinfo=UTC)
    assert first["trigger"].params["VALUE"] == "DATE-TIME"  # RFC 5545: required for a time
    assert found[calendar.uid_of(summer.id)].decoded("trigger") == datetime(
        2026, 7, 1, 7, 0, tzinfo=UTC
    )
    assert b"TRIGGER;VALUE=DATE-TIME:20260312T080000Z\r\n" in data


def test_a_rescheduled_followup_reminds_on_its_new_day(db: Database, koncert) -> None:
    fu = add(db, koncert.id, date(2026, 3, 12))
    followups.reschedule_followup(db, fu.id, date(2026, 3, 30), actor="anna")  # summer time
    data = calendar.followup_ics(db, fu.id, now=NOW)
    assert alarms(data)[calendar.uid_of(fu.id)].decoded("trigger") == datetime(
        2026, 3, 30, 7, 0, tzinfo=UTC
    )


def test_the_kept_file_is_rewritten_whole(db: Database, koncert, folder: Path) -> None:
    fu = add(db, koncert.id, date(2026, 3, 12))
    path, count = calendar.write_kept_calendar(db, folder, "anna", now=NOW)
    assert path == folder / "msek-followups-anna.ics" and count == 1
    first = path.read_bytes()
    assert set(alarms(first)) == {calendar.uid_of(fu.id)}
    with path.open("rb") as reader:  # a calendar program reading while it is rewritten
        second = add(db, koncert.id, date(2026, 3, 14))
        calendar.write_kept_calendar(db, folder, "anna", now=NOW)
        assert reader.read() == first  # replaced, never truncated under the reader
    assert set(alarms(path.read_bytes())) == {calendar.uid_of(fu.id), calendar.uid_of(second.id)}
    assert [p.name for p in folder.iterdir()] == [path.name]  # no temporary file left


def test_a_missing_folder_or_unknown_login_writes_nothing(
    db: Database, koncert, folder: Path
) -> None:
    add(db, koncert.id, date(2026, 3, 12))
    gone = folder / "gone"
    with pytest.raises(errors.UserError, match="does not exist"):
        calendar.write_kept_calendar(db, gone, "anna")
    with pytest.raises(errors.NotFoundError, match="login 'zoe'"):
        calendar.write_kept_calendar(db, folder, "zoe")
    assert not gone.exists() and list(folder.iterdir()) == []


def test_a_file_that_cannot_be_replaced_is_said_and_kept(
    db: Database, koncert, folder: Path
) -> None:
    add(db, koncert.id, date(2026, 3, 12))
    in_the_way = calendar.kept_file(folder, "anna")
    in_the_way.mkdir()  # a folder by the file's name: it cannot be replaced
    with pytest.raises(errors.UserError, match=r"Cannot write .*msek-followups-anna\.ics"):
        calendar.write_kept_calendar(db, folder, "anna")
    assert in_the_way.is_dir() and [p.name for p in folder.iterdir()] == [in_the_way.name]
