"""Unexpected errors: logged to a rotating file and shown with details the user can copy.

A UserError (invalid input, locked or read-only database, disk full) is not a bug: it is
shown as a plain message, without details. Everything else reaches sys.excepthook, which
logs the traceback and opens the crash dialog. Errors raised in other threads are carried
to the GUI thread first.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msek_desktop import paths
from msek_desktop.core.errors import UserError
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import questions
from msek_desktop.ui.kit.messages import user_message

log = logging.getLogger("msek_desktop")

LOG_NAME = "msek-desktop.log"
LOG_BYTES = 1_000_000
LOG_FILES = 5
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def user_error(parent: QWidget | None, message: str) -> None:
    """A plain message about something the user can act on."""
    questions.warn(parent, tr("Crash", "MSEK Desktop"), message)


def setup_logging(log_dir: Path) -> Path:
    """A rotating log file (1 MB × 5) for the whole program; returns its path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "msek_crash_log", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8"
    )
    handler.msek_crash_log = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    return path


class CrashDialog(QDialog):
    """A plain sentence, the copyable details and where the log file is."""

    def __init__(self, details: str, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Crash", "MSEK Desktop — unexpected error"))
        self.message = QLabel(
            tr(
                "Crash",
                "Something unexpected went wrong. What you saved before is safe; the last "
                "action may not have finished. Please send the details below to whoever looks "
                "after the program.",
            )
        )
        self.message.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("details")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setAccessibleName(tr("Crash", "Details of the error"))
        where = tr("Crash", "The details are also in the log file: %1")
        self.log_file = QLabel(where.replace("%1", str(log_file)))
        self.log_file.setWordWrap(True)
        self.log_file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(tr("Crash", "Copy details"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.message, self.details, self.log_file, self.buttons):
            layout.addWidget(widget)
        self.resize(640, 420)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class _ToGuiThread(QObject):
    """Carries an error raised in another thread to the GUI thread (queued signal)."""

    raised = Signal(object)


class CrashReporter:
    """The excepthook: log, then show a plain message or the crash dialog."""

    def __init__(self, log_file: Path, parent_getter: Callable[[], QWidget | None]) -> None:
        self.log_file = log_file
        self.parent_getter = parent_getter
        self.showing = False
        self._bridge = _ToGuiThread()
        self._bridge.raised.connect(lambda info: self.handle(*info))
        self.previous_hook = sys.excepthook
        self.previous_thread_hook = threading.excepthook

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        app = QApplication.instance()
        if issubclass(kind, KeyboardInterrupt) or app is None:
            sys.__excepthook__(kind, exc, tb)
        elif QThread.currentThread() is not app.thread():
            self._bridge.raised.emit((kind, exc, tb))
        else:
            self.handle(kind, exc, tb)

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if isinstance(exc, UserError):
            log.info("user error: %s", exc.message)
            if not self.showing:
                self._show(lambda parent: user_error(parent, user_message(exc)))
            return
        log.error("unexpected error", exc_info=(kind, exc, tb))
        if self.showing:
            return  # one dialog at a time; the others are in the log
        details = "".join(traceback.format_exception(kind, exc, tb))
        self._show(lambda parent: CrashDialog(details, self.log_file, parent).exec())

    def _show(self, show: Callable[[QWidget | None], object]) -> None:
        self.showing = True
        try:
            show(self.parent_getter())
        except Exception:  # the dialog itself failed: the log still has it all
            log.exception("cannot show the error dialog")
        finally:
            self.showing = False

    def uninstall(self) -> None:
        sys.excepthook = self.previous_hook
        threading.excepthook = self.previous_thread_hook


def install_excepthook(
    log_dir: Path | None = None,
    parent_getter: Callable[[], QWidget | None] = QApplication.activeWindow,
) -> CrashReporter:
    """Log to a rotating file in the user log folder; show unexpected errors in a dialog."""
    log_file = setup_logging(log_dir if log_dir is not None else paths.log_dir())
    reporter = CrashReporter(log_file, parent_getter)
    sys.excepthook = reporter
    threading.excepthook = reporter.thread_hook
    log.info("MSEK Desktop started; log file %s", log_file)
    return reporter
