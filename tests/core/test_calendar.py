"""Follow-ups as an .ics calendar (core.calendar): parsed back with icalendar, UIDs stable,
a rescheduled follow-up the same event with its new date, the filters."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

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
def residence(db: Database, saint_etienne, marc) -> InquiryRow:
    return inquiries.create_inquiry(
        db,
        {"subject": "Résidence", "contact_id": saint_etienne.contact.id, "assignee": "marc"},
        actor="anna",
    )


def add(db: Database, inquiry_id: int, due: date, **values) -> FollowUpRow:
    return followups.add_followup(db, inquiry_id, {"due_on": due, **values}, actor="anna")


def parse(data: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(data)


def events(data: bytes) -> dict[str, icalendar.Event]:
    return {str(e["uid"]): e for e in parse(data).walk("VEVENT")}


def export(db: Database, **filters) -> bytes:
    data, _count = calendar.export_calendar(db, now=NOW, **filters)
    return data


def test_an_open_followup_is_one_all_day_event(db: Database, koncert) -> None:
    fu = add(db, koncert.id, date(2026, 3, 12), action="email", description="Wysłać program")
    data = export(db, assignee="anna")
    cal = parse(data)
    assert str(cal["x-wr-timezone"]) == "Europe/Warsaw"
    assert cal.to_ical() == data  # round-trips byte for byte
    (event,) = cal.walk("VEVENT")
    assert str(event["uid"]) == f"followup-{fu.id}@msek-desktop"
    start = event.decoded("dtstart")
    assert start == date(2026, 3, 12) and not isinstance(start, datetime)
    assert event.decoded("dtend") == date(2026, 3, 13)
    assert str(event["summary"]) == f"{koncert.ref} Koncert w Łodzi: email"
    text = str(event["description"])
    assert "Wysłać program" in text
    assert "Anna Kowalska (anna)" in text
    assert f"msek show {koncert.ref}" in text
    assert event.decoded("dtstamp") == NOW
    modified = event.decoded("last-modified")
    assert modified.utcoffset() == timedelta(0)


def test_uids_are_stable_across_two_exports(db: Database, koncert) -> None:
    add(db, koncert.id, date(2026, 3, 12))
    add(db, koncert.id, date(2026, 3, 20), action="meeting")
    first = export(db, assignee="anna")
    second = export(db, assignee="anna")
    assert first == second
    assert len(events(first)) == 2


def test_a_rescheduled_followup_keeps_its_uid_with_the_new_date(db: Database, koncert) -> None:
    fu = add(db, koncert.id, date(2026, 3, 12))
    before = events(export(db, assignee="anna"))[calendar.uid_of(fu.id)]
    followups.reschedule_followup(db, fu.id, date(2026, 3, 19), actor="anna")
    after_all = events(export(db, assignee="anna"))
    assert list(after_all) == [calendar.uid_of(fu.id)]  # updated, not added
    after = after_all[calendar.uid_of(fu.id)]
    assert after.decoded("dtstart") == date(2026, 3, 19)
    assert int(after["sequence"]) > int(before["sequence"])
    assert after.decoded("last-modified") >= before.decoded("last-modified")


def test_done_followups_are_left_out(db: Database, koncert) -> None:
    done = add(db, koncert.id, date(2026, 3, 12))
    still = add(db, koncert.id, date(2026, 3, 13))
    followups.complete_followup(db, done.id, "Called", actor="anna")
    assert list(events(export(db, assignee="anna"))) == [calendar.uid_of(still.id)]


def test_the_filters(db: Database, koncert, residence) -> None:
    annas = add(db, koncert.id, date(2026, 3, 12))
    marcs = add(db, residence.id, date(2026, 3, 14))
    marcs_on_koncert = add(db, koncert.id, date(2026, 3, 15), assignee="marc")
    uid = calendar.uid_of
    assert set(events(export(db, assignee="anna"))) == {uid(annas.id)}
    assert set(events(export(db, assignee="marc"))) == {uid(marcs.id), uid(marcs_on_koncert.id)}
    everyone = {uid(annas.id), uid(marcs.id), uid(marcs_on_koncert.id)}
    assert set(events(export(db))) == everyone
    assert set(events(export(db, inquiry_ref=koncert.ref))) == {
        uid(annas.id), uid(marcs_on_koncert.id)
    }  # fmt: skip
    both = export(db, inquiry_ref=koncert.ref, assignee="marc")
    assert set(events(both)) == {uid(marcs_on_koncert.id)}
    _data, count = calendar.export_calendar(db)
    assert count == 3


def test_one_followup_for_add_to_calendar(db: Database, koncert) -> None:
    fu = add(db, koncert.id, date(2026, 3, 12))
    add(db, koncert.id, date(2026, 3, 13))
    single = events(calendar.followup_ics(db, fu.id, now=NOW))
    assert single == {calendar.uid_of(fu.id): events(export(db))[calendar.uid_of(fu.id)]}
    followups.complete_followup(db, fu.id, "Called", actor="anna")
    with pytest.raises(errors.UserError, match="is done"):
        calendar.followup_ics(db, fu.id)
    with pytest.raises(errors.NotFoundError):
        calendar.followup_ics(db, 999_999)


def test_unknown_login_and_ref_are_refused(db: Database, koncert) -> None:
    with pytest.raises(errors.NotFoundError, match="login 'zoe'"):
        calendar.export_calendar(db, assignee="zoe")
    with pytest.raises(errors.NotFoundError, match="no inquiry 'NOPE-1'"):
        calendar.export_calendar(db, inquiry_ref="NOPE-1")


def test_a_deleted_inquirys_followups_are_left_out(db: Database, koncert, residence) -> None:
    add(db, koncert.id, date(2026, 3, 12))
    kept = add(db, residence.id, date(2026, 3, 12))
    inquiries.set_deleted(db, koncert.id, True, actor="anna")
    assert list(events(export(db))) == [calendar.uid_of(kept.id)]
