"""A lost or completed inquiry is read-only until it is reopened: core refuses a change to it
(errors.ClosedError, coded "inquiry_closed") except the stage move that reopens it, and the
callers that touch an inquiry (letters sent, follow-ups, notes) keep working."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from msek_desktop.core import errors, followups, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.errors import code_of
from msek_desktop.core.inquiries import editing
from msek_desktop.core.inquiries.rules import reopening_stage
from msek_desktop.core.rows import InquiryRow

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

TODAY = date.today()


def closed(db: Database, party, stage: str) -> InquiryRow:
    row = inquiries.create_inquiry(
        db, {"subject": "Wymiana chórów", "contact_id": party.contact.id}, actor="anna"
    )
    if stage == "lost":
        return inquiries.move_stage(db, row.id, "lost", lost_reason="withdrawn", actor="anna")
    return inquiries.move_stage(db, row.id, stage, actor="anna")


@pytest.mark.parametrize("stage", ["lost", "completed"])
@pytest.mark.parametrize(
    "values",
    [
        {"subject": "Inny temat"},
        {"priority": "high"},
        {"assignee": "marc"},
        {"fields": ["music"]},
        {"message": "Dopisane po zamknięciu"},
    ],
)
def test_a_closed_inquiry_refuses_changes_and_writes_nothing(
    db: Database, katowice, marc, stage: str, values: dict[str, object]
) -> None:
    row = closed(db, katowice, stage)
    before = inquiries.get_inquiry(db, row.id)
    with pytest.raises(errors.ClosedError) as caught:
        inquiries.update_inquiry(db, row.id, values, actor="anna")
    message = caught.value.message
    assert code_of(message) == "inquiry_closed"
    assert message.params == {"ref": row.ref, "stage": stage}  # type: ignore[attr-defined]
    assert str(caught.value) == (
        f"inquiry {row.ref} is closed ({stage}); reopen it (move it back to an open stage)"
        " before changing it"
    )
    assert inquiries.get_inquiry(db, row.id) == before


def test_the_same_values_sent_again_change_nothing_and_are_not_refused(
    db: Database, katowice
) -> None:
    row = closed(db, katowice, "lost")
    same = inquiries.update_inquiry(
        db, row.id, {"subject": row.subject, "stage": "lost", "lost_reason": "withdrawn"}
    )
    assert same.version == row.version


@pytest.mark.parametrize(("stage", "to"), [("lost", "completed"), ("completed", "lost")])
def test_a_closed_inquiry_is_not_moved_to_another_closed_stage(
    db: Database, katowice, stage: str, to: str
) -> None:
    row = closed(db, katowice, stage)
    with pytest.raises(errors.ClosedError):
        inquiries.move_stage(db, row.id, to, lost_reason="no_answer")
    assert inquiries.get_inquiry(db, row.id).row == row


def test_a_lost_inquiry_is_not_lost_again_for_another_reason(db: Database, katowice) -> None:
    row = closed(db, katowice, "lost")
    with pytest.raises(errors.ClosedError):
        inquiries.move_stage(db, row.id, "lost", lost_reason="other", lost_note="Inny powód")
    assert inquiries.get_inquiry(db, row.id).row.lost_reason == "withdrawn"


@pytest.mark.parametrize("stage", ["lost", "completed"])
def test_reopening_moves_it_back_and_then_it_can_be_changed(
    db: Database, katowice, stage: str
) -> None:
    row = closed(db, katowice, stage)
    reopened = inquiries.move_stage(db, row.id, "in_discussion", actor="anna")
    assert (reopened.stage, reopened.closed_on, reopened.lost_reason) == (
        "in_discussion", None, None)  # fmt: skip
    changed = inquiries.update_inquiry(db, row.id, {"subject": "Po wznowieniu"}, actor="anna")
    assert changed.subject == "Po wznowieniu"


def test_reopening_may_carry_other_changes_in_the_same_save(db: Database, katowice) -> None:
    row = closed(db, katowice, "completed")
    values = {"stage": "running", "lost_reason": None, "lost_note": "", "priority": "high"}
    reopened = inquiries.update_inquiry(db, row.id, values, actor="anna")
    assert (reopened.stage, reopened.priority) == ("running", "high")


def test_what_else_touches_an_inquiry_still_works_when_it_is_closed(db: Database, katowice) -> None:
    """Notes and follow-ups are not the inquiry's fields: they are kept on a closed one."""
    row = closed(db, katowice, "completed")
    inquiries.add_note(db, row.id, "Podziękowania wysłane")
    planned = followups.add_followup(
        db, row.id, {"due_on": TODAY + timedelta(days=3), "description": "Ankieta"}
    )
    followups.complete_followup(db, planned.id, "Odesłana")
    detail = inquiries.get_inquiry(db, row.id)
    assert detail.row.stage == "completed"
    assert [f.outcome for f in detail.follow_ups] == ["Odesłana"]


def test_deleting_and_restoring_a_closed_inquiry_still_works(db: Database, katowice) -> None:
    row = closed(db, katowice, "lost")
    inquiries.set_deleted(db, row.id, True)
    restored = inquiries.set_deleted(db, row.id, False)
    assert (restored.stage, restored.deleted_at) == ("lost", None)


def test_reopen_goes_back_to_the_stage_it_had_before_it_was_closed(db: Database, katowice) -> None:
    row = inquiries.create_inquiry(
        db, {"subject": "Wymiana chórów", "contact_id": katowice.contact.id}, actor="anna"
    )
    inquiries.move_stage(db, row.id, "in_discussion")
    lost = inquiries.move_stage(db, row.id, "lost", lost_reason="no_answer")
    reopened = editing.reopen(db, row.id, actor="anna", expected_version=lost.version)
    assert (reopened.stage, reopened.lost_reason, reopened.closed_on) == (
        "in_discussion", None, None)  # fmt: skip
    moves = [(t.old_value, t.new_value) for t in inquiries.get_inquiry(db, row.id).timeline
             if t.kind == "stage"]  # fmt: skip
    assert sorted(moves) == [("in_discussion", "lost"), ("lost", "in_discussion"),
                             ("new", "in_discussion")]  # fmt: skip
    # an open inquiry is left as it is
    assert editing.reopen(db, row.id).version == reopened.version
    with pytest.raises(errors.ConflictError):
        editing.reopen(db, row.id, expected_version=lost.version)


@pytest.mark.parametrize(("closed_as", "before", "back_to"), [
    ("completed", None, "running"),
    ("lost", None, "new"),
    ("lost", "matching", "matching"),
    ("lost", "lost", "new"),  # lost again: its stage before that is not known here
    ("completed", "bogus", "running"),
])  # fmt: skip
def test_the_stage_a_closed_inquiry_reopens_to(closed_as: str, before: str | None,
                                                back_to: str) -> None:  # fmt: skip
    assert reopening_stage(closed_as, before) == back_to
