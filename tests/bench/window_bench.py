"""A helper of tests/bench/run.py: the search's floor, the same page the program fetches.

The inquiries list searched shows one page: the inquiries matching every typed word as a
prefix, not deleted (and open, in the window's default view), best match first when at most
core.inquiries.listing.RANK_LIMIT match, else newest first; each row with its contact,
organisation, assignee, next follow-up and fields. same_page() reads that page in plain SQL
through sqlite3 (or psycopg, the same SQL on the office server), one query after the count
deciding the order (as the program decides it): the floor of `search_latency_median` and
`search_keystroke_rows_median` (and their pg_ twins; without words, same_page_sql is the
floor of `list_paging_median`). check_same_page() says whether it gives the ids the program
gives (run.py checks it before timing).

Run alone, it compares two trees' windows typing the same words (before and after a change,
alternated): `python tests/bench/window_bench.py --db DB --other-root DIR [--other-db DB2]
[--runs N] [--first-rows-only] [--start MODE]`. Each run times the window's start with
window_probe MODE: `start` (the default: the program's start, on the screen it opens on,
until that screen is painted with its content) or `first_rows` (on Inquiries, until its
first rows are painted). The other tree runs this tree's window_probe.py (so both say the same
marks) with its own code first on the path; the floor is window_probe's `bare` on this
tree's copy of the database (its first page read with sqlite3). Python writes the bytecode of
modules changed since their last run (PYTHONDONTWRITEBYTECODE is dropped): a module compiled
from source at every start would count in its time.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from msek_desktop.core import search  # noqa: E402
from msek_desktop.core.search_sql import _server_word  # noqa: E402
from msek_desktop.core.vocab import CLOSED_STAGES  # noqa: E402

RANK_LIMIT = 3000  # core.inquiries.listing.RANK_LIMIT: rank at most this many matches
INQUIRY = int(search.Kind.INQUIRY)
RUNS = 5


def _rank(words: list[str], server: bool) -> str:
    """The program's rank (core.search_sql._rank_sql) written out: lower is better."""
    n = len(words)
    if server:  # search_sql._rank_server, each word bound as search_sql.Word binds it
        whole = " + ".join(
            f"(search_index.words @@ to_tsquery('simple', '{_server_word(w, False)}'))::int"
            for w in words
        )
    else:
        whole = " + ".join(
            f"(search_index.rowid IN (SELECT rowid FROM search_index WHERE search_index "
            f"MATCH '\"{w}\"'))"
            for w in words
        )
    real = "DOUBLE PRECISION" if server else "REAL"
    share = " + ".join(
        "CAST(length(search_index.body) - length(replace(search_index.body, "
        f"'{w}', '')) AS {real}) / NULLIF(length(search_index.body), 0)"
        for w in words
    )
    return f"-(CAST({whole} AS {real}) * {n + 1} + {share})"


def _matching(server: bool) -> str:
    """The index's rows matching the bound words (search_sql.Matches on each database)."""
    if server:
        return "search_index.words @@ to_tsquery('simple', %s)"
    return "search_index MATCH ?"


def terms(prefix: str, server: bool) -> str | None:
    """`prefix`'s words bound as the program binds them (search_sql.Terms): an FTS5
    expression, or on the server a tsquery; None if it has no words."""
    if not server:
        return search.match_expression(prefix)
    found = search.words(prefix)
    return " & ".join(f"({_server_word(t, True)})" for t in found) if found else None


# The list's columns (core.inquiries.listing's brief row) and its joins; the page's rows
# read with them, as the program reads them.
_COLUMNS = (
    "i.id, i.ref, i.received_on, i.channel, i.kind, i.side, i.subject, i.stage, i.priority, "
    "s.login, s.full_name, "
    "(SELECT min(f.due_on) FROM follow_ups f WHERE f.inquiry_id = i.id AND f.done_at IS NULL), "
    "c.id, c.first_name, c.last_name, c.email, c.phone, o.id, o.name, o.city, "
    "i.lost_reason, i.closed_on, i.version, i.deleted_at"
)
_JOINS = (
    "LEFT JOIN contacts c ON c.id = i.contact_id "
    "LEFT JOIN organisations o ON o.id = i.organisation_id "
    "LEFT JOIN staff_members s ON s.id = i.assignee_id"
)


def same_page_sql(
    prefix: str | None,
    ranked: bool,
    *,
    open_only: bool,
    limit: int,
    offset: int = 0,
    server: bool = False,
) -> str:
    """The page's SQL for `prefix` (bound: its words as terms() gives them, once), on SQLite
    or the server (psycopg's marks); with no words, the list's page unsearched. The page's
    inquiries are chosen first, then their columns read (as the program reads them): the
    other rows' next follow-up and fields are not worked out only to be skipped (PostgreSQL
    would, for every row before OFFSET)."""
    closed = ", ".join(f"'{s.value}'" for s in CLOSED_STAGES)
    words = list(dict.fromkeys(search.words(prefix or "")))
    where = "i.deleted_at IS NULL" + (f" AND i.stage NOT IN ({closed})" if open_only else "")
    mod = "%%" if server else "%"
    codes = "string_agg(fd.code, ',')" if server else "group_concat(fd.code)"
    matched = ""
    rank = ""
    order = "i.received_on DESC, i.id DESC"
    if words and ranked:
        matched = (
            f"JOIN (SELECT (rowid - {INQUIRY}) / 4 AS id, {_rank(words, server)} AS rank "
            f"FROM search_index WHERE {_matching(server)} AND rowid {mod} 4 = {INQUIRY}) m "
            "ON m.id = i.id"
        )
        rank = ", m.rank"
        order = "rank, " + order
    elif words:
        where += (
            f" AND i.id * 4 + {INQUIRY} IN (SELECT rowid FROM search_index "
            f"WHERE {_matching(server)})"
        )
    page = (
        f"SELECT i.*{rank} FROM inquiries i {matched} WHERE {where} "
        f"ORDER BY {order} LIMIT {limit} OFFSET {offset}"
    )
    return (
        f"SELECT {_COLUMNS}, (SELECT {codes} FROM inquiry_fields x JOIN fields fd "
        f"ON fd.id = x.field_id WHERE x.inquiry_id = i.id) FROM ({page}) i {_JOINS} "
        f"ORDER BY {order}"
    )


def same_page(
    conn: Any, prefix: str, *, open_only: bool = True, limit: int = 100, server: bool = False
) -> list[tuple[Any, ...]]:
    """The page the program shows for `prefix`, in plain SQL (see the module): `conn` a
    sqlite3 connection, or with `server` a psycopg one."""
    expr = terms(prefix, server)
    if expr is None:
        return []
    mod = "%%" if server else "%"
    found = conn.execute(
        f"SELECT count(*) FROM (SELECT rowid FROM search_index WHERE {_matching(server)} "
        f"AND rowid {mod} 4 = {INQUIRY} LIMIT {RANK_LIMIT + 1}) n",
        (expr,),
    ).fetchone()[0]
    sql = same_page_sql(
        prefix, found <= RANK_LIMIT, open_only=open_only, limit=limit, server=server
    )
    return list(conn.execute(sql, (expr,)).fetchall())


def same_page_ms(
    path: Path, prefixes: list[str], *, open_only: bool = True, limit: int = 100
) -> list[float]:
    """Per prefix, the median ms of same_page over RUNS runs, on one sqlite3 connection."""
    conn = sqlite3.connect(path)
    try:
        return page_medians(conn, prefixes, open_only=open_only, limit=limit)
    finally:
        conn.close()


def typed_page_ms(
    connect: Callable[[], Any],
    prefixes: list[str],
    *,
    runs: int = RUNS,
    limit: int = 100,
    server: bool = False,
) -> list[float]:
    """Per typed prefix with words, the median ms of its page read once, as a keystroke
    reads it: on a connection that read the unsearched first page, then each prefix once, in
    the order typed (`prefixes`: every keystroke of the window's typing, in order), so each
    page is read after the one before it, not again over itself. `runs` connections, each
    from `connect()` and closed after; the median over them for each keystroke."""
    timed: list[list[float]] = []
    for _ in range(runs):
        conn = connect()
        try:
            unsearched = same_page_sql(None, False, open_only=True, limit=limit, server=server)
            conn.execute(unsearched).fetchall()
            one = []
            for prefix in prefixes:
                if terms(prefix, server) is None:
                    continue
                start = time.perf_counter()
                same_page(conn, prefix, open_only=True, limit=limit, server=server)
                one.append((time.perf_counter() - start) * 1000)
            timed.append(one)
        finally:
            conn.close()
    return [statistics.median(column) for column in zip(*timed, strict=True)]


def page_medians(
    conn: Any,
    prefixes: list[str],
    *,
    open_only: bool = True,
    limit: int = 100,
    server: bool = False,
) -> list[float]:
    """Per prefix with words, the median ms of same_page over RUNS runs on `conn`."""
    out = []
    for prefix in prefixes:
        if terms(prefix, server) is None:
            continue
        same_page(conn, prefix, open_only=open_only, limit=limit, server=server)  # warm
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            same_page(conn, prefix, open_only=open_only, limit=limit, server=server)
            times.append((time.perf_counter() - start) * 1000)
        out.append(statistics.median(times))
    return out


def check_same_page(
    db: Any, conn: Any, prefix: str, *, open_only: bool, limit: int, server: bool = False
) -> None:
    """RuntimeError unless same_page on `conn` (the database of `db`: sqlite3's, or with
    `server` psycopg's) lists the ids the program's list_inquiries lists."""
    from msek_desktop.core.inquiries import InquiryFilter, list_inquiries

    flt = InquiryFilter(search=prefix, open=True if open_only else None)
    mine = [r.id for r in list_inquiries(db, flt, limit=limit)]
    plain = [r[0] for r in same_page(conn, prefix, open_only=open_only, limit=limit, server=server)]
    if mine != plain:
        raise RuntimeError(f"the floor's page for {prefix!r} is not the program's")


# -- run alone: two trees' windows, alternated ------------------------------------------


def _probe(root: Path, mode: str, db: str, words: list[str]) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(root)  # this tree's probe, `root`'s code
    probe = Path(__file__).with_name("window_probe.py")
    t0 = time.monotonic()
    args = [sys.executable, str(probe), mode, "--t0", repr(t0), "--lang", "fr", "--db", db]
    if mode == "search":
        args += ["--words", *words]
    done = subprocess.run(args, check=True, capture_output=True, text=True, env=env)
    line = [x for x in done.stdout.splitlines() if x.startswith("PROBE ")][-1]
    result: dict[str, Any] = json.loads(line[len("PROBE ") :])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the demo database of this tree")
    parser.add_argument("--other-root", required=True, type=Path, help="the other tree")
    parser.add_argument("--other-db", help="the other tree's copy of the database")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--words", nargs="+", default=["lodz", "wisn", "konserw", "saint"])
    parser.add_argument("--first-rows-only", action="store_true", help="no typing")
    parser.add_argument("--start", choices=("start", "first_rows"), default="start")
    args = parser.parse_args()
    trees = {"other": (args.other_root, args.other_db or args.db), "this": (ROOT, args.db)}
    first: dict[str, list[float]] = {k: [] for k in trees}
    cpu: dict[str, list[float]] = {k: [] for k in trees}
    rss: dict[str, list[float]] = {k: [] for k in trees}
    keys: dict[str, list[float]] = {k: [] for k in trees}
    bare: list[float] = []
    bare_cpu: list[float] = []
    bare_rss: list[float] = []
    loads: list[float] = []
    for _ in range(args.runs):
        for name, (root, db) in trees.items():
            got = _probe(root, args.start, db, [])
            key = "first_paint" if args.start == "start" else "first_rows"
            first[name].append(got[key])
            cpu[name].append(got.get(f"cpu_{key}", float("nan")))  # CPU until then
            rss[name].append(got.get(f"rss_{key}", float("nan")))  # MB resident then
            if not args.first_rows_only:
                typed = _probe(root, "search", db, args.words)
                keys[name] += [k["ms"] for k in typed["keys"] if len(k["prefix"]) >= 2]
        got = _probe(ROOT, "bare", args.db, [])
        bare.append(got["first_rows"])
        bare_cpu.append(got.get("cpu_first_rows", float("nan")))
        bare_rss.append(got.get("rss_first_rows", float("nan")))
        loads.append(os.getloadavg()[0])
    said = f"bare (the first page by sqlite3) first rows {statistics.median(bare):.3f} s (CPU "
    said += f"{statistics.median(bare_cpu):.3f} s, RSS {statistics.median(bare_rss):.1f} MB)"
    if not args.first_rows_only:
        prefixes = [w[:n] for w in args.words for n in range(2, len(w) + 1)]
        typed = typed_page_ms(lambda: sqlite3.connect(args.db), prefixes)
        warm = same_page_ms(Path(args.db), prefixes)
        said += (
            f"; same-page floor {statistics.median(typed):.2f} ms (each read once as typed; "
            f"read again, warm: {statistics.median(warm):.2f} ms)"
        )
    print(f"{said}; load average {min(loads):.1f}-{max(loads):.1f}")
    for name in trees:
        typed_ms = (
            f", keystroke (2+ letters) {statistics.median(keys[name]):.1f} ms" if keys[name] else ""
        )
        print(
            f"{name}: {args.start} {statistics.median(first[name]):.3f} s (CPU "
            f"{statistics.median(cpu[name]):.3f} s, ratio to the bare CPU "
            f"{statistics.median(cpu[name]) / statistics.median(bare_cpu):.2f}), RSS then "
            f"{statistics.median(rss[name]):.1f} MB{typed_ms}"
        )


if __name__ == "__main__":
    main()
