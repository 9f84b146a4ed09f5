"""An empty Inquiries list says why and offers what to do: show the other state's matches,
clear the search or the filters, create or import the first inquiries."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from msek_desktop.core import demo, inquiries, staff
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.importing import ImportWizard
from msek_desktop.ui.forms.inquiry_form import InquiryForm
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.screens.inquiries import InquiriesScreen
from msek_desktop.ui.window.main_window import MainWindow


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(tmp_path / "e.db", demo.generate, inquiries=150, seed=4)


def notice(screen: InquiriesScreen) -> tuple[str, list[str]] | None:
    """What the empty list says and its buttons; None when the notice is hidden."""
    shown = screen.table.empty
    if not shown.isVisibleTo(screen.table):
        return None
    return shown.text.text(), [b.text() for b in shown.buttons]


def press(screen: InquiriesScreen, text: str) -> None:
    button = next(b for b in screen.table.empty.buttons if b.text() == text)
    assert isinstance(button, QPushButton)
    button.click()


def test_a_full_list_says_nothing(screen: InquiriesScreen) -> None:
    assert screen.model.rowCount() and notice(screen) is None


def test_no_open_match_offers_the_closed_ones(screen: InquiriesScreen, db: Database) -> None:
    completed = inquiries.count_inquiries(db, InquiryFilter(stages=("completed",)))
    assert completed > 1
    screen.stage.set_code("completed")  # while showing the open ones
    assert screen.model.rowCount() == 0
    assert notice(screen) == (
        f"No open inquiry matches — {completed} closed ones do.",
        ["Show the closed ones"],
    )
    press(screen, "Show the closed ones")
    assert screen.show_which.code() == "closed"
    assert screen.model.rowCount() == completed
    assert notice(screen) is None


def test_no_closed_match_offers_the_open_ones(screen: InquiriesScreen, db: Database) -> None:
    new = inquiries.count_inquiries(db, InquiryFilter(stages=("matching",)))
    assert new > 1
    screen.show_which.set_code("closed")
    screen.stage.set_code("matching")
    assert notice(screen) == (
        f"No closed inquiry matches — {new} open ones do.",
        ["Show the open ones"],
    )
    press(screen, "Show the open ones")
    assert screen.model.rowCount() == new


def test_a_search_with_no_result_can_be_cleared(qtbot: QtBot, screen: InquiriesScreen) -> None:
    qtbot.keyClicks(screen.search, "zzqxw")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0)  # once the typing reached it
    assert screen.count.text() == "0 inquiries"  # known at once: no count to wait for
    assert notice(screen) == ("Nothing matches “zzqxw”.", ["Clear the search"])
    press(screen, "Clear the search")
    assert screen.search.text() == ""
    assert screen.model.rowCount() and notice(screen) is None


def test_filters_with_no_result_can_be_cleared(screen: InquiriesScreen, db: Database) -> None:
    staff.create_staff(db, {"login": "idle", "full_name": "Iwona Idle"})
    screen.retranslate()  # the assignee filter's choices read again
    screen.side.set_code("katowice")
    screen.assignee.set_code("idle")
    assert notice(screen) == ("No inquiry matches these filters.", ["Clear the filters"])
    press(screen, "Clear the filters")
    assert (screen.assignee.code(), screen.side.code()) == (None, None)
    assert screen.model.rowCount() and notice(screen) is None


def test_no_deleted_inquiry_says_there_is_nothing_to_restore(screen: InquiriesScreen) -> None:
    screen.show_which.set_code("deleted")
    assert notice(screen) == ("No deleted inquiry: nothing to restore.", ["Show the open ones"])


def test_the_other_state_is_counted_only_for_an_empty_list(
    screen: InquiriesScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted: list[InquiryFilter] = []
    real = inquiries.count_by_state

    def spy(db: Database, flt: InquiryFilter) -> inquiries.StateCounts:
        counted.append(flt)
        return real(db, flt)

    monkeypatch.setattr(inquiries, "count_by_state", spy)
    screen.refresh()
    assert counted == []  # rows to show: nothing more is read
    screen.stage.set_code("completed")
    assert [f.stages for f in counted] == [("completed",)]


def test_an_empty_database_offers_new_and_import(
    qtbot: QtBot, tmp_path: Path, new_database: Callable[..., Database]
) -> None:
    empty = new_database(tmp_path / "empty.db")
    staff.create_staff(empty, {"login": "anowak", "full_name": "Anna Nowak"})
    window = MainWindow(AppContext(db=empty, me="anowak", languages=Languages()))
    qtbot.addWidget(window)
    screen = window.show_screen("inquiries")
    assert isinstance(screen, InquiriesScreen)
    assert notice(screen) == (
        "No inquiry yet: create one or import a file.",
        ["New inquiry (Ctrl+N)", "Import a file… (Ctrl+I)"],
    )
    press(screen, "New inquiry (Ctrl+N)")
    assert any(isinstance(f, InquiryForm) and f.isVisible() for f in window.forms)
    for form in window.forms:
        form.close()
    press(screen, "Import a file… (Ctrl+I)")
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.reject()


def test_a_screen_outside_the_window_offers_new_only(
    qtbot: QtBot, tmp_path: Path, new_database: Callable[..., Database]
) -> None:
    empty = new_database(tmp_path / "alone.db")
    screen = InquiriesScreen(AppContext(db=empty, me="anowak", languages=Languages()))
    qtbot.addWidget(screen)
    screen.refresh()
    asked: list[bool] = []
    screen.ctx.events.new_inquiry.connect(lambda: asked.append(True))
    assert notice(screen) == ("No inquiry yet: create one.", ["New inquiry (Ctrl+N)"])
    press(screen, "New inquiry (Ctrl+N)")
    assert asked == [True]
