"""The Exchanges screen over a real database: the list and what it says, its filters and
search, the bin, the calendar by month (an exchange over two months in both), the window's
navigation, and the statuses following the days at start-up and at midnight."""

from __future__ import annotations

from datetime import date, timedelta

import exchange_fixtures as shared
import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from msek_desktop.core import exchanges
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.exchange_form import ExchangeForm
from msek_desktop.ui.screens.exchanges import ExchangesScreen
from msek_desktop.ui.window.exchange_days import ExchangeDays
from msek_desktop.ui.window.main_window import SCREENS, MainWindow

db, ctx, office = shared.db, shared.ctx, shared.office  # fixtures
Office, make_exchange, TODAY = shared.Office, shared.make_exchange, shared.TODAY
pytestmark = shared.MARKS


@pytest.fixture
def made(db: Database, office: Office) -> dict[str, int]:
    """Three exchanges: a concert over November and December (completed by TODAY), a
    residency of 2027 in design, a workshop without dates on the Saint-Étienne side only."""
    concert = make_exchange(
        db, office, "Koncert chóru w Saint-Étienne", kind="concert",
        starts_on=date(2026, 11, 27), ends_on=date(2026, 12, 3), field_codes=["music"],
        planned_saint_etienne=12, planned_katowice=30, actual_saint_etienne=10,
        actual_katowice=28, inquiry_id=office.inquiry,
    )  # fmt: skip
    residency = make_exchange(
        db, office, "Résidence de deux designers", kind="residency",
        starts_on=date(2027, 2, 1), ends_on=date(2027, 3, 15), field_codes=["design"],
        planned_saint_etienne=2,
    )  # fmt: skip
    workshop = exchanges.create_exchange(
        db, {"title": "Atelier de lutherie", "kind": "workshop",
             "organisation_ids": [office.massenet]},
        actor="anna", today=TODAY,
    ).row.id  # fmt: skip
    return {"concert": concert, "residency": residency, "workshop": workshop}


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext, made: dict[str, int]) -> ExchangesScreen:
    widget = ExchangesScreen(ctx)
    qtbot.addWidget(widget)
    ctx.events.data_changed.connect(widget.refresh)  # as the main window does
    widget.resize(1130, 700)
    widget.show()
    widget.refresh()
    return widget


def titles(screen: ExchangesScreen) -> list[str]:
    return [row.title for row in screen.model.rows]


def cell(screen: ExchangesScreen, title: str, key: str) -> str:
    number = titles(screen).index(title)
    column = [c.key for c in screen.model.columns].index(key)
    return str(screen.model.data(screen.model.index(number, column)))


def test_the_list_says_each_exchange_in_the_window_s_words(screen: ExchangesScreen) -> None:
    assert titles(screen) == [
        "Résidence de deux designers",
        "Koncert chóru w Saint-Étienne",
        "Atelier de lutherie",
    ]
    concert = "Koncert chóru w Saint-Étienne"
    assert cell(screen, concert, "dates") == "27/11/2026 – 03/12/2026"  # British English
    assert cell(screen, concert, "kind") == "Concert"
    assert cell(screen, concert, "status") == "Completed"  # its last day is past
    assert cell(screen, concert, "saint_etienne") == "Conservatoire Massenet"
    assert cell(screen, concert, "katowice") == "Zespół Szkół Muzycznych w Łodzi"
    assert cell(screen, concert, "participants") == "38"  # those who took part
    assert cell(screen, "Résidence de deux designers", "participants") == "2 planned"
    assert cell(screen, "Atelier de lutherie", "katowice") == ""
    assert screen.count.text() == "3 exchanges"
    header = screen.model.headerData(4, Qt.Orientation.Horizontal)
    assert header == "Saint-Étienne"


def test_the_dates_follow_the_window_s_language(
    screen: ExchangesScreen, languages: object, qtbot: QtBot
) -> None:
    languages.switch("pl")  # type: ignore[attr-defined]
    screen.refresh()
    assert cell(screen, "Koncert chóru w Saint-Étienne", "dates") == "27.11.2026 – 3.12.2026"


@pytest.mark.parametrize(
    ("combo", "code", "expected"),
    [
        ("status", "completed", ["Koncert chóru w Saint-Étienne"]),
        ("status", "planned", ["Résidence de deux designers", "Atelier de lutherie"]),
        ("kind", "residency", ["Résidence de deux designers"]),
        ("side", "katowice", ["Résidence de deux designers", "Koncert chóru w Saint-Étienne"]),
        ("field", "design", ["Résidence de deux designers"]),
        ("year", "2027", ["Résidence de deux designers"]),
        ("year", "2026", ["Koncert chóru w Saint-Étienne"]),
    ],
)
def test_each_filter_narrows_the_list(
    screen: ExchangesScreen, combo: str, code: str, expected: list[str]
) -> None:
    getattr(screen, combo).set_code(code)
    assert titles(screen) == expected
    assert screen.count.text().startswith(f"{len(expected)} ")


def test_the_years_offered_are_those_exchanges_ran_in(screen: ExchangesScreen) -> None:
    years = [screen.year.itemText(i) for i in range(screen.year.count())]
    assert years == ["Any year", "2027", "2026"]


def test_search_finds_titles_and_organisations_without_accents(
    qtbot: QtBot, screen: ExchangesScreen
) -> None:
    def searched(text: str) -> list[str]:
        before = screen.model.rows
        screen.search.setText(text)  # the search runs once typing pauses (TypedSearch)
        qtbot.waitUntil(lambda: screen.model.rows is not before)
        return titles(screen)

    assert searched("chor") == ["Koncert chóru w Saint-Étienne"]
    assert len(searched("massenet")) == 3
    assert searched("lodz") == ["Résidence de deux designers", "Koncert chóru w Saint-Étienne"]


def test_filters_that_match_nothing_say_so_and_clear(screen: ExchangesScreen) -> None:
    screen.kind.set_code("concert")
    screen.field.set_code("design")
    assert titles(screen) == []
    assert screen.table.empty.text.text() == "No exchange matches these filters."
    (clear,) = screen.table.empty.buttons
    clear.click()
    assert len(titles(screen)) == 3
    assert (screen.kind.code(), screen.field.code()) == (None, None)


def test_a_deleted_exchange_is_in_the_bin_and_restored_from_it(
    screen: ExchangesScreen, made: dict[str, int]
) -> None:
    exchanges.set_deleted(screen.ctx.db, made["workshop"], True, actor="anna")
    screen.refresh()
    assert "Atelier de lutherie" not in titles(screen)
    screen.show_deleted.setChecked(True)
    assert titles(screen) == ["Atelier de lutherie"]
    assert screen.restore_button.isVisible()
    screen.table.selectRow(0)
    screen.restore_button.click()
    screen.show_deleted.setChecked(False)
    assert "Atelier de lutherie" in titles(screen)


def test_a_row_opens_its_one_form(screen: ExchangesScreen, qtbot: QtBot) -> None:
    screen.table.selectRow(0)
    screen.table.activated_row.emit(screen.model.rows[0])
    form = screen.forms[screen.model.rows[0].id]
    assert isinstance(form, ExchangeForm)
    assert form.title_line.text() == "Résidence de deux designers"
    assert screen.open_form(screen.model.rows[0].id) is form  # one form a record
    screen.new_button.click()
    assert screen.forms[None].windowTitle() == "New exchange"


def painted_titles(screen: ExchangesScreen) -> list[str]:
    screen.calendar.grid.grab()  # paints the grid: its bars are where it drew them
    return [row.title for _rect, row in screen.calendar.grid.bars]


def test_the_calendar_shows_an_exchange_over_two_months_in_both(
    screen: ExchangesScreen, qtbot: QtBot
) -> None:
    screen.views.setCurrentWidget(screen.calendar)
    calendar = screen.calendar
    assert calendar.month == (2026, 12)  # this month first
    assert calendar.title.text() == "December 2026"
    concert = "Koncert chóru w Saint-Étienne"
    assert [r.title for r in calendar.model.rows] == [concert]
    assert set(painted_titles(screen)) == {concert}
    calendar.previous.click()
    assert (calendar.month, calendar.title.text()) == ((2026, 11), "November 2026")
    assert [r.title for r in calendar.model.rows] == [concert]
    assert set(painted_titles(screen)) == {concert}
    for _ in range(3):
        calendar.next.click()
    assert calendar.month == (2027, 2)
    assert [r.title for r in calendar.model.rows] == ["Résidence de deux designers"]
    calendar.next.click()
    calendar.next.click()
    assert calendar.model.rows == [] and calendar.month == (2027, 4)
    assert calendar.list.empty.text.text() == "No exchange this month."
    calendar.today_button.click()
    assert calendar.month == (2026, 12)


def test_the_calendar_keeps_the_filters_and_a_bar_opens_its_exchange(
    screen: ExchangesScreen, qtbot: QtBot, made: dict[str, int]
) -> None:
    screen.views.setCurrentWidget(screen.calendar)
    screen.status.set_code("planned")
    assert screen.calendar.model.rows == []  # the concert is completed
    screen.status.set_code(None)
    painted_titles(screen)
    rect, row = screen.calendar.grid.bars[0]
    assert row.id == made["concert"]
    qtbot.mouseClick(screen.calendar.grid, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert screen.forms[made["concert"]].isVisible()
    screen.calendar.list.setCurrentIndex(screen.calendar.model.index(0, 1, QModelIndex()))
    screen.calendar.list.activated_row.emit(screen.calendar.model.rows[0])
    assert len(screen.forms) == 1  # the one already open


def test_the_window_lists_exchanges_after_follow_ups_with_its_shortcut(
    qtbot: QtBot, ctx: AppContext, made: dict[str, int]
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    number = [key for key, _cls in SCREENS].index("exchanges")
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert names[number - 1 : number + 1] == ["Follow-ups", "Exchanges"]
    goto = window.act_goto[number]
    assert (goto.text(), goto.shortcut().toString()) == ("Exchanges", f"Ctrl+{number + 1}")
    goto.trigger()
    assert window.current_screen() is window.screens["exchanges"]


def test_statuses_follow_the_days_at_start_up_and_at_midnight(
    db: Database, office: Office, ctx: AppContext
) -> None:
    first, last = TODAY + timedelta(days=1), TODAY + timedelta(days=6)
    week = make_exchange(db, office, "Tydzień w Saint-Étienne", starts_on=first, ends_on=last)
    assert exchanges.get_exchange(db, week).row.status == "planned"
    day = [TODAY + timedelta(days=1)]
    ctx.today = lambda: day[0]
    caught = ExchangeDays(None, ctx)  # type: ignore[arg-type]
    assert exchanges.get_exchange(db, week).row.status == "running"  # at start-up
    refreshed: list[bool] = []
    ctx.events.data_changed.connect(lambda: refreshed.append(True))
    ctx.events.data_changed.emit()  # the same day: nothing more to do
    assert refreshed == [True]
    day[0] = TODAY + timedelta(days=8)  # midnight a week later: the tray reads every screen
    ctx.events.data_changed.emit()
    assert exchanges.get_exchange(db, week).row.status == "completed"
    assert refreshed == [True, True, True]  # the tick, then again for the statuses moved
    assert caught.day == TODAY + timedelta(days=8)


def test_a_read_only_database_is_not_caught_up(
    db: Database, office: Office, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    week = make_exchange(db, office, "Tydzień", starts_on=TODAY + timedelta(days=1))
    ctx.today = lambda: TODAY + timedelta(days=2)
    monkeypatch.setattr(db, "read_only", True)
    assert ExchangeDays(None, ctx).check() == 0  # type: ignore[arg-type]
    assert exchanges.get_exchange(db, week).row.status == "planned"
