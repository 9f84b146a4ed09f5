"""When follow-ups are proposed, and My day's horizon asked of core."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from msek_desktop.core import contacts, followups, inquiries, staff
from msek_desktop.core.db import Database
from msek_desktop.core.followups import When

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

TODAY = date(2026, 5, 20)


def test_a_new_follow_up_is_proposed_a_week_ahead() -> None:
    assert followups.default_due(TODAY) == date(2026, 5, 27)


def test_rescheduling_proposes_a_week_after_the_later_of_due_and_today() -> None:
    assert followups.rescheduled_due(date(2026, 5, 10), TODAY) == date(2026, 5, 27)  # late
    assert followups.rescheduled_due(date(2026, 6, 1), TODAY) == date(2026, 6, 8)  # ahead


def test_until_keeps_the_follow_ups_due_by_that_day(db: Database) -> None:
    staff.create_staff(db, {"login": "ola", "full_name": "Ola Nowak"})
    person = contacts.create_contact(db, {"last_name": "Zielińska", "side": "katowice"})
    values = {"subject": "Chór", "contact_id": person.id, "received_on": TODAY}
    inquiry = inquiries.create_inquiry(db, values, actor="ola")
    for days in (1, 14, 15, 40):
        due = {"due_on": TODAY + timedelta(days=days), "assignee": "ola"}
        followups.add_followup(db, inquiry.id, due, actor="ola")
    horizon = TODAY + timedelta(days=14)
    kept = followups.list_followups(db, When.UPCOMING, today=TODAY, until=horizon)
    assert [r.due_on for r in kept] == [TODAY + timedelta(days=1), horizon]
    every = followups.list_followups(db, When.UPCOMING, today=TODAY)
    assert len(every) == 4
