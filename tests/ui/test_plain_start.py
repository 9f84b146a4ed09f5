"""The window's plain start (core.opening): on a current database file, My day is read with
sqlite3 and painted before SQLAlchemy is imported, then the Database is opened; what it
shows is what the Database would show."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import followup_fixtures as shared
import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from msek_desktop.core import demo, errors, staff
from msek_desktop.core.db import Database
from msek_desktop.core.opening import Opening
from msek_desktop.core.store import open_database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.screens.my_day import MyDayScreen
from msek_desktop.ui.window.main_window import MainWindow

TODAY = shared.TODAY  # the demo office of 25 November 2026
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def office(tmp_path: Path, database_files: Any) -> Path:
    """The demo office's file, closed (a file: the office server is opened at once)."""
    fill = demo.generate
    return database_files.file(tmp_path / "t.db", fill, inquiries=300, seed=1, today=TODAY)


@pytest.fixture
def db(office: Path) -> Iterator[Database]:
    database = open_database(office)
    yield database
    database.dispose()


def texts(model: QAbstractItemModel) -> list[list[Any]]:
    return [
        [model.index(r, c).data(Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def shown_by(screen: MyDayScreen) -> dict[str, Any]:
    """Everything My day says: its greeting, headings, tabs and every table's rows."""
    return {
        "greeting": screen.greeting.text(),
        "headings": [part.heading.text() for part in screen.lists()],
        "tabs": [screen.sections.tabText(n) for n in range(screen.sections.count())],
        "current": screen.sections.currentIndex(),
        "tables": {
            view.objectName(): texts(view.model()) for view in screen.findChildren(QTableView)
        },
    }


def my_day(qtbot: QtBot, ctx: AppContext) -> MyDayScreen:
    screen = MyDayScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()  # painted: the page of my open inquiries follows the first paint
    screen.refresh()
    return screen


@pytest.mark.parametrize("login", ["cdubois", "anowak", "newbie"])
def test_my_day_read_plainly_shows_what_the_database_shows(
    qtbot: QtBot, db: Database, login: str
) -> None:
    if login == "newbie":
        staff.create_staff(db, {"login": "newbie", "full_name": "Nina Nowa"})
    else:
        assert any(s.login == login for s in staff.list_staff(db)), "a demo staff member"
    opening = Opening.start(db.path)
    assert opening is not None, "a current demo file is read plainly"
    plain = AppContext(opening, login, Languages(), today=lambda: TODAY)
    read = my_day(qtbot, plain)
    assert opening.database is None, "My day's first reads need no Database"
    general = my_day(qtbot, AppContext(db, login, Languages(), today=lambda: TODAY))
    mine = read.inquiries_model
    qtbot.waitUntil(lambda: mine.rowCount() == general.inquiries_model.rowCount())
    assert shown_by(read) == shown_by(general)
    assert any(rows for rows in shown_by(general)["tables"].values()) or login == "newbie"
    opening.dispose()


def test_a_file_to_migrate_or_on_the_server_is_opened_at_once(db: Database) -> None:
    with db.write() as session:
        session.connection().exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
    assert Opening.start(db.path) is None  # the general path migrates it, as before


PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from msek_desktop import app
from msek_desktop.start_place import Place
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.window.main_window import MainWindow

qt = app.make_application()
db = app.begin(Place(Path(sys.argv[1])), interactive=False)
me = app.who_am_i(db, interactive=False)
window = MainWindow(AppContext(db, me or "", Languages()))
seen = {}

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "painted" not in seen:
            seen["painted"] = {"sqlalchemy": "sqlalchemy" in sys.modules,
                               "rows": window.screens["my_day"].overdue.model.rowCount()}
        return False

watch = Watch()
window.screens["my_day"].overdue.table.viewport().installEventFilter(watch)
window.show()
app.after_first_paint(window, lambda: app.open_later(window.ctx, window))
QTimer.singleShot(3000, qt.quit)
qt.exec()
seen["after"] = {"sqlalchemy": "sqlalchemy" in sys.modules,
                 "opened": window.ctx.opening is not None
                 and window.ctx.opening.database is not None,
                 "screen": window._current_key()}
print(json.dumps(seen))
"""


def test_the_first_paint_comes_before_sqlalchemy(office: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # no remembered screen or login
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(PROBE), str(office)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["after"]["screen"] == "my_day"
    assert seen["painted"]["rows"] > 0, "My day painted with its rows"
    assert seen["painted"]["sqlalchemy"] is False
    assert seen["after"] == {"sqlalchemy": True, "opened": True, "screen": "my_day"}


def test_a_damaged_page_is_said_as_the_database_says_it(office: Path) -> None:
    conn = sqlite3.connect(office)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'inquiries'").fetchone()
    (size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    with office.open("r+b") as fh:  # the inquiries' first page overwritten
        fh.seek((root - 1) * size)
        fh.write(b"\xff" * size)
    opening = Opening.start(office)
    assert opening is not None and opening.reads is not None  # its schema reads well
    try:
        with pytest.raises(errors.DatabaseDamagedError, match="is damaged"):
            opening.reads.new_unassigned()
    finally:
        opening.dispose()


@pytest.mark.parametrize(
    ("meanwhile", "said"),
    [("replaced", "is not an MSEK database file"), ("deleted", "There is no database file at")],
)
def test_a_file_that_cannot_be_opened_after_the_first_paint_ends_the_program(
    qtbot: QtBot,
    office: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    meanwhile: str,
    said: str,
) -> None:
    from msek_desktop import app

    ended: list[int] = []  # the test's application goes on (its event loops would not)
    monkeypatch.setattr(app.QApplication, "exit", ended.append)
    opening = Opening.start(office)
    assert opening is not None
    window = MainWindow(AppContext(opening, "cdubois", Languages(), today=lambda: TODAY))
    qtbot.addWidget(window)
    if meanwhile == "replaced":
        office.write_text("replaced by another program meanwhile")
    else:  # never made again, empty, in its place
        for path in office.parent.glob(office.name + "*"):
            path.unlink()
    assert app.open_later(window.ctx, window) is None  # no check: the program ends (1)
    assert ended == [1]
    assert said in capsys.readouterr().err
    assert meanwhile == "replaced" or not office.exists()
    assert opening.database is None and not window.ctx.opened
    assert window.backup_actions.back_up_on_quit() is None  # nothing written: no backup
    opening.dispose()
