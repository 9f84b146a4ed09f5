"""Two desks on one office database (two main windows in one test, each with a database of
its own on the test server): what desk A saves shows on desk B within 2 seconds, in its
lists and My day, and in an open form of the same record as a bar with Reload."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, followups, importing, inquiries, staff
from msek_desktop.core.db import Database
from msek_desktop.core.store import open_database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

TODAY = date.today()
LIVE_MS = 2000  # the promise: within 2 seconds


@pytest.fixture
def office(new_server_database: Callable[..., Database]) -> Database:
    database = new_server_database()
    staff.create_staff(database, {"login": "marta", "full_name": "Marta Rivière"})
    staff.create_staff(database, {"login": "anowak", "full_name": "Anna Nowak"})
    return database


@pytest.fixture
def ewa(office: Database) -> Any:
    values = {"first_name": "Ewa", "last_name": "Wiśniewska", "side": "katowice"}
    return contacts.create_contact(office, values, actor="marta")


@pytest.fixture
def desks(qtbot: QtBot, office: Database, asked: Asked) -> Iterator[tuple[MainWindow, MainWindow]]:
    """Desk A (Marta) on `office`, desk B (Anna) on a database of its own, same server."""
    other = open_database(office.location)
    windows = []
    for database, me in ((office, "marta"), (other, "anowak")):
        window = MainWindow(AppContext(database, me, Languages()))
        qtbot.addWidget(window)
        window.show()
        assert window.live is not None
        windows.append(window)
    for window in windows:
        live = window.live
        assert live is not None
        qtbot.waitUntil(live.listening.is_set, timeout=5000)
    yield windows[0], windows[1]
    for window in windows:
        window.close()
    other.dispose()


def inquiry(office: Database, ewa: Any, subject: str, **values: Any) -> Any:
    values = {"subject": subject, "contact_id": ewa.id, **values}
    return inquiries.create_inquiry(office, values, actor="marta")


def listed(window: MainWindow, key: str) -> list[Any]:
    screen: Any = window.screens[key]
    return list(screen.model.rows)


def test_a_colleagues_new_inquiry_shows_in_the_list_keeping_the_selection(
    qtbot: QtBot, office: Database, ewa: Any, desks: tuple[MainWindow, MainWindow]
) -> None:
    _a, b = desks
    first = inquiry(office, ewa, "Chór")
    screen: Any = b.show_screen("inquiries")
    qtbot.waitUntil(lambda: [r.id for r in listed(b, "inquiries")] == [first.id])
    screen.table.selectRow(0)

    new = inquiry(office, ewa, "Wymiana skrzypków")
    qtbot.waitUntil(lambda: new.id in {r.id for r in listed(b, "inquiries")}, timeout=LIVE_MS)
    chosen = [screen.model.row_at(i).id for i in screen.table.selectionModel().selectedRows()]
    assert chosen == [first.id]  # the selection stays on the row it was on


def test_my_day_shows_a_colleagues_changed_follow_up(
    qtbot: QtBot, office: Database, ewa: Any, desks: tuple[MainWindow, MainWindow]
) -> None:
    _a, b = desks
    row = inquiry(office, ewa, "Chór", assignee="anowak")
    later = TODAY + timedelta(days=30)
    fu = followups.add_followup(
        office, row.id, {"due_on": later, "action": "call", "description": "Zadzwonić"},
        actor="marta",
    )  # fmt: skip
    my_day: Any = b.show_screen("my_day")
    qtbot.waitUntil(lambda: my_day.inquiries_model.rowCount() == 1, timeout=LIVE_MS)
    assert my_day.upcoming.model.rowCount() == 0  # in 30 days: not in the next two weeks

    followups.reschedule_followup(office, fu.id, TODAY + timedelta(days=3), actor="marta")
    qtbot.waitUntil(lambda: my_day.upcoming.model.rowCount() == 1, timeout=LIVE_MS)
    assert my_day.upcoming.model.rows[0].id == fu.id


def test_an_open_form_says_a_colleague_changed_its_inquiry_and_reloads(
    qtbot: QtBot, office: Database, ewa: Any, desks: tuple[MainWindow, MainWindow],
    asked: Asked, tmp_path: Path,
) -> None:  # fmt: skip
    a, b = desks
    row = inquiry(office, ewa, "Chór")
    theirs, mine = a.open_inquiry(row.id), b.open_inquiry(row.id)
    qtbot.keyClicks(mine.message, "Notatka Anny niezapisana")  # B's edits, not saved

    theirs.subject.setText("Chór i orkiestra")
    qtbot.mouseClick(theirs.save_button, Qt.MouseButton.LeftButton)
    bar = mine.live.bar if mine.live else None
    assert bar is not None
    qtbot.waitUntil(bar.isVisible, timeout=LIVE_MS)
    text = bar.label.text()
    assert text.startswith("Marta Rivière changed this inquiry at ")
    assert text[-6:-1].replace(":", "").isdigit() and text[-4] == ":"  # HH:MM
    assert bar.button.text() == "Reload"
    assert mine.message.toPlainText() == "Notatka Anny niezapisana"  # kept until Reload
    assert mine.subject.text() == "Chór"
    mine.grab().save(str(tmp_path / "form_with_bar.png"))
    qtbot.wait(400)  # desk A heard its own save too: no bar on its own form
    assert theirs.live is not None and not theirs.live.bar.isVisible()

    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert mine.subject.text() == "Chór i orkiestra"
    assert mine.message.toPlainText() == ""
    assert not bar.isVisible()
    assert not mine.is_dirty()
    assert asked.shown == []


def test_a_refresh_from_a_colleague_keeps_the_scroll_position(
    qtbot: QtBot, office: Database, ewa: Any, desks: tuple[MainWindow, MainWindow],
    tmp_path: Path,
) -> None:  # fmt: skip
    _a, b = desks
    rows = "\n".join(f"Jan{n};Kowalski{n};Wymiana {n}" for n in range(250))
    path = tmp_path / "in.csv"
    path.write_text(f"first_name;last_name;subject\n{rows}\n", encoding="utf-8")
    importing.import_file(office, path)
    screen: Any = b.show_screen("inquiries")
    qtbot.waitUntil(lambda: screen.model.rowCount() >= 100, timeout=LIVE_MS)
    while screen.model.canFetchMore():
        screen.model.fetchMore()
    screen.table.scrollToBottom()
    bar = screen.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)
    scrolled = bar.value()
    low = screen.model.rowCount() - 3
    screen.table.selectRow(low)
    chosen = screen.model.rows[low].id

    new = inquiry(office, ewa, "Jeszcze jedno")
    qtbot.waitUntil(lambda: new.id in {r.id for r in listed(b, "inquiries")}, timeout=LIVE_MS)
    assert bar.value() == scrolled  # not back at the top
    picked = [screen.model.row_at(i).id for i in screen.table.selectionModel().selectedRows()]
    assert picked == [chosen]
