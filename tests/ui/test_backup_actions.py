"""Backups in the window: menu actions, automatic backup, restore, and recovery at start."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from msek_desktop.core import backups, demo, errors
from msek_desktop.core.db import Database
from msek_desktop.core.store import open_database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.window import backup_actions
from msek_desktop.ui.window.backup_actions import BackupActions, install_backup_actions
from msek_desktop.ui.window.main_window import MainWindow
from msek_desktop.ui.window.recovery import offer_recovery

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

# backups of the database file; the office server's: tests/ui/test_server_backup_actions.py
pytestmark = pytest.mark.database_file


@pytest.fixture
def database(db_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(db_path, demo.generate, inquiries=40, seed=2)


@pytest.fixture
def window(qtbot: QtBot, database: Database) -> MainWindow:
    win = MainWindow(AppContext(db=database, me="anowak", languages=Languages()))
    qtbot.addWidget(win)
    return win


@pytest.fixture
def asked(asked: Asked) -> Asked:
    """tests/ui/conftest.py's, answering Yes to every question unless a test says No."""
    asked.answers["confirm"] = True
    return asked


def subjects(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [r[0] for r in conn.execute("SELECT subject FROM inquiries ORDER BY id")]


def wait(qtbot: QtBot, operation: object) -> None:
    with qtbot.waitSignal(operation.finished, timeout=20_000):  # type: ignore[attr-defined]
        pass


def test_file_menu_has_the_backup_actions(window: MainWindow) -> None:
    actions = install_backup_actions(window, window.ctx)
    texts = [a.text() for a in window.menu_file.actions()]
    assert "&Back up now" in texts and "Re&store…" in texts
    assert texts.index("Re&store…") < texts.index("&Quit")
    assert actions.timer.isActive() and actions.timer.interval() == 30 * 60 * 1000


def test_back_up_now_makes_a_verified_backup(
    qtbot: QtBot, window: MainWindow, database: Database, asked: Asked
) -> None:
    actions = install_backup_actions(window, window.ctx)
    messages: list[str] = []
    window.ctx.events.info.connect(messages.append)
    wait(qtbot, actions.back_up_now())
    found = backups.list_backups(backups.backup_folder(database.path))
    assert len(found) == 1
    assert messages == [f"Backed up to {found[0].path}"]
    assert subjects(found[0].path) == subjects(database.path)
    assert asked.texts("warn") == []


def test_automatic_backup_only_when_changed(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    actions = install_backup_actions(window, window.ctx, interval_ms=50)
    folder = backups.backup_folder(database.path)
    qtbot.waitUntil(lambda: len(backups.list_backups(folder)) == 1, timeout=20_000)
    actions.timer.stop()
    for p in (database.path, database.path.with_name(database.path.name + "-wal")):
        if p.exists():  # the last write was well before that backup
            t = p.stat().st_mtime - 5
            os.utime(p, (t, t))
    assert actions.back_up_on_quit() is None
    assert len(backups.list_backups(folder)) == 1


def test_backup_on_quit_after_a_change(window: MainWindow, database: Database) -> None:
    actions = install_backup_actions(window, window.ctx)
    made = actions.back_up_on_quit()
    assert made is not None and made.exists()
    assert not actions.timer.isActive()


def test_restore_asks_backs_up_first_and_refreshes(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    asked: Asked,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    actions = install_backup_actions(window, window.ctx)
    saved = backups.backup_now(database)
    wanted = subjects(database.path)
    with database.write() as s:
        s.execute(text("UPDATE inquiries SET subject = 'changed'"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(saved), ""))
    refreshed: list[bool] = []
    window.ctx.events.data_changed.connect(lambda: refreshed.append(True))

    wait(qtbot, actions.choose_and_restore())

    assert saved.name in asked.texts("confirm")[0]
    assert subjects(database.path) == wanted
    assert refreshed == [True]
    assert "restored from" in asked.texts("inform")[0]
    safety = [b.path for b in backups.list_backups(saved.parent) if b.path != saved]
    assert len(safety) == 1 and set(subjects(safety[0])) == {"changed"}


def test_restore_declined_changes_nothing(
    window: MainWindow, database: Database, asked: Asked
) -> None:
    actions = install_backup_actions(window, window.ctx)
    saved = backups.backup_now(database)
    with database.write() as s:
        s.execute(text("UPDATE inquiries SET subject = 'changed'"))
    asked.answers["confirm"] = False
    assert actions.restore(saved) is None
    assert set(subjects(database.path)) == {"changed"}


def test_restore_of_a_bad_file_is_a_warning(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    asked: Asked,
    tmp_path: Path,
) -> None:
    actions = install_backup_actions(window, window.ctx)
    bad = tmp_path / "notes.db"
    bad.write_text("not a database")
    before = subjects(database.path)
    operation = actions.restore(bad)
    assert operation is not None
    wait(qtbot, operation)
    assert len(asked.texts("warn")) == 1
    assert subjects(database.path) == before


def test_choose_and_restore_cancelled(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    actions = BackupActions(window, window.ctx)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: ("", ""))
    assert actions.choose_and_restore() is None


# -- recovery at start ------------------------------------------------------------------------


def damaged_with_a_backup(db_path: Path) -> tuple[Path, bytes]:
    database = open_database(db_path, create=True)
    demo.generate(database, inquiries=20, seed=4)
    saved = backups.backup_now(database)
    database.dispose()
    damaged = b"\x00" * 100 + db_path.read_bytes()[100:]
    db_path.write_bytes(damaged)
    return saved, damaged


def test_recovery_offered_and_accepted(qapp: QApplication, db_path: Path, asked: Asked) -> None:
    saved, damaged = damaged_with_a_backup(db_path)
    with pytest.raises(errors.UserError) as caught:
        open_database(db_path)
    assert offer_recovery(db_path, caught.value) is True
    assert "newest good backup" in asked.texts("confirm")[0]
    assert "damaged file is kept as msek-test.db.corrupt-" in asked.texts("inform")[0]
    kept = [p for p in db_path.parent.iterdir() if ".corrupt-" in p.name]
    main = [p for p in kept if not p.name.endswith(("-wal", "-shm"))]
    assert len(main) == 1 and main[0].read_bytes() == damaged
    assert subjects(db_path) == subjects(saved)


def test_recovery_declined_leaves_the_file(qapp: QApplication, db_path: Path, asked: Asked) -> None:
    _saved, damaged = damaged_with_a_backup(db_path)
    asked.answers["confirm"] = False
    error = errors.DatabaseDamagedError("damaged")
    assert offer_recovery(db_path, error) is False
    assert db_path.read_bytes() == damaged


def test_no_offer_without_a_backup_or_for_other_files(
    qapp: QApplication, db_path: Path, tmp_path: Path, asked: Asked
) -> None:
    db_path.write_bytes(b"\x00" * 8192)
    assert offer_recovery(db_path, errors.DatabaseDamagedError("x")) is False
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    (tmp_path / "backups").mkdir(exist_ok=True)
    assert offer_recovery(other, errors.NotAnMsekDatabaseError("x")) is False
    assert offer_recovery(db_path, errors.DatabaseBusyError("x")) is False
    assert asked.texts("confirm") == []


def test_module_names_its_interval() -> None:
    assert backup_actions.AUTO_BACKUP_MS == 1_800_000


def test_actions_follow_the_language(qtbot: QtBot, window: MainWindow) -> None:
    actions = install_backup_actions(window, window.ctx)
    window.ctx.languages.switch("fr")
    qtbot.waitUntil(lambda: actions.act_restore.text() == "Res&taurer…")
    assert actions.act_backup.text() == "&Sauvegarder maintenant"
    window.ctx.languages.switch("pl")
    qtbot.waitUntil(lambda: actions.act_backup.text() == "&Utwórz kopię zapasową teraz")
    window.ctx.languages.switch("en")
    qtbot.waitUntil(lambda: actions.act_backup.text() == "&Back up now")


# -- the start-up hook in app.main ------------------------------------------------------------


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[Database]:
    """app.main up to the window: the database it opened, without showing anything."""
    from msek_desktop import app

    opened: list[Database] = []
    monkeypatch.setattr(app, "install_excepthook", lambda *_args: None)
    monkeypatch.setattr(app, "_run", lambda _app, db, *_a, **_k: opened.append(db) or 0)
    return opened


def test_start_with_a_damaged_file_restores_the_newest_backup(
    qapp: QApplication, db_path: Path, asked: Asked, started: list[Database]
) -> None:
    from msek_desktop import app

    saved, damaged = damaged_with_a_backup(db_path)
    assert app.main(["--db", str(db_path), "--lang", "en"]) == 0
    assert len(started) == 1 and started[0].path == db_path
    assert subjects(db_path) == subjects(saved)
    assert any(p.read_bytes() == damaged for p in db_path.parent.glob("*.corrupt-*[0-9]"))


def test_start_with_a_damaged_file_declined_exits_1_untouched(
    qapp: QApplication, db_path: Path, asked: Asked, started: list[Database]
) -> None:
    from msek_desktop import app

    _saved, damaged = damaged_with_a_backup(db_path)
    asked.answers["confirm"] = False
    assert app.main(["--db", str(db_path), "--lang", "en"]) == 1
    assert started == []
    assert len(asked.texts("fail")) == 1
    assert db_path.read_bytes() == damaged
    assert list(db_path.parent.glob("*.corrupt-*")) == []
