"""The dashboard's figures (core.figures.dashboard) on the demo database, against the same
aggregates as raw SQL through the driver alone (sqlite3 on the file, psycopg on the office
server): the floor of run.py's `dashboard_figures` and `pg_dashboard_figures`. The raw
queries' answers are checked against the service's, so the floor does the same work."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from msek_desktop.core import figures
from msek_desktop.core.db import Database
from msek_desktop.core.figures import Period
from msek_desktop.core.figures.answers import ANSWER_KINDS

RUNS = 7  # the median of these, after one warm-up run
KINDS = ", ".join(f"'{k}'" for k in ANSWER_KINDS)
OPEN = "'new', 'qualifying', 'matching', 'proposal_sent', 'in_discussion', 'agreed', 'running'"
IN = "deleted_at IS NULL AND received_on >= ? AND received_on <= ?"
RECEIVED = f"SELECT count(*) FROM inquiries WHERE {IN}"
GROUPED = (
    "SELECT stage, side, kind, coalesce(lost_reason, 'other'), count(*) FROM inquiries "
    f"WHERE {IN} GROUP BY 1, 2, 3, 4"
)
FIELDS = (
    "SELECT f.code, g.n FROM (SELECT x.field_id, count(*) AS n FROM inquiries i "
    "JOIN inquiry_fields x ON x.inquiry_id = i.id WHERE i.deleted_at IS NULL "
    "AND i.received_on >= ? AND i.received_on <= ? GROUP BY x.field_id) g "
    "JOIN fields f ON f.id = g.field_id"
)
FIRST = (
    f"(SELECT min(t.at) FROM timeline_entries t WHERE t.inquiry_id = i.id AND t.kind IN ({KINDS}))"
)
DAYS = "FROM inquiries i WHERE i.deleted_at IS NULL AND i.received_on >= ? AND i.received_on <= ?"
ANSWER_SQLITE = (
    "WITH d AS MATERIALIZED (SELECT CAST(julianday(date("
    + FIRST
    + ")) - julianday(i.received_on) AS INTEGER) AS days "
    + DAYS
    + "), c AS (SELECT count(days) AS n, count(*) AS total FROM d) "
    "SELECT avg(days), (SELECT n FROM c), (SELECT total FROM c) FROM (SELECT max(days, 0) "
    "AS days FROM d WHERE days IS NOT NULL ORDER BY 1 LIMIT 2 - (SELECT n FROM c) % 2 "
    "OFFSET ((SELECT n FROM c) - 1) / 2)"
)
ANSWER_PG = (
    "WITH d AS MATERIALIZED (SELECT CAST(CAST("
    + FIRST
    + " AS DATE) - i.received_on AS INTEGER) AS days "
    + DAYS
    + ") SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY CASE WHEN days < 0 THEN 0 "
    "ELSE days END), count(days), count(*) FROM d"
)
PIPELINE = (
    f"SELECT stage, count(*) FROM inquiries WHERE deleted_at IS NULL AND stage IN ({OPEN}) "
    "GROUP BY stage"
)
OVERDUE = (
    "SELECT s.login, s.full_name, count(*) FROM follow_ups fu LEFT JOIN staff_members s "
    "ON s.id = fu.assignee_id WHERE fu.done_at IS NULL AND fu.due_on < ? AND fu.inquiry_id "
    "NOT IN (SELECT id FROM inquiries WHERE deleted_at IS NOT NULL) "
    "GROUP BY s.login, s.full_name"
)
LISTED = (
    "SELECT id, title, kind, status, starts_on, ends_on, count(*) OVER () FROM exchanges "
    "WHERE deleted_at IS NULL AND {where} ORDER BY starts_on, id LIMIT 12"
)
PARTICIPANTS = (
    "SELECT sum(coalesce(actual_saint_etienne, planned_saint_etienne, 0)), "
    "sum(coalesce(actual_katowice, planned_katowice, 0)) FROM exchanges "
    "WHERE deleted_at IS NULL AND status != 'cancelled' AND starts_on >= ? AND starts_on <= ?"
)


def statements(today: date, on_server: bool) -> list[tuple[str, tuple[Any, ...]]]:
    """The dashboard's aggregates as plain SQL and their parameters (dates as ISO text on the
    file, as dates on the server)."""
    year, month = Period.year(today.year, today), Period.month_to(today)
    whole = Period.year(today.year)

    def span(p: Period) -> tuple[Any, ...]:
        return (p.start, p.end) if on_server else (p.start.isoformat(), p.end.isoformat())

    day: Any = today if on_server else today.isoformat()
    out = [(RECEIVED, span(p)) for p in (month, month.year_before(), year, year.year_before())]
    out += [
        (GROUPED, span(year)),
        (FIELDS, span(year)),
        (ANSWER_PG if on_server else ANSWER_SQLITE, span(year)),
        (PIPELINE, ()),
        (OVERDUE, (day,)),
        (LISTED.format(where="status = 'running'"), ()),
        (LISTED.format(where="status = 'planned' AND starts_on >= ?"), (day,)),
        (PARTICIPANTS, span(whole)),
    ]
    if on_server:
        return [(sql.replace("?", "%s"), params) for sql, params in out]
    return out


def _timed(run: Callable[[], Any]) -> tuple[float, float]:
    """Wall-clock and CPU ms (this process's) of one run."""
    start, start_cpu = time.perf_counter(), time.process_time()
    run()
    return (time.perf_counter() - start) * 1000, (time.process_time() - start_cpu) * 1000


def measure(db: Database, conn: Any, today: date) -> tuple[float, float, str]:
    """(the service's median ms, the raw SQL's, a note) on `db` and the same data's raw
    connection `conn` (sqlite3 or psycopg). The two take turns, so a machine busy with other
    work slows both alike; the note says the service's CPU time in this process."""
    sql = statements(today, db.on_server)

    def raw() -> list[Any]:
        return [conn.execute(text, params).fetchall() for text, params in sql]

    board, rows = figures.dashboard(db, today), raw()  # warm: caches, compiled statements
    mine, floor, cpu = [], [], []
    for _ in range(RUNS):
        wall, used = _timed(lambda: figures.dashboard(db, today))
        mine.append(wall)
        cpu.append(used)
        floor.append(_timed(raw)[0])
    median, answered, _total = rows[6][0]
    pipeline = dict(rows[7])
    same = (
        (None if median is None else float(median)) == board.first_answer.median_days
        and int(answered) == board.first_answer.answered
        and all(pipeline.get(c.key, 0) == c.count for c in board.pipeline)
        and int(rows[2][0][0]) == board.year.now
    )
    if not same:
        raise RuntimeError("the raw SQL's answers differ from core.figures.dashboard's")
    note = (
        f"CPU {statistics.median(cpu):.0f} ms in this process (the rest: the server's, or "
        "waiting for a busy machine); "
        f"{board.year.now} inquiries this year, median {board.first_answer.median_days} days "
        f"over {board.first_answer.answered} answered, {sum(c.count for c in board.pipeline)} "
        f"open, {len(board.overdue)} staff with overdue follow-ups"
    )
    return statistics.median(mine), statistics.median(floor), note
