"""Every bar of the dashboard opens the list whose count it shows: a stage's open inquiries of
any year; this year's inquiries of a side, a field, a kind or lost for a reason; a staff
member's (or nobody's) overdue follow-ups. And the same from the keyboard: Tab reaches a
chart, the arrow keys move from bar to bar (said in the tooltip and the accessible
description), Enter opens the bar's list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from msek_desktop.core import demo, figures, followups, inquiries
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.screens import settings as settings_ui
from msek_desktop.ui.screens.dashboard import TOP_FIELDS, DashboardScreen
from msek_desktop.ui.screens.dashboard_parts import ChartView
from msek_desktop.ui.window.main_window import MainWindow

TODAY = date(2026, 11, 25)


def with_nobody_s_overdue(db: Database) -> None:
    """The demo, and an inquiry nobody handles with a follow-up of nobody's, overdue."""
    demo.generate(db, inquiries=300, seed=5, today=TODAY)
    someone = inquiries.list_inquiries(db, limit=1)[0].contact
    assert someone is not None
    orphan = inquiries.create_inquiry(
        db, {"subject": "Bez opiekuna", "contact_id": someone.id, "received_on": TODAY}
    )
    followups.add_followup(db, orphan.id, {"due_on": TODAY - timedelta(days=4)})


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(tmp_path / "t.db", with_nobody_s_overdue)


@pytest.fixture(autouse=True)
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "desk.ini"
    monkeypatch.setattr(
        settings_ui, "preferences", lambda: QSettings(str(path), QSettings.Format.IniFormat)
    )


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    ctx = AppContext(db=db, me="anowak", languages=Languages(), today=lambda: TODAY)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    return win


def board_of(qtbot: QtBot, window: MainWindow) -> tuple[DashboardScreen, figures.Dashboard]:
    screen = window.show_screen("dashboard")
    qtbot.waitUntil(lambda: screen.board is not None and not screen.reader.busy, timeout=20_000)
    assert screen.board is not None
    qtbot.waitUntil(lambda: all(c.view.chart is not None for c in screen.cards.values()))
    return screen, screen.board


def click(view: ChartView, key: str) -> None:
    assert view.chart is not None
    (region,) = [r for r in view.chart.regions if r.key == key]
    scale = view.width() / view.chart.drawing.width
    x = (region.x + region.width / 2) * scale
    y = (view.chart.drawing.height - region.y - region.height / 2) * scale
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(y)))


def test_each_inquiry_bar_opens_the_list_of_its_count(qtbot: QtBot, window: MainWindow) -> None:
    dashboard, board = board_of(qtbot, window)
    year = str(board.period.start.year)
    cards: dict[str, tuple[tuple[figures.Count, ...], str, str | None]] = {
        # card: (its bars, the combo a bar sets, the year asked)
        "pipeline": (board.pipeline, "stage", None),
        "sides": (board.by_side, "side", year),
        "kinds": (board.by_kind, "kind", year),
        "fields": (board.by_field[:TOP_FIELDS], "field", year),
        "lost": (board.lost_reasons, "reason", year),
    }
    listed = window.screens["inquiries"]
    seen = 0
    for card, (bars, combo, in_year) in cards.items():
        assert sum(b.count for b in bars) > 0, card  # the demo has some of each
        for bar in bars:
            window.show_screen("dashboard")
            click(dashboard.cards[card].view, bar.key)
            assert dashboard.cards[card].view.current == bar.key  # the keyboard goes on there
            assert window.current_screen() is listed
            f = listed.filters
            assert getattr(f, combo).code() == bar.key, (card, bar.key)
            assert f.year.code() == in_year
            assert f.show_which.code() == "all"
            if card == "lost":
                assert f.stage.code() == "lost" and f.reason.isVisibleTo(listed)
            assert listed.total == bar.count, (card, bar.key)
            assert listed.model.rowCount() == min(bar.count, listed.model.rowCount())
            assert str(bar.count) in listed.count.text()
            seen += 1
    assert seen == len(board.pipeline) + 3 + 3 + min(TOP_FIELDS, len(board.by_field)) + 5


def test_a_year_s_tile_opens_this_year_s_inquiries(qtbot: QtBot, window: MainWindow) -> None:
    dashboard, board = board_of(qtbot, window)
    QTest.mouseClick(dashboard.tiles["year"], Qt.MouseButton.LeftButton)
    listed = window.screens["inquiries"]
    assert window.current_screen() is listed
    assert listed.total == board.year.now


def test_each_overdue_bar_nobody_s_too_opens_those_follow_ups(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    dashboard, board = board_of(qtbot, window)
    assert any(o.login is None for o in board.overdue)
    shown = window.screens["followups"]
    for person in board.overdue:
        window.show_screen("dashboard")
        click(dashboard.cards["overdue"].view, person.login or "")
        assert window.current_screen() is shown
        assert shown.assignee.code() == (person.login or "")
        rows = shown.list.model.rows
        assert len(rows) == person.count, person
        assert all(r.assignee == person.login and r.due_on < TODAY for r in rows)
    (nobody_s,) = [o.count for o in board.overdue if o.login is None]
    nobody = followups.list_followups(db, "overdue", assignee="", today=TODAY)
    assert len(nobody) == nobody_s and all(r.assignee is None for r in nobody)


def test_the_charts_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    dashboard, board = board_of(qtbot, window)
    window.activateWindow()
    dashboard.tiles["people"].setFocus()
    qtbot.waitUntil(dashboard.tiles["people"].hasFocus)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    pipeline = dashboard.cards["pipeline"].view
    assert pipeline.hasFocus()
    assert pipeline.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert pipeline.chart is not None
    regions = pipeline.chart.regions
    assert pipeline.current == regions[0].key  # reached: its first bar highlighted
    assert pipeline.accessibleName() == "Open inquiries by stage"
    QTest.keyClick(pipeline, Qt.Key.Key_Down)
    second = regions[1]
    count = {c.key: c.count for c in board.pipeline}[second.key]
    assert pipeline.current == second.key
    assert pipeline.toolTip() == pipeline.accessibleDescription() == second.tip
    assert second.tip.endswith(f": {count}")
    QTest.keyClick(pipeline, Qt.Key.Key_End)
    assert pipeline.current == regions[-1].key
    QTest.keyClick(pipeline, Qt.Key.Key_Right)  # stays on the last
    assert pipeline.current == regions[-1].key
    QTest.keyClick(pipeline, Qt.Key.Key_Home)
    QTest.keyClick(pipeline, Qt.Key.Key_Up)  # stays on the first
    QTest.keyClick(pipeline, Qt.Key.Key_Right)
    assert pipeline.current == second.key
    # the highlight drawn round the bar's box while the chart has the focus, not after
    box = pipeline._box(second)
    edge = QPoint(int(box.left()) + 1, int(box.center().y()))
    colour = pipeline.palette().color(QPalette.ColorRole.Highlight).rgb()
    assert pipeline.grab().toImage().pixel(edge) == colour
    dashboard.tiles["people"].setFocus()
    qtbot.waitUntil(lambda: not pipeline.hasFocus())
    assert pipeline.grab().toImage().pixel(edge) != colour
    pipeline.setFocus()
    qtbot.waitUntil(pipeline.hasFocus)
    assert pipeline.current == second.key  # kept
    QTest.keyClick(pipeline, Qt.Key.Key_Return)
    listed = window.screens["inquiries"]
    assert window.current_screen() is listed
    assert listed.filters.stage.code() == second.key
    assert listed.total == count


def test_a_kind_bar_and_a_tile_by_tab_and_enter(qtbot: QtBot, window: MainWindow) -> None:
    dashboard, board = board_of(qtbot, window)
    window.activateWindow()
    dashboard.cards["sides"].view.setFocus()
    qtbot.waitUntil(dashboard.cards["sides"].view.hasFocus)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    kinds = dashboard.cards["kinds"].view
    assert kinds.hasFocus()
    QTest.keyClick(kinds, Qt.Key.Key_Down)
    QTest.keyClick(kinds, Qt.Key.Key_Space)
    second = board.by_kind[1]
    listed = window.screens["inquiries"]
    assert window.current_screen() is listed
    assert (listed.filters.kind.code(), listed.total) == (second.key, second.count)
    window.show_screen("dashboard")
    dashboard.tiles["year"].setFocus()
    qtbot.waitUntil(dashboard.tiles["year"].hasFocus)
    QTest.keyClick(dashboard.tiles["year"], Qt.Key.Key_Enter)
    assert window.current_screen() is listed
    assert listed.total == board.year.now


def test_an_exchange_on_the_timeline_by_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    dashboard, _ = board_of(qtbot, window)
    timeline = dashboard.cards["exchanges"].view
    assert timeline.chart is not None and len(timeline.chart.regions) > 1
    window.activateWindow()
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    QTest.keyClick(timeline, Qt.Key.Key_Down)
    second = timeline.chart.regions[1]
    assert timeline.accessibleDescription() == second.tip  # the exchange's title
    QTest.keyClick(timeline, Qt.Key.Key_Return)
    exchanges = window.screens["exchanges"]
    assert window.current_screen() is exchanges
    form = exchanges.forms[int(second.key)]
    assert form.isVisible()
    form.close()
