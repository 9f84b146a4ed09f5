"""The Dashboard screen: the figures shown (core.figures.dashboard, read off the GUI thread),
a bar clicked through to its list filtered the same way (a stage to the Inquiries list, a
staff member's overdue follow-ups to the Follow-ups list), the figures read again after a
change, and this desk's choice of the screen the window opens on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, demo, figures, followups, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.screens import dashboard_links
from msek_desktop.ui.screens import settings as settings_ui
from msek_desktop.ui.screens.dashboard import DashboardScreen
from msek_desktop.ui.screens.dashboard_parts import ChartView
from msek_desktop.ui.window.main_window import MainWindow

TODAY = date(2026, 11, 25)


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(tmp_path / "t.db", demo.generate, inquiries=400, seed=3, today=TODAY)


@pytest.fixture(autouse=True)
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """This desk's choices in a file of the test's own."""
    path = tmp_path / "desk.ini"
    monkeypatch.setattr(
        settings_ui, "preferences", lambda: QSettings(str(path), QSettings.Format.IniFormat)
    )


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db=db, me="anowak", languages=Languages(), today=lambda: TODAY)


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def loaded(qtbot: QtBot, screen: DashboardScreen) -> figures.Dashboard:
    qtbot.waitUntil(lambda: screen.board is not None and not screen.reader.busy, timeout=20_000)
    assert screen.board is not None
    return screen.board


def middle(view: ChartView, key: str) -> QPoint:
    """The middle of `key`'s bar row, in the widget's pixels."""
    assert view.chart is not None
    (region,) = [r for r in view.chart.regions if r.key == key]
    scale = view.width() / view.chart.drawing.width
    x = (region.x + region.width / 2) * scale
    y = (view.chart.drawing.height - region.y - region.height / 2) * scale
    return QPoint(int(x), int(y))


def click(view: ChartView, key: str) -> None:
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=middle(view, key))


def test_the_numbers_are_the_office_s_figures(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    screen = DashboardScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1100, 760)
    screen.show()
    screen.refresh()
    board = loaded(qtbot, screen)
    assert board == figures.dashboard(db, TODAY)
    assert screen.tiles["year"].value.text() == str(board.year.now)
    assert str(board.year.before) in screen.tiles["year"].detail.text()
    assert screen.tiles["month"].value.text() == str(board.month.now)
    funnel = screen.cards["pipeline"].view.chart
    assert funnel is not None
    assert [r.key for r in funnel.regions] == [c.key for c in board.pipeline]
    view = screen.cards["pipeline"].view
    at = QPointF(middle(view, "matching"))
    moved = QMouseEvent(QEvent.Type.MouseMove, at, view.mapToGlobal(at), Qt.MouseButton.NoButton,
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QCoreApplication.sendEvent(view, moved)
    matching = {c.key: c.count for c in board.pipeline}["matching"]
    assert view.toolTip() == f"Finding a counterpart: {matching}"


def test_a_stage_clicked_opens_the_inquiries_of_that_stage(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    screen = window.show_screen("dashboard")
    board = loaded(qtbot, screen)
    matching = {c.key: c.count for c in board.pipeline}["matching"]
    assert matching > 0
    click(screen.cards["pipeline"].view, "matching")
    inquiries_screen = window.current_screen()
    assert inquiries_screen is window.screens["inquiries"]
    assert inquiries_screen.current_filter().stages == ("matching",)
    shown = inquiries_screen.model.rows
    assert shown and {row.stage for row in shown} == {"matching"}
    listed = inquiries.count_inquiries(db, InquiryFilter(stages=("matching",), open=None))
    assert listed == matching  # the list holds as many as the funnel's step says


def test_a_staff_member_s_overdue_bar_opens_their_overdue_follow_ups(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    screen = window.show_screen("dashboard")
    board = loaded(qtbot, screen)
    first = board.overdue[0]
    assert first.login is not None and first.count > 0
    click(screen.cards["overdue"].view, first.login)
    followups_screen = window.current_screen()
    assert followups_screen is window.screens["followups"]
    assert (followups_screen.when.code(), followups_screen.assignee.code()) == (
        "overdue",
        first.login,
    )
    rows = followups_screen.list.model.rows
    assert (
        len(rows)
        == first.count
        == len(followups.list_followups(db, "overdue", assignee=first.login, today=TODAY))
    )
    assert all(r.due_on < TODAY and r.assignee == first.login for r in rows)


def test_a_change_is_counted_once_saved(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    screen = window.show_screen("dashboard")
    before = loaded(qtbot, screen).month.now
    someone = contacts.find_contacts(db, limit=1)[0].id
    inquiries.create_inquiry(db, {"subject": "Chór", "contact_id": someone,
                                  "received_on": TODAY}, actor="anowak")  # fmt: skip
    window.ctx.events.data_changed.emit()
    qtbot.waitUntil(lambda: screen.tiles["month"].value.text() == str(before + 1), timeout=20_000)


def test_the_window_opens_on_the_screen_this_desk_chose(qtbot: QtBot, ctx: AppContext) -> None:
    assert dashboard_links.first_screen() == "my_day"
    choose = settings_ui.SettingsScreen(ctx)
    qtbot.addWidget(choose)
    combo = choose.language.start_screen.choice
    combo.setCurrentIndex(combo.findData("dashboard"))
    assert dashboard_links.first_screen() == "dashboard"
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert win.current_screen() is win.screens["dashboard"]
    combo.setCurrentIndex(combo.findData("my_day"))
    win2 = MainWindow(ctx)
    qtbot.addWidget(win2)
    assert win2.current_screen() is win2.screens["my_day"]


def test_a_burst_of_changes_reads_the_figures_twice_at_most(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read once now, and once more after for the changes heard meanwhile; never one read
    per change (a colleague's import on the office server is a long burst)."""
    read: list[date] = []
    real = figures.dashboard

    def counted(db: Database, today: date) -> figures.Dashboard:
        read.append(today)
        return real(db, today)

    monkeypatch.setattr(figures, "dashboard", counted)
    screen = DashboardScreen(ctx)
    qtbot.addWidget(screen)
    for _ in range(5):
        screen.refresh()
    loaded(qtbot, screen)
    assert read == [TODAY, TODAY]
    assert screen.state.text() == ""  # "Updating…" gone
