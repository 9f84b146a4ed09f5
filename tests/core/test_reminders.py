"""Reminders while the program runs (core.reminders), with the clock given: what is due when,
the start-up summary, midnight, snoozes and their end, done or rescheduled follow-ups."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from msek_desktop.core import errors, followups, inquiries, reminders
from msek_desktop.core.db import Database
from msek_desktop.core.reminders import Length, Reminders, Snooze
from msek_desktop.core.rows import FollowUpRow, InquiryRow

pytestmark = pytest.mark.both_databases  # the tests reading follow-ups: a file, then the server

TODAY = date(2026, 12, 5)
MORNING = datetime(2026, 12, 5, 8, 30)


def row(fid: int, due: date, ref: str = "") -> FollowUpRow:
    return FollowUpRow(
        fid, fid, ref or f"2026-{fid:04d}", "Koncert", "anna", due, "call", "", None, "", 1
    )


# -- the rules, on rows ----------------------------------------------------------------------


def test_the_first_reading_is_one_summary_of_everything_due_and_late() -> None:
    due = [row(1, TODAY - timedelta(days=3)), row(2, TODAY), row(3, TODAY)]
    kept = Reminders()
    notice = kept.update(due, MORNING)
    assert notice is not None
    assert (notice.at_start, notice.overdue, [r.id for r in notice.followups]) == (
        True,
        1,
        [1, 2, 3],
    )
    assert notice.single is None, "a summary opens My day, not one inquiry"
    assert kept.counts() == reminders.Counts(due=3, overdue=1)
    assert kept.update(due, MORNING + timedelta(minutes=5)) is None, "told once"


def test_a_follow_up_falling_due_later_is_told_alone_once() -> None:
    kept = Reminders()
    kept.update([row(1, TODAY)], MORNING)
    notice = kept.update([row(1, TODAY), row(7, TODAY)], MORNING + timedelta(hours=2))
    assert notice is not None and not notice.at_start
    assert notice.single is not None and notice.single.id == 7
    assert kept.update([row(1, TODAY), row(7, TODAY)], MORNING + timedelta(hours=3)) is None


def test_nothing_due_at_start_says_nothing_and_later_ones_come_one_by_one() -> None:
    kept = Reminders()
    assert kept.update([], MORNING) is None
    notice = kept.update([row(4, TODAY)], MORNING + timedelta(hours=1))
    assert notice is not None and not notice.at_start and notice.single == row(4, TODAY)


def test_snooze_for_an_hour_then_told_again_when_it_ends() -> None:
    due = [row(1, TODAY), row(2, TODAY)]
    kept = Reminders()
    kept.update(due, MORNING)
    snooze = kept.snooze(1, Length.HOUR, MORNING)
    assert snooze == Snooze(TODAY, datetime(2026, 12, 5, 9, 30))
    assert kept.next_change(MORNING) == datetime(2026, 12, 5, 9, 30)
    assert kept.update(due, datetime(2026, 12, 5, 9, 29)) is None
    notice = kept.update(due, datetime(2026, 12, 5, 9, 30))
    assert notice is not None and notice.single is not None and notice.single.id == 1
    assert kept.snoozes == {}, "an ended snooze goes"
    assert kept.next_change(datetime(2026, 12, 5, 9, 30)) == datetime(2026, 12, 6, 0, 0)


def test_snooze_until_tomorrow_is_nine_the_next_morning_even_late_at_night() -> None:
    late = datetime(2026, 12, 5, 23, 40)
    assert reminders.snooze_end(Length.TOMORROW, late) == datetime(2026, 12, 6, 9, 0)
    assert reminders.snooze_end("hour", late) == datetime(2026, 12, 6, 0, 40)
    kept = Reminders()
    kept.update([row(1, TODAY)], late)
    kept.snooze(1, "tomorrow", late)
    # midnight first: the snoozed one is now late, still quiet until nine
    assert kept.next_change(late) == datetime(2026, 12, 6, 0, 0)
    assert kept.update([row(1, TODAY)], datetime(2026, 12, 6, 0, 0)) is None
    assert kept.counts() == reminders.Counts(due=1, overdue=1)
    assert kept.next_change(datetime(2026, 12, 6, 0, 0)) == datetime(2026, 12, 6, 9, 0)
    assert kept.update([row(1, TODAY)], datetime(2026, 12, 6, 9, 0)) is not None


def test_snooze_all_and_a_follow_up_not_due_is_refused() -> None:
    kept = Reminders()
    kept.update([row(1, TODAY), row(2, TODAY - timedelta(days=1))], MORNING)
    assert kept.snooze_all(Length.HOUR, MORNING) == 2
    assert set(kept.snoozes) == {1, 2}
    with pytest.raises(errors.UserError, match="Follow-up 9 is not due"):
        kept.snooze(9, Length.HOUR, MORNING)


def test_snoozes_kept_at_start_stay_quiet_and_a_rescheduled_one_loses_its_snooze() -> None:
    kept = Reminders({1: Snooze(TODAY, datetime(2026, 12, 5, 12, 0)),
                      2: Snooze(TODAY, datetime(2026, 12, 5, 12, 0))})  # fmt: skip
    # follow-up 2 was rescheduled (another day) meanwhile: its snooze is forgotten
    notice = kept.update([row(1, TODAY), row(2, TODAY - timedelta(days=1)), row(3, TODAY)], MORNING)
    assert notice is not None and [r.id for r in notice.followups] == [2, 3]
    assert set(kept.snoozes) == {1}
    kept.update([row(3, TODAY)], MORNING)  # 1 done meanwhile
    assert kept.snoozes == {}


def test_the_next_change_is_midnight_when_nothing_is_snoozed() -> None:
    assert Reminders().next_change(MORNING) == datetime(2026, 12, 6, 0, 0)
    new_year = datetime(2026, 12, 31, 23, 59, 59)
    assert reminders.next_midnight(new_year) == datetime(2027, 1, 1, 0, 0)


def test_snoozes_survive_as_text_and_damaged_text_reads_as_none() -> None:
    snoozes = {4: Snooze(TODAY, datetime(2026, 12, 6, 9, 0)), 12: Snooze(TODAY, MORNING)}
    assert reminders.load_snoozes(reminders.dump_snoozes(snoozes)) == snoozes
    damaged_texts = (
        None, 3, "", "{not json", "[1, 2]", '{"4": "x"}',
        '{"x": ["2026-12-05", "2026-12-06T09:00"]}',
        '{"4": ["2026-12-05", "2026-12-06T09:00+01:00"]}',  # not local wall time
    )  # fmt: skip
    for damaged in damaged_texts:
        assert reminders.load_snoozes(damaged) == {}
    mixed = '{"4": ["2026-12-05", "2026-12-06T09:00:00"], "5": [1]}'
    assert reminders.load_snoozes(mixed) == {4: Snooze(TODAY, datetime(2026, 12, 6, 9, 0))}


# -- read from the database (an SQLite file, then the office server) ------------------------


@pytest.fixture
def inquiry(db: Database, katowice, anna, marc) -> InquiryRow:
    return inquiries.create_inquiry(
        db,
        {"subject": "Koncert", "contact_id": katowice.contact.id, "assignee": "anna"},
        actor="anna",
    )


def plan(db: Database, inquiry: InquiryRow, due: date, who: str = "anna") -> FollowUpRow:
    values = {"due_on": due, "assignee": who}
    return followups.add_followup(db, inquiry.id, values, actor="anna")


def test_due_follow_ups_are_mine_today_and_late_not_later_nor_done(
    db: Database, inquiry: InquiryRow
) -> None:
    late = plan(db, inquiry, TODAY - timedelta(days=2))
    today = plan(db, inquiry, TODAY)
    plan(db, inquiry, TODAY + timedelta(days=1))
    theirs = plan(db, inquiry, TODAY, who="marc")
    done = plan(db, inquiry, TODAY)
    followups.complete_followup(db, done.id, "Called", actor="anna")
    due = reminders.due_followups(db, "anna", TODAY)
    assert [r.id for r in due] == [late.id, today.id]
    assert reminders.count_due(due, TODAY) == reminders.Counts(due=2, overdue=1)
    assert [r.id for r in reminders.due_followups(db, "marc", TODAY)] == [theirs.id]


def test_a_follow_up_due_tomorrow_falls_due_at_midnight(db: Database, inquiry: InquiryRow) -> None:
    tomorrow = plan(db, inquiry, TODAY + timedelta(days=1))
    kept = Reminders()
    evening = datetime(2026, 12, 5, 23, 59)
    assert kept.update(reminders.due_followups(db, "anna", evening.date()), evening) is None
    midnight = kept.next_change(evening)
    assert midnight == datetime(2026, 12, 6, 0, 0)
    notice = kept.update(reminders.due_followups(db, "anna", midnight.date()), midnight)
    assert notice is not None and notice.single is not None
    assert (notice.single.id, notice.single.inquiry_ref, notice.overdue) == (
        tomorrow.id, inquiry.ref, 0,
    )  # fmt: skip
    next_day = datetime(2026, 12, 7, 0, 0)
    assert kept.update(reminders.due_followups(db, "anna", next_day.date()), next_day) is None
    assert kept.counts() == reminders.Counts(due=1, overdue=1), "late from the day after"


def test_done_or_rescheduled_follow_ups_leave_the_snoozes(
    db: Database, inquiry: InquiryRow
) -> None:
    first, second, third = (plan(db, inquiry, TODAY) for _ in range(3))
    kept = Reminders()
    kept.update(reminders.due_followups(db, "anna", TODAY), MORNING)
    for fid in (first.id, second.id, third.id):
        kept.snooze(fid, Length.TOMORROW, MORNING)
    followups.complete_followup(db, first.id, "Called", actor="anna")
    followups.reschedule_followup(db, second.id, TODAY + timedelta(days=7), actor="anna")
    later = MORNING + timedelta(minutes=10)
    assert kept.update(reminders.due_followups(db, "anna", TODAY), later) is None
    assert set(kept.snoozes) == {third.id}
    reread = reminders.load_snoozes(reminders.dump_snoozes(kept.snoozes))
    assert reread == {third.id: Snooze(TODAY, datetime(2026, 12, 6, 9, 0))}
