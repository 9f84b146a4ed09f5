"""The Inquiries screen at the window's start (ui.screens.inquiry_first_rows): its first rows
painted before its count and its years received are read; those fill in just after, with
the texts and choices a screen read at once has. In a window already shown, and for a year
asked before the paint (a dashboard bar), nothing waits."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot

from msek_desktop.core import demo, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.screens import dashboard_links
from msek_desktop.ui.screens.inquiries import InquiriesScreen
from msek_desktop.ui.window.main_window import MainWindow

TODAY = date(2026, 11, 25)


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(tmp_path / "f.db", demo.generate, inquiries=150, seed=4, today=TODAY)


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db=db, me="anowak", languages=Languages(), today=lambda: TODAY)


def years_listed(screen: InquiriesScreen) -> list[str]:
    return [screen.year.itemText(i) for i in range(screen.year.count())]


class AtFirstPaint(QObject):
    """What the screen shows when its table's rows are first painted."""

    def __init__(self, screen: InquiriesScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.seen: dict[str, Any] = {}
        screen.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            s = self.screen
            self.seen = {"rows": s.model.rowCount(), "count": s.count.text()}
            self.seen["years"] = years_listed(s)
        return False


def test_the_rows_are_painted_first_then_the_count_and_the_years_fill_in(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    alone = InquiriesScreen(ctx)  # read at once, as before: the texts to expect
    qtbot.addWidget(alone)
    alone.refresh()
    expected = inquiries.count_inquiries(db, InquiryFilter(open=True))
    assert alone.count.text() == f"{expected} inquiries"
    assert years_listed(alone)[:2] == ["Any year", "Received in 2026"]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    screen = window.show_screen("inquiries")  # the window opening on it, as its benchmark
    assert isinstance(screen, InquiriesScreen)
    painted = AtFirstPaint(screen)
    window.show()
    qtbot.waitUntil(lambda: bool(painted.seen) and screen.count.text() != "")
    rows = min(expected, screen.model.PAGE)
    assert painted.seen == {"rows": rows, "count": "", "years": ["Any year"]}
    assert screen.count.text() == alone.count.text()
    assert years_listed(screen) == years_listed(alone)
    screen.year.set_code("2025")  # the years read are choices like any
    assert screen.total == inquiries.count_inquiries(db, screen.current_filter())
    assert {r.received_on.year for r in screen.model.rows} == {2025}


def test_in_a_window_already_shown_it_reads_them_at_once(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    screen = window.show_screen("inquiries")  # built now, in the window shown
    assert isinstance(screen, InquiriesScreen)
    expected = inquiries.count_inquiries(db, InquiryFilter(open=True))
    assert screen.count.text() == f"{expected} inquiries"
    assert "Received in 2025" in years_listed(screen)


def test_a_year_asked_before_the_first_paint_is_kept(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    screen = dashboard_links.open_inquiries(window, kind="project", year=2025)
    assert screen.year.code() == "2025" and screen.kind.code() == "project"
    assert {(r.kind, r.received_on.year) for r in screen.model.rows} == {("project", 2025)}
    window.show()
    qtbot.waitUntil(lambda: screen.total is not None)
    flt = InquiryFilter(
        kind="project", received_from=date(2025, 1, 1), received_to=date(2025, 12, 31)
    )  # open and closed ones, as the dashboard counts
    assert screen.total == inquiries.count_inquiries(db, flt) > 0
    assert screen.year.code() == "2025"
