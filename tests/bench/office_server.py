"""The benchmarks' office server (tests/bench/run.py --server URL): a database of its own on a
PostgreSQL server, made for the run and dropped after it, and the floors measured on it with
the driver alone (psycopg, plain SQL), as the SQLite figures' floors use sqlite3 alone.

URL names a database the benchmark may connect to with the right to CREATE DATABASE (the
throwaway test server: postgresql://postgres@/postgres?host=/tmp/pgx/pg); the demo database
is made beside it, named msek_bench_<process id>.
"""

from __future__ import annotations

import csv
import io
import os
import statistics
import time
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy.engine import make_url

from msek_desktop.core import search
from msek_desktop.core.server import ServerAddress
from msek_desktop.core.vocab import CLOSED_STAGES


class BenchServer:
    """The run's database on the office server: made empty, dropped by close()."""

    def __init__(self, url: str) -> None:
        given = make_url(url)
        self.name = f"msek_bench_{os.getpid()}"
        self._admin_dsn = _dsn(given)
        self.address = ServerAddress(
            given.set(database=self.name).render_as_string(hide_password=False)
        )
        self.dsn = _dsn(given.set(database=self.name))
        self._drop()
        with psycopg.connect(self._admin_dsn, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.name}" TEMPLATE template0')

    def connect(self) -> psycopg.Connection[Any]:
        return psycopg.connect(self.dsn)

    def _drop(self) -> None:
        with psycopg.connect(self._admin_dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    def close(self) -> None:
        self._drop()


def _dsn(url: Any) -> str:
    """A libpq connection string of a SQLAlchemy URL (host may be a socket folder)."""
    parts = {
        "dbname": url.database,
        "user": url.username,
        "password": url.password,
        "host": url.host or url.query.get("host"),
        "port": url.port,
    }
    return " ".join(f"{k}='{v}'" for k, v in parts.items() if v)


def median_ms(conn: Any, sql: str, params: Any, runs: int) -> float:
    """The median milliseconds of `sql` run alone `runs` times, every row fetched."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        conn.execute(sql, params).fetchall()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def tsquery(query: str) -> str | None:
    """The raw tsquery core.search binds for `query` (every word a prefix)."""
    terms = search.words(query)
    return " & ".join(f"{t}:*" for t in terms) if terms else None


# The same page the inquiries list reads first, the plainest way: the matching ids of the
# search index (a prefix query on its GIN index), one page of them.
RAW_SEARCH_PAGE = (
    f"SELECT rowid FROM {search.TABLE} WHERE words @@ to_tsquery('simple', %s) "
    f"AND rowid %% 4 = {int(search.Kind.INQUIRY)} LIMIT %s"
)


def raw_list_page(limit: int, offset: int) -> str:
    """A page of the open inquiries, newest first, in plain SQL (the list's filter and
    order; the same text on both databases)."""
    closed = ", ".join(f"'{s.value}'" for s in CLOSED_STAGES)
    return (
        "SELECT id, ref, subject, received_on, stage FROM inquiries "
        f"WHERE deleted_at IS NULL AND stage NOT IN ({closed}) "
        f"ORDER BY received_on DESC, id DESC LIMIT {limit} OFFSET {offset}"
    )


def bare_insert_seconds(server: BenchServer, rows: int) -> float:
    """`rows` bare rows written in one transaction into a new table (the demo's floor)."""
    with server.connect() as conn:
        conn.execute("CREATE TABLE bare (id INTEGER PRIMARY KEY, value TEXT NOT NULL)")
        conn.commit()
        start = time.perf_counter()
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO bare (id, value) VALUES (%s, %s)", [(i, "x") for i in range(rows)]
            )
        conn.commit()
        took = time.perf_counter() - start
        conn.execute("DROP TABLE bare")
        conn.commit()
    return took


def import_floor_seconds(server: BenchServer, path: Path) -> float:
    """The import's floor on the server: the Windows-1250 CSV read with csv.reader and its
    rows written with one executemany into a bare table, as import_bench.floor on SQLite."""
    start = time.perf_counter()
    text = path.read_bytes().decode("cp1250")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    columns = len(rows[0])
    with server.connect() as conn:
        conn.execute(f"CREATE TABLE floor ({', '.join(f'c{i} TEXT' for i in range(columns))})")
        with conn.cursor() as cur:
            marks = ", ".join(["%s"] * columns)
            cur.executemany(f"INSERT INTO floor VALUES ({marks})", rows[1:])
        conn.commit()
    took = time.perf_counter() - start
    with server.connect() as conn:
        conn.execute("DROP TABLE floor")
        conn.commit()
    return took
