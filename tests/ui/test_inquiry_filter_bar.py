"""The Inquiries screen's kind, year received and lost reason filters: what they ask of core,
the lost reason shown only with the lost stage, the years the data holds, all cleared at
once, Tab through them in their order, and the two filter rows within a 1280-pixel window in
French and Polish."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from msek_desktop.core import demo, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.screens.inquiries import InquiriesScreen
from msek_desktop.ui.window.main_window import MainWindow

TODAY = date(2026, 11, 25)


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(tmp_path / "f.db", demo.generate, inquiries=200, seed=6, today=TODAY)


@pytest.fixture
def screen(qtbot: QtBot, db: Database) -> InquiriesScreen:
    ctx = AppContext(db=db, me="anowak", languages=Languages(), today=lambda: TODAY)
    widget = InquiriesScreen(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget


def test_a_kind_and_a_year_received(screen: InquiriesScreen, db: Database) -> None:
    years = inquiries.years_received(db)
    assert years[0] == 2026 and len(years) >= 2
    year = screen.year
    assert [year.itemText(i) for i in range(year.count())] == [
        "Any year",
        *(f"Received in {y}" for y in years),
    ]
    screen.kind.set_code("project")
    screen.year.set_code(str(years[1]))  # last year: to its 31 December
    flt = screen.current_filter()
    assert (flt.kind, flt.received_from, flt.received_to) == (
        "project",
        date(years[1], 1, 1),
        date(years[1], 12, 31),
    )
    assert screen.total == inquiries.count_inquiries(db, flt) > 0
    assert {r.kind for r in screen.model.rows} == {"project"}
    assert {r.received_on.year for r in screen.model.rows} == {years[1]}
    screen.year.set_code("2026")  # this year: to today (nothing is received after)
    flt = screen.current_filter()
    assert (flt.received_from, flt.received_to) == (date(2026, 1, 1), TODAY)
    assert screen.total == inquiries.count_inquiries(
        db, InquiryFilter(kind="project", received_from=date(2026, 1, 1), open=True)
    )


def test_the_lost_reason_only_with_the_lost_stage(screen: InquiriesScreen, db: Database) -> None:
    reason = screen.filters.reason
    assert not reason.isVisible()
    screen.show_which.set_code("all")
    screen.stage.set_code("lost")
    assert reason.isVisible()
    reason.set_code("no_answer")
    flt = screen.current_filter()
    assert (flt.stages, flt.lost_reason) == (("lost",), "no_answer")
    expected = inquiries.count_inquiries(db, InquiryFilter(lost_reason="no_answer"))
    assert screen.total == expected > 0
    assert {r.lost_reason for r in screen.model.rows} == {"no_answer"}
    screen.stage.set_code("completed")  # the reason means nothing for these: not asked
    assert not reason.isVisible()
    assert screen.current_filter().lost_reason is None
    assert screen.total == inquiries.count_inquiries(db, InquiryFilter(stages=("completed",)))


def test_clearing_the_filters_clears_the_new_ones(screen: InquiriesScreen) -> None:
    screen.show_which.set_code("closed")
    screen.stage.set_code("lost")
    screen.filters.reason.set_code("withdrawn")
    screen.kind.set_code("accompaniment")
    screen.year.set_code("2026")
    screen.side.set_code("other")
    if screen.model.rowCount():  # a match after all: narrow once more
        screen.field.set_code(screen.field.itemData(1))
    assert screen.model.rowCount() == 0
    assert len(screen.filters.narrowing()) >= 5
    (clear,) = [b for b in screen.table.empty.buttons if b.text() == "Clear the filters"]
    assert isinstance(clear, QPushButton)
    clear.click()
    codes = [c.code() for c in screen.filters.combos()]
    assert codes == ["closed", None, None, None, None, None, None, None]
    assert not screen.filters.reason.isVisible()
    assert screen.model.rowCount() > 0


def test_tab_goes_through_the_filters_in_their_order(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(AppContext(db=db, me="anowak", languages=Languages()))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    screen = window.show_screen("inquiries")
    assert isinstance(screen, InquiriesScreen)
    screen.stage.set_code("lost")
    f = screen.filters
    order = [
        screen.search, f.show_which, f.stage, f.reason, f.assignee, f.side, f.field, f.kind,
        f.year, screen.table,
    ]  # fmt: skip
    screen.search.setFocus()
    qtbot.waitUntil(screen.search.hasFocus)
    reached = [QApplication.focusWidget()]
    for _ in order[1:]:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == order


@pytest.mark.parametrize("lang", ["fr", "pl"])
def test_both_rows_fit_1280_pixels(qtbot: QtBot, db: Database, lang: str) -> None:
    languages = Languages()
    languages.switch(lang)
    try:
        window = MainWindow(AppContext(db=db, me="anowak", languages=languages))
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        screen = window.show_screen("inquiries")
        assert isinstance(screen, InquiriesScreen)
        screen.stage.set_code("lost")  # every combo shown
        screen.year.set_code("2026")
        assert all(c.isVisible() for c in screen.filters.combos())
        assert window.minimumSizeHint().width() <= 1280
        first, second = screen.filters.rows()
        assert {c.y() for c in first} != {c.y() for c in second}  # two rows
        assert len({c.y() for c in first}) == len({c.y() for c in second}) == 1
    finally:
        languages.switch("en")
