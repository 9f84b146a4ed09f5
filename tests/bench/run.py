"""MSEK Desktop benchmarks: `python tests/bench/run.py [--inquiries N]`.

Prints one line per figure, `NAME VALUE UNIT floor=F ratio=R`, where the floor is the same
work done the plainest way in the same run (DESIGN.md, "Performance targets"). A figure that
cannot be measured prints `NAME n/a (reason)` instead, and the others still run.

Each figure is a function registered with @figure; it gets the shared Bench (the database
filled with demo data, a scratch folder) and returns a Figure. Add window opening, letters,
import ... the same way; they run in the order they are declared.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run from a checkout without an installed package
    sys.path.insert(0, str(ROOT))

from msek_desktop.core import demo, search  # noqa: E402
from msek_desktop.core.db import Database  # noqa: E402
from msek_desktop.core.store import open_database  # noqa: E402

SEARCH_QUERIES = ("lodz", "wisn", "konserw", "saint", "muzyk", "2025-00")
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
            f"{self.name} {_num(self.value)} {self.unit} floor={_num(self.floor)} ratio={ratio:.1f}"
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

    @property
    def db_path(self) -> Path:
        return self.workdir / "bench.db"

    def database(self) -> Database:
        if self.db is None:
            raise Unavailable("no demo database: demo_generate did not run or failed")
        return self.db

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
    """Demo data for N inquiries, against bulk-inserting as many bare rows with sqlite3."""
    db = open_database(bench.db_path, create=True)
    bench.db = db
    shown = [0]

    def progress(done: int, total: int) -> None:
        if bench.verbose and (done == total or done - shown[0] >= total // 10):
            shown[0] = done
            bench.say(f"demo {done}/{total}")

    with stopwatch() as took:
        summary = demo.generate(
            db, inquiries=bench.inquiries, seed=bench.seed, today=date.today(), progress=progress
        )
    with db.engine.connect() as conn:
        rows = sum(
            int(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() or 0)
            for t in DATA_TABLES
        )
    bench.say(f"{summary}; {rows} rows in the data tables")
    return Figure("demo_generate", took[0], "s", _bare_insert_seconds(bench.workdir, rows))


def _bare_insert_seconds(workdir: Path, rows: int) -> float:
    path = workdir / "bare.db"
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("CREATE TABLE bare (id INTEGER PRIMARY KEY, value TEXT NOT NULL)")
        data = [(i, "x") for i in range(1, rows + 1)]
        with stopwatch() as took:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT INTO bare (id, value) VALUES (?, ?)", data)
            conn.execute("COMMIT")
    finally:
        conn.close()
    return took[0]


@figure("search_latency_median")
def search_latency_median(bench: Bench) -> Figure:
    """The inquiries list searched as typed, against the raw FTS5 query for the same words."""
    db = bench.database()
    try:
        from msek_desktop.core.inquiries import InquiryFilter, list_inquiries
    except ImportError as exc:
        raise Unavailable(f"msek_desktop.core.inquiries.list_inquiries is missing: {exc}") from exc

    service: list[float] = []
    raw: list[float] = []
    conn = sqlite3.connect(bench.db_path)
    try:
        for query in SEARCH_QUERIES:
            expr = search.match_expression(query)
            sql = (
                f"SELECT rowid, rank FROM {search.TABLE} WHERE {search.TABLE} MATCH ? "
                f"AND rowid % 4 = {int(search.Kind.INQUIRY)} ORDER BY rank LIMIT 50"
            )
            flt = InquiryFilter(search=query)
            found = len(list_inquiries(db, flt, limit=50))  # warm: caches, compiled SQL
            conn.execute(sql, (expr,)).fetchall()
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
                    conn.execute(sql, (expr,)).fetchall()
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


# -- running ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inquiries", type=int, default=100_000, metavar="N")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these figures")
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep the files")
    parser.add_argument("-v", "--verbose", action="store_true", help="details on stderr")
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
    try:
        return 0 if run_figures(bench, args.only) else 1
    finally:
        if bench.db is not None:
            bench.db.dispose()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


def run_figures(bench: Bench, only: list[str] | None) -> bool:
    """Print each figure's line; False if one failed (n/a for a missing piece is fine)."""
    ok = True
    for name, fn in FIGURES:
        # The demo database is what the other figures measure: it is always made.
        if only and name not in only and name != "demo_generate":
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
