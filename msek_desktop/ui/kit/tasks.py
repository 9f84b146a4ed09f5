"""Long work off the GUI thread, with progress and cancel, in one line at the call site.

    Operation(parent, work, title=...).on_success(show).run()

`work(progress)` runs in the thread pool; it may call `progress(done, total)`, which raises
Cancelled once the user pressed Cancel (the service's transaction then rolls back). The
result or the error comes back on the GUI thread through a signal. A UserError is shown as a
plain message; anything else goes to sys.excepthook (the crash dialog).

The work outlives its caller safely: the runnable and its signals are kept alive by this
module (not by the Operation, which its parent owns) until the work's end has reached the GUI
thread. If the parent (a dialog closed meanwhile) was deleted before then, the work is told to
stop at its next progress report, its progress box is closed, and its result or error is
dropped: nobody is left to show it.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from msek_desktop.core.errors import UserError
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import questions
from msek_desktop.ui.kit.messages import user_message

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The user pressed Cancel."""


class _Signals(QObject):
    """The work's reports, relayed on the GUI thread to its Operation while it exists."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self) -> None:
        # Owned by the application, not by Python: whichever thread drops the last Python
        # reference, the object itself is deleted on the GUI thread (deleteLater in _end).
        super().__init__(QCoreApplication.instance())
        self.operation: Operation | None = None
        self.progress.connect(self._relay_progress)
        self.done.connect(self._relay_done)
        self.failed.connect(self._relay_failed)

    def _alive(self) -> Operation | None:
        op = self.operation
        return op if op is not None and shiboken6.isValid(op) else None

    @Slot(int, int)
    def _relay_progress(self, done: int, total: int) -> None:
        op = self._alive()
        if op is not None:
            op._show_progress(done, total)

    @Slot(object)
    def _relay_done(self, result: Any) -> None:
        op = self._end()
        if op is not None:
            op._done(result)

    @Slot(object)
    def _relay_failed(self, exc: BaseException) -> None:
        op = self._end()
        if op is not None:
            op._failed(exc)

    def _end(self) -> Operation | None:
        """The work is over: let go of it; its Operation if that still exists."""
        op = self._alive()
        self.operation = None
        _RUNNING.discard(self)
        self.deleteLater()
        return op


_RUNNING: set[_Signals] = set()  # the work under way, kept alive until its end is relayed


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
        self._stop = self._runnable.cancel  # the pool deletes the runnable once it has run
        self._signals.operation = self
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
        self._dialog.canceled.connect(self._stop.set)
        dialog, stop = self._dialog, self._stop
        self.destroyed.connect(lambda *_: _abandon(dialog, stop))

    def on_success(self, callback: Callable[[Any], None]) -> Operation:
        self._on_success = callback
        return self

    def on_user_error(self, callback: Callable[[UserError], object]) -> Operation:
        """Handle a UserError of the work instead of the default warning box."""
        self._on_user_error = callback
        return self

    def run(self) -> Operation:
        _RUNNING.add(self._signals)
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        self._stop.set()

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


def _abandon(dialog: QProgressDialog, stop: threading.Event) -> None:
    """The Operation's parent is gone: stop the work at its next report, close its box."""
    stop.set()
    if shiboken6.isValid(dialog):
        dialog.reset()
        dialog.deleteLater()
