"""What the tests of My day and the Follow-ups screen share (imported by name into those test
modules): the demo office of 25 November 2026, the window's context on it for one staff
member, a screen shown with its rows, and selecting a list's first row."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from msek_desktop.core import demo
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.screens.followups import FollowUpList
from msek_desktop.ui.screens.screen import Screen

TODAY = date(2026, 11, 25)
S = TypeVar("S", bound=Screen)


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(tmp_path / "t.db", demo.generate, inquiries=300, seed=1, today=TODAY)


def context(db: Database, me: str) -> AppContext:
    return AppContext(db=db, me=me, languages=Languages(), today=lambda: TODAY)


def refreshed(qtbot: QtBot, screen: S) -> S:
    qtbot.addWidget(screen)
    screen.refresh()
    return screen


def select_first(part: FollowUpList) -> None:
    index = part.model.index(0, 0)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    # current first: setCurrentIndex honours held modifiers (an earlier test's Ctrl)
    part.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
    part.table.selectionModel().select(index, flags)
