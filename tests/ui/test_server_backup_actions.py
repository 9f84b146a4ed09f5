"""The window's backups with the office server (a real PostgreSQL database): Back up now and
the automatic backup write copies of the office's data on this desk, Restore… replaces the
server's data after a copy, with its own question."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from msek_desktop.core import backups, demo, inquiries, roles, store
from msek_desktop.core.db import Database
from msek_desktop.core.server import ServerAddress
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.window.backup_actions import install_backup_actions
from msek_desktop.ui.window.main_window import MainWindow
from tests.conftest import ServerDatabases
from tests.core.test_roles import Office, add, office_with_logins

if TYPE_CHECKING:
    from tests.ui.conftest import Asked


@pytest.fixture
def office(new_server_database: Callable[..., Any]) -> Database:
    database: Database = new_server_database()
    demo.generate(database, inquiries=20, seed=4, today=date(2026, 11, 1))
    return database


@pytest.fixture
def window(qtbot: QtBot, office: Database) -> MainWindow:
    win = MainWindow(AppContext(db=office, me="anowak", languages=Languages()))
    qtbot.addWidget(win)
    return win


def wait(qtbot: QtBot, operation: object) -> None:
    with qtbot.waitSignal(operation.finished, timeout=30_000):  # type: ignore[attr-defined]
        pass


def subjects(database: Database) -> list[str]:
    return sorted(r.subject for r in inquiries.list_inquiries(database, limit=100))


def copies_of(office: Database) -> list[Path]:
    return [b.path for b in backups.list_backups(backups.folder_of(office.location))]


def test_back_up_now_copies_the_office_data_to_this_desk(
    qtbot: QtBot, window: MainWindow, office: Database, asked: Asked
) -> None:
    actions = window.backup_actions
    assert actions.act_backup.isEnabled() and actions.act_restore.isEnabled()
    messages: list[str] = []
    window.ctx.events.info.connect(messages.append)
    wait(qtbot, actions.back_up_now())
    [copy] = copies_of(office)
    assert messages == [f"Backed up to {copy}"]
    assert asked.texts("warn") == []
    assert backups.latest_copy(office.location) == copy


def test_the_automatic_copy_when_the_data_changed(
    qtbot: QtBot, window: MainWindow, office: Database
) -> None:
    actions = window.backup_actions
    actions.timer.stop()
    wait(qtbot, actions.back_up_if_changed())
    assert len(copies_of(office)) == 1
    assert actions.back_up_on_quit() is None, "nothing changed since"
    with office.write() as s:
        s.execute(text("UPDATE inquiries SET subject = 'Changed on another desk' WHERE id = 1"))
    made = actions.back_up_on_quit()
    assert made is not None and copies_of(office)[0] == made


def test_restore_replaces_the_office_data_after_a_copy(
    qtbot: QtBot,
    window: MainWindow,
    office: Database,
    asked: Asked,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked.answers["confirm"] = True
    actions = window.backup_actions
    saved = backups.backup_now(office)
    wanted = subjects(office)
    with office.write() as s:
        s.execute(text("UPDATE inquiries SET subject = 'changed'"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(saved), ""))
    refreshed: list[bool] = []
    window.ctx.events.data_changed.connect(lambda: refreshed.append(True))

    wait(qtbot, actions.choose_and_restore())

    question = asked.texts("confirm")[0]
    assert "on every desk" in question and saved.name in question
    assert subjects(office) == wanted
    assert refreshed == [True]
    assert "restored from" in asked.texts("inform")[0]
    [safety] = [p for p in copies_of(office) if p != saved]
    assert str(safety) in asked.texts("inform")[0]


def test_restore_declined_changes_nothing(
    window: MainWindow, office: Database, asked: Asked
) -> None:
    saved = backups.backup_now(office)
    with office.write() as s:
        s.execute(text("UPDATE inquiries SET subject = 'changed'"))
    asked.answers["confirm"] = False
    assert window.backup_actions.restore(saved) is None
    assert set(subjects(office)) == {"changed"}
    assert copies_of(office) == [saved]


def test_install_on_the_server_starts_the_timer(window: MainWindow) -> None:
    actions = install_backup_actions(window, window.ctx, interval_ms=60_000)
    assert actions.timer.isActive() and actions.timer.interval() == 60_000


# -- quitting: the copy shows its progress and can be skipped, the way the program quits ------

QUITTING = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton
from sqlalchemy import text
from msek_desktop.app import make_application
from msek_desktop.core import store
from msek_desktop.core.server import ServerAddress
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.window import backup_actions
from msek_desktop.ui.window.main_window import MainWindow

url, skip = sys.argv[1], sys.argv[2] == "skip"
app = make_application()
database = store.open_database(ServerAddress(url))
window = MainWindow(AppContext(db=database, me="anowak", languages=Languages()))
seen = []

def change_and_close():
    with database.write() as s:
        s.execute(text("UPDATE inquiries SET subject = 'Changed before quitting' WHERE id = 1"))
    window.close()  # the last window: Qt quits, as when the user closes it or presses Ctrl+Q

def press_skip():
    for widget in app.topLevelWidgets():
        if isinstance(widget, QProgressDialog) and widget.isVisible():
            seen.append(widget.labelText())
            widget.findChild(QPushButton).click()
            return
    QTimer.singleShot(2, press_skip)

if skip:
    backup_actions.SHOW_AFTER_MS = 0
    press_skip()
window.show()
QTimer.singleShot(300, change_and_close)
code = app.exec()
database.dispose()
print(json.dumps({"code": code, "seen": seen}))
"""


def quit_the_program(office: Database, tmp_path: Path, how: str) -> dict[str, Any]:
    """Run the window in a program of its own on `office`, change the data, close the window
    and let Qt quit (aboutToQuit after the main loop's last event); what it printed."""
    script = tmp_path / "quitting.py"
    script.write_text(QUITTING, encoding="utf-8")
    assert isinstance(office.location, ServerAddress)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(script), office.location.url, how],
        check=False, capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    printed: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return printed


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def test_quitting_after_a_change_leaves_a_new_verified_copy(
    office: Database, tmp_path: Path
) -> None:
    first = backups.backup_now(office)
    printed = quit_the_program(office, tmp_path, "wait")
    assert printed["code"] == 0
    [made] = [p for p in copies_of(office) if p != first]
    assert backups.latest_copy(office.location) == made  # verified, the newest
    copy = store.open_database(made, quick_check=False)
    try:
        assert "Changed before quitting" in subjects(copy)
    finally:
        copy.dispose()
    assert not [n for n in files_in(made.parent) if "partial" in n]


def test_skipping_the_copy_on_quitting_leaves_no_copy_and_no_temporary_file(
    new_server_database: Callable[..., Any], tmp_path: Path
) -> None:
    office: Database = new_server_database()
    demo.generate(office, inquiries=300, seed=5, today=date(2026, 11, 2))  # a copy to skip
    first = backups.backup_now(office)
    before = files_in(first.parent)
    printed = quit_the_program(office, tmp_path, "skip")
    assert printed["code"] == 0
    assert printed["seen"] == ["Copying the office's data to this desk…"]
    assert copies_of(office) == [first]
    assert files_in(first.parent) == before, "no temporary file left"


# -- Restore… is an admin's: a staff login finds it disabled, and is told why ------------------


@pytest.fixture
def with_logins(server_databases: ServerDatabases) -> Iterator[Office]:
    """An office database set up for logins (its role names carry a suffix of its own)."""
    with office_with_logins(server_databases) as made:
        yield made


def window_as(qtbot: QtBot, database: Database, me: str) -> MainWindow:
    win = MainWindow(AppContext(db=database, me=me, languages=Languages()))
    qtbot.addWidget(win)
    return win


def test_restore_is_disabled_for_a_staff_login_and_says_why(
    qtbot: QtBot, with_logins: Office
) -> None:
    owner = with_logins.as_login(with_logins.owner)
    anna, boss = with_logins.login("anna"), with_logins.login("boss")
    add(owner, anna, roles.STAFF)
    add(owner, boss, roles.ADMIN)

    as_anna = window_as(qtbot, with_logins.as_login(anna), anna).backup_actions
    assert not as_anna.act_restore.isEnabled()
    assert as_anna.act_restore.toolTip() == "Only an admin can restore a backup."
    assert as_anna.act_backup.isEnabled(), "every desk keeps its copy, staff included"
    assert as_anna.window.menu_file.toolTipsVisible()

    as_boss = window_as(qtbot, with_logins.as_login(boss), boss).backup_actions
    assert as_boss.act_restore.isEnabled()
    assert as_boss.act_restore.toolTip() != "Only an admin can restore a backup."


def test_restore_is_enabled_on_a_file_and_for_a_superuser_on_the_server(
    qtbot: QtBot, tmp_path: Path, new_database: Callable[..., Database]
) -> None:
    actions = window_as(qtbot, new_database(tmp_path / "t.db"), "anowak").backup_actions
    assert actions.act_restore.isEnabled() and actions.may_restore
