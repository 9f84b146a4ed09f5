"""Reminders in the window (ui.window.tray): the tray icon's count and menu, the notices and
their click, snoozes kept between runs, midnight, the status bar where there is no tray, and
the window kept in the tray when closed. The clock is the test's."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, followups, inquiries, organisations, staff
from msek_desktop.core.db import Database
from msek_desktop.core.rows import FollowUpRow, InquiryRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.screens import settings as settings_ui
from msek_desktop.ui.screens.settings import SettingsScreen
from msek_desktop.ui.window import tray
from msek_desktop.ui.window.main_window import MainWindow
from msek_desktop.ui.window.tray import TrayReminders

TODAY = date(2026, 12, 5)
# Showing a tray icon on the offscreen platform (made to believe it has a tray) says this.
pytestmark = pytest.mark.qt_log_ignore(r"systemTrayWindowChanged")


@dataclass
class Clock:
    """The test's time: the window's today and the reminders' now."""

    now: datetime = datetime(2026, 12, 5, 10, 0)

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Office:
    db: Database
    inquiry: InquiryRow
    late: FollowUpRow
    today: list[FollowUpRow] = field(default_factory=list)
    tomorrow: FollowUpRow | None = None


@pytest.fixture
def prefs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "prefs.ini"
    monkeypatch.setattr(
        settings_ui, "preferences", lambda: QSettings(str(path), QSettings.Format.IniFormat)
    )
    return path


@pytest.fixture
def office(tmp_path: Path, new_database: Callable[..., Database]) -> Office:
    db = new_database(tmp_path / "t.db")
    for login, name in (("anna", "Anna Kowalska"), ("marc", "Marc Rivière")):
        staff.create_staff(db, {"login": login, "full_name": name})
    org = organisations.create_organisation(
        db, {"name": "Filharmonia Śląska", "city": "Katowice", "country": "PL",
             "kind": "music_school", "side": "katowice"}, actor="anna",
    )  # fmt: skip
    person = contacts.create_contact(
        db, {"first_name": "Ewa", "last_name": "Nowak", "side": "katowice",
             "organisation_id": org.id}, actor="anna",
    )  # fmt: skip
    inquiry = inquiries.create_inquiry(
        db, {"subject": "Koncert w Saint-Étienne", "contact_id": person.id, "assignee": "anna"},
        actor="anna",
    )  # fmt: skip

    def plan(due: date, who: str = "anna", text: str = "") -> FollowUpRow:
        values = {"due_on": due, "assignee": who, "description": text}
        return followups.add_followup(db, inquiry.id, values, actor="anna")

    found = Office(db, inquiry, plan(TODAY - timedelta(days=2), text="Ask for the programme"))
    found.today = [plan(TODAY), plan(TODAY)]
    found.tomorrow = plan(TODAY + timedelta(days=1), text="Send the dates")
    plan(TODAY, who="marc")
    return found


@dataclass
class Told:
    """The notices the tray icon was asked to show: (title, text)."""

    shown: list[tuple[str, str]] = field(default_factory=list)


def make_window(
    qtbot: QtBot, office: Office, clock: Clock, monkeypatch: pytest.MonkeyPatch, *, tray_on: bool
) -> tuple[MainWindow, Told]:
    monkeypatch.setattr(tray, "tray_available", lambda: tray_on)
    ctx = AppContext(db=office.db, me="anna", languages=Languages(), today=lambda: clock().date())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.reminders.now = clock
    told = Told()
    if window.reminders.icon is not None:  # what it shows, kept (the offscreen one shows none)
        icon = window.reminders.icon
        real = icon.showMessage

        def show(title: str, text: str, *args: Any) -> None:
            told.shown.append((title, text))
            real(title, text, *args)

        icon.showMessage = show  # type: ignore[method-assign]
    return window, told


def show(qtbot: QtBot, window: MainWindow) -> None:
    """Shown, and its reminders read (once its first rows are painted)."""
    window.show()
    qtbot.waitUntil(lambda: window.reminders.started)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def quits_on_last_window() -> Iterator[None]:
    yield
    QApplication.setQuitOnLastWindowClosed(True)


@pytest.fixture
def with_tray(
    qtbot: QtBot, office: Office, clock: Clock, prefs: Path, monkeypatch: pytest.MonkeyPatch,
    quits_on_last_window: None,
) -> tuple[MainWindow, Told]:  # fmt: skip
    window, told = make_window(qtbot, office, clock, monkeypatch, tray_on=True)
    show(qtbot, window)
    return window, told


def entries(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions()]


def submenu(reminders: TrayReminders, row: FollowUpRow) -> QMenu:
    found = reminders.menu.findChild(QMenu, f"trayFollowUp{row.id}")
    assert found is not None, f"no menu for follow-up {row.id}"
    return found


def trigger(menu: QMenu, text: str) -> None:
    [act] = [a for a in menu.actions() if a.text() == text]
    act.trigger()


def test_the_icon_counts_my_due_follow_ups_and_its_menu_lists_them(
    with_tray: tuple[MainWindow, Told], office: Office
) -> None:
    window, _told = with_tray
    reminders = window.reminders
    assert reminders.icon is not None and reminders.icon.isVisible()
    assert reminders.icon.toolTip() == "MSEK Desktop — 3 follow-ups due (1 overdue)"
    ref = office.inquiry.ref
    assert entries(reminders.menu) == [
        "Open MSEK Desktop", "My day", "", "3 follow-ups due (1 overdue)",
        f"{ref} — Koncert w Saint-Étienne (overdue)",
        f"{ref} — Koncert w Saint-Étienne", f"{ref} — Koncert w Saint-Étienne",
        "", "Snooze all for 1 hour", "", "Quit",
    ]  # fmt: skip
    assert entries(submenu(reminders, office.late)) == [
        "Open the inquiry", "Snooze for 1 hour", "Snooze until tomorrow 09:00",
    ]  # fmt: skip
    picture = reminders.icon.icon().pixmap(64, 64).toImage()
    assert QColor(picture.pixel(50, 50)).name() == "#d7263d", "the count in a red disc"


def test_at_start_one_notice_sums_up_and_its_click_opens_my_day(
    with_tray: tuple[MainWindow, Told],
) -> None:
    window, told = with_tray
    assert told.shown == [("MSEK Desktop", "3 follow-ups due (1 overdue)")]
    window.show_screen("inquiries")
    assert window.reminders.icon is not None
    window.reminders.icon.messageClicked.emit()
    assert window.current_screen() is window.screens["my_day"]


def test_a_follow_up_falling_due_at_midnight_is_told_and_its_click_opens_the_inquiry(
    qtbot: QtBot, with_tray: tuple[MainWindow, Told], office: Office, clock: Clock
) -> None:
    window, told = with_tray
    reminders = window.reminders
    midnight = datetime(2026, 12, 6, 0, 0)
    assert reminders.next_change == midnight
    assert reminders.timer.isActive() and reminders.timer.interval() == tray.CHECK_MS
    my_day = window.screens["my_day"]
    assert "5 December 2026" in my_day.greeting.text()  # type: ignore[attr-defined]
    clock.now = datetime(2026, 12, 6, 0, 0, 1)
    reminders.timer.timeout.emit()  # the timer's tick: a new day
    assert "6 December 2026" in my_day.greeting.text(), "My day moved to the new today"  # type: ignore[attr-defined]
    today_rows = my_day.today.model.rows  # type: ignore[attr-defined]
    assert [r.id for r in today_rows] == [office.tomorrow.id]  # type: ignore[union-attr]
    assert told.shown[-1] == (
        "Follow-up due",
        f"{office.inquiry.ref} — Koncert w Saint-Étienne\nSend the dates",
    )
    assert reminders.icon is not None
    assert reminders.icon.toolTip() == "MSEK Desktop — 4 follow-ups due (3 overdue)"
    reminders.icon.messageClicked.emit()
    forms = [f for f in window.forms if f.isVisible()]
    assert [f.inquiry_id for f in forms] == [office.inquiry.id]
    forms[0].close()


def test_a_wake_after_midnight_is_noticed_when_the_program_becomes_active(
    with_tray: tuple[MainWindow, Told], clock: Clock
) -> None:
    window, _told = with_tray
    clock.now = datetime(2026, 12, 7, 8, 0)  # slept through a night: the timer is not due
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert window.reminders.state.today == date(2026, 12, 7)
    assert "7 December 2026" in window.screens["my_day"].greeting.text()  # type: ignore[attr-defined]


def test_snoozing_from_the_menu_keeps_it_quiet_and_survives_a_restart(
    qtbot: QtBot, with_tray: tuple[MainWindow, Told], office: Office, clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window, told = with_tray
    reminders = window.reminders
    trigger(submenu(reminders, office.late), "Snooze for 1 hour")
    trigger(submenu(reminders, office.today[0]), "Snooze until tomorrow 09:00")
    assert {f: s.until for f, s in reminders.state.snoozes.items()} == {
        office.late.id: datetime(2026, 12, 5, 11, 0),
        office.today[0].id: datetime(2026, 12, 6, 9, 0),
    }
    ref = office.inquiry.ref
    texts = entries(reminders.menu)
    assert f"{ref} — Koncert w Saint-Étienne (snoozed until 11:00)" in texts
    assert f"{ref} — Koncert w Saint-Étienne (snoozed until Sun 09:00)" in texts
    assert reminders.next_change == datetime(2026, 12, 5, 11, 0)
    # a restart at 10:30: both still quiet, only the third is summed up
    again, told_again = make_window(qtbot, office, clock, monkeypatch, tray_on=True)
    clock.now = datetime(2026, 12, 5, 10, 30)
    show(qtbot, again)
    assert set(again.reminders.state.snoozes) == {office.late.id, office.today[0].id}
    assert told_again.shown == [("Follow-up due", f"{ref} — Koncert w Saint-Étienne")]
    # the hour ends: told again
    clock.now = datetime(2026, 12, 5, 11, 0, 1)
    reminders.timer.timeout.emit()
    assert told.shown[-1] == (
        "Follow-up overdue",
        f"{ref} — Koncert w Saint-Étienne\nAsk for the programme",
    )
    trigger(reminders.menu, "Snooze all for 1 hour")
    assert set(reminders.state.snoozes) == {office.late.id, office.today[0].id, office.today[1].id}


def test_a_snoozed_follow_up_done_meanwhile_is_forgotten(
    with_tray: tuple[MainWindow, Told], office: Office, prefs: Path
) -> None:
    window, _told = with_tray
    reminders = window.reminders
    trigger(submenu(reminders, office.late), "Snooze for 1 hour")
    assert QSettings(str(prefs), QSettings.Format.IniFormat).allKeys() != []
    followups.complete_followup(office.db, office.late.id, "Called", actor="anna")
    window.ctx.events.data_changed.emit()
    assert reminders.state.snoozes == {}
    assert reminders.icon is not None
    assert reminders.icon.toolTip() == "MSEK Desktop — 2 follow-ups due"
    kept = QSettings(str(prefs), QSettings.Format.IniFormat)
    assert [k for k in kept.allKeys() if k.startswith("reminders")] == []


def test_without_a_tray_the_reminder_shows_in_the_status_bar(
    qtbot: QtBot, office: Office, clock: Clock, prefs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _told = make_window(qtbot, office, clock, monkeypatch, tray_on=False)
    show(qtbot, window)
    assert window.reminders.icon is None
    assert window.statusBar().currentMessage() == "3 follow-ups due (1 overdue)"
    assert entries(window.reminders.menu)[3] == "3 follow-ups due (1 overdue)"
    clock.now = datetime(2026, 12, 6, 0, 0, 1)
    window.reminders.tick()
    assert window.statusBar().currentMessage() == (
        f"Follow-up due: {office.inquiry.ref} — Koncert w Saint-Étienne — Send the dates"
    )
    assert window.close(), "no tray: closing closes"


def test_closing_with_the_setting_on_hides_and_quit_quits(
    with_tray: tuple[MainWindow, Told], prefs: Path
) -> None:
    window, told = with_tray
    settings_ui.preferences().setValue(settings_ui.KEEP_IN_TRAY, True)
    assert not window.close(), "closing hides"
    assert not window.isVisible() and not QApplication.quitOnLastWindowClosed()
    assert told.shown[-1][0] == "MSEK Desktop keeps running", "said the first time"
    icon = window.reminders.icon
    assert icon is not None
    icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)  # a click on the icon
    assert window.isVisible() and QApplication.quitOnLastWindowClosed()
    assert not window.close()
    trigger(window.reminders.menu, "Open MSEK Desktop")
    assert window.isVisible()
    assert not window.close()
    said = [title for title, _text in told.shown if title == "MSEK Desktop keeps running"]
    assert len(said) == 1, "said once"
    ended: list[bool] = []
    window.reminders.exit_app = lambda: ended.append(True)
    window.act_quit.trigger()
    assert not window.isVisible() and window.reminders.quitting
    assert ended == [True], "Quit while in the tray ends the program"


def test_closing_with_the_setting_off_closes_and_the_reminders_end(
    qtbot: QtBot, with_tray: tuple[MainWindow, Told]
) -> None:
    window, _told = with_tray
    settings_ui.preferences().setValue(settings_ui.KEEP_IN_TRAY, False)
    icon = window.reminders.icon
    assert icon is not None and icon.isVisible() and window.reminders.timer.isActive()
    assert window.close()
    assert not window.isVisible()
    qtbot.waitUntil(lambda: not icon.isVisible())
    assert not window.reminders.timer.isActive()


def test_the_setting_is_on_by_default_on_windows_only_and_the_screen_keeps_it(
    qtbot: QtBot, office: Office, prefs: Path
) -> None:
    assert settings_ui.keep_in_tray() == (sys.platform == "win32")
    ctx = AppContext(db=office.db, me="anna", languages=Languages())
    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    screen.refresh()
    box = screen.language.tray
    assert box.text() == "Keep running in the tray when the window is closed"
    assert box.isChecked() == (sys.platform == "win32")
    box.setChecked(not box.isChecked())
    assert settings_ui.keep_in_tray() == (sys.platform != "win32")


def test_switching_to_other_data_closes_even_with_the_setting_on(
    with_tray: tuple[MainWindow, Told],
) -> None:
    window, _told = with_tray
    settings_ui.preferences().setValue(settings_ui.KEEP_IN_TRAY, True)
    assert window.data_actions.try_demo(), "the window closed to open the demo"  # type: ignore[attr-defined]
    assert not window.isVisible() and not window.reminders.in_tray
