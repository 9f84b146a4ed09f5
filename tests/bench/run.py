"""MSEK Desktop benchmarks: `python tests/bench/run.py [--inquiries N] [--server URL]`.

Prints one line per figure, `NAME VALUE UNIT floor=F ratio=R`, where the floor is the same
work done the plainest way in the same run (DESIGN.md, "Performance targets"). A figure that
cannot be measured prints `NAME n/a (reason)` instead, and the others still run.

The figures run on an SQLite file, then again on the office server (PostgreSQL; names
starting `pg_`) when --server (or MSEK_BENCH_POSTGRES, else MSEK_TEST_POSTGRES) gives a
server's URL: a database of the run's own is made there and dropped after it
(tests/bench/office_server.py). On the server the floors are the same plain SQL through the
driver alone (psycopg), as sqlite3 alone is on the file.

Each figure is a function registered with @figure; it gets the shared Bench (the database
filled with demo data, a scratch folder) and returns a Figure. Add letters,
import ... the same way; they run in the order they are declared.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run from a checkout without an installed package
    sys.path.insert(0, str(ROOT))

from msek_desktop.core import demo  # noqa: E402
from msek_desktop.core.db import Database  # noqa: E402
from msek_desktop.core.store import open_database  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))  # its neighbours: import_bench, office_server
import office_server  # noqa: E402

SEARCH_QUERIES = ("lodz", "wisn", "konserw", "saint", "muzyk", "2025-00")
PROBE = Path(__file__).with_name("window_probe.py")
PROBE_TIMEOUT_S = 600
DEMO_RUNS = 3  # the demo made this many times, alternated with its floor: the medians
WINDOW_RUNS = 3  # fresh processes for the window and for its floor, alternated; median
WINDOW_LANGUAGE = "fr"
TYPED_WORDS = ("lodz", "wisn", "konserw", "saint", "muzyk")
TYPED_ROUNDS = 2  # every word typed twice: first time in the session, and again
RAW_RUNS = 5  # the raw FTS5 query, per prefix (median of these, then over the prefixes)
SEARCH_RUNS = 30
SEARCH_MIN_RUNS = 3
SEARCH_BUDGET_S = 5.0  # per query: a slow search still gives a figure in reasonable time
DATA_TABLES = (
    "staff_members",
    "organisations",
    "organisation_fields",
    "contacts",
    "inquiries",
    "inquiry_fields",
    "follow_ups",
    "partner_proposals",
    "timeline_entries",
    "ref_counters",
)


class Unavailable(Exception):
    """This figure cannot be measured here; the message says why."""


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    floor: float

    def line(self) -> str:
        ratio = self.value / self.floor if self.floor > 0 else float("inf")
        return (
            f"{self.name} {_num(self.value)} {self.unit} floor={_num(self.floor)} ratio={ratio:.2f}"
        )


def _num(value: float) -> str:
    return f"{value:.3f}" if value < 100 else f"{value:.1f}"


@dataclass
class Bench:
    inquiries: int
    seed: int
    workdir: Path
    verbose: bool = False
    db: Database | None = None
    notes: dict[str, str] = field(default_factory=dict)
    server_url: str | None = None
    server: Any = None  # office_server.BenchServer, once pg_demo_generate made it
    server_db: Database | None = None

    @property
    def db_path(self) -> Path:
        return self.workdir / "bench.db"

    def database(self) -> Database:
        if self.db is None:
            raise Unavailable("no demo database: demo_generate did not run or failed")
        return self.db

    def on_server(self) -> Database:
        if self.server_db is None:
            why = "no --server URL" if not self.server_url else "pg_demo_generate failed"
            raise Unavailable(f"no demo database on the office server: {why}")
        return self.server_db

    def say(self, text: str) -> None:
        if self.verbose:
            print(f"  # {text}", file=sys.stderr, flush=True)


FigureFn = Callable[[Bench], Figure]
FIGURES: list[tuple[str, FigureFn]] = []


def figure(name: str) -> Callable[[FigureFn], FigureFn]:
    def register(fn: FigureFn) -> FigureFn:
        FIGURES.append((name, fn))
        return fn

    return register


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    """`with stopwatch() as t: ...` then t[0] holds the seconds taken."""
    out: list[float] = []
    start = time.perf_counter()
    try:
        yield out
    finally:
        out.append(time.perf_counter() - start)


# -- figures ----------------------------------------------------------------------------


@figure("demo_generate")
def demo_generate(bench: Bench) -> Figure:
    """Demo data for N inquiries, against the same rows, schema, indexes and search documents
    written by sqlite3 alone (tests/bench/demo_bench.py): the medians of DEMO_RUNS of each,
    alternated (the first demo is the one the other figures read)."""
    import demo_bench

    db = open_database(bench.db_path, create=True)
    bench.db = db
    shown = [0]

    def progress(done: int, total: int) -> None:
        if bench.verbose and (done == total or done - shown[0] >= total // 10):
            shown[0] = done
            bench.say(f"demo {done}/{total}")

    cpu = time.process_time()
    with stopwatch() as took:
        summary = demo.generate(
            db, inquiries=bench.inquiries, seed=bench.seed, today=date.today(), progress=progress
        )
    cpu = time.process_time() - cpu
    with db.engine.connect() as conn:
        rows = sum(
            int(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() or 0)
            for t in DATA_TABLES
        )
    bench.say(f"{summary}; {rows} rows in the data tables; {took[0]:.1f} s, CPU {cpu:.1f} s")
    mine = [took[0]]
    floors = [demo_bench.floor_seconds(bench.db_path, bench.workdir, bench.say)]
    for _ in range(DEMO_RUNS - 1):  # again, alternated, into a file of its own: the medians
        mine.append(_demo_again(bench))
        floors.append(demo_bench.floor_seconds(bench.db_path, bench.workdir, bench.say))
    return Figure("demo_generate", statistics.median(mine), "s", statistics.median(floors))


def _demo_again(bench: Bench) -> float:
    """The same demo made again in a new file of the work folder (deleted after): seconds."""
    path = bench.workdir / "demo_again.db"
    db = open_database(path, create=True)
    try:
        cpu = time.process_time()
        with stopwatch() as took:
            demo.generate(db, inquiries=bench.inquiries, seed=bench.seed, today=date.today())
        bench.say(f"demo again: {took[0]:.1f} s, CPU {time.process_time() - cpu:.1f} s")
    finally:
        db.dispose()
        for made in bench.workdir.glob("demo_again.db*"):
            made.unlink()
    return took[0]


@figure("db_size")
def db_size(bench: Bench) -> Figure:
    """The demo file's size against the raw data in it: its tables' rows as CSV
    (tests/bench/size_bench.py)."""
    import size_bench

    bench.database()  # the demo data is there
    size, raw, note = size_bench.measure(bench.db_path)
    bench.say(f"size: {note}")
    return Figure("db_size", size, "MB", raw)


@figure("search_latency_median")
def search_latency_median(bench: Bench) -> Figure:
    """The inquiries list searched as typed, against the same page (its rows, in the same
    order) in plain SQL through sqlite3 (tests/bench/window_bench.py). The program reads as
    the window does, on the connection it keeps (_as_the_window)."""
    import window_bench

    try:
        from msek_desktop.core.inquiries import InquiryFilter, list_inquiries
    except ImportError as exc:
        raise Unavailable(f"msek_desktop.core.inquiries.list_inquiries is missing: {exc}") from exc

    service: list[float] = []
    raw: list[float] = []
    conn = sqlite3.connect(bench.db_path)
    try:
        with _as_the_window(bench) as db:
            for query in SEARCH_QUERIES:
                page = partial(window_bench.same_page, conn, query, open_only=False, limit=50)
                window_bench.check_same_page(db, conn, query, open_only=False, limit=50)
                flt = InquiryFilter(search=query)
                found = len(list_inquiries(db, flt, limit=50))  # warm: caches, compiled SQL
                page()
                mine: list[float] = []
                floor: list[float] = []
                started = time.perf_counter()
                for run in range(SEARCH_RUNS):
                    spent = time.perf_counter() - started
                    if run >= SEARCH_MIN_RUNS and spent > SEARCH_BUDGET_S:
                        break
                    with stopwatch() as took:
                        list_inquiries(db, flt, limit=50)
                    mine.append(took[0] * 1000)
                    with stopwatch() as took:
                        page()
                    floor.append(took[0] * 1000)
                bench.say(
                    f"search {query!r}: {found} rows shown, median {statistics.median(mine):.2f} ms"
                    f" over {len(mine)} runs, raw {statistics.median(floor):.3f} ms"
                )
                service += mine
                raw += floor
    finally:
        conn.close()
    return Figure("search_latency_median", statistics.median(service), "ms", statistics.median(raw))


@contextmanager
def _as_the_window(bench: Bench) -> Iterator[Database]:
    """The demo file opened as the window opens it: one connection kept between its reads
    (Database.keep_connection), where each command of the command line opens its own."""
    db = open_database(bench.database().file("the window's lists"))
    db.keep_connection()
    try:
        yield db
    finally:
        db.dispose()


PAGE = 100  # rows a page of the window's lists (ui.kit.table)
PAGES = (0, 1, 2, 5, 10, 20)  # the pages timed: the first ones as scrolled, then deeper


def _paging(bench: Bench, db: Database, conn: Any, *, server: bool) -> Figure:
    """The open inquiries newest first (the window's list), page after page as it scrolls,
    against the same page (its rows with their columns, joins, next follow-up and fields)
    in plain SQL on `conn` (sqlite3's, or with `server` psycopg's; window_bench), checked
    to list the program's ids."""
    import window_bench

    from msek_desktop.core.inquiries import InquiryFilter, list_inquiries

    flt = InquiryFilter(open=True)
    mine: list[float] = []
    floor: list[float] = []
    list_inquiries(db, flt, limit=PAGE)  # warm
    for page in PAGES:
        times = []
        for _ in range(RAW_RUNS):
            with stopwatch() as took:
                rows = list_inquiries(db, flt, limit=PAGE, offset=page * PAGE)
            times.append(took[0] * 1000)
        mine.append(statistics.median(times))
        sql = window_bench.same_page_sql(
            None, False, open_only=True, limit=PAGE, offset=page * PAGE, server=server
        )
        if [r[0] for r in conn.execute(sql).fetchall()] != [r.id for r in rows]:
            raise RuntimeError(f"the floor's page {page} is not the program's")
        times = []
        for _ in range(RAW_RUNS):
            with stopwatch() as took:
                conn.execute(sql).fetchall()
            times.append(took[0] * 1000)
        floor.append(statistics.median(times))
        bench.say(f"page {page}: {len(rows)} rows, {mine[-1]:.2f} ms, raw {floor[-1]:.3f} ms")
    return Figure("list_paging_median", statistics.median(mine), "ms", statistics.median(floor))


@figure("list_paging_median")
def list_paging_median(bench: Bench) -> Figure:
    conn = sqlite3.connect(bench.db_path)
    try:
        with _as_the_window(bench) as db:
            return _paging(bench, db, conn, server=False)
    finally:
        conn.close()


@figure("dashboard_figures")
def dashboard_figures(bench: Bench) -> Figure:
    """core.figures.dashboard (target <= 300 ms at 100,000 inquiries), against the same
    aggregates as raw SQL through sqlite3 (tests/bench/figures_bench.py)."""
    import figures_bench

    conn = sqlite3.connect(bench.db_path)
    try:
        mine, floor, note = figures_bench.measure(bench.database(), conn, date.today())
    finally:
        conn.close()
    bench.say(f"dashboard: {note}")
    return Figure("dashboard_figures", mine, "ms", floor)


@figure("annual_report")
def annual_report(bench: Bench) -> Figure:
    """The annual activity report of the last year over as a PDF, in process (target <= 3 s
    at 100,000 inquiries), against the same aggregates as raw SQL through sqlite3 plus a bare
    ReportLab document of the same pages (tests/bench/report_bench.py)."""
    import report_bench

    conn = sqlite3.connect(bench.db_path)
    try:
        mine, floor, note = report_bench.measure(bench.database(), conn, bench.workdir)
    finally:
        conn.close()
    bench.say(f"annual report: {note}")
    return Figure("annual_report", mine, "s", floor)


# -- `msek` as a person runs it: whole processes (tests/bench/cli_bench.py) -------------


def _msek(name: str, bench: Bench) -> Figure:
    import cli_bench

    bench.database()  # the demo data is there
    return Figure(*cli_bench.one(name, bench.db_path, bench.workdir, bench.say))


for _name in ("msek_version", "msek_help", "msek_proposal", "inquiries_json"):
    figure(_name)(partial(_msek, _name))


def _lists(name: str, bench: Bench) -> Figure:
    import lists_bench  # commands listing everything: peak RSS against an empty file's

    bench.database()  # the demo data is there
    return Figure(*lists_bench.one(name, bench.db_path, bench.workdir, bench.say))


for _name in (
    "exchanges_json_rss", "followups_json_rss", "people_duplicates_rss",
    "people_duplicates_cpu", "export_inquiries_csv_rss", "calendar_all_rss",
):  # fmt: skip
    figure(_name)(partial(_lists, _name))


# -- the window (tests/bench/window_probe.py, one fresh process per measurement) ---------


def _probe(bench: Bench, mode: str, *args: str) -> dict[str, Any]:
    """Run window_probe.py MODE in a fresh offscreen process; its PROBE line as a dict.

    --t0 is time.monotonic() taken just before the process is started, so the time to first
    rows counts interpreter start-up and every import, as a person starting the program sees.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    t0 = time.monotonic()
    cmd = [sys.executable, str(PROBE), mode, "--t0", repr(t0), "--lang", WINDOW_LANGUAGE, *args]
    done = subprocess.run(
        cmd, check=False, capture_output=True, text=True, env=env, timeout=PROBE_TIMEOUT_S
    )
    if done.returncode == 3:
        raise Unavailable((done.stderr.strip().splitlines() or ["window_probe: unavailable"])[-1])
    lines = [line for line in done.stdout.splitlines() if line.startswith("PROBE ")]
    if done.returncode != 0 or not lines:
        tail = " | ".join(done.stderr.strip().splitlines()[-3:])
        raise RuntimeError(f"window_probe {mode} exited {done.returncode}: {tail}")
    result: dict[str, Any] = json.loads(lines[-1][len("PROBE ") :])
    return result


def _window_db(bench: Bench) -> str:
    bench.database()  # the demo data is there
    return str(bench.db_path)


def _server_window_db(bench: Bench) -> str:
    bench.on_server()
    return str(bench.server.address.url)


@figure("window_first_rows")
def window_first_rows(bench: Bench) -> Figure:
    """Start to the first screen painted with its content, as a person starting the program
    waits for it, against a bare Qt table window showing the same file's first page.

    window_probe `start`: the window built and shown as msek_desktop.app.main does, on the
    screen it opens on (My day, or the Dashboard when this desk chose it), timed from just
    before the process starts (imports count) until a whole pass of the window's painting
    has ended with that screen's content loaded (My day: its lists read). The floor is
    window_probe `bare --db`: QApplication + QMainWindow + QTableView over a
    QStandardItemModel of the program's first page of inquiries read from the same file by
    sqlite3, also a fresh process.
    """
    db = _window_db(bench)
    return _first_rows(bench, db, "start", "window_first_rows", "--db", db)


@figure("inquiries_first_rows")
def inquiries_first_rows(bench: Bench) -> Figure:
    """Start to the Inquiries screen's first rows painted (window_probe `first_rows`: the
    window built as app.main builds it, then shown on Inquiries, timed until QTableView's
    viewport has finished a Paint with rows in the model), against the same floor as
    window_first_rows."""
    db = _window_db(bench)
    return _first_rows(bench, db, "first_rows", "inquiries_first_rows", "--db", db)


def _first_rows(bench: Bench, db: str, mode: str, name: str, *floor_args: str) -> Figure:
    """Fresh processes of window_probe `mode` and of its `bare` floor, alternated: the
    median wall times (the CPU times said)."""
    mine: list[float] = []
    floor: list[float] = []
    key, cpu_key = ("first_paint", "cpu_first_paint") if mode == "start" else (
        "first_rows", "cpu_first_rows"
    )  # fmt: skip
    for run in range(WINDOW_RUNS):
        window = _probe(bench, mode, "--db", db)
        bare = _probe(bench, "bare", *floor_args)
        mine.append(window[key])
        floor.append(bare["first_rows"])
        steps = ", ".join(f"{k} {v:.3f}" for k, v in window["marks"].items())
        bench.say(
            f"window run {run} ({window.get('screen', 'inquiries')}): {window['rows']} rows, "
            f"CPU {window[cpu_key]:.3f} s; {steps}"
        )
        bench.say(f"bare run {run}: {bare['first_rows']:.3f} s, CPU {bare['cpu_first_rows']:.3f} s")
    return Figure(name, statistics.median(mine), "s", statistics.median(floor))


@figure("search_keystroke_rows_median")
def search_keystroke_rows_median(bench: Bench) -> Figure:
    """Keystroke in the Inquiries search box to the new rows painted, against the same page.

    Every word is typed key by key (QTest.keyClick) in a window on the demo database; each
    keystroke is timed until the table's viewport has painted again (a first letter, which
    the window does not search on, untimed). The floor is the same page (the open inquiries
    matching, its rows in the same order) for the same prefixes in plain SQL through sqlite3,
    read as the keystrokes read them: each once, in the order typed, on one connection
    (window_bench.typed_page_ms; per keystroke the median of RAW_RUNS connections).
    """
    return _keystrokes(bench, _window_db(bench), partial(_raw_fts_medians, bench, bench.db_path))


def _keystrokes(bench: Bench, db: str, raw: Callable[[list[str]], list[float]]) -> Figure:
    result = _probe(
        bench, "search", "--db", db, "--rounds", str(TYPED_ROUNDS), "--words", *TYPED_WORDS
    )
    keys = result["keys"]
    if not all(k["text_ok"] for k in keys):
        raise RuntimeError("the typed text did not reach the search box")
    for round_ in range(TYPED_ROUNDS):
        for word in TYPED_WORDS:
            shown = " ".join(
                f"{k['prefix']}:{k['ms']:.0f}/{k['settled_ms']:.0f}ms({k['rows']})"
                for k in keys
                if k["word"] == word and k["round"] == round_
            )
            bench.say(f"typed {word!r}, round {round_} (to rows painted/to idle): {shown}")
    settled = statistics.median(k["settled_ms"] for k in keys)
    # Idle: no event for 30 ms. After a first letter it includes the clear button's fade-in.
    bench.say(f"median keystroke to idle: {settled:.1f} ms")
    floors = raw([k["prefix"] for k in keys])
    return Figure(
        "search_keystroke_rows_median",
        statistics.median(k["ms"] for k in keys),
        "ms",
        statistics.median(floors),
    )


def _raw_fts_medians(bench: Bench, path: Path, prefixes: list[str]) -> list[float]:
    """Per keystroke, the median ms of the window's page in plain SQL, each prefix read once
    in the order typed (window_bench.typed_page_ms); the same pages each read again over
    itself, warm (window_bench.same_page_ms: a state no keystroke reads in), said alongside."""
    import window_bench

    warm = window_bench.same_page_ms(path, prefixes)
    bench.say(f"same pages read again, warm: median {statistics.median(warm):.2f} ms")
    return window_bench.typed_page_ms(partial(sqlite3.connect, path), prefixes, runs=RAW_RUNS)


@figure("memory_rss")
def memory_rss(bench: Bench) -> Figure:
    """RSS of the window on the demo database after every screen was shown, against the
    bare Qt table window's."""
    db = _window_db(bench)
    result = _probe(bench, "memory", "--db", db)
    bare = _probe(bench, "bare")
    bench.say(
        f"memory: {result['VmRSS']:.1f} MB (peak {result['VmHWM']:.1f}); just opened "
        f"{result['after_open']['VmRSS']:.1f} MB; bare {bare['VmRSS']:.1f} MB"
    )
    return Figure("memory_rss", result["VmRSS"], "MB", bare["VmRSS"])


IMPORT_ROWS = 10_000


def _import(bench: Bench, db: Database, floor: Callable[[Path], float]) -> Figure:
    """IMPORT_ROWS rows of a Windows-1250 CSV (import_bench.make_csv) imported into the demo
    database, against reading the same file and writing its rows into a bare table. Last on
    each database: it adds to the data the other figures read."""
    import import_bench

    from msek_desktop.core import importing

    src = bench.workdir / "import.csv"
    import_bench.make_csv(src, IMPORT_ROWS)
    with stopwatch() as took:
        report = importing.import_file(db, src)
    if report.created["inquiries"] != IMPORT_ROWS:
        raise RuntimeError(f"the import made {report.created['inquiries']} inquiries")
    return Figure(f"import_{IMPORT_ROWS}", took[0], "s", floor(src))


@figure("import_10000_empty")
def import_10000_empty(bench: Bench) -> Figure:
    """The same import into a new, empty database (into the demo's: at most 1.5 times this),
    against the same floor (tests/bench/import_bench.py)."""
    import import_bench

    src = bench.workdir / "import.csv"
    import_bench.make_csv(src, IMPORT_ROWS)
    folder = bench.workdir / "import_empty"
    folder.mkdir(exist_ok=True)
    took, _cpu, floor = import_bench.measure(src, folder, None, bench.say)
    return Figure(f"import_{IMPORT_ROWS}_empty", took, "s", floor)


@figure("import_10000")
def import_10000(bench: Bench) -> Figure:
    """Into the demo database; the floor: reading the file and writing the rows the import
    made, with their search documents, by sqlite3 alone (import_bench.floor)."""
    import import_bench

    since = import_bench.demo_bench.last_rowids(bench.db_path)
    return _import(
        bench,
        bench.database(),
        lambda src: import_bench.floor(src, bench.workdir, bench.db_path, since, bench.say),
    )


# -- the same figures on the office server (PostgreSQL over its local socket) -----------


def _named(figure_: Figure, prefix: str = "pg_") -> Figure:
    return Figure(prefix + figure_.name, figure_.value, figure_.unit, figure_.floor)


@figure("pg_demo_generate")
def pg_demo_generate(bench: Bench) -> Figure:
    """The demo data on the office server, against the same rows and search documents
    written by psycopg alone into an empty database of the same schema beside it
    (office_server.replay_seconds)."""
    if not bench.server_url:
        raise Unavailable("no --server URL (nor MSEK_BENCH_POSTGRES, MSEK_TEST_POSTGRES)")
    bench.server = office_server.BenchServer(bench.server_url)
    db = open_database(bench.server.address, create=True)
    bench.server_db = db
    with stopwatch() as took:
        demo.generate(db, inquiries=bench.inquiries, seed=bench.seed, today=date.today())
    with db.engine.begin() as conn:
        rows = sum(
            int(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() or 0)
            for t in DATA_TABLES
        )
        # What autovacuum does within a minute of a bulk load: without the statistics the
        # planner takes the 100,000 live inquiries for 500 and sorts them all for a page.
        conn.exec_driver_sql("ANALYZE")
    bench.say(f"pg demo: {rows} rows in the data tables; {took[0]:.1f} s")
    floor = office_server.replay_seconds(bench.server, bench.say)
    return Figure("pg_demo_generate", took[0], "s", floor)


@figure("pg_search_latency_median")
def pg_search_latency_median(bench: Bench) -> Figure:
    """The inquiries list searched on the server, against the same page (its rows, in the
    same order) in plain SQL through psycopg (window_bench.same_page)."""
    import window_bench

    from msek_desktop.core.inquiries import InquiryFilter, list_inquiries

    db = bench.on_server()
    service: list[float] = []
    raw: list[float] = []
    with bench.server.connect() as conn:
        for query in SEARCH_QUERIES:
            window_bench.check_same_page(db, conn, query, open_only=False, limit=50, server=True)
            flt = InquiryFilter(search=query)
            found = len(list_inquiries(db, flt, limit=50))  # warm
            mine = []
            for _ in range(SEARCH_MIN_RUNS * 3):
                with stopwatch() as took:
                    list_inquiries(db, flt, limit=50)
                mine.append(took[0] * 1000)
            (floor,) = window_bench.page_medians(
                conn, [query], open_only=False, limit=50, server=True
            )
            bench.say(
                f"pg search {query!r}: {found} rows, median {statistics.median(mine):.2f} ms, "
                f"raw {floor:.3f} ms"
            )
            service += mine
            raw.append(floor)
    return Figure(
        "pg_search_latency_median", statistics.median(service), "ms", statistics.median(raw)
    )


@figure("pg_list_paging_median")
def pg_list_paging_median(bench: Bench) -> Figure:
    db = bench.on_server()
    with bench.server.connect() as conn:
        return _named(_paging(bench, db, conn, server=True))


@figure("pg_window_first_rows")
def pg_window_first_rows(bench: Bench) -> Figure:
    """The window's start on the office server's demo database (as window_first_rows),
    against the bare Qt table showing the same database's first page, read with psycopg."""
    url = _server_window_db(bench)
    return _named(_first_rows(bench, url, "start", "window_first_rows", "--db", url))


@figure("pg_search_keystroke_rows_median")
def pg_search_keystroke_rows_median(bench: Bench) -> Figure:
    """Keystrokes in the window on the server, against the same page per typed prefix in
    plain SQL through psycopg (window_bench.same_page, checked to list the program's ids for
    the whole words)."""
    import window_bench

    url = _server_window_db(bench)
    db = bench.on_server()

    def raw(prefixes: list[str]) -> list[float]:
        with bench.server.connect() as conn:
            for word in TYPED_WORDS:
                window_bench.check_same_page(
                    db, conn, word, open_only=True, limit=PAGE, server=True
                )
            warm = window_bench.page_medians(conn, prefixes, limit=PAGE, server=True)
        bench.say(f"pg same pages read again, warm: median {statistics.median(warm):.2f} ms")
        return window_bench.typed_page_ms(
            bench.server.connect, prefixes, runs=RAW_RUNS, limit=PAGE, server=True
        )

    return _named(_keystrokes(bench, url, raw))


@figure("pg_dashboard_figures")
def pg_dashboard_figures(bench: Bench) -> Figure:
    """The dashboard's figures on the server, against the same aggregates through psycopg."""
    import figures_bench

    db = bench.on_server()
    with bench.server.connect() as conn:
        mine, floor, note = figures_bench.measure(db, conn, date.today())
    bench.say(f"pg dashboard: {note}")
    return Figure("pg_dashboard_figures", mine, "ms", floor)


@figure("pg_annual_report")
def pg_annual_report(bench: Bench) -> Figure:
    """The annual report on the server, against the same queries through psycopg and the
    same bare document."""
    import report_bench

    db = bench.on_server()
    with bench.server.connect() as conn:
        mine, floor, note = report_bench.measure(db, conn, bench.workdir)
    bench.say(f"pg annual report: {note}")
    return Figure("pg_annual_report", mine, "s", floor)


@figure("pg_import_10000")
def pg_import_10000(bench: Bench) -> Figure:
    """Into the server's demo database; the floor: reading and checking the file and writing
    the rows the import made, with their search documents, by psycopg alone
    (office_server.import_floor_seconds)."""
    db = bench.on_server()
    with bench.server.connect() as conn:
        since = office_server.keys(conn)
    return _named(
        _import(
            bench,
            db,
            lambda src: office_server.import_floor_seconds(bench.server, src, since, bench.say),
        )
    )


# -- running ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inquiries", type=int, default=100_000, metavar="N")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these figures")
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep the files")
    parser.add_argument("-v", "--verbose", action="store_true", help="details on stderr")
    parser.add_argument(
        "--server",
        metavar="URL",
        default=os.environ.get("MSEK_BENCH_POSTGRES") or os.environ.get("MSEK_TEST_POSTGRES"),
        help="a PostgreSQL server (postgresql://login@/db?host=/socket) for the pg_ figures",
    )
    args = parser.parse_args(argv)
    if args.inquiries < 0:
        parser.error("--inquiries must be at least 0")
    known = [name for name, _ in FIGURES]
    for name in args.only or ():
        if name not in known:
            parser.error(f"unknown figure {name!r}; known: {', '.join(known)}")

    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="msek-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    for leftover in workdir.glob("*.db*"):
        leftover.unlink()
    bench = Bench(args.inquiries, args.seed, workdir, verbose=args.verbose)
    bench.server_url = args.server
    try:
        return 0 if run_figures(bench, args.only) else 1
    finally:
        if bench.db is not None:
            bench.db.dispose()
        if bench.server_db is not None:
            bench.server_db.dispose()
        if bench.server is not None:
            bench.server.close()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


def run_figures(bench: Bench, only: list[str] | None) -> bool:
    """Print each figure's line; False if one failed (n/a for a missing piece is fine)."""
    ok = True
    for name, fn in FIGURES:
        # The demo databases are what the other figures measure: they are always made.
        if only and name not in only and name not in ("demo_generate", "pg_demo_generate"):
            continue
        try:
            result = fn(bench)
        except Unavailable as why:
            print(f"{name} n/a ({why})", flush=True)
            continue
        except Exception as exc:
            ok = False
            print(f"{name} n/a (failed: {type(exc).__name__}: {exc})", flush=True)
            if bench.verbose:
                traceback.print_exc()
            continue
        if not only or name in only:
            print(result.line(), flush=True)
    return ok


if __name__ == "__main__":
    sys.exit(main())
