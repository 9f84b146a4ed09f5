"""A helper of tests/bench/run.py: one window in a fresh process, measured from inside.

    python tests/bench/window_probe.py MODE [--db PATH|URL] [--t0 T] [--lang fr|pl|en]
        [--words W ...]

MODE is one of
- `start`: what a person starting the program waits for: the program's window built and
  shown as msek_desktop.app.main builds and shows it, on the screen it opens on (My day, or
  the Dashboard when this desk chose it: ui.screens.dashboard_links.first_screen), until
  that screen's content is loaded (My day: its lists read, done before its first paint;
  the Dashboard: its figures, read in the background) and a whole pass of the window's
  painting with it has ended (the window's Expose or UpdateRequest handled, every widget
  in it painted, not only the first to paint). "screen" in the result says which;
- `first_rows`: the program's own window, built the way msek_desktop.app.main builds it, on
  the Inquiries screen, until the table's viewport has painted its first rows;
- `bare`: the floor, a bare QApplication + QMainWindow with a QTableView over a
  QStandardItemModel, shown and painted. With `--db` (a file), its rows are the program's
  first page read the plainest way: sqlite3 opens the file and reads the open inquiries
  newest first, 100 rows of the columns the list reads (first_page; a test checks they are
  the program's), shown as text. Without it, 200 rows of one fixed text, read from nothing
  (the floor run.py still asks for). Measured alternated on 100,000 inquiries (9 runs, CPU
  to the first rows, medians; load average 5): 0.125 s without the file, 0.130 s with it;
- `search`: the program's window; every word typed key by key into the Inquiries search box,
  each keystroke timed until the table's viewport has painted the new rows (a first letter,
  which the window does not search on, is typed untimed: "held");
- `memory`: the program's window after every screen has been shown once, then its RSS.

It prints one line `PROBE {json}` on stdout and exits; exit code 3 means "cannot measure
here" (the message is on stderr). `--t0` is the parent's time.monotonic() taken just before it
started this process (CLOCK_MONOTONIC is one clock for every process on Linux), so
interpreter start-up and imports are counted in the time to first rows.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run from a checkout without an installed package; after
    sys.path.append(str(ROOT))  # PYTHONPATH, which may name another tree (window_bench.py)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PAINT_TIMEOUT_S = 30.0
IDLE_QUIET_S = 0.03  # no event delivered for this long: the window has settled
IDLE_MAX_S = 3.0
UNAVAILABLE = 3
MIN_SEARCH = 2  # ui.screens.inquiries.MIN_SEARCH: letters typed before the list is searched


def rss_mb() -> dict[str, float]:
    """Resident memory now and at its peak, in MB (from /proc, else getrusage)."""
    out: dict[str, float] = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0]) / 1024  # kB
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
        out = {"VmRSS": peak, "VmHWM": peak}
    return out


def make_probe_app() -> Any:
    """The QApplication, with notify() watching one widget for the end of its Paint events.

    Watching from notify() (not an event filter) times the paint itself: an event filter
    sees the Paint event before QTableView has painted anything.
    """
    from PySide6.QtCore import QEvent, QEventLoop, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    paint = QEvent.Type.Paint
    passes = (QEvent.Type.Expose, QEvent.Type.UpdateRequest)

    class ProbeApp(QApplication):
        def __init__(self, argv: list[str]) -> None:
            super().__init__(argv)
            self.target: QObject | None = None
            self.ready: Callable[[], bool] = lambda: True
            self.painted_at: float | None = None
            self.painted_cpu: float | None = None  # this process's CPU time then
            self.delivered = 0
            # Not QApplication.processEvents(): in PySide6 6.12 on Python 3.11 every call of
            # the static one drops a reference to None, and a few thousand calls abort the
            # interpreter ("none_dealloc"). QEventLoop.processEvents() does not.
            self.loop = QEventLoop()
            self.whole: QWidget | None = None  # watch_window's window
            self.seen = False  # a Paint in it once ready(), in the pass being delivered

        def _watch_pass(self, receiver: QObject, kind: QEvent.Type) -> None:
            # The widgets paint inside the window's Expose (the first pass) or UpdateRequest
            # (the next ones), parent before children: that event handled, all are painted.
            whole = self.whole
            if kind == paint and isinstance(receiver, QWidget) and self.ready():
                self.seen = self.seen or receiver is whole or whole.isAncestorOf(receiver)
            elif (
                self.seen
                and kind in passes
                and (receiver is whole or receiver is whole.windowHandle())
            ):
                self.painted_at = time.monotonic()
                self.painted_cpu = time.process_time()

        def notify(self, receiver: QObject, event: QEvent) -> bool:
            handled = super().notify(receiver, event)
            self.delivered += 1
            if self.whole is not None and self.painted_at is None:
                self._watch_pass(receiver, event.type())
            if (
                self.painted_at is None
                and receiver is self.target
                and event.type() == paint
                and self.ready()
            ):
                self.painted_at = time.monotonic()
                self.painted_cpu = time.process_time()
            return handled

        def watch(self, widget: QObject, ready: Callable[[], bool] = lambda: True) -> None:
            """Arm: the next Paint of `widget` after which `ready()` holds is recorded."""
            self.target, self.ready, self.painted_at = widget, ready, None
            self.painted_cpu, self.whole = None, None

        def watch_window(self, window: QWidget, ready: Callable[[], bool]) -> None:
            """Arm: the end of the first pass painting `window` in which one of its widgets
            painted after `ready()` held is recorded."""
            self.watch(window, ready)
            self.target, self.whole, self.seen = None, window, False

        def wait_painted(self) -> float:
            deadline = time.monotonic() + PAINT_TIMEOUT_S
            while self.painted_at is None:
                if time.monotonic() > deadline:
                    raise TimeoutError("the table was not painted in time")
                self.loop.processEvents()
            return self.painted_at

        def wait_idle(self) -> float:
            """Deliver events until none came for IDLE_QUIET_S; when the last one came."""
            start = last = time.monotonic()
            seen = self.delivered
            while time.monotonic() - last < IDLE_QUIET_S and time.monotonic() - start < IDLE_MAX_S:
                self.loop.processEvents()
                if self.delivered != seen:
                    seen, last = self.delivered, time.monotonic()
                else:
                    time.sleep(0.001)
            return last

    existing = QApplication.instance()
    if existing is not None:
        raise RuntimeError("a QApplication already exists")
    return ProbeApp(sys.argv[:1])


# -- the program's window -----------------------------------------------------------------


def open_window(args: argparse.Namespace, marks: dict[str, float]) -> tuple[Any, Any, Any, Any]:
    """The pieces app.main builds (application, languages, database, MainWindow), shown on
    the Inquiries screen and waited for until its first rows are painted."""

    def mark(name: str) -> None:
        marks[name] = time.monotonic() - args.t0

    # msek_desktop.app first, as the program starts (it imports the core before PySide6)
    from msek_desktop.app import make_application
    from msek_desktop.core import staff
    from msek_desktop.core.store import open_database
    from msek_desktop.ui.context import AppContext
    from msek_desktop.ui.i18n import Languages
    from msek_desktop.ui.window.main_window import MainWindow

    mark("import_app")
    app = make_probe_app()
    mark("qapplication")
    make_application()  # names, icon, bundled font: reuses the ProbeApp
    languages = Languages()
    languages.switch(args.lang)
    mark("application")
    from msek_desktop.core.server import ServerAddress

    # a file, or a database on the office server (a postgresql:// URL), as app.main opens it
    where = ServerAddress(args.db) if "://" in args.db else Path(args.db)
    db = open_database(where, create=True, quick_check=False)
    keep = getattr(db, "keep_connection", None)  # as app._open_and_run does (where it can)
    if keep is not None:
        keep()
    mark("database")
    active = staff.list_staff(db, active_only=True)
    if not active:
        raise RuntimeError("the demo database has no active staff member")
    window = MainWindow(AppContext(db=db, me=active[0].login, languages=languages))
    mark("main_window")
    screen = window.show_screen("inquiries")
    mark("inquiries_screen")
    app.watch(screen.table.viewport(), lambda: screen.model.rowCount() > 0)
    window.show()
    marks["first_rows"] = app.wait_painted() - args.t0
    marks["cpu_first_rows"] = app.painted_cpu
    marks["rss_first_rows"] = rss_mb()["VmRSS"]  # read just after: nothing ran meanwhile
    return app, db, window, screen


def start_window(args: argparse.Namespace, marks: dict[str, float]) -> tuple[Any, Any, Any, str]:
    """The window as msek_desktop.app.main starts it (its language, the database opened and
    its connection kept, the empty-database and "who am I" checks, MainWindow on its first
    screen, shown, the check after the first paint), waited for until its first screen,
    content loaded, is painted (see the module)."""

    def mark(name: str) -> None:
        marks[name] = time.monotonic() - args.t0

    from msek_desktop import app as program  # as the program starts: the core before PySide6
    from msek_desktop.ui.context import AppContext
    from msek_desktop.ui.i18n import Languages
    from msek_desktop.ui.window.first_paint import after_first_paint
    from msek_desktop.ui.window.main_window import MainWindow

    mark("import_app")
    app = make_probe_app()
    program.make_application()  # names, icon, bundled font: reuses the ProbeApp
    languages = Languages()
    languages.switch(program.choose_language(args.lang))
    mark("application")
    from msek_desktop.core.server import ServerAddress
    from msek_desktop.start_place import Place

    where = ServerAddress(args.db) if "://" in args.db else Path(args.db)
    if hasattr(program, "begin"):  # plainly read, on a current file (core.opening)
        db = program.begin(Place(where), interactive=False)
    else:  # an older tree (window_bench.py compares two)
        db = program.open_place(where, interactive=False)
        db.keep_connection()
    if program.is_empty(db):  # app._run asks this at an interactive start (offer the demo)
        raise RuntimeError("the database is empty")
    me = program.who_am_i(db, interactive=False)
    mark("database")
    window = MainWindow(AppContext(db=db, me=me or "", languages=languages))
    key = window._current_key()  # the screen it opens on
    mark("main_window")
    app.watch_window(window, lambda: content_loaded(window, key))
    window.show()
    later = getattr(program, "open_later", program.check_later)
    after_first_paint(window, lambda: later(window.ctx, window))
    marks["first_paint"] = app.wait_painted() - args.t0
    marks["cpu_first_paint"] = app.painted_cpu
    marks["rss_first_paint"] = rss_mb()["VmRSS"]  # read just after: nothing ran meanwhile
    return app, db, window, key


def content_loaded(window: Any, key: str) -> bool:
    """Whether screen `key` of `window` shows its content: read (not stale), and for the
    Dashboard, whose figures are read in the background, its figures arrived."""
    if key in window._stale or key not in window.screens.built():
        return False
    return key != "dashboard" or window.screens[key].board is not None


def run_start(args: argparse.Namespace) -> dict[str, Any]:
    marks: dict[str, float] = {}
    app, db, window, key = start_window(args, marks)
    screen = window.screens[key]
    app.wait_idle()
    marks["settled"] = time.monotonic() - args.t0
    out = {
        "screen": key,
        "first_paint": marks["first_paint"],
        "cpu_first_paint": marks.pop("cpu_first_paint"),  # the CPU time until then
        "rss_first_paint": marks.pop("rss_first_paint"),  # MB resident then
        "cpu_s": time.process_time(),  # this process's CPU until settled
        "rows": screen_rows(screen),
        "marks": marks,
        **rss_mb(),
    }
    window.close()
    db.dispose()
    return out


def screen_rows(screen: Any) -> int:
    """The rows the screen's tables show (0 for a screen without tables)."""
    from PySide6.QtWidgets import QTableView

    return sum(
        view.model().rowCount()
        for view in screen.findChildren(QTableView)
        if view.model() is not None
    )


def run_first_rows(args: argparse.Namespace) -> dict[str, Any]:
    marks: dict[str, float] = {}
    app, db, window, screen = open_window(args, marks)
    rows = screen.model.rowCount()
    app.wait_idle()
    marks["settled"] = time.monotonic() - args.t0
    out = {
        "first_rows": marks["first_rows"],
        "cpu_first_rows": marks.pop("cpu_first_rows"),  # the CPU time until the first rows
        "rss_first_rows": marks.pop("rss_first_rows"),  # MB resident then
        "cpu_s": time.process_time(),  # this process's CPU until settled (the machine may be busy)
        "rows": rows,
        "marks": marks,
        **rss_mb(),
    }
    window.close()
    db.dispose()
    return out


def run_search(args: argparse.Namespace) -> dict[str, Any]:
    from PySide6.QtTest import QTest

    marks: dict[str, float] = {}
    app, db, window, screen = open_window(args, marks)
    app.wait_idle()
    box, viewport = screen.search, screen.table.viewport()
    box.setFocus()
    keys: list[dict[str, Any]] = []
    held: list[dict[str, Any]] = []
    for round_ in range(args.rounds):
        for word in args.words:
            if box.text():
                app.watch(viewport)
                box.clear()
                app.wait_painted()
                app.wait_idle()
            for n, char in enumerate(word, start=1):
                if n < MIN_SEARCH and hasattr(screen, "searched"):
                    # a letter the window does not search on (it says so where the count
                    # is): nothing to paint, not a keystroke to rows
                    QTest.keyClick(box, char)
                    app.wait_idle()
                    held.append({"round": round_, "word": word, "prefix": word[:n]})
                    continue
                app.watch(viewport)
                start = time.monotonic()
                QTest.keyClick(box, char)
                painted = app.wait_painted()
                settled = app.wait_idle()
                keys.append(
                    {
                        "round": round_,
                        "word": word,
                        "prefix": word[:n],
                        "ms": (painted - start) * 1000,
                        "settled_ms": (max(settled, painted) - start) * 1000,
                        "rows": screen.model.rowCount(),
                        "text_ok": box.text() == word[:n],
                    }
                )
    window.close()
    db.dispose()
    return {"keys": keys, "held": held, "marks": marks}


def run_memory(args: argparse.Namespace) -> dict[str, Any]:
    marks: dict[str, float] = {}
    app, db, window, _screen = open_window(args, marks)
    # only now: imported before open_window, PySide6 would come before the core, whose
    # sources its import hook would then keep (some 20 MB the program never holds)
    from msek_desktop.ui.window.main_window import SCREENS

    app.wait_idle()
    after_open = rss_mb()
    for key, _cls in SCREENS:
        window.show_screen(key)
        app.wait_idle()
    window.show_screen("inquiries")
    app.wait_idle()
    out = {**rss_mb(), "after_open": after_open, "marks": marks}
    window.close()
    db.dispose()
    return out


# -- the floor ----------------------------------------------------------------------------


BARE_ROWS = 200
BARE_COLUMNS = 10
BARE_TEXT = "Wiśniewska — Łódź"
FIRST_PAGE = 100  # ui.kit.table.PagedModel.PAGE
CLOSED = ("completed", "lost")  # core.vocab.CLOSED_STAGES
# The program's first page (core.inquiries.list_inquiries, the Inquiries screen's default
# filter: open, not deleted, newest first), each row with the columns it reads, in one query.
FIRST_PAGE_SQL = (
    "SELECT i.id, i.ref, i.received_on, i.channel, i.kind, i.side, i.subject, i.stage, "
    "i.priority, s.login, s.full_name, "
    "(SELECT min(f.due_on) FROM follow_ups f WHERE f.inquiry_id = i.id "
    "AND f.done_at IS NULL), "
    "c.id, c.first_name, c.last_name, c.email, c.phone, o.id, o.name, o.city, "
    "i.lost_reason, i.closed_on, i.version, i.deleted_at, "
    "(SELECT group_concat(fd.code) FROM inquiry_fields x JOIN fields fd "
    "ON fd.id = x.field_id WHERE x.inquiry_id = i.id) "
    "FROM inquiries i LEFT JOIN contacts c ON c.id = i.contact_id "
    "LEFT JOIN organisations o ON o.id = i.organisation_id "
    "LEFT JOIN staff_members s ON s.id = i.assignee_id "
    f"WHERE i.deleted_at IS NULL AND i.stage NOT IN {CLOSED!r} "
    "ORDER BY i.received_on DESC, i.id DESC LIMIT ?"
)


def first_page(path: str) -> list[tuple[Any, ...]]:
    """The program's first page of inquiries in the file at `path`, read with sqlite3; or,
    `path` a postgresql:// URL, in that database on the office server, read with psycopg
    (the same SQL in PostgreSQL's words)."""
    if "://" in path:
        import psycopg

        sql = FIRST_PAGE_SQL.replace("group_concat(fd.code)", "string_agg(fd.code, ',')")
        with psycopg.connect(path) as server:
            return server.execute(sql.replace("?", "%s"), (FIRST_PAGE,)).fetchall()
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return conn.execute(FIRST_PAGE_SQL, (FIRST_PAGE,)).fetchall()
    finally:
        conn.close()


def run_bare(args: argparse.Namespace) -> dict[str, Any]:
    """QApplication + QMainWindow + QTableView + QStandardItemModel, painted: the first page
    read from `--db`, else 200 rows of one text."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QMainWindow, QTableView

    app = make_probe_app()
    window = QMainWindow()
    if args.db:
        rows = [["" if v is None else str(v) for v in row] for row in first_page(args.db)]
    else:
        rows = [[BARE_TEXT] * BARE_COLUMNS] * BARE_ROWS
    model = QStandardItemModel(len(rows), len(rows[0]) if rows else BARE_COLUMNS)
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            model.setItem(row, column, QStandardItem(text))
    table = QTableView()
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 800)
    app.watch(table.viewport(), lambda: model.rowCount() > 0)
    window.show()
    first_rows = app.wait_painted() - args.t0
    cpu_first_rows, rss_first_rows = app.painted_cpu, rss_mb()["VmRSS"]
    app.wait_idle()
    out = {
        "first_rows": first_rows,
        "cpu_first_rows": cpu_first_rows,
        "rss_first_rows": rss_first_rows,
        "cpu_s": time.process_time(),
        "rows": model.rowCount(),
        **rss_mb(),
    }
    window.close()
    return out


MODES: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "start": run_start,
    "first_rows": run_first_rows,
    "bare": run_bare,
    "search": run_search,
    "memory": run_memory,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=MODES)
    parser.add_argument(
        "--db", help="the demo database, a file or a URL (every mode; bare: its first page)"
    )
    parser.add_argument("--t0", type=float, help="the parent's time.monotonic() at start")
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--words", nargs="+", default=["lodz"])
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    if args.t0 is None:
        args.t0 = time.monotonic()
    if args.mode != "bare" and not args.db:
        parser.error(f"{args.mode} needs --db")
    try:
        result = MODES[args.mode](args)
    except ImportError as exc:  # no PySide6, or the window is not written yet
        print(f"the window cannot be built: {exc}", file=sys.stderr, flush=True)
        os._exit(UNAVAILABLE)
    print("PROBE " + json.dumps(result), flush=True)
    sys.stderr.flush()
    # Skip interpreter and Qt teardown: nothing is measured there, and it can be slow.
    os._exit(0)


if __name__ == "__main__":
    main()
