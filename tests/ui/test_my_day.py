"""My day: my overdue follow-ups highlighted, today, the next two weeks, my open inquiries."""

from __future__ import annotations

from datetime import timedelta

import followup_fixtures as shared
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from msek_desktop.core import followups, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.followups import When
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms import followup_actions
from msek_desktop.ui.forms.followup_actions import (
    DoneAnswer,
    FollowUpActions,
    OutcomeDialog,
    RescheduleDialog,
)
from msek_desktop.ui.forms.inquiry_form import InquiryForm
from msek_desktop.ui.kit.table import OVERDUE
from msek_desktop.ui.screens.followups import FollowUpsScreen
from msek_desktop.ui.screens.my_day import MyDayScreen

ME = "cdubois"
db, TODAY, select_first = shared.db, shared.TODAY, shared.select_first  # the demo office


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return shared.context(db, ME)


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> MyDayScreen:
    return shared.refreshed(qtbot, MyDayScreen(ctx))


def test_models_pass_the_model_tester(screen: MyDayScreen, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    for part in screen.lists():
        qtmodeltester.check(part.model)
    qtmodeltester.check(screen.inquiries_model)


def test_lists_hold_my_follow_ups(screen: MyDayScreen, db: Database) -> None:
    overdue = followups.list_followups(db, When.OVERDUE, assignee=ME, today=TODAY)
    assert overdue, "the demo gives this staff member overdue follow-ups"
    assert [r.id for r in screen.overdue.model.rows] == [r.id for r in overdue]
    assert all(r.due_on == TODAY for r in screen.today.model.rows)
    horizon = TODAY + timedelta(days=14)
    assert all(TODAY < r.due_on <= horizon for r in screen.upcoming.model.rows)
    every = screen.overdue.model.rows + screen.today.model.rows + screen.upcoming.model.rows
    assert {r.assignee for r in every} == {ME}


def test_overdue_rows_are_highlighted(screen: MyDayScreen) -> None:
    model = screen.overdue.model
    for row in range(model.rowCount()):
        brush = model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)
        assert brush.color() == OVERDUE
    assert screen.today.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_headings_count_with_plural_forms(screen: MyDayScreen, db: Database) -> None:
    n = screen.overdue.model.rowCount()
    assert screen.overdue.heading.text() == f"{n} overdue follow-ups"
    mine = inquiries.count_inquiries(db, InquiryFilter(assignee=ME, open=True))
    mine_tab = screen.sections.indexOf(screen.inquiries_table)
    assert screen.sections.tabText(mine_tab) == f"My open inquiries: {mine}"
    assert screen.inquiries_model.rowCount() == min(mine, screen.inquiries_model.PAGE)
    assert all(r.assignee == ME and r.is_open for r in screen.inquiries_model.rows)


def test_completing_removes_it_from_overdue(
    screen: MyDayScreen, db: Database, ctx: AppContext, qtbot: QtBot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    before = screen.overdue.model.rowCount()
    select_first(screen.overdue)
    done = screen.overdue.selected()
    assert done is not None and screen.overdue.done_button.isEnabled()
    monkeypatch.setattr(followup_actions, "ask_done", lambda *_a: DoneAnswer("They said yes."))

    with qtbot.waitSignal(ctx.events.data_changed):
        screen.overdue.done_button.click()

    assert done.id not in [r.id for r in screen.overdue.model.rows]
    assert screen.overdue.model.rowCount() == before - 1
    assert screen.overdue.heading.text() == f"{before - 1} overdue follow-ups"
    stored = {r.id: r for r in followups.list_followups(db, include_done=True, limit=None)}
    assert stored[done.id].outcome == "They said yes."
    assert stored[done.id].done_at is not None


def test_rescheduling_moves_it_to_upcoming(screen: MyDayScreen, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    select_first(screen.overdue)
    moved = screen.overdue.selected()
    assert moved is not None
    later = TODAY + timedelta(days=3)
    monkeypatch.setattr(followup_actions, "ask_new_date", lambda _p, _r, _t: later)

    screen.overdue.reschedule_button.click()

    assert moved.id not in [r.id for r in screen.overdue.model.rows]
    again = {r.id: r for r in screen.upcoming.model.rows}
    assert again[moved.id].due_on == later


def test_cancelled_outcome_writes_nothing(screen: MyDayScreen, db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    select_first(screen.overdue)
    monkeypatch.setattr(followup_actions, "ask_done", lambda *_a: None)
    before = len(followups.list_followups(db, When.OVERDUE, assignee=ME, today=TODAY))
    screen.overdue.done_button.click()
    assert len(followups.list_followups(db, When.OVERDUE, assignee=ME, today=TODAY)) == before


def test_enter_on_a_row_opens_its_inquiry(
    screen: MyDayScreen, ctx: AppContext, qtbot: QtBot
) -> None:
    select_first(screen.today)
    row = screen.today.selected()
    assert row is not None
    with qtbot.waitSignal(ctx.events.open_inquiry) as opened:
        qtbot.keyClick(screen.today.table, Qt.Key.Key_Return)
    assert opened.args == [row.inquiry_id]


def test_outcome_dialog_refuses_an_empty_outcome(screen: MyDayScreen, qtbot: QtBot) -> None:
    row = screen.overdue.model.rows[0]
    dialog = OutcomeDialog(row)
    qtbot.addWidget(dialog)
    dialog.outcome.setPlainText("   ")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.objectName() == "error_outcome"
    assert dialog.error.text()
    dialog.outcome.setPlainText("Met them at the Opéra.")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.text() == "Met them at the Opéra."


def test_reschedule_dialog_proposes_a_later_date(screen: MyDayScreen, qtbot: QtBot) -> None:
    row = screen.overdue.model.rows[0]
    dialog = RescheduleDialog(row, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.date() == TODAY + timedelta(days=7)


def test_done_is_one_action_in_my_day_the_follow_ups_screen_and_the_inquiry_form(
    screen: MyDayScreen, ctx: AppContext, db: Database, qtbot: QtBot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    completed: list[tuple[QWidget, int]] = []
    complete = FollowUpActions.complete

    def spy(actions: FollowUpActions, row: followups.FollowUpRow) -> bool:
        completed.append((actions.parent, row.id))
        return complete(actions, row)

    monkeypatch.setattr(FollowUpActions, "complete", spy)
    said = ["Called them from My day.", "Called them from the list.", "Called them from the form."]
    outcomes = iter(said)
    monkeypatch.setattr(followup_actions, "ask_done", lambda *_a: DoneAnswer(next(outcomes)))
    office = FollowUpsScreen(ctx)
    qtbot.addWidget(office)

    select_first(screen.overdue)
    mine = screen.overdue.selected()
    screen.overdue.done_button.click()
    office.refresh()
    select_first(office.list)
    theirs = office.list.selected()
    office.list.done_button.click()
    assert mine is not None and theirs is not None
    left = followups.list_followups(db, today=TODAY)[0]
    form = InquiryForm(ctx, left.inquiry_id)
    qtbot.addWidget(form)
    panel = form.followups
    panel.table.setCurrentIndex(
        panel.model.index([r.id for r in panel.model.rows].index(left.id), 0)
    )
    panel.complete_button.click()

    holders = (screen.overdue, office.list, panel)
    assert {type(holder.followup_actions) for holder in holders} == {FollowUpActions}
    assert completed == [(screen.overdue, mine.id), (office.list, theirs.id), (panel, left.id)]
    stored = {r.id: r for r in followups.list_followups(db, include_done=True, limit=None)}
    assert [stored[i].outcome for i in (mine.id, theirs.id, left.id)] == said
    assert all(stored[i].done_at is not None for i in (mine.id, theirs.id, left.id))
