"""The window's restore and the start-up recovery verify a backup's schema (issue 10, point 2):
they share core.backups.restore / recover, so a crafted backup is refused there too."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from msek_desktop.core import backups, demo, errors
from msek_desktop.core.db import Database
from msek_desktop.core.store import open_database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.window.backup_actions import install_backup_actions
from msek_desktop.ui.window.main_window import MainWindow
from msek_desktop.ui.window.recovery import offer_recovery

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from crafted_backups import craft

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

pytestmark = pytest.mark.database_file  # backups and recovery of the database file


@pytest.fixture
def database(db_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(db_path, demo.generate, inquiries=20, seed=2)


@pytest.fixture
def asked(asked: Asked) -> Asked:
    """tests/ui/conftest.py's, answering Yes to every question."""
    asked.answers["confirm"] = True
    return asked


def count(path: Path, sql: str) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute(sql).fetchone()[0])


def follow_ups(path: Path) -> int:
    return count(path, "SELECT count(*) FROM follow_ups")


def triggers(path: Path) -> int:
    return count(path, "SELECT count(*) FROM sqlite_master WHERE type='trigger'")


def test_the_window_refuses_a_backup_carrying_a_trigger(
    qtbot: QtBot, database: Database, asked: Asked, tmp_path: Path
) -> None:
    window = MainWindow(AppContext(db=database, me="anowak", languages=Languages()))
    qtbot.addWidget(window)
    actions = install_backup_actions(window, window.ctx)
    trap = craft(
        backups.backup_now(database, to=tmp_path / "good.db"), tmp_path / "t.db", "trigger"
    )
    before = follow_ups(database.path)
    operation = actions.restore(trap)
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=20_000):
        pass
    assert len(asked.texts("warn")) == 1 and 'trigger "wipe"' in asked.texts("warn")[0]
    assert asked.texts("inform") == []
    assert triggers(database.path) == 0
    assert follow_ups(database.path) == before


def test_recovery_at_start_skips_a_crafted_newest_backup(
    qapp: QApplication, database: Database, db_path: Path, asked: Asked
) -> None:
    now = datetime(2026, 11, 25, 9, 0)
    good = backups.backup_now(database, now=now)
    newer = backups.backup_folder(db_path) / "msek-20261125-100000.db"
    craft(good, newer, "trigger")  # the newest by its name, but a trap
    assert backups.newest_verified_backup(newer.parent) == good
    database.dispose()
    db_path.write_bytes(b"\x00" * 100 + db_path.read_bytes()[100:])
    with pytest.raises(errors.UserError) as caught:
        open_database(db_path)
    assert offer_recovery(db_path, caught.value) is True
    assert "2026-11-25 09:00" in asked.texts("confirm")[0]
    assert triggers(db_path) == 0
    assert follow_ups(db_path) == follow_ups(good) > 0
