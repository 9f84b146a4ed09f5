"""The benchmarks' office server (tests/bench/run.py --server URL): a database of its own on a
PostgreSQL server, made for the run and dropped after it, and the floors measured on it with
the driver alone (psycopg, plain SQL), as the SQLite figures' floors use sqlite3 alone.

URL names a database the benchmark may connect to with the right to CREATE DATABASE (the
throwaway test server: postgresql://postgres@/postgres?host=/tmp/pgx/pg); the demo database
is made beside it, named msek_bench_<process id>, and the demo floor's empty one beside that
(msek_bench_<process id>_floor) while it is written.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import demo_bench
import import_bench
import psycopg
from sqlalchemy.engine import make_url

from msek_desktop.core import folding, search
from msek_desktop.core.server import ServerAddress
from msek_desktop.core.store import open_database


class BenchServer:
    """The run's database on the office server: made empty, dropped by close()."""

    def __init__(self, url: str, suffix: str = "") -> None:
        given = make_url(url)
        self.url = url
        self.name = f"msek_bench_{os.getpid()}{suffix}"
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


Keys = dict[str, set[tuple[Any, ...]]]  # a data table's name: its rows' primary keys


def replay_seconds(
    source: BenchServer,
    say: Callable[[str], None] = print,
    *,
    since: Keys | None = None,
    before: Callable[[], object] = lambda: None,
) -> float:
    """The rows `source` has beyond `since` (keys(), taken earlier; None: those the empty
    schema has) and their search documents, written again the plainest way into an empty
    database of the same schema beside it, as demo_bench.replay_seconds does on SQLite: one
    transaction, COPY a table in the order its foreign keys need, the search documents folded
    from their unfolded text and inserted as core.search inserts them (the body, and its
    words as a tsvector). Wall seconds of the writing and of `before()` (the import's floor
    checks its file there); the rows are read first."""
    floor = BenchServer(source.url, "_floor")
    try:
        open_database(floor.address, create=True).dispose()  # the program's schema, untimed
        with source.connect() as src, floor.connect() as conn:
            tables = _tables_in_order(conn)
            there = keys(conn, tables) if since is None else since
            rows = {t: _rows_beyond(src, t, there.get(t, set())) for t in tables}
            rows = {t: found for t, found in rows.items() if found}
            new = {kind: [r[0] for r in rows.get(t, [])] for t, kind in demo_bench._KINDS.items()}
            ids = None if since is None else new
            docs = demo_bench._documents(source.address, ids)  # type: ignore[arg-type]
            stored = dict(
                src.execute(
                    f"SELECT rowid, body FROM {search.TABLE} WHERE rowid = ANY(%s)",
                    ([rowid for rowid, _text in docs],),
                ).fetchall()
            )
            conn.commit()
            wall, cpu = time.perf_counter(), time.process_time()
            before()
            with conn.cursor() as cur:
                for table, values in rows.items():
                    with cur.copy(f'COPY "{table}" FROM STDIN') as copy:
                        for row in values:
                            copy.write_row(row)
                folded = [(rowid, folding.fold(text)) for rowid, text in docs]
                cur.executemany(
                    f"INSERT INTO {search.TABLE} (rowid, body, words) "
                    "VALUES (%s, %s, to_tsvector('simple', %s))",
                    [(r, b, " ".join(search._WORD.findall(b))) for r, b in folded],
                )
            conn.commit()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        floor.close()
    if dict(folded) != stored:
        raise RuntimeError("the floor's search documents are not the program's")
    written = sum(map(len, rows.values()))
    say(
        f"pg floor: {written} rows in {len(rows)} tables and {len(folded)} search documents;"
        f" {wall:.2f} s, CPU {cpu:.2f} s"
    )
    return wall


def keys(conn: psycopg.Connection[Any], tables: list[str] | None = None) -> Keys:
    """The primary keys of the rows of these data tables (None: all) on `conn`."""
    return {
        t: set(conn.execute(f'SELECT {_listed(_key(conn, t))} FROM "{t}"').fetchall())
        for t in (_tables_in_order(conn) if tables is None else tables)
    }


def _key(conn: psycopg.Connection[Any], table: str) -> list[str]:
    """The columns of `table`'s primary key (none: all its columns)."""
    names = conn.execute(
        "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
        "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary "
        "ORDER BY array_position(i.indkey, a.attnum)",
        (table,),
    ).fetchall()
    if names:
        return [n for (n,) in names]
    found = conn.execute(f'SELECT * FROM "{table}" LIMIT 0')
    return [d.name for d in found.description or ()]


def _listed(columns: list[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _rows_beyond(
    conn: psycopg.Connection[Any], table: str, there: set[tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    """The rows of `table` whose primary key is not among `there`, in the key's order."""
    key = _key(conn, table)
    cur = conn.execute(f'SELECT * FROM "{table}" ORDER BY {_listed(key)}')
    columns = [d.name for d in cur.description or ()]
    at = [columns.index(k) for k in key]
    return [r for r in cur if tuple(r[i] for i in at) not in there]


def _tables_in_order(conn: psycopg.Connection[Any]) -> list[str]:
    """The data tables (not the search index), each after those its foreign keys point at."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
            "AND tablename <> %s ORDER BY tablename",
            (search.TABLE,),
        )
    ]
    after: dict[str, set[str]] = {n: set() for n in names}
    for child, parent in conn.execute(
        "SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint "
        "WHERE contype = 'f' AND conrelid <> confrelid"
    ):
        after[child].add(parent)
    ordered: list[str] = []
    while len(ordered) < len(names):
        ready = [n for n in names if n not in ordered and after[n] <= set(ordered)]
        if not ready:
            raise RuntimeError(
                f"foreign keys in a circle among {sorted(set(names) - set(ordered))}"
            )
        ordered += ready
    return ordered


def import_floor_seconds(
    server: BenchServer, path: Path, since: Keys, say: Callable[[str], None] = print
) -> float:
    """The import's floor on the server, as import_bench.floor's on SQLite: the file read and
    checked (_checked) and the rows its import added to `server` (those beyond `since`,
    keys() before the import) written again the plainest way (replay_seconds)."""
    return replay_seconds(server, say, since=since, before=lambda: _checked(server, path, since))


def _checked(server: BenchServer, path: Path, since: Keys) -> list[tuple[object, ...]]:
    """import_bench._checked on the server: the file read, each row's e-mail, phone and date
    checked (each distinct value once), its person and organisation looked up among those
    recorded before the import (one SELECT each, through psycopg)."""
    header, *rows = import_bench._read(path)
    at = {name: header.index(name) for name in header}
    email, phone, day = at["E-mail"], at["Telefon"], at["Data wpływu"]
    side, org = at["Strona"], at["Organizacja"]
    last = {
        t: max((k[0] for k in since.get(t, ())), default=0) for t in ("contacts", "organisations")
    }
    with server.connect() as conn:
        people = dict(conn.execute(
            "SELECT lower(email), id FROM contacts WHERE id <= %s AND deleted_at IS NULL"
            " AND email != ''", (last["contacts"],),
        ).fetchall())  # fmt: skip
        orgs = dict(conn.execute(
            "SELECT lower(name), id FROM organisations WHERE id <= %s AND deleted_at IS NULL",
            (last["organisations"],),
        ).fetchall())  # fmt: skip
    regions = import_bench._REGIONS
    emails = {text: import_bench._email(text) for text in {r[email] for r in rows}}
    phones = {
        key: import_bench._phone(*key)
        for key in {(r[phone], regions.get(r[side], "PL")) for r in rows}
    }
    dates = {text: import_bench._date(text) for text in {r[day] for r in rows}}
    return [
        (emails[r[email]], phones[r[phone], regions.get(r[side], "PL")], dates[r[day]],
         people.get(r[email].lower()), orgs.get(r[org].lower()))
        for r in rows
    ]  # fmt: skip
