"""The window's start: its first rows painted before anything they do not need is imported
or run (ui.window.first_paint). msek-desktop runs in a process of its own, watched from an
application event filter at the window's first paint."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from msek_desktop.core import demo, staff
from msek_desktop.core.store import open_database
from msek_desktop.ui.window.first_paint import after_first_paint
from tests.conftest import USER_DIR_VARS

# Not needed for the first rows: each imported when first used, or once they are painted.
NOT_BEFORE_FIRST_ROWS = (
    "msek_desktop.ui.screens.settings",  # the Settings screen (desk preferences: ui.preferences)
    "msek_desktop.ui.dialogs.template_editor",
    "msek_desktop.core.templates",
    "msek_desktop.ui.dialogs.data_location",  # the place is given (--db)
    "msek_desktop.ui.dialogs.first_run",  # who sits here is remembered
    "msek_desktop.ui.dialogs.staff_login",
    "msek_desktop.core.exchanges",  # the exchanges follow their dates after the first paint
    "msek_desktop.ui.forms.record_form",  # the people's and organisations' forms
    "msek_desktop.ui.forms.activity_composer",  # when a call is first logged
    "sqlalchemy.dialects.postgresql",  # on a file: the models name no postgresql_ argument
)

# Runs msek-desktop (app.main) and notes, at the window's first Paint, the modules loaded
# (a module the LazyLoader holds unrun is not) and whether the tray has read and the
# background check has begun; then waits for both (the check to its end, at most 20 s) and
# closes the window.
STARTER = """
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import msek_desktop.app as app
from msek_desktop.core import reminders
from msek_desktop.ui.window.main_window import MainWindow

qapp = QApplication(sys.argv[:1])
app.settings().setValue("me", sys.argv[2])
seen = {}
done = []  # "tray read", "check started", "check done", in their order
real_check, real_due = app.check_later, reminders.due_followups

def check_later(ctx, window):
    done.append("check started")
    operation = real_check(ctx, window)
    operation.finished.connect(lambda: done.append("check done"))
    return operation

def due_followups(*args, **kwargs):
    done.append("tray read")
    return real_due(*args, **kwargs)

app.check_later, reminders.due_followups = check_later, due_followups

def loaded():
    return sorted(n for n, m in sys.modules.items() if type(m).__name__ == "module")

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if isinstance(watched, MainWindow) and event.type() == QEvent.Type.Paint and not seen:
            seen.update(modules=loaded(), before=list(done))
            deadline = time.monotonic() + 20
            QTimer.singleShot(0, lambda: wait_and_close(watched, deadline))
        return False

def wait_and_close(window, deadline):
    if {"tray read", "check done"} <= set(done) or time.monotonic() > deadline:
        seen.update(after=list(done))
        window.close()
    else:
        QTimer.singleShot(20, lambda: wait_and_close(window, deadline))

watcher = FirstPaint()
qapp.installEventFilter(watcher)
code = app.main(["--db", sys.argv[1], "--lang", "fr"])
print("SEEN " + json.dumps({"code": code, **seen}))
"""


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """msek-desktop started on a file of 60 demo inquiries, watched (STARTER)."""
    folder = tmp_path_factory.mktemp("first_paint")
    path = folder / "office.db"
    db = open_database(path, create=True)
    demo.generate(db, inquiries=60, seed=5)
    login = staff.list_staff(db, active_only=True)[0].login
    db.dispose()
    home = {name: str(folder / name.lower()) for name in USER_DIR_VARS}  # as conftest's
    env = {**os.environ, **home, "HOME": str(folder), "MSEK_DB": str(folder / "none.db")}
    try:
        done = subprocess.run(
            [sys.executable, "-c", STARTER, str(path), login],
            capture_output=True, text=True, timeout=120, check=False, env=env,
        )  # fmt: skip
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"the window did not close: {exc.stderr!r}"[-3000:])
    lines = [x for x in done.stdout.splitlines() if x.startswith("SEEN ")]
    assert lines, done.stderr[-3000:]
    seen: dict[str, Any] = json.loads(lines[-1][len("SEEN ") :])
    assert seen["code"] == 0
    return seen


def test_the_first_rows_are_painted_before_modules_they_do_not_need(
    started: dict[str, Any],
) -> None:
    at_first_paint = set(started["modules"])
    assert [name for name in NOT_BEFORE_FIRST_ROWS if name in at_first_paint] == []
    assert "msek_desktop.ui.screens.my_day" in at_first_paint  # the screen it opens on


def test_the_tray_reads_and_the_file_is_checked_after_the_first_paint(
    started: dict[str, Any],
) -> None:
    assert started["before"] == []  # neither the tray's read nor the file's check has begun
    # then they come: the tray's reminders read, the file checked in the background
    assert sorted(started["after"]) == ["check done", "check started", "tray read"]


class Painted(QObject):
    """The order of a window's paints and the calls made after the first."""

    def __init__(self, window: QMainWindow, order: list[str]) -> None:
        super().__init__(window)
        self.order = order
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and "paint" not in self.order:
            self.order.append("paint")
        return False


def test_a_call_waits_for_the_window_s_first_paint_and_runs_once(qtbot: QtBot) -> None:
    window = QMainWindow()
    window.setCentralWidget(QLabel("rows"))
    qtbot.addWidget(window)
    order: list[str] = []
    Painted(window, order)
    after_first_paint(window, lambda: order.append("call"))
    QTimer.singleShot(0, lambda: order.append("zero timer"))  # what a zero timer would do
    qtbot.wait(50)
    assert order == ["zero timer"]  # hidden: nothing painted, nothing called
    window.show()
    QTimer.singleShot(0, lambda: order.append("zero timer after show"))
    qtbot.waitUntil(lambda: "call" in order)
    assert order == ["zero timer", "zero timer after show", "paint", "call"]
    window.update()
    qtbot.wait(50)
    assert order.count("call") == 1
