"""A database file opened with plain sqlite3, when it may be: no SQLAlchemy, no ORM.

Importing SQLAlchemy, the ORM and the models takes longer than a short command or the
window's first screen takes with them (issue 18). On a file that is sound and current, a
few reads and writes are made here with plain SQL (core.proposals.plain: `msek proposal`;
core.start_reads: the window's first screen). Everything else takes the general path
(store.open_database), which decides as before:

- open_file gives no connection, and the caller opens the file the general way, when the
  file was not checked since it last changed (core.file_checks: its quick_check is due;
  `checked=False` for the window, which checks its file in the background once shown, on
  either path), is not at the schema this program writes (a migration, or a newer
  program's file), cannot be written (read-only), or is not an SQLite file;
- the office server (PostgreSQL) takes the general path: like core.db, this module knows the
  store is an SQLite file, because only a file can be read without SQLAlchemy's engine.

The connection is set up as core.db sets up its own (busy timeout, foreign keys, WAL,
synchronous FULL); values are read back as SQLAlchemy reads them from SQLite (stored_time).
"""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import suppress
from datetime import datetime
from pathlib import Path

from msek_desktop.core import file_checks, migrations, places

# as core.db sets every connection (a test checks they are the same)
BUSY_TIMEOUT_MS = 10_000
BUSY_ATTEMPTS = 3
SQLITE_HEADER = b"SQLite format 3\x00"
# as SQLAlchemy stores a date and a time in SQLite (tests compare the rows written and read)
TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def open_file(path: Path, *, checked: bool = True) -> sqlite3.Connection | None:
    """A connection to the database file `path` when the plain path may use it (see the
    module); None when the caller must open it the general way."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size == 0 or not _writable(path, st):
            return None
        with open(path, "rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
    except OSError:
        return None
    if checked and not file_checks.unchanged(path):
        return None
    places.check_place(path)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        with suppress(sqlite3.OperationalError):
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        if _revision(conn) == migrations.head_revision():
            return conn
    except sqlite3.Error:
        pass  # the general path says what is wrong
    conn.close()
    return None


def looks_like_sqlite(path: Path) -> bool:
    """True for an SQLite file or an empty file (SQLite treats both as databases)."""
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    return head in (b"", SQLITE_HEADER)


def _writable(path: Path, st: os.stat_result) -> bool:
    """As core.db.writable: the file, and its folder unless its -wal and -shm exist."""
    if not os.access(path, os.W_OK) or not st.st_mode & 0o222:
        return False
    if os.access(path.parent, os.W_OK):
        return True
    sides = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
    return all(p.exists() and os.access(p, os.W_OK) for p in sides)


def _revision(conn: sqlite3.Connection) -> str | None:
    table = migrations.VERSION_TABLE
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))
    if found.fetchone() is None:
        return None
    rows = conn.execute(f"SELECT version_num FROM {table}").fetchall()
    return str(rows[0][0]) if len(rows) == 1 else None


def stored_time(text: str | None) -> datetime | None:
    """A date and time as SQLAlchemy reads it from SQLite (TIME_FORMAT): naive, as stored."""
    return None if text is None else datetime.fromisoformat(text)
