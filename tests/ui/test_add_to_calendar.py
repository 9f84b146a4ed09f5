"""Add to calendar on a follow-up list (My day, Follow-ups): the selected follow-up as a one-event
.ics opened with the system's calendar program (Outlook offers to add it)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import followup_fixtures as shared
import icalendar
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from msek_desktop.core import calendar, followups
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.screens.followups import FollowUpsScreen

db, TODAY = shared.db, shared.TODAY  # the demo office

if TYPE_CHECKING:
    from tests.ui.conftest import Asked


@pytest.fixture
def screen(qtbot: QtBot, db: Database) -> FollowUpsScreen:
    ctx: AppContext = shared.context(db, "anowak")
    return shared.refreshed(qtbot, FollowUpsScreen(ctx))


def opener(monkeypatch: pytest.MonkeyPatch, found: bool) -> list[QUrl]:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or found)
    return opened


def test_the_button_waits_for_an_open_followup(screen: FollowUpsScreen) -> None:
    assert screen.list.calendar_button.text() == "Add to calendar"
    assert not screen.list.calendar_button.isEnabled()
    shared.select_first(screen.list)
    assert screen.list.calendar_button.isEnabled()


def test_opens_the_followup_as_one_event(
    screen: FollowUpsScreen, db: Database, monkeypatch: pytest.MonkeyPatch, asked: Asked
) -> None:
    opened = opener(monkeypatch, True)
    shared.select_first(screen.list)
    row = screen.list.selected()
    assert row is not None
    screen.list.calendar_button.click()
    assert asked.shown == []
    (url,) = opened
    path = Path(url.toLocalFile())
    assert path.suffix == ".ics" and row.inquiry_ref in path.name
    (event,) = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert str(event["uid"]) == calendar.uid_of(row.id)
    assert event.decoded("dtstart") == row.due_on
    assert str(event["summary"]).startswith(row.inquiry_ref)


def test_no_calendar_program_is_said(
    screen: FollowUpsScreen, monkeypatch: pytest.MonkeyPatch, asked: Asked
) -> None:
    opener(monkeypatch, False)
    shared.select_first(screen.list)
    screen.list.calendar_button.click()
    ((kind, title, text),) = asked.shown
    assert (kind, title) == ("warn", "Add to calendar")
    assert text.startswith("No calendar program was found to open ") and ".ics" in text


def test_a_followup_done_meanwhile_is_said(
    screen: FollowUpsScreen, db: Database, monkeypatch: pytest.MonkeyPatch, asked: Asked
) -> None:
    opened = opener(monkeypatch, True)
    shared.select_first(screen.list)
    row = screen.list.selected()
    assert row is not None
    followups.complete_followup(db, row.id, "Done at another desk", actor="anowak")
    screen.list.calendar_button.click()
    assert opened == []
    ((kind, _title, text),) = asked.shown
    assert kind == "warn" and "is done" in text
