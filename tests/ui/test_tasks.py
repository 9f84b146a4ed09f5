"""Background operations: result on the GUI thread, progress, cancel, errors."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from msek_desktop.core.errors import UserError
from msek_desktop.ui.kit import tasks
from msek_desktop.ui.kit.tasks import Operation, Progress

if TYPE_CHECKING:
    from tests.ui.conftest import Asked


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, parent: QWidget) -> None:
    seen: list[tuple[int, bool]] = []
    gui = threading.current_thread()

    def work(progress: Progress) -> int:
        assert threading.current_thread() is not gui
        progress(1, 2)
        return 42

    op = Operation(parent, work, title="Work")
    op.on_success(lambda result: seen.append((result, threading.current_thread() is gui)))
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run()
    assert seen == [(42, True)]


def test_cancel_stops_the_work_at_its_next_progress_report(qtbot: QtBot, parent: QWidget) -> None:
    started = threading.Event()
    reached: list[int] = []

    def work(progress: Progress) -> None:
        started.set()
        for step in range(1000):
            progress(step, 1000)
            reached.append(step)
            time.sleep(0.005)

    succeeded: list[object] = []
    op = Operation(parent, work, title="Long work").on_success(succeeded.append)
    with qtbot.waitSignal(op.finished, timeout=10_000):
        op.run()
        started.wait(5)
        op.cancel()
    assert succeeded == []
    assert len(reached) < 1000


def run_failing(qtbot: QtBot, parent: QWidget, error: BaseException) -> None:
    """An operation whose work raises `error`, run until it has finished."""

    def work(_progress: Progress) -> None:
        raise error

    op = Operation(parent, work, title="Saving")
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run()


def test_user_error_is_a_plain_message(qtbot: QtBot, parent: QWidget, asked: Asked) -> None:
    run_failing(qtbot, parent, UserError("The disk is full."))
    assert asked.shown == [("warn", "Saving", "The disk is full.")]


def test_a_bug_goes_to_the_excepthook(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch, asked: Asked
) -> None:
    caught: list[BaseException] = []
    monkeypatch.setattr(tasks.sys, "excepthook", lambda _t, exc, _tb: caught.append(exc))
    run_failing(qtbot, parent, KeyError("oops"))
    assert len(caught) == 1 and isinstance(caught[0], KeyError)
    assert asked.shown == []


DELETED_PARENT = """
import sys, time
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog
from msek_desktop.ui.kit.tasks import Operation

app = QApplication([])
succeeded = []
reached = []


def work(progress):
    for step in range(20):
        time.sleep(0.01)
        progress(step, 20)
        reached.append(step)
    return 42


for _round in range(5):
    dialog = QDialog()
    dialog.show()
    Operation(dialog, work, title="Work").on_success(succeeded.append).run()
    dialog.deleteLater()
    del dialog
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    QThreadPool.globalInstance().waitForDone(5000)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)
left = [w for w in app.topLevelWidgets() if isinstance(w, QProgressDialog)]
print("finished", succeeded, len(left), len(reached) < 100)
"""


def test_the_parent_deleted_while_the_work_runs_drops_the_result(tmp_path: Path) -> None:
    """A dialog closed (deleted) while its operation's work still runs: no crash, and the
    result is dropped (nobody is left to show it), its progress box closed, the work stopped."""
    script = tmp_path / "deleted_parent.py"
    script.write_text(DELETED_PARENT, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(script)],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    # no result shown, no progress box left behind, the work told to stop
    assert done.stdout.strip() == "finished [] 0 True"
