"""My follow-ups kept in a calendar file (Settings › Language and user › Calendar): chosen with
its folder, written at once, at start-up (just after the window's first paint) and after
changes, a failure said and survived."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import followup_fixtures as shared
import icalendar
import pytest
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from msek_desktop.core import calendar, followups
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.kit import choosers
from msek_desktop.ui.screens import calendar_file
from msek_desktop.ui.screens import settings as settings_ui
from msek_desktop.ui.screens.calendar_file import (
    CalendarFileKeeper,
    CalendarFileSetting,
    install_calendar_file,
)
from msek_desktop.ui.window.main_window import MainWindow

ME = "cdubois"
db = shared.db  # the demo office of 25 November 2026
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)")


@pytest.fixture
def prefs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This desk's choices in a file of the test's own."""
    path = tmp_path / "prefs.ini"
    monkeypatch.setattr(
        settings_ui, "preferences", lambda: QSettings(str(path), QSettings.Format.IniFormat)
    )
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "Calendars"
    made.mkdir()
    return made


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return shared.context(db, ME)


def keep_in(prefs: Path, folder: Path | None) -> None:
    stored = QSettings(str(prefs), QSettings.Format.IniFormat)
    stored.setValue(calendar_file.KEEP, folder is not None)
    stored.setValue(calendar_file.FOLDER, str(folder or ""))
    stored.sync()


class FirstPaint(QObject):
    """`seen` once `window` has had a Paint event."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.seen = self.seen or event.type() == QEvent.Type.Paint
        return False


def uids_in(path: Path) -> set[str]:
    data = path.read_bytes()
    return {str(e["uid"]) for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}


def mine(database: Database) -> set[str]:
    return {calendar.uid_of(e.id) for e in calendar.open_followups(database, assignee=ME)}


def test_nothing_is_written_unless_chosen(
    qtbot: QtBot, ctx: AppContext, prefs: Path, folder: Path
) -> None:
    keeper = CalendarFileKeeper(ctx)
    assert keeper.write_now() is None
    ctx.events.data_changed.emit()
    assert not keeper.timer.isActive()
    assert list(folder.iterdir()) == []


def test_choosing_it_asks_the_folder_and_writes_at_once(
    qtbot: QtBot,
    ctx: AppContext,
    prefs: Path,
    folder: Path,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        choosers, "folder", lambda _p, title, _s: asked.append(title) or str(folder)
    )
    row = CalendarFileSetting(ctx)
    qtbot.addWidget(row)
    row.show()
    assert not row.keep.isChecked() and not row.folder.isEnabled()
    assert row.keep.text() == "Keep my follow-ups in a calendar file"
    row.keep.click()
    assert asked == ["Folder of the calendar file"]
    path = folder / f"msek-followups-{ME}.ics"
    assert uids_in(path) == mine(db) != set()
    assert row.said.text() == f"Kept up to date: {path}"
    assert calendar_file.kept_folder() == folder  # kept for the next start


def test_no_folder_chosen_keeps_nothing(
    qtbot: QtBot, ctx: AppContext, prefs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(choosers, "folder", lambda *_args: "")  # the user cancelled
    row = CalendarFileSetting(ctx)
    qtbot.addWidget(row)
    row.show()
    row.keep.click()
    assert not row.keep.isChecked() and calendar_file.kept_folder() is None


def test_written_at_start_up_and_after_a_burst_of_changes_once(
    qtbot: QtBot, ctx: AppContext, prefs: Path, folder: Path, db: Database
) -> None:
    keep_in(prefs, folder)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    path = calendar.kept_file(folder, ME)
    keeper: CalendarFileKeeper = window.calendar_file
    painted = FirstPaint(window)
    painted_then: list[bool] = []  # at each writing, whether the window had painted
    keeper.written.connect(lambda _path: painted_then.append(painted.seen))
    qtbot.wait(50)
    assert not path.exists()  # the window not shown yet: nothing written
    window.show()
    qtbot.waitUntil(path.exists)  # at start-up, just after the window's first paint
    assert painted_then == [True]
    assert uids_in(path) == mine(db)
    written: list[Path] = []
    keeper.written.connect(written.append)
    some = followups.list_followups(db, None, assignee=ME, today=shared.TODAY)[0]
    added = followups.add_followup(
        db, some.inquiry_id, {"due_on": shared.TODAY + timedelta(days=3)}, actor=ME
    )
    for _ in range(3):
        ctx.events.data_changed.emit()
    qtbot.waitUntil(lambda: written == [path], timeout=5000)
    assert calendar.uid_of(added.id) in uids_in(path)
    qtbot.wait(50)
    assert written == [path]  # the burst written once


def test_a_folder_gone_is_said_and_survived(
    qtbot: QtBot, ctx: AppContext, prefs: Path, folder: Path
) -> None:
    keep_in(prefs, folder)
    folder.rmdir()
    said: list[str] = []
    ctx.events.info.connect(said.append)
    window = QWidget()
    qtbot.addWidget(window)
    keeper = install_calendar_file(window, ctx)
    window.show()
    qtbot.waitUntil(lambda: bool(said))
    assert said[0].startswith("Your calendar file could not be written:")
    assert str(folder) in said[0]
    folder.mkdir()  # back (a network drive reconnected): the next change writes it
    assert keeper.write_now() == calendar.kept_file(folder, ME)
