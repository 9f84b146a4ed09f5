"""Long work off the GUI thread, with progress and cancel, in one line at the call site.

    Operation(parent, work, title=...).on_success(show).run()

`work(progress)` runs in the thread pool; it may call `progress(done, total)`, which raises
Cancelled once the user pressed Cancel (the service's transaction then rolls back). The
result or the error comes back on the GUI thread through a signal. A UserError is shown as a
plain message; anything else goes to sys.excepthook (the crash dialog).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from msek_desktop.core.errors import UserError
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import questions
from msek_desktop.ui.kit.messages import user_message

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The user pressed Cancel."""


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise Cancelled
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self.work(self.report)
        except BaseException as exc:  # everything goes back to the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Operation(QObject):
    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[Progress], Any],
        *,
        title: str,
        cancellable: bool = True,
        show_progress: bool = True,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._signals = _Signals()
        self._runnable = _Runnable(work, self._signals)
        self._runnable.setAutoDelete(False)
        self._on_success: Callable[[Any], None] = lambda _result: None
        self._on_user_error: Callable[[UserError], object] | None = None
        self._dialog = QProgressDialog(
            title, tr("Operation", "Cancel") if cancellable else "", 0, 0
        )
        self._dialog.setWindowTitle(title)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        # Work the user did not start (a check after opening) shows nothing unless it fails.
        self._dialog.setMinimumDuration(400 if show_progress else 2**31 - 1)
        if not cancellable:
            self._dialog.setCancelButton(None)
        self._dialog.canceled.connect(self._runnable.cancel.set)
        self._signals.progress.connect(self._show_progress)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)

    def on_success(self, callback: Callable[[Any], None]) -> Operation:
        self._on_success = callback
        return self

    def on_user_error(self, callback: Callable[[UserError], object]) -> Operation:
        """Handle a UserError of the work instead of the default warning box."""
        self._on_user_error = callback
        return self

    def run(self) -> Operation:
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        self._runnable.cancel.set()

    def _show_progress(self, done: int, total: int) -> None:
        self._dialog.setMaximum(max(total, 1))
        self._dialog.setValue(min(done, total))

    def _close(self) -> None:
        self._dialog.reset()
        self._dialog.deleteLater()
        self.finished.emit()

    def _done(self, result: Any) -> None:
        self._close()
        self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        if isinstance(exc, Cancelled):
            return
        if isinstance(exc, UserError) and self._on_user_error is not None:
            self._on_user_error(exc)
            return
        if isinstance(exc, UserError):
            questions.warn(self._parent, self._dialog.windowTitle(), user_message(exc))
            return
        sys.excepthook(type(exc), exc, exc.__traceback__)
