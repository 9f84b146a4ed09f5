"""Opening the window: each screen built when first shown, the first page of inquiries read
once, the heavy modules imported on first use; the search debounced and waiting for a
second letter."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from msek_desktop.core import demo
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.screens.inquiries import InquiriesScreen
from msek_desktop.ui.window.main_window import SCREENS, MainWindow

# the page's ids of the inquiries list (core.inquiries.listing._ordered_ids): one per page
PAGE_QUERY = "SELECT inquiries.id FROM inquiries"


@pytest.fixture
def database(db_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(db_path, demo.generate, inquiries=150, seed=3)


@pytest.fixture
def window(qtbot: QtBot, database: Database) -> MainWindow:
    win = MainWindow(AppContext(db=database, me="anowak", languages=Languages()))
    qtbot.addWidget(win)
    return win


@pytest.fixture
def statements(database: Database) -> Iterator[list[str]]:
    """Every SQL statement the database runs from now on."""
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(database.engine, "before_cursor_execute", note)
    yield seen
    event.remove(database.engine, "before_cursor_execute", note)


def pages_read(statements: list[str]) -> int:
    return sum(" ".join(s.split()).startswith(PAGE_QUERY) and "LIMIT" in s for s in statements)


def test_no_screen_is_built_before_it_is_shown(qtbot: QtBot, window: MainWindow) -> None:
    assert window.screens.built() == {}
    assert "dashboard" in window.screens and list(window.screens) == [k for k, _ in SCREENS]
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles[1] == "Inquiries" and titles[-1] == "Settings"  # named, not built
    window.show()
    qtbot.waitExposed(window)
    assert list(window.screens.built()) == ["my_day"]  # the one it opens on
    window.act_goto[1].trigger()  # Ctrl+2
    assert set(window.screens.built()) == {"my_day", "inquiries"}
    assert window.current_screen() is window.screens["inquiries"]
    assert window.stack.currentWidget() is window.screens["inquiries"]
    assert window.act_goto[1].shortcut().toString() == "Ctrl+2"


def test_a_screen_looked_up_is_built_in_its_place(window: MainWindow) -> None:
    people = window.screens["people"]  # built on lookup, the window hidden
    assert window.stack.indexOf(people) == [k for k, _ in SCREENS].index("people")
    assert window.screens["people"] is people
    assert set(window.screens.built()) == {"people"}
    window.ctx.events.data_changed.emit()  # a save: nothing built for it
    assert set(window.screens.built()) == {"people"}


def test_the_first_page_is_read_once(window: MainWindow, statements: list[str]) -> None:
    screen = window.show_screen("inquiries")
    assert screen.model.rowCount() > 0
    assert pages_read(statements) == 1


def test_typing_is_debounced(qtbot: QtBot, window: MainWindow, statements: list[str]) -> None:
    screen = window.show_screen("inquiries")
    assert isinstance(screen, InquiriesScreen)
    before = screen.model.rows
    statements.clear()
    qtbot.keyClicks(screen.search, "lodz")  # four keystrokes before the window gets back
    qtbot.waitUntil(lambda: screen.model.rows is not before)
    qtbot.wait(50)
    assert pages_read(statements) == 1  # one search for the four letters
    assert screen.searched() == "lodz"


def test_a_single_letter_is_not_searched(
    qtbot: QtBot, window: MainWindow, statements: list[str]
) -> None:
    screen = window.show_screen("inquiries")
    assert isinstance(screen, InquiriesScreen)
    listed = screen.model.rows
    statements.clear()
    qtbot.keyClick(screen.search, "l")
    qtbot.wait(50)
    assert pages_read(statements) == 0 and screen.model.rows is listed
    assert screen.count.text() == "Type a second letter to search"
    qtbot.keyClick(screen.search, "o")
    qtbot.waitUntil(lambda: screen.model.rows is not listed)
    searched = screen.model.rows
    assert screen.searched() == "lo" and pages_read(statements) == 1
    qtbot.keyClick(screen.search, Qt.Key.Key_Backspace)  # back to one letter: not searched
    qtbot.waitUntil(lambda: screen.model.rows is not searched)
    assert screen.searched() == "" and [r.id for r in screen.model.rows] == [r.id for r in listed]
    assert screen.count.text() == "Type a second letter to search"
    qtbot.keyClick(screen.search, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: screen.count.text().endswith("inquiries"))


def test_the_window_and_its_first_screen_import_no_sqlalchemy() -> None:
    code = (
        "import json, sys\n"
        "import msek_desktop.app\n"
        "from msek_desktop.ui.window.main_window import MainWindow\n"
        "real = [n for n in sys.modules if type(sys.modules[n]).__name__ == 'module']\n"
        "from msek_desktop.ui.screens.my_day import MyDayScreen\n"
        "first = [n for n in sys.modules if type(sys.modules[n]).__name__ == 'module']\n"
        "print(json.dumps({'real': real, 'first': first}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    real, first = set(loaded["real"]), set(loaded["first"])
    # My day is read plainly at the start (core.opening): SQLAlchemy and the models are
    # imported once the first paint is done
    assert "msek_desktop.ui.screens.my_day" in first
    for reads in ("sqlalchemy", "alembic", "msek_desktop.core.models", "msek_desktop.core.db"):
        assert reads not in first, reads
    for heavy in (
        "reportlab",  # letters, tombstones, charts
        "msek_desktop.charts",
        "msek_desktop.core.backups",
        "msek_desktop.ui.screens.dashboard",
        "msek_desktop.ui.screens.my_day",
        "msek_desktop.ui.forms.inquiry_form",
        "msek_desktop.ui.dialogs.importing",
        "msek_desktop.ui.dialogs.export_dialog",
        "msek_desktop.ui.dialogs.retention",
        "msek_desktop.ui.dialogs.activity_report",
        "msek_desktop.letters.service",
        "phonenumbers",  # validators and fuzzy matching: when a form or an import checks
        "email_validator",
        "rapidfuzz",
    ):
        assert heavy not in real, heavy


@pytest.mark.parametrize("key", ["people", "organisations"])
def test_the_records_lists_wait_for_a_second_letter_and_debounce(
    qtbot: QtBot, window: MainWindow, key: str
) -> None:
    screen: Any = window.show_screen(key)
    searched: list[str] = []
    fetch = screen.fetch
    screen.fetch = lambda text, *rest: searched.append(text) or fetch(text, *rest)
    listed = screen.model.rows
    qtbot.keyClick(screen.search, "w")
    qtbot.wait(50)
    assert searched == [] and screen.model.rows is listed
    assert screen.count.text() == "Type a second letter to search"
    qtbot.keyClicks(screen.search, "isn")  # three keystrokes before the window gets back
    qtbot.waitUntil(lambda: screen.model.rows is not listed)
    qtbot.wait(50)
    assert searched[:1] == ["wisn"] and "wi" not in searched and "wis" not in searched
