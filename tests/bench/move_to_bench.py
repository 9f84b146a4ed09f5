"""`msek move-to` benchmark: `python tests/bench/move_to_bench.py [--inquiries N] [--server URL]`.

Prints, in DESIGN.md's format (`NAME VALUE UNIT floor=F ratio=R`):
- move_to_100k: core.moving.move_to of a fresh demo database (100,000 inquiries by default)
  into an empty database on the office server: the schema by the migrations, every table
  read in one snapshot and written in one transaction, the search index rebuilt, the whole
  target read back and its row counts and checksums compared; floor: the same rows moved the
  plainest way, sqlite3 SELECT * of every table and psycopg COPY into the same, already
  migrated schema, nothing checked and no search index.
Then the copy is checked again from outside (row counts and checksums of every table of the
SQLite file and of the server database, each read on its own), the way back is timed (a desk
copy of the server's data, as `msek backup` takes it) and checked too, and a line says so; the
run fails (exit 1) when anything differs.

URL names a PostgreSQL server on which the benchmark may CREATE DATABASE (default: the
MSEK_TEST_POSTGRES test server); its two databases, msek_bench_move_<pid>_{ours,floor}, are
dropped at the end. Generating 100,000 demo inquiries takes about half a minute here.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run from a checkout without an installed package
    sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from msek_desktop.core import backups, copying, demo, moving, server  # noqa: E402
from msek_desktop.core.db import Database  # noqa: E402
from msek_desktop.core.store import open_database  # noqa: E402


def _dsn(url: Any) -> str:
    parts = {
        "dbname": url.database,
        "user": url.username,
        "password": url.password,
        "host": url.host or url.query.get("host"),
        "port": url.port,
    }
    return " ".join(f"{k}='{v}'" for k, v in parts.items() if v)


class Databases:
    """The run's databases on the server, dropped by close()."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.admin = _dsn(self.url)
        self.made: list[str] = []

    def create(self, name: str) -> server.ServerAddress:
        with psycopg.connect(self.admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        self.made.append(name)
        url = self.url.set(database=name).render_as_string(hide_password=False)
        return server.ServerAddress(url)

    def close(self) -> None:
        with psycopg.connect(self.admin, autocommit=True) as conn:
            for name in self.made:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def sums(database: Database) -> list[copying.TableCheck]:
    with copying.snapshot(database.engine) as conn:
        return copying.checksums(conn)


def file_sums(path: Path) -> list[copying.TableCheck]:
    database = open_database(path, migrate=False)
    try:
        return sums(database)
    finally:
        database.dispose()


def plain_move(source: Path, address: server.ServerAddress) -> float:
    """The floor: every table's rows, read with sqlite3, written with COPY into the migrated
    schema (its built-in rows deleted first); seconds."""
    open_database(address, create=True).dispose()  # the schema: not timed
    names = [t.name for t in copying.tables()]
    start = time.perf_counter()
    with sqlite3.connect(source) as lite, psycopg.connect(_dsn(make_url(address.url))) as pg:
        for name in reversed(names):
            pg.execute(f'DELETE FROM "{name}"')
        for name in names:
            columns = [r[1] for r in lite.execute(f'PRAGMA table_info("{name}")')]
            listed = ", ".join(f'"{c}"' for c in columns)
            with pg.cursor().copy(f'COPY "{name}" ({listed}) FROM STDIN') as copy:
                for row in lite.execute(f'SELECT {listed} FROM "{name}"'):
                    copy.write_row(row)
        pg.commit()
    lite.close()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--inquiries", type=int, default=100_000)
    parser.add_argument("--server", default=os.environ.get("MSEK_TEST_POSTGRES"))
    args = parser.parse_args()
    if not args.server:
        print("move_to n/a (no server: give --server URL or set MSEK_TEST_POSTGRES)")
        return 1
    databases = Databases(args.server)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            source_path = Path(tmp) / "msek.db"
            source = open_database(source_path, create=True)
            start = time.perf_counter()
            demo.generate(source, inquiries=args.inquiries, seed=1, today=date(2026, 11, 1))
            made = time.perf_counter() - start
            pid = os.getpid()
            ours = databases.create(f"msek_bench_move_{pid}_ours")
            start = time.perf_counter()
            checks = moving.move_to(source.engine, source_path, ours)
            moved = time.perf_counter() - start
            floor = plain_move(source_path, databases.create(f"msek_bench_move_{pid}_floor"))
            target = open_database(ours)
            try:
                equal = sums(source) == checks == sums(target)
                start = time.perf_counter()  # the way back: a desk copy of the server's data
                copy = backups.backup_now(target, to=Path(tmp) / "desk-copy.db")
                copied = time.perf_counter() - start
                equal = equal and file_sums(copy) == checks
            finally:
                target.dispose()
            rows = sum(c.rows for c in checks)
            size_mb = source_path.stat().st_size / 1e6
            source.dispose()
    finally:
        databases.close()
    k = args.inquiries // 1000
    print(f"move_to_{k}k {moved:.1f} s floor={floor:.1f} ratio={moved / floor:.1f}")
    print(
        f"# {args.inquiries} inquiries, {rows:,} rows in {len(checks)} tables, {size_mb:.0f} MB; "
        f"demo data {made:.0f} s; a desk copy of the server's data (msek backup) {copied:.1f} s; "
        f"checked again from outside: row counts and checksums {'equal' if equal else 'DIFFERENT'} "
        "on the file, the server and the desk copy"
    )
    return 0 if equal else 1


if __name__ == "__main__":
    sys.exit(main())
