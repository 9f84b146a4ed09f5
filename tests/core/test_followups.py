"""Follow-ups: planning, My day's lists, completing, rescheduling, next_followup."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from msek_desktop.core import errors, followups, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.followups import When
from msek_desktop.core.models import FollowUp, TimelineEntry
from msek_desktop.core.rows import InquiryRow

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

DAY = date(2026, 3, 10)  # the "today" these tests pass explicitly


@pytest.fixture
def inquiry(db: Database, katowice, anna, database_files) -> InquiryRow:
    return database_files.build(db, make_inquiry, katowice)


@pytest.fixture
def unassigned(db: Database, saint_etienne, database_files) -> InquiryRow:
    return database_files.build(db, make_unassigned, saint_etienne)


def make_inquiry(db: Database, katowice) -> InquiryRow:
    return inquiries.create_inquiry(
        db,
        {"subject": "Koncert", "contact_id": katowice.contact.id, "assignee": "anna"},
        actor="anna",
    )


def make_unassigned(db: Database, saint_etienne) -> InquiryRow:
    return inquiries.create_inquiry(
        db, {"subject": "Résidence", "contact_id": saint_etienne.contact.id}, actor="anna"
    )


def add(db: Database, inquiry_id: int, due: date, **values):
    return followups.add_followup(db, inquiry_id, {"due_on": due, **values}, actor="anna")


def ids(rows) -> list[int]:
    return [r.id for r in rows]


def timeline(db: Database, inquiry_id: int):
    return inquiries.get_inquiry(db, inquiry_id).timeline


# --- adding -------------------------------------------------------------------------------


def test_assignee_defaults_to_the_inquirys(db: Database, inquiry, unassigned, marc) -> None:
    fu = add(db, inquiry.id, DAY, action="email", description="Wysłać program")
    assert fu.assignee == "anna"
    assert (fu.inquiry_id, fu.inquiry_ref, fu.inquiry_subject) == (
        inquiry.id,
        inquiry.ref,
        "Koncert",
    )
    assert (fu.due_on, fu.action, fu.description, fu.done_at, fu.outcome) == (
        DAY,
        "email",
        "Wysłać program",
        None,
        "",
    )
    assert add(db, inquiry.id, DAY, assignee="marc").assignee == "marc"
    assert add(db, unassigned.id, DAY).assignee is None
    assert add(db, unassigned.id, DAY, assignee="marc").assignee == "marc"


def test_adding_writes_a_timeline_entry(db: Database, inquiry) -> None:
    add(db, inquiry.id, DAY, action="meeting", description="Spotkanie w Cité du design")
    entry = timeline(db, inquiry.id)[-1]
    assert (entry.kind, entry.who, entry.field, entry.new_value) == (
        "followup_added",
        "anna",
        "due_on",
        "2026-03-10",
    )
    assert entry.note == "meeting: Spotkanie w Cité du design"


def test_due_date_accepts_typed_forms(db: Database, inquiry) -> None:
    assert add(db, inquiry.id, "10.03.2026").due_on == DAY  # type: ignore[arg-type]
    assert add(db, inquiry.id, "2026-03-10").due_on == DAY  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"due_on": None}, "due_on"),
        ({"due_on": "30.02.2026"}, "due_on"),
        ({"due_on": "tomorrow"}, "due_on"),
        ({"due_on": DAY, "action": "fax"}, "action"),
        ({"due_on": DAY, "assignee": "ghost"}, "assignee"),
        ({"due_on": DAY, "description": "x" * 2001}, "description"),
    ],
)
def test_invalid_followup_is_refused(db: Database, inquiry, count, values, field) -> None:
    before = count(TimelineEntry)
    with pytest.raises(errors.ValidationError) as caught:
        followups.add_followup(db, inquiry.id, values, actor="anna")
    assert field in caught.value.by_field()
    assert count(FollowUp) == 0
    assert count(TimelineEntry) == before


def test_followup_on_a_deleted_or_unknown_inquiry_is_refused(db: Database, inquiry) -> None:
    inquiries.set_deleted(db, inquiry.id, True)
    with pytest.raises(errors.NotFoundError):
        add(db, inquiry.id, DAY)
    with pytest.raises(errors.NotFoundError):
        add(db, 999, DAY)


# --- My day -------------------------------------------------------------------------------


@pytest.fixture
def planned(db: Database, inquiry, unassigned, marc, database_files) -> dict[str, int]:
    return database_files.build(db, make_planned, inquiry, unassigned)


def make_planned(db: Database, inquiry, unassigned) -> dict[str, int]:
    return {
        "late_anna": add(db, inquiry.id, DAY - timedelta(days=3)).id,
        "late_marc": add(db, unassigned.id, DAY - timedelta(days=1), assignee="marc").id,
        "today_anna": add(db, inquiry.id, DAY).id,
        "today_nobody": add(db, unassigned.id, DAY).id,
        "soon_anna": add(db, inquiry.id, DAY + timedelta(days=1)).id,
        "later_marc": add(db, inquiry.id, DAY + timedelta(days=30), assignee="marc").id,
    }


@pytest.mark.parametrize(
    ("when", "assignee", "expected"),
    [
        (When.OVERDUE, None, ["late_anna", "late_marc"]),
        (When.TODAY, None, ["today_anna", "today_nobody"]),
        (When.UPCOMING, None, ["soon_anna", "later_marc"]),
        (When.OVERDUE, "anna", ["late_anna"]),
        (When.TODAY, "anna", ["today_anna"]),
        (When.UPCOMING, "anna", ["soon_anna"]),
        (When.OVERDUE, "marc", ["late_marc"]),
        (When.TODAY, "marc", []),
        (When.UPCOMING, "marc", ["later_marc"]),
        ("overdue", "anna", ["late_anna"]),
        (
            None,
            None,
            ["late_anna", "late_marc", "today_anna", "today_nobody", "soon_anna", "later_marc"],
        ),
        (None, "marc", ["late_marc", "later_marc"]),
    ],
)
def test_my_day_lists(db: Database, planned, when, assignee, expected) -> None:
    rows = followups.list_followups(db, when, assignee=assignee, today=DAY)
    assert ids(rows) == [planned[k] for k in expected]


def test_overdue_flag_on_rows(db: Database, planned) -> None:
    rows = {r.id: r for r in followups.list_followups(db, today=DAY)}
    assert rows[planned["late_anna"]].is_overdue(DAY)
    assert not rows[planned["today_anna"]].is_overdue(DAY)
    assert not rows[planned["soon_anna"]].is_overdue(DAY)


def test_the_lists_move_with_today(db: Database, planned) -> None:
    tomorrow = DAY + timedelta(days=1)
    assert ids(followups.list_followups(db, When.TODAY, today=tomorrow)) == [planned["soon_anna"]]
    overdue = ids(followups.list_followups(db, When.OVERDUE, today=tomorrow))
    assert planned["today_anna"] in overdue


def test_limit(db: Database, planned) -> None:
    rows = followups.list_followups(db, today=DAY, limit=2)
    assert ids(rows) == [planned["late_anna"], planned["late_marc"]]


# --- completing ---------------------------------------------------------------------------


def test_complete_requires_an_outcome(db: Database, inquiry) -> None:
    fu = add(db, inquiry.id, DAY)
    for outcome in ("", "   "):
        with pytest.raises(errors.ValidationError) as caught:
            followups.complete_followup(db, fu.id, outcome, actor="anna")
        assert "outcome" in caught.value.by_field()
    assert ids(followups.list_followups(db, When.TODAY, today=DAY)) == [fu.id]


def test_complete_removes_from_open_lists_and_records(db: Database, planned, inquiry) -> None:
    fu_id = planned["today_anna"]
    done = followups.complete_followup(db, fu_id, "Potwierdzili termin", actor="marc")
    assert done.done_at is not None
    assert done.outcome == "Potwierdzili termin"
    for when in (None, *When):
        assert fu_id not in ids(followups.list_followups(db, when, today=DAY))
    assert fu_id in ids(followups.list_followups(db, include_done=True, today=DAY))
    # include_done does not reach into My day's dated lists.
    assert fu_id not in ids(followups.list_followups(db, When.TODAY, include_done=True, today=DAY))
    entry = timeline(db, inquiry.id)[-1]
    assert (entry.kind, entry.who, entry.note) == ("followup_done", "marc", "Potwierdzili termin")


def test_completing_twice_is_a_user_error(db: Database, inquiry, count) -> None:
    fu = add(db, inquiry.id, DAY)
    first = followups.complete_followup(db, fu.id, "Zrobione", actor="anna")
    before = count(TimelineEntry)
    with pytest.raises(errors.UserError, match="already done"):
        followups.complete_followup(db, fu.id, "Jeszcze raz", actor="anna")
    again = followups.list_followups(db, include_done=True, today=DAY)
    assert [(r.id, r.outcome, r.done_at) for r in again] == [(fu.id, "Zrobione", first.done_at)]
    assert count(TimelineEntry) == before


def test_complete_conflict_and_unknown(db: Database, inquiry) -> None:
    fu = add(db, inquiry.id, DAY)
    followups.reschedule_followup(db, fu.id, DAY + timedelta(days=1))
    with pytest.raises(errors.ConflictError):
        followups.complete_followup(db, fu.id, "Zrobione", expected_version=fu.version)
    with pytest.raises(errors.NotFoundError):
        followups.complete_followup(db, 999, "Zrobione")


# --- rescheduling -------------------------------------------------------------------------


def test_reschedule_records_old_and_new(db: Database, inquiry) -> None:
    fu = add(db, inquiry.id, DAY)
    moved = followups.reschedule_followup(
        db, fu.id, "17.03.2026", actor="anna", expected_version=fu.version
    )
    assert moved.due_on == date(2026, 3, 17)
    assert moved.version == fu.version + 1
    entry = timeline(db, inquiry.id)[-1]
    assert (entry.kind, entry.who, entry.field, entry.old_value, entry.new_value) == (
        "followup_rescheduled",
        "anna",
        "due_on",
        "2026-03-10",
        "2026-03-17",
    )
    same = followups.reschedule_followup(db, fu.id, date(2026, 3, 17))
    assert same.version == moved.version
    assert [t.kind for t in timeline(db, inquiry.id)].count("followup_rescheduled") == 1


def test_reschedule_refusals(db: Database, inquiry) -> None:
    fu = add(db, inquiry.id, DAY)
    with pytest.raises(errors.ValidationError) as caught:
        followups.reschedule_followup(db, fu.id, "someday")
    assert "due_on" in caught.value.by_field()
    with pytest.raises(errors.ConflictError):
        followups.reschedule_followup(db, fu.id, DAY, expected_version=fu.version + 5)
    followups.complete_followup(db, fu.id, "Zrobione")
    with pytest.raises(errors.UserError, match="already done"):
        followups.reschedule_followup(db, fu.id, DAY + timedelta(days=2))


# --- deleted inquiries, next_followup -----------------------------------------------------


def test_followups_of_deleted_inquiries_do_not_show(db: Database, planned, inquiry) -> None:
    inquiries.set_deleted(db, inquiry.id, True)
    shown = ids(followups.list_followups(db, today=DAY, include_done=True))
    assert shown == [planned["late_marc"], planned["today_nobody"]]
    assert followups.list_followups(db, When.UPCOMING, today=DAY) == []
    inquiries.set_deleted(db, inquiry.id, False)
    assert len(followups.list_followups(db, today=DAY)) == 6


def test_next_followup_is_the_earliest_open_one(db: Database, inquiry) -> None:
    assert inquiries.get_inquiry(db, inquiry.id).row.next_followup is None
    later = add(db, inquiry.id, date(2026, 5, 1))
    earliest = add(db, inquiry.id, date(2026, 4, 1))
    add(db, inquiry.id, date(2026, 4, 15))
    row = inquiries.list_inquiries(db)[0]
    assert row.next_followup == date(2026, 4, 1)
    followups.complete_followup(db, earliest.id, "Zrobione")
    assert inquiries.get_inquiry(db, inquiry.id).row.next_followup == date(2026, 4, 15)
    followups.reschedule_followup(db, later.id, date(2026, 4, 2))
    assert inquiries.list_inquiries(db)[0].next_followup == date(2026, 4, 2)
    detail = inquiries.get_inquiry(db, inquiry.id)
    assert [f.due_on for f in detail.follow_ups] == [
        date(2026, 4, 1),
        date(2026, 4, 2),
        date(2026, 4, 15),
    ]
