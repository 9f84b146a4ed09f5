"""Live changes in the window (office server only): what colleagues save shows on this desk,
and a lost connection is said and retried.

LiveChanges, owned by the main window, listens on a thread of its own (core.live.Listener)
and says on the GUI thread: `changed(list of core.live.Change)` (batched: at most every
BATCH_MS), `connection_lost()` and `connection_back()`. It passes them on as the window's
events (live_changed, server_lost, server_back), and hears `server_unreachable` from any
read or save that found the server away: it then says connection_lost at once and retries,
every few seconds at first, then every RETRY_MAX_S. Lists refresh keeping their place
(refresh_keeping_place); a list screen shows a ServerNotice while the server is away.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QTableView, QWidget

from msek_desktop.core.errors import ServerUnreachableError
from msek_desktop.core.server import ServerAddress
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr

if TYPE_CHECKING:  # the office server's: not imported on a file (core.opening)
    from msek_desktop.core.db import Database
    from msek_desktop.core.live import Change

log = logging.getLogger(__name__)

BATCH_MS = 150  # changes heard close together refresh the lists once
READ_S = 0.25  # how long the thread waits for a change before looking at its flags
CHECK_S = 5.0  # an idle connection is asked something this often: a silent drop is found
RETRY_FIRST_S = 2.0
RETRY_MAX_S = 30.0
BAR_STYLE = "QFrame#liveBar { background: #fff4ce; border: 1px solid #d9b84a; }"

R = TypeVar("R")


class LiveChanges(QObject):
    """The office server's changes as signals on the GUI thread; see the module's text."""

    changed = Signal(object)
    connection_lost = Signal()
    connection_back = Signal()
    _heard = Signal(object)  # from the thread
    _lost = Signal()
    _back = Signal()

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.away = False
        self._batch: list[Change] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BATCH_MS)
        self._timer.timeout.connect(self._send_batch)
        self._heard.connect(self._gather)
        self._lost.connect(self.report_unreachable)
        self._back.connect(self._on_back)
        self._stop = threading.Event()
        self._look = threading.Event()  # look now: a read or a save found the server away
        self.listening = threading.Event()  # set while the thread's LISTEN is in place
        self._thread = threading.Thread(target=self._listen, name="msek-live", daemon=True)
        self._thread.start()

    # -- GUI thread -----------------------------------------------------------------------

    def report_unreachable(self) -> None:
        """A read or a save found the server away: say so (once) and look again soon."""
        self._look.set()
        if not self.away:
            self.away = True
            self.connection_lost.emit()

    def _on_back(self) -> None:
        if self.away:
            self.away = False
            self.connection_back.emit()

    def _gather(self, changes: list[Change]) -> None:
        self._batch += changes
        if not self._timer.isActive():
            self._timer.start()

    def _send_batch(self) -> None:
        batch, self._batch = self._batch, []
        if batch:
            self.changed.emit(batch)

    def stop(self) -> None:
        """Stop listening (the window closes); waits a moment for the thread."""
        self._stop.set()
        self._thread.join(timeout=2)

    # -- the listening thread -------------------------------------------------------------

    def _listen(self) -> None:
        from msek_desktop.core.live import Listener

        listener = Listener(self.database)
        delay = RETRY_FIRST_S
        checked = time.monotonic()
        try:
            while not self._stop.is_set():
                try:
                    if not listener.connected:
                        listener.connect()
                        self.listening.set()
                        checked = time.monotonic()
                        self._emit(self._back)
                    heard = listener.read(READ_S)
                    if heard:
                        self._emit(self._heard, heard)
                    if self._look.is_set() or time.monotonic() - checked > CHECK_S:
                        self._look.clear()
                        listener.check()
                        checked = time.monotonic()
                        self._emit(self._back)
                    delay = RETRY_FIRST_S
                except ServerUnreachableError as exc:
                    log.info("office server away: %s", exc)
                    self.listening.clear()
                    listener.close()
                    self._emit(self._lost)
                    self._look.clear()
                    self._stop.wait(delay)
                    delay = min(delay * 2, RETRY_MAX_S)
        except RuntimeError:  # the window (and this object) is gone
            log.debug("live changes stopped with their window", exc_info=True)
        finally:
            listener.close()

    def _emit(self, signal: Any, *args: Any) -> None:
        if not self._stop.is_set():
            signal.emit(*args)


def start_live(window: QObject, ctx: AppContext) -> LiveChanges | None:
    """LiveChanges for `window` when the database is on the office server (None on a file),
    its signals passed on as ctx.events."""
    if not ctx.on_server:
        return None
    live = LiveChanges(ctx.db, window)
    stop = live._stop
    window.destroyed.connect(lambda *_: stop.set())  # deleted unclosed: the thread ends
    events = ctx.events
    live.changed.connect(events.live_changed.emit)
    live.connection_lost.connect(events.server_lost.emit)
    live.connection_back.connect(events.server_back.emit)
    events.server_unreachable.connect(live.report_unreachable)
    return live


def reads_server(method: Callable[[Any], R]) -> Callable[..., R | None]:
    """A screen's method that reads (taking no arguments; a signal's are ignored): the server
    found away is reported (the lists show their notice and try again), not a traceback."""

    @functools.wraps(method)
    def run(self: Any, *_signal: Any) -> R | None:
        try:
            return method(self)
        except ServerUnreachableError:
            self.ctx.events.server_unreachable.emit()
            return None

    return run


def pages_server(ctx: AppContext, fetch: Callable[..., Any]) -> Callable[..., Any]:
    """A paged model's fetch(offset, ...): a later page the server is away for is reported
    and ends the list for now (it is read again when the server is back); the first page's
    failure is the refresh's (reads_server), so the rows shown stay as they were."""

    def fetch_page(offset: int, *args: Any) -> Any:
        if offset == 0:
            return fetch(offset, *args)
        try:
            return fetch(offset, *args)
        except ServerUnreachableError:
            ctx.events.server_unreachable.emit()
            return []

    return fetch_page


# -- lists: refresh keeping their place ---------------------------------------------------


def _row_id(model: Any, row: int) -> Any:
    found = model.row_at(model.index(row, 0)) if hasattr(model, "row_at") else None
    return getattr(found, "id", None)


def refresh_keeping_place(screen: Any) -> None:
    """screen.refresh(), the selected rows and the scroll position of its tables kept."""
    places = []
    for table in screen.findChildren(QTableView):
        model, picked = table.model(), table.selectionModel()
        if model is None or picked is None:
            continue
        ids = {_row_id(model, i.row()) for i in picked.selectedRows()} - {None}
        at = picked.currentIndex()
        current = _row_id(model, at.row()) if at.isValid() else None
        scrolled = table.verticalScrollBar().value()
        places.append((table, ids, current, scrolled, model.rowCount()))
    screen.refresh()
    for table, ids, current, scrolled, count in places:
        _put_back(table, ids, current, scrolled, count)


def _put_back(table: QTableView, ids: set[Any], current: Any, scrolled: int, count: int) -> None:
    model: Any = table.model()
    picked = table.selectionModel()
    bar = table.verticalScrollBar()
    for _ in range(100):  # pages come as the view scrolls: read as many as were read
        if model.rowCount() >= count or not model.canFetchMore():
            break
        model.fetchMore()
    if ids or current is not None:
        selection = QItemSelection()
        for row in range(model.rowCount()):
            row_id = _row_id(model, row)
            if row_id in ids:
                selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
            if row_id is not None and row_id == current:
                flag = QItemSelectionModel.SelectionFlag.NoUpdate
                picked.setCurrentIndex(model.index(row, 0), flag)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        picked.select(selection, flags | QItemSelectionModel.SelectionFlag.Rows)
    table.updateGeometries()  # the scroll bar's range for the rows read, now
    bar.setValue(scrolled)


# -- bars ---------------------------------------------------------------------------------


class NoticeBar(QFrame):
    """A yellow bar: a text and, when given, one button."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveBar")
        self.setStyleSheet(BAR_STYLE)
        self.label = QLabel()
        self.label.setObjectName(name)
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName(f"{name}Button")
        self.button.setAutoDefault(False)
        self.button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def say(self, text: str, button: str | None = None) -> None:
        self.label.setText(text)
        self.button.setVisible(button is not None)
        if button is not None:
            self.button.setText(button)
        self.show()


def server_name(ctx: AppContext) -> str:
    location = ctx.location
    return location.host if isinstance(location, ServerAddress) else str(location)


class ServerNotice(NoticeBar):
    """A list screen's notice while the office server cannot be reached."""

    def __init__(self, screen: Any) -> None:
        super().__init__("serverNotice", screen)
        self.ctx: AppContext = screen.ctx
        self.ctx.events.server_lost.connect(self._away)
        self.ctx.events.server_back.connect(self.hide)

    def _away(self) -> None:
        text = tr("Live", "The office server %1 cannot be reached; retrying…")
        self.say(text.replace("%1", server_name(self.ctx)))


def install_server_notice(screen: Any) -> ServerNotice:
    """A ServerNotice at the top of `screen` (whose layout is a box layout)."""
    notice = ServerNotice(screen)
    screen.layout().insertWidget(0, notice)
    return notice
