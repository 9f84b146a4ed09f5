"""Done & plan next: a follow-up's outcome, the next follow-up and the inquiry's stage move
written in one transaction, all or nothing; and My day's waiting inquiries."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from msek_desktop.core import errors, followups, inquiries, my_day
from msek_desktop.core.db import Database
from msek_desktop.core.models import FollowUp, TimelineEntry
from msek_desktop.core.rows import InquiryRow

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

DAY = date(2026, 3, 10)


@pytest.fixture
def inquiry(db: Database, katowice, anna) -> InquiryRow:
    return inquiries.create_inquiry(
        db,
        {"subject": "Koncert", "contact_id": katowice.contact.id, "assignee": "anna"},
        actor="anna",
    )


def plan(db: Database, inquiry_id: int, due: date = DAY):
    return followups.add_followup(db, inquiry_id, {"due_on": due}, actor="anna")


def stored(db: Database, inquiry_id: int):
    return inquiries.get_inquiry(db, inquiry_id)


def test_done_plans_the_next_and_moves_the_stage_in_one_write(
    db: Database, inquiry: InquiryRow, marc
) -> None:
    fu = plan(db, inquiry.id)
    later = DAY + timedelta(days=7)
    done = followups.complete_followup(
        db, fu.id, "They want to come in May.", actor="anna", expected_version=fu.version,
        next_followup={"due_on": later, "action": "email", "description": "Send the programme",
                       "assignee": "marc"},
        stage={"stage": "matching"}, today=DAY,
    )  # fmt: skip
    assert done.done_at is not None and done.outcome == "They want to come in May."
    detail = stored(db, inquiry.id)
    assert detail.row.stage == "matching"
    assert detail.row.next_followup == later
    (nxt,) = [r for r in detail.follow_ups if r.done_at is None]
    assert (nxt.due_on, nxt.action, nxt.description, nxt.assignee) == (
        later, "email", "Send the programme", "marc",
    )  # fmt: skip
    kinds = [e.kind for e in detail.timeline]
    assert {"followup_done", "followup_added", "stage"} <= set(kinds)


def test_next_follow_up_goes_to_whoever_handles_the_inquiry(
    db: Database, inquiry: InquiryRow
) -> None:
    fu = plan(db, inquiry.id)
    followups.complete_followup(db, fu.id, "Called.", next_followup={"due_on": DAY}, actor="anna")
    (nxt,) = [r for r in stored(db, inquiry.id).follow_ups if r.done_at is None]
    assert nxt.assignee == "anna"


@pytest.mark.parametrize(
    ("next_followup", "stage", "field"),
    [
        ({"due_on": "31/02/2026"}, None, "due_on"),
        ({"due_on": DAY, "action": "fax"}, None, "action"),
        (None, {"stage": "lost"}, "lost_reason"),
        (None, {"stage": "lost", "lost_reason": "other"}, "lost_note"),
        (None, {"stage": "somewhere"}, "stage"),
    ],
)
def test_a_refused_part_writes_nothing(
    db: Database, inquiry: InquiryRow, count, next_followup, stage, field
) -> None:
    fu = plan(db, inquiry.id)
    before = (count(FollowUp), count(TimelineEntry))
    with pytest.raises(errors.ValidationError) as refused:
        followups.complete_followup(
            db, fu.id, "Called.", next_followup=next_followup, stage=stage, actor="anna"
        )
    assert field in refused.value.by_field()
    assert (count(FollowUp), count(TimelineEntry)) == before
    again = stored(db, inquiry.id)
    assert again.row.stage == "new"
    assert [r.done_at for r in again.follow_ups] == [None]


def test_closing_as_lost_with_its_reason(db: Database, inquiry: InquiryRow) -> None:
    fu = plan(db, inquiry.id)
    followups.complete_followup(
        db, fu.id, "No answer for two months.", actor="anna", today=DAY,
        stage={"stage": "lost", "lost_reason": "no_answer", "lost_note": ""},
    )  # fmt: skip
    row = stored(db, inquiry.id).row
    assert (row.stage, row.lost_reason, row.closed_on) == ("lost", "no_answer", DAY)


def test_a_conflict_on_the_follow_up_moves_no_stage(db: Database, inquiry: InquiryRow) -> None:
    fu = plan(db, inquiry.id)
    followups.reschedule_followup(db, fu.id, DAY + timedelta(days=1), actor="anna")
    with pytest.raises(errors.ConflictError):
        followups.complete_followup(
            db, fu.id, "Called.", expected_version=fu.version, stage={"stage": "matching"},
            next_followup={"due_on": DAY},
        )  # fmt: skip
    detail = stored(db, inquiry.id)
    assert detail.row.stage == "new" and len(detail.follow_ups) == 1


# --- My day's waiting inquiries -------------------------------------------------------------


def test_new_unassigned_lists_new_inquiries_nobody_handles(
    db: Database, inquiry: InquiryRow, saint_etienne, katowice
) -> None:
    make = lambda subject, **v: inquiries.create_inquiry(  # noqa: E731
        db, {"subject": subject, "contact_id": saint_etienne.contact.id, **v}, actor="anna"
    )
    nobody = make("Résidence", received_on=DAY)
    older = make("Chorale", received_on=DAY - timedelta(days=3))
    moved = make("Exposition")
    inquiries.move_stage(db, moved.id, "qualifying", actor="anna")
    gone = make("Supprimée")
    inquiries.set_deleted(db, gone.id, True, actor="anna")

    waiting = my_day.new_unassigned(db)

    assert [r.id for r in waiting.rows] == [older.id, nobody.id]  # oldest first
    assert waiting.total == 2
    first = waiting.rows[0]
    assert (first.ref, first.subject, first.contact, first.organisation, first.stage) == (
        older.ref, "Chorale", "Jean Dupont", "Conservatoire Massenet", "new",
    )  # fmt: skip
    assert my_day.new_unassigned(db, limit=1).total == 2
    assert len(my_day.new_unassigned(db, limit=1).rows) == 1


def test_nothing_planned_lists_my_open_inquiries_without_an_open_follow_up(
    db: Database, inquiry: InquiryRow, katowice, marc
) -> None:
    make = lambda subject, who="anna": inquiries.create_inquiry(  # noqa: E731
        db, {"subject": subject, "contact_id": katowice.contact.id, "assignee": who}, actor="anna"
    )
    planned, done_only, closed, theirs = make("A"), make("B"), make("C"), make("D", "marc")
    plan(db, planned.id)
    old = plan(db, done_only.id)
    followups.complete_followup(db, old.id, "Called.", actor="anna")
    inquiries.move_stage(db, closed.id, "completed", actor="anna")

    waiting = my_day.nothing_planned(db, "anna")

    assert {r.id for r in waiting.rows} == {inquiry.id, done_only.id}
    assert waiting.total == 2
    assert [r.id for r in my_day.nothing_planned(db, "marc").rows] == [theirs.id]
    assert my_day.nothing_planned(db, "nobody") == my_day.Waiting((), 0)


@pytest.mark.database_file
def test_waiting_lists_read_through_indexes(db: Database, inquiry: InquiryRow) -> None:
    """SQLite's plan for each list: the inquiries found by an index, never a full scan."""
    with db.read() as session:
        for stmt in (my_day.new_unassigned_query(), my_day.nothing_planned_query("anna")):
            sql = stmt.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
            plan_rows = session.execute(text(f"EXPLAIN QUERY PLAN {sql}")).all()
            steps = " | ".join(str(r[-1]) for r in plan_rows)
            assert "SCAN inquiries" not in steps, steps
            assert "SCAN follow_ups" not in steps, steps


def test_standing_says_the_stage_and_what_else_is_planned(
    db: Database, inquiry: InquiryRow
) -> None:
    first = plan(db, inquiry.id, DAY)
    assert followups.standing(db, first.id) == followups.Standing("new", ())
    later = plan(db, inquiry.id, DAY + timedelta(days=9))
    sooner = plan(db, inquiry.id, DAY + timedelta(days=2))
    followups.complete_followup(db, later.id, "Moved to the phone call.")
    standing = followups.standing(db, first.id)
    assert [r.id for r in standing.others] == [sooner.id]  # open ones only, soonest first
    with pytest.raises(errors.NotFoundError):
        followups.standing(db, 999_999)
