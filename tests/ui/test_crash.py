"""Unexpected errors: a rotating log file and a dialog with copyable details; user errors plain."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from msek_desktop.core.errors import DiskFullError
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.window import crash
from msek_desktop.ui.window.crash import CrashDialog, CrashReporter, install_excepthook

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

pytestmark = pytest.mark.usefixtures("qapp")  # the dialogs need a QApplication


@pytest.fixture
def reporter(tmp_path: Path) -> Iterator[CrashReporter]:
    root = logging.getLogger()
    level = root.level
    hook = install_excepthook(tmp_path / "logs", lambda: None)
    yield hook
    hook.uninstall()
    for handler in list(root.handlers):
        if getattr(handler, "msek_crash_log", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[CrashDialog]:
    """The crash dialogs opened, instead of showing them."""
    shown: list[CrashDialog] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    return shown


def raise_and_hook(exc: BaseException) -> None:
    try:
        raise exc
    except BaseException:
        sys.excepthook(*sys.exc_info())


def test_log_file_rotates_at_one_megabyte_times_five(reporter: CrashReporter) -> None:
    handlers = [h for h in logging.getLogger().handlers if getattr(h, "msek_crash_log", False)]
    assert len(handlers) == 1
    handler = handlers[0]
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)
    assert Path(handler.baseFilename) == reporter.log_file
    assert sys.excepthook is reporter


def test_a_bug_is_logged_and_shown_with_details(
    reporter: CrashReporter, dialogs: list[CrashDialog], asked: Asked, qtbot: QtBot
) -> None:
    raise_and_hook(ValueError("boom 42"))

    assert len(dialogs) == 1 and asked.texts() == []
    dialog = dialogs[0]
    qtbot.addWidget(dialog)
    details = dialog.details.toPlainText()
    assert "ValueError: boom 42" in details and "Traceback" in details
    assert dialog.details.isReadOnly()
    assert str(reporter.log_file) in dialog.log_file.text()
    assert dialog.message.text() and "Traceback" not in dialog.message.text()
    text = reporter.log_file.read_text(encoding="utf-8")
    assert "ValueError: boom 42" in text and "unexpected error" in text


def test_copy_details_puts_them_in_the_clipboard(
    reporter: CrashReporter, dialogs: list[CrashDialog], qtbot: QtBot
) -> None:
    raise_and_hook(KeyError("missing-key"))
    dialog = dialogs[0]
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert "missing-key" in QGuiApplication.clipboard().text()
    assert QGuiApplication.clipboard().text() == dialog.details.toPlainText()


def test_a_user_error_is_a_plain_message(
    reporter: CrashReporter, dialogs: list[CrashDialog], asked: Asked
) -> None:
    raise_and_hook(DiskFullError("The disk is full: free some space, then try again."))
    assert dialogs == []
    assert asked.texts("warn") == [user_message(DiskFullError("any"))]  # in the window's language


def test_an_error_in_another_thread_reaches_the_dialog(
    reporter: CrashReporter, dialogs: list[CrashDialog], qtbot: QtBot
) -> None:
    def work() -> None:
        raise RuntimeError("from a worker thread")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(dialogs) == 1)
    qtbot.addWidget(dialogs[0])
    assert "from a worker thread" in dialogs[0].details.toPlainText()


def test_one_dialog_at_a_time(reporter: CrashReporter, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []

    def fake_exec(dialog: CrashDialog) -> int:
        shown.append(dialog.details.toPlainText())
        raise_and_hook(ValueError("while the dialog is open"))
        dialog.deleteLater()
        return 0

    monkeypatch.setattr(CrashDialog, "exec", fake_exec)
    raise_and_hook(ValueError("first"))
    assert len(shown) == 1
    assert "while the dialog is open" in reporter.log_file.read_text(encoding="utf-8")


def test_user_error_helper(asked: Asked) -> None:
    crash.user_error(None, "The database is locked by another program.")
    assert asked.texts("warn") == ["The database is locked by another program."]
