"""What the window's first paint does without: the retention entries and the tray's reminders
installed once it is done, or when first asked for; the modules' source lines dropped."""

from __future__ import annotations

import linecache
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from msek_desktop.core import demo
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.screens import my_day
from msek_desktop.ui.window.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, db_path: Path, new_database: Callable[..., Database]) -> MainWindow:
    database = new_database(db_path, demo.generate, inquiries=40, seed=3)
    win = MainWindow(AppContext(db=database, me="anowak", languages=Languages()))
    qtbot.addWidget(win)
    return win


def file_entries(window: MainWindow) -> list[str]:
    menu = window.menu_file
    assert isinstance(menu, QMenu)
    return [act.objectName() for act in menu.actions() if act.objectName()]


def test_installed_once_the_window_is_painted(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    assert "reminders" not in vars(window) and "privacy_actions" not in vars(window)
    assert "actRetention" not in file_entries(window)
    qtbot.waitUntil(lambda: "reminders" in vars(window) and window.reminders.started)
    entries = file_entries(window)
    assert entries.index("actRetention") + 1 == entries.index("actAuditList")
    assert window.privacy_actions.shown  # its monthly reminder is checked


def test_installed_when_asked_for_before(qtbot: QtBot, window: MainWindow) -> None:
    assert not window.reminders.started  # a window never shown reads nothing
    assert "actAuditList" in file_entries(window)
    assert not window.privacy_actions.shown
    actions = window.privacy_actions
    window.show()
    qtbot.waitUntil(lambda: window.reminders.started)
    assert window.privacy_actions is actions and actions.shown  # made once


def test_the_first_show_drops_the_source_lines_read(window: MainWindow) -> None:
    assert my_day.__file__ is not None
    assert linecache.getlines(my_day.__file__)  # as PySide6's import hook reads them
    window.show()
    assert my_day.__file__ not in linecache.cache
