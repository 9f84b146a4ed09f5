"""The whole office's follow-ups: filters, overdue highlighted, the same actions as My day."""

from __future__ import annotations

from datetime import date

import followup_fixtures as shared
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from msek_desktop.core import followups
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms import followup_actions
from msek_desktop.ui.forms.followup_actions import DoneAnswer
from msek_desktop.ui.kit.table import OVERDUE
from msek_desktop.ui.screens.followups import FollowUpsScreen

db, TODAY = shared.db, shared.TODAY  # the demo office


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return shared.context(db, "anowak")


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> FollowUpsScreen:
    return shared.refreshed(qtbot, FollowUpsScreen(ctx))


def shown(screen: FollowUpsScreen) -> list[followups.FollowUpRow]:
    return list(screen.list.model.rows)


def test_model_passes_the_model_tester(screen: FollowUpsScreen, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(screen.list.model)


def test_shows_every_open_follow_up_soonest_first(screen: FollowUpsScreen, db: Database) -> None:
    expected = followups.list_followups(db, today=TODAY, limit=None)
    assert [r.id for r in shown(screen)] == [r.id for r in expected]
    assert screen.list.heading.text() == f"{len(expected)} open follow-ups"
    assert len({r.assignee for r in expected}) > 1, "the whole office, not one person"


def test_overdue_are_highlighted_among_all(screen: FollowUpsScreen) -> None:
    model = screen.list.model
    for row in range(model.rowCount()):
        brush = model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)
        late = model.rows[row].due_on < TODAY
        assert (brush is not None and brush.color() == OVERDUE) == late


@pytest.mark.parametrize(
    ("when", "test"),
    [
        ("overdue", lambda d: d < TODAY),
        ("today", lambda d: d == TODAY),
        ("upcoming", lambda d: d > TODAY),
    ],
)
def test_when_filter(screen: FollowUpsScreen, db: Database, when: str, test) -> None:  # type: ignore[no-untyped-def]
    screen.when.set_code(when)
    rows = shown(screen)
    assert rows
    assert all(test(r.due_on) for r in rows)
    assert len(rows) == len(followups.list_followups(db, when, today=TODAY))


def test_assignee_filter(screen: FollowUpsScreen, db: Database) -> None:
    screen.when.set_code("overdue")
    screen.assignee.set_code("jlefevre")
    rows = shown(screen)
    assert rows and {r.assignee for r in rows} == {"jlefevre"}
    expected = followups.list_followups(db, "overdue", assignee="jlefevre", today=TODAY)
    assert [r.id for r in rows] == [r.id for r in expected]
    screen.assignee.set_code(None)
    assert len({r.assignee for r in shown(screen)}) > 1


def test_assignee_column_shows_full_names(screen: FollowUpsScreen) -> None:
    column = [c.key for c in screen.list.model.columns].index("assignee")
    names = {screen.list.model.index(r, column).data() for r in range(20)}
    assert "Julien Lefèvre" in names or "Marta Szczęsna" in names


def test_completing_through_the_screen(screen: FollowUpsScreen, db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    screen.when.set_code("overdue")
    shared.select_first(screen.list)
    done = screen.list.selected()
    assert done is not None
    monkeypatch.setattr(followup_actions, "ask_done", lambda *_a: DoneAnswer("Sent the programme."))
    screen.list.done_button.click()
    assert done.id not in [r.id for r in shown(screen)]
    stored = {r.id: r for r in followups.list_followups(db, include_done=True, limit=None)}
    assert stored[done.id].outcome == "Sent the programme."


def test_a_conflict_is_a_plain_message_and_reloads(
    screen: FollowUpsScreen, db: Database, monkeypatch, asked
) -> None:  # type: ignore[no-untyped-def]
    row = shown(screen)[0]
    followups.reschedule_followup(db, row.id, date(2027, 1, 4), actor="anowak")  # someone else
    shared.select_first(screen.list)
    monkeypatch.setattr(followup_actions, "ask_done", lambda *_a: DoneAnswer("Done."))
    screen.list.done_button.click()
    warnings = asked.texts("warn")
    assert len(warnings) == 1
    assert "Traceback" not in warnings[0]
    reloaded = {r.id: r for r in shown(screen)}
    assert reloaded[row.id].due_on == date(2027, 1, 4)
    assert reloaded[row.id].done_at is None
