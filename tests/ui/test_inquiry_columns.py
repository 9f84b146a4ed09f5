"""The Inquiries list's look: columns leading with what the inquiry is about, Subject visible at
the window's default size in every language, stages as badges, "none planned" flagged."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from msek_desktop.core import demo, followups
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.kit import badges, labels
from msek_desktop.ui.kit.badges import NoteDelegate, StageBadgeDelegate
from msek_desktop.ui.kit.table import display
from msek_desktop.ui.screens.inquiries import InquiriesScreen
from msek_desktop.ui.window.main_window import MainWindow

ORDER = [
    "ref", "received", "subject", "contact", "organisation", "stage", "assignee",
    "next_followup", "side", "field",
]  # fmt: skip
OKABE_ITO = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"}


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(tmp_path / "c.db", demo.generate, inquiries=300, seed=5)


def column(screen: InquiriesScreen, key: str) -> int:
    return [c.key for c in screen.model.columns].index(key)


def test_columns_lead_with_what_the_inquiry_is_about(screen: InquiriesScreen) -> None:
    assert [c.key for c in screen.model.columns] == ORDER
    titles = [screen.model.headerData(n, Qt.Orientation.Horizontal) for n in range(10)]
    assert titles[:8] == [
        "Ref", "Received", "Subject", "Contact", "Organisation", "Stage", "Assignee",
        "Next follow-up",
    ]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "pl"])
def test_subject_is_wide_and_whole_at_1280_by_800(
    qtbot: QtBot, db: Database, languages: Languages, language: str
) -> None:
    languages.switch(language)
    window = MainWindow(AppContext(db=db, me="anowak", languages=languages))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    screen = window.show_screen("inquiries")
    assert isinstance(screen, InquiriesScreen)
    qtbot.waitUntil(lambda: screen.table.viewport().width() > 900)
    QApplication.processEvents()
    table, subject = screen.table, column(screen, "subject")
    view = table.viewport().width()
    assert table.columnWidth(subject) >= 240
    assert table.columnWidth(subject) == max(table.columnWidth(n) for n in range(8))
    # the eight first columns, Subject among them, are seen without scrolling sideways
    for number in range(8):
        assert table.columnViewportPosition(number) + table.columnWidth(number) <= view, number
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for number in range(8):  # no header cut: on one line, or on two when it has to
        title = str(screen.model.headerData(number, Qt.Orientation.Horizontal))
        longest = max(metrics.horizontalAdvance(w) for w in title.split())
        assert longest < table.columnWidth(number), title
        if metrics.horizontalAdvance(title) >= table.columnWidth(number):
            assert header.height() >= 2 * metrics.height(), title


def test_the_stage_column_draws_badges(screen: InquiriesScreen) -> None:
    stage = column(screen, "stage")
    delegate = screen.table.itemDelegateForColumn(stage)
    assert isinstance(delegate, StageBadgeDelegate)
    row = screen.model.rows[0]
    index = screen.model.index(0, stage)
    assert index.data() == labels.label(labels.STAGES, row.stage)  # read aloud: the name
    image = QImage(200, 26, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    option.rect = image.rect()
    option.font = screen.table.font()
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    tint = badges.tint(badges.stage_colour(row.stage))
    colours = {image.pixelColor(x, 13).name() for x in range(image.width())}
    assert tint.name() in colours
    assert delegate.sizeHint(option, index).width() <= screen.table.columnWidth(stage)


def test_one_colour_blind_safe_colour_a_stage_with_dark_text() -> None:
    colours = [badges.STAGE_COLOURS[code] for code in labels.STAGES]
    assert len(set(colours)) == len(labels.STAGES)
    assert set(colours) - OKABE_ITO <= {"#444444", "#999999"}  # the closed ones: greys
    for colour in colours:  # WCAG AA for small text is 4.5:1; these give far more
        assert contrast(badges.TEXT_COLOUR, badges.tint(QColor(colour))) > 10


def test_each_stage_has_its_own_marker_shape() -> None:
    """Told apart without colour: the markers drawn in black differ stage by stage."""
    shapes = {}
    for code in labels.STAGES:
        image = QImage(16, 16, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        badges.paint_marker(painter, QRectF(1, 1, 14, 14), code, QColor("black"))
        painter.end()
        shapes[code] = image
    for first, second in combinations(labels.STAGES, 2):
        assert shapes[first] != shapes[second], (first, second)


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_open_inquiries_without_a_follow_up_say_none_planned(
    screen: InquiriesScreen, db: Database
) -> None:
    screen.show_which.set_code("all")
    when = column(screen, "next_followup")
    delegate = screen.table.itemDelegateForColumn(when)
    assert isinstance(delegate, NoteDelegate)
    seen = {"open": 0, "closed": 0}
    for number, row in enumerate(screen.model.rows):
        index = screen.model.index(number, when)
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, index)
        if row.next_followup is not None:
            continue
        seen["open" if row.is_open else "closed"] += 1
        assert index.data() == ("none planned" if row.is_open else "")
        assert option.font.italic() == row.is_open
        assert index.data(Qt.ItemDataRole.ForegroundRole) is None  # not red: not late
    assert seen["open"] and seen["closed"], "the demo has both kinds"


def test_planning_a_follow_up_clears_the_flag(screen: InquiriesScreen, db: Database) -> None:
    when = column(screen, "next_followup")
    row = next(r for r in screen.model.rows if r.next_followup is None)
    followups.add_followup(db, row.id, {"due_on": date(2027, 1, 4)})
    screen.refresh()
    number = [r.id for r in screen.model.rows].index(row.id)
    assert screen.model.index(number, when).data() == display(date(2027, 1, 4))


def test_a_wide_window_shows_names_whole_before_subject_grows(
    qtbot: QtBot, screen: InquiriesScreen
) -> None:
    table = screen.table
    screen.resize(1100, 700)
    screen.show()
    qtbot.waitUntil(lambda: table.viewport().width() > 900)
    narrow = {k: table.columnWidth(column(screen, k)) for k in ("contact", "organisation")}
    screen.resize(1760, 1000)
    qtbot.waitUntil(lambda: table.viewport().width() > 1600)
    wide = {k: table.columnWidth(column(screen, k)) for k in ("contact", "organisation")}
    assert wide == {"contact": 200, "organisation": 300} and narrow != wide
    subject = table.columnWidth(column(screen, "subject"))
    assert subject >= 2 * 240
    first = sum(table.columnWidth(n) for n in range(8))
    assert first == table.viewport().width()  # the eight fill the view, no more


def test_widths_set_by_hand_are_kept(qtbot: QtBot, screen: InquiriesScreen) -> None:
    table = screen.table
    screen.resize(1100, 700)
    screen.show()
    qtbot.waitUntil(lambda: table.viewport().width() > 900)
    subject = column(screen, "subject")
    table.horizontalHeader().resizeSection(subject, 180)  # as a drag of its edge does
    screen.resize(1500, 800)
    qtbot.waitUntil(lambda: table.viewport().width() > 1300)
    assert table.columnWidth(subject) == 180
