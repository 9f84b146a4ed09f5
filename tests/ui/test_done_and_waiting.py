"""Marking a follow-up done ("Done & plan next": the outcome, the next follow-up and the
inquiry's stage in one dialog and one write), Done and Reschedule only on open follow-ups,
My day's waiting inquiries (open with nothing planned, new and not yet assigned) and what
My day and the Follow-ups screen say when a list is empty."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import followup_fixtures as shared
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from msek_desktop.core import followups, inquiries, my_day, staff
from msek_desktop.core.db import Database
from msek_desktop.core.followups import When
from msek_desktop.core.rows import FollowUpRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms import followup_actions
from msek_desktop.ui.forms.followup_actions import DoneAnswer, OutcomeDialog
from msek_desktop.ui.forms.inquiry_form import InquiryForm
from msek_desktop.ui.kit.table import display
from msek_desktop.ui.screens.followups import FollowUpsScreen
from msek_desktop.ui.screens.my_day import MyDayScreen

ME = "cdubois"
db, TODAY, select_first = shared.db, shared.TODAY, shared.select_first  # the demo office

pytestmark = pytest.mark.usefixtures("asked")


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return shared.context(db, ME)


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> MyDayScreen:
    return shared.refreshed(qtbot, MyDayScreen(ctx))


def filled(dialog: OutcomeDialog, **answers: Any) -> DoneAnswer | None:
    """The real dialog, filled in as a user would and accepted: its answer, or None if it
    stayed open."""
    dialog.outcome.setPlainText(answers.get("outcome", ""))
    if "next" in answers:
        dialog.next_box.setChecked(answers["next"] is not None)
        if answers["next"]:
            due, action, what = answers["next"]
            dialog.next_due.setDate(due)
            dialog.next_action.set_code(action)
            dialog.next_description.setText(what)
    if "stage" in answers:
        dialog.stage_box.setChecked(True)
        dialog.stage.set_code(answers["stage"])
        assert dialog.stage.code() == answers["stage"], "a stage the dialog offers"
        dialog.lost_reason.set_code(answers.get("lost_reason"))
    dialog.accept()
    return dialog.answer() if dialog.result() == QDialog.DialogCode.Accepted else None


def answering(monkeypatch: pytest.MonkeyPatch, seen: list[OutcomeDialog], **answers: Any) -> None:
    """ask_done shows the real dialog (kept in `seen`) filled with `answers`."""

    def ask(parent: Any, row: FollowUpRow, today: Any, standing: Any, can_move: bool) -> Any:
        dialog = OutcomeDialog(row, parent, today=today, standing=standing, can_move=can_move)
        seen.append(dialog)
        return filled(dialog, **answers)

    monkeypatch.setattr(followup_actions, "ask_done", ask)


def open_of(db: Database, inquiry_id: int) -> list[FollowUpRow]:
    return [r for r in inquiries.get_inquiry(db, inquiry_id).follow_ups if r.done_at is None]


# --- Done & plan next ---------------------------------------------------------------------


def test_done_and_plan_next_from_my_day_is_one_write(
    screen: MyDayScreen, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    select_first(screen.overdue)
    row = screen.overdue.selected()
    assert row is not None
    before = open_of(db, row.inquiry_id)
    stage = inquiries.get_inquiry(db, row.inquiry_id).row.stage
    moved = "agreed" if stage != "agreed" else "in_discussion"
    due = TODAY + timedelta(days=5)
    seen: list[OutcomeDialog] = []
    answering(
        monkeypatch, seen, outcome="They want a visit in March.",
        next=(due, "meeting", "Visit of the school"), stage=moved,
    )  # fmt: skip

    screen.overdue.done_button.click()

    (dialog,) = seen
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).text() == "Mark as done"
    detail = inquiries.get_inquiry(db, row.inquiry_id)
    assert detail.row.stage == moved
    (done,) = [r for r in detail.follow_ups if r.id == row.id]
    assert done.done_at is not None and done.outcome == "They want a visit in March."
    planned = [r for r in detail.follow_ups if r.done_at is None and r.id not in ids(before)]
    assert [(r.due_on, r.action, r.description) for r in planned] == [
        (due, "meeting", "Visit of the school")
    ]
    newest = sorted(detail.timeline, key=lambda e: e.at)[-3:]
    assert {e.kind for e in newest} == {"followup_done", "followup_added", "stage"}
    assert row.id not in ids(screen.overdue.model.rows)


def ids(rows: Any) -> list[int]:
    return [r.id for r in rows]


def test_planning_next_is_proposed_when_nothing_else_is_planned(
    screen: MyDayScreen, db: Database, qtbot: QtBot
) -> None:
    rows = screen.overdue.model.rows + screen.today.model.rows
    alone = next(r for r in rows if len(open_of(db, r.inquiry_id)) == 1)
    dialog = OutcomeDialog(
        alone, today=TODAY, standing=followups.standing(db, alone.id), can_move=True
    )
    qtbot.addWidget(dialog)
    assert dialog.next_box.isChecked()
    assert dialog.next_due.date().toPython() == TODAY + timedelta(days=7)
    assert dialog.planned.text() == "Nothing else is planned for this inquiry."

    other = followups.add_followup(db, alone.inquiry_id, {"due_on": TODAY + timedelta(days=30)})
    again = OutcomeDialog(
        alone, today=TODAY, standing=followups.standing(db, alone.id), can_move=True
    )
    qtbot.addWidget(again)
    assert not again.next_box.isChecked()
    assert again.planned.text().startswith("Already planned: ")
    assert display(other.due_on) in again.planned.text()
    assert filled(again, outcome="Called.") == DoneAnswer("Called.")


def test_closing_as_lost_asks_why_before_anything_is_written(
    screen: MyDayScreen, db: Database, qtbot: QtBot
) -> None:
    row = screen.overdue.model.rows[0]
    standing = followups.standing(db, row.id)
    dialog = OutcomeDialog(row, today=TODAY, standing=standing)
    qtbot.addWidget(dialog)
    assert standing.stage not in [dialog.stage.itemData(i) for i in range(dialog.stage.count())]
    now = dialog.findChild(QLabel, "currentStage")
    assert now is not None and now.text()

    assert filled(dialog, outcome="", next=None, stage="lost") is None
    assert dialog.error.text() == "Please write what came of it."
    assert dialog.lost_error.text() == "Please pick why it was lost."  # both said at once

    answer = filled(dialog, outcome="No answer since June.", stage="lost", lost_reason="no_answer")
    assert answer is not None and answer.next_followup is None
    assert answer.stage == {"stage": "lost", "lost_reason": "no_answer", "lost_note": ""}


def test_done_in_the_form_moves_the_stage_the_form_shows(
    ctx: AppContext, db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = followups.list_followups(db, When.OVERDUE, assignee=ME, today=TODAY)[0]
    form = InquiryForm(ctx, row.inquiry_id)
    qtbot.addWidget(form)
    panel = form.followups
    panel.table.setCurrentIndex(panel.model.index(ids(panel.model.rows).index(row.id), 0))
    seen: list[OutcomeDialog] = []
    moved = "agreed" if form.stage.code() != "agreed" else "running"
    answering(monkeypatch, seen, outcome="Agreed on dates.", next=None, stage=moved)

    panel.complete_button.click()

    assert inquiries.get_inquiry(db, row.inquiry_id).row.stage == moved
    assert form.stage.code() == moved  # the form read the inquiry again
    assert not form.is_dirty()


def test_the_form_keeps_the_stage_while_it_holds_unsaved_edits(
    ctx: AppContext, db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = followups.list_followups(db, When.OVERDUE, assignee=ME, today=TODAY)[0]
    stage = inquiries.get_inquiry(db, row.inquiry_id).row.stage
    form = InquiryForm(ctx, row.inquiry_id)
    qtbot.addWidget(form)
    form.subject.setText("A subject being edited")
    panel = form.followups
    panel.table.setCurrentIndex(panel.model.index(ids(panel.model.rows).index(row.id), 0))
    seen: list[OutcomeDialog] = []
    answering(monkeypatch, seen, outcome="Called.", next=None)

    panel.complete_button.click()

    assert not seen[0].stage_box.isEnabled()
    assert seen[0].stage_box.toolTip()
    assert inquiries.get_inquiry(db, row.inquiry_id).row.stage == stage
    assert form.subject.text() == "A subject being edited"  # the edit is kept


# --- Done and Reschedule only on open follow-ups ---------------------------------------------


def test_done_and_reschedule_are_disabled_on_a_done_follow_up_in_the_form(
    ctx: AppContext, db: Database, qtbot: QtBot
) -> None:
    row = followups.list_followups(db, When.OVERDUE, assignee=ME, today=TODAY)[0]
    followups.complete_followup(db, row.id, "Called.", actor=ME)
    followups.add_followup(db, row.inquiry_id, {"due_on": TODAY})
    form = InquiryForm(ctx, row.inquiry_id)
    qtbot.addWidget(form)
    panel = form.followups
    assert panel.complete_button.text() == "Mark as done…"
    assert panel.model.headerData(4, Qt.Orientation.Horizontal) == "Done on"
    buttons = (panel.complete_button, panel.reschedule_button)
    for number, shown in enumerate(panel.model.rows):
        panel.table.setCurrentIndex(panel.model.index(number, 0))
        assert [b.isEnabled() for b in buttons] == [shown.done_at is None] * 2, shown
    assert panel.add_button.isEnabled()
    assert {r.done_at is None for r in panel.model.rows} == {True, False}


def test_done_and_reschedule_are_disabled_on_a_done_follow_up_in_the_lists(
    screen: MyDayScreen, db: Database
) -> None:
    done = followups.list_followups(db, include_done=True, limit=None)
    done_rows = [r for r in done if r.done_at is not None][:1]
    screen.today.set_rows(done_rows + list(screen.today.model.rows))
    select_first(screen.today)
    assert screen.today.selected() == done_rows[0]
    assert not screen.today.done_button.isEnabled()
    assert not screen.today.reschedule_button.isEnabled()
    assert screen.today.done_button.text() == "Mark as done…"
    screen.today.followup_actions.complete(done_rows[0])  # and nothing is asked
    assert followups.list_followups(db, include_done=True, limit=None) == done


# --- My day: open with nothing planned, new and not yet assigned -------------------------


def test_my_open_inquiries_with_nothing_planned(screen: MyDayScreen, db: Database) -> None:
    waiting = my_day.nothing_planned(db, ME)
    assert waiting.total > 0, "the demo leaves some of this staff member's inquiries unplanned"
    assert ids(screen.unplanned.model.rows) == ids(waiting.rows)
    for row in screen.unplanned.model.rows:
        detail = inquiries.get_inquiry(db, row.id)
        assert detail.row.assignee == ME and detail.row.is_open
        assert detail.row.next_followup is None
    tab = screen.sections.indexOf(screen.unplanned)
    assert screen.sections.tabText(tab) == f"Open, nothing planned ({waiting.total})"
    assert screen.sections.currentWidget() is screen.unplanned  # what waits comes first


def test_planning_a_follow_up_from_my_day(
    screen: MyDayScreen, db: Database, ctx: AppContext, qtbot: QtBot
) -> None:
    select_first(screen.unplanned)  # type: ignore[arg-type]
    row = screen.unplanned.selected()
    assert row is not None and screen.unplanned.button.text() == "Plan a follow-up…"
    screen.unplanned.button.click()
    dialog = screen.dialog
    dialog.description.setText("Ask for the programme")
    with qtbot.waitSignal(ctx.events.data_changed):
        dialog.save()
    (planned,) = open_of(db, row.id)
    assert (planned.description, planned.due_on) == ("Ask for the programme", TODAY + timedelta(7))
    assert row.id not in ids(screen.unplanned.model.rows)


def test_new_unassigned_inquiries_are_seen_and_taken(
    screen: MyDayScreen, db: Database, ctx: AppContext, qtbot: QtBot
) -> None:
    contact = inquiries.get_inquiry(db, screen.unplanned.model.rows[0].id).contact
    assert contact is not None
    imported = inquiries.create_inquiry(
        db, {"subject": "Chorale d’enfants à Katowice", "contact_id": contact.id}, actor="anowak"
    )
    screen.refresh()
    rows = screen.unassigned.model.rows
    assert imported.id in ids(rows)
    assert ids(rows) == ids(my_day.new_unassigned(db).rows)
    tab = screen.sections.indexOf(screen.unassigned)
    total = my_day.new_unassigned(db).total
    assert screen.sections.tabText(tab) == f"New, not yet assigned ({total})"

    screen.unassigned.table.selectRow(ids(rows).index(imported.id))
    with qtbot.waitSignal(ctx.events.open_inquiry) as opened:
        qtbot.keyClick(screen.unassigned.table, Qt.Key.Key_Return)
    assert opened.args == [imported.id]

    assert screen.unassigned.button.text() == "Take it"
    with qtbot.waitSignal(ctx.events.data_changed):
        screen.unassigned.button.click()
    assert inquiries.get_inquiry(db, imported.id).row.assignee == ME
    assert imported.id not in ids(screen.unassigned.model.rows)
    assert imported.id in ids(screen.unplanned.model.rows)  # mine now, nothing planned yet


def test_taking_one_a_colleague_took_meanwhile_is_a_plain_message(
    screen: MyDayScreen, db: Database, asked: Any
) -> None:
    contact = inquiries.get_inquiry(db, screen.unplanned.model.rows[0].id).contact
    assert contact is not None
    new = inquiries.create_inquiry(db, {"subject": "Stage", "contact_id": contact.id})
    screen.refresh()
    screen.unassigned.table.selectRow(ids(screen.unassigned.model.rows).index(new.id))
    inquiries.assign(db, new.id, "anowak", actor="anowak")  # a colleague, first
    screen.unassigned.button.click()
    (warning,) = asked.texts("warn")
    assert "Traceback" not in warning
    assert inquiries.get_inquiry(db, new.id).row.assignee == "anowak"
    assert new.id not in ids(screen.unassigned.model.rows)


# --- empty lists say why and what to do ------------------------------------------------------


def notice(table: Any) -> str:
    return str(table.empty.text.text()) if not table.empty.isHidden() else ""


def test_my_day_of_someone_with_nothing_says_why(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    staff.create_staff(db, {"login": "newbie", "full_name": "Nina Nowa"})
    monkeypatch.setattr(my_day, "new_unassigned", lambda _db: my_day.Waiting((), 0))
    screen = shared.refreshed(qtbot, MyDayScreen(shared.context(db, "newbie")))
    assert notice(screen.overdue.table) == "Nothing overdue."
    assert notice(screen.today.table) == "Nothing due today."
    assert notice(screen.upcoming.table) == "Nothing planned for the next 14 days."
    assert notice(screen.unplanned.table) == "Every open inquiry of yours has a follow-up planned."
    assert notice(screen.unassigned.table).startswith("No new inquiry is waiting")
    assert notice(screen.inquiries_table).startswith("You handle no open inquiry yet")
    assert screen.sections.currentWidget() is screen.inquiries_table


def test_my_inquiries_empty_leads_to_the_new_ones(qtbot: QtBot, db: Database) -> None:
    staff.create_staff(db, {"login": "newbie", "full_name": "Nina Nowa"})
    screen = shared.refreshed(qtbot, MyDayScreen(shared.context(db, "newbie")))
    assert screen.unassigned.total > 0, "the demo has new inquiries nobody handles"
    assert screen.sections.currentWidget() is screen.unassigned
    screen.sections.setCurrentWidget(screen.inquiries_table)
    (see,) = screen.inquiries_table.empty.buttons
    see.click()
    assert screen.sections.currentWidget() is screen.unassigned
    assert notice(screen.overdue.table) == "Nothing overdue."
    assert notice(screen.unassigned.table) == ""  # a list with rows says nothing


def test_follow_ups_screen_says_why_it_is_empty(qtbot: QtBot, db: Database) -> None:
    staff.create_staff(db, {"login": "newbie", "full_name": "Nina Nowa"})
    screen = shared.refreshed(qtbot, FollowUpsScreen(shared.context(db, "newbie")))
    table = screen.list.table
    assert notice(table) == ""
    screen.when.set_code("overdue")
    screen.assignee.set_code("newbie")
    assert screen.list.model.rowCount() == 0
    assert notice(table) == "Nothing overdue for Nina Nowa."
    (everyone,) = table.empty.buttons
    assert everyone.text() == "Show everyone's"
    everyone.click()
    assert screen.assignee.code() is None and screen.list.model.rowCount() > 0
    assert notice(table) == ""
    screen.when.set_code("today")
    shown = screen.list.model.rows
    for row in shown:
        followups.complete_followup(db, row.id, "Done.")
    screen.refresh()
    assert notice(table) == "Nothing due today."
    (show_all,) = table.empty.buttons
    assert show_all.text() == "Show all open follow-ups"
    show_all.click()
    assert screen.when.code() == "all" and screen.list.model.rowCount() > 0


def test_follow_ups_screen_with_no_follow_up_at_all(
    qtbot: QtBot, tmp_path: Any, new_database: Any
) -> None:
    empty = new_database(tmp_path / "empty.db")
    screen = shared.refreshed(qtbot, FollowUpsScreen(shared.context(empty, "anna")))
    assert notice(screen.list.table) == (
        "No follow-up planned: plan one from an inquiry's Follow-ups tab."
    )


def test_only_the_due_date_is_red_on_the_follow_ups_screen(qtbot: QtBot, db: Database) -> None:
    screen = shared.refreshed(qtbot, FollowUpsScreen(shared.context(db, ME)))
    model = screen.list.model
    late = [n for n, r in enumerate(model.rows) if r.due_on < TODAY]
    assert late, "the demo has overdue follow-ups"
    marked = {
        (n, c)
        for n in range(model.rowCount())
        for c in range(model.columnCount())
        if model.index(n, c).data(Qt.ItemDataRole.ForegroundRole) is not None
    }
    assert marked == {(n, 0) for n in late}


def test_a_closed_inquiry_is_only_offered_to_be_reopened(screen: MyDayScreen, qtbot: QtBot) -> None:
    row = screen.overdue.model.rows[0]
    dialog = OutcomeDialog(row, today=TODAY, standing=followups.Standing("completed", ()))
    qtbot.addWidget(dialog)
    offered = [dialog.stage.itemData(i) for i in range(dialog.stage.count())]
    assert "lost" not in offered and "completed" not in offered
    assert "in_discussion" in offered
