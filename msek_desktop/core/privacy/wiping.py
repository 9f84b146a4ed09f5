"""Making removed bytes gone from the database's files, after an erasure.

A deleted row's bytes stay in the file until its page is reused: on SQLite the erasure's
transaction runs with secure_delete (deleted content overwritten with zeros), then the search
index is optimised (FTS5 keeps deleted words in its older segments until they are merged),
VACUUM rewrites the file without free pages, and a TRUNCATE checkpoint empties the -wal, whose
older frames held the pages as they were. On the office server (PostgreSQL) a deleted or
updated row stays in its table's files as a dead tuple until the table is rewritten: VACUUM
FULL rewrites the touched tables into new files (the old ones are removed), once the
transactions that could still see the deleted rows have ended; it needs the
tables' or the database's owner (or a superuser), and cannot run inside a transaction, so it
runs on a connection of its own in autocommit. The server's write-ahead log keeps the old rows until
the server recycles it (at its next checkpoints), which only its administrator can hasten.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

from sqlalchemy import Connection, text

from msek_desktop.core import search_sql
from msek_desktop.core.db import BUSY_TIMEOUT_MS, Database

log = logging.getLogger(__name__)

# The tables an erasure deletes from or rewrites (the search index among them).
TOUCHED = (
    "contacts",
    "consent_records",
    "inquiries",
    "timeline_entries",
    "follow_ups",
    "partner_proposals",
    "proposals",
    "documents",
    "exchanges",
    "merges",
    search_sql.TABLE,
)
_CHECKPOINT_TRIES = 5


def wipe_sqlite(conn: sqlite3.Connection) -> bool:
    """On an open SQLite connection in autocommit (no transaction): optimise the search
    index, VACUUM, and fold the -wal back and empty it; False when a reader kept the -wal
    from being emptied (it is then emptied at the next checkpoint nobody reads through)."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA secure_delete = ON")
    table = search_sql.TABLE
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone():
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
    conn.execute("VACUUM")
    for attempt in range(_CHECKPOINT_TRIES):
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if not busy:
            return True
        time.sleep(0.1 * (attempt + 1))
    log.warning("the -wal could not be emptied: a reader was busy")
    return False


def wipe_file(path: Path) -> bool:
    """wipe_sqlite on the database file `path`."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        return wipe_sqlite(conn)
    finally:
        conn.close()


_OWNED = text(
    "SELECT t.tablename FROM pg_tables t WHERE t.schemaname = current_schema() "
    "AND t.tablename = ANY(:names) AND (pg_has_role(current_user, t.tableowner, 'USAGE') "
    "OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
    "OR (SELECT pg_has_role(current_user, d.datdba, 'USAGE') FROM pg_database d "
    "WHERE d.datname = current_database()))"
)


# The transactions that may still see what was just deleted: those holding a snapshot or an
# id when the wipe began (another desk's long read, autovacuum's ANALYZE), in any database of
# the server: with only this database's waited for, VACUUM FULL still kept the deleted rows
# now and then while other databases of the server were busy (measured on the tests' server).
_HOLDERS = text(
    "SELECT pid, xact_start FROM pg_stat_activity WHERE "
    "pid <> pg_backend_pid() AND (backend_xmin IS NOT NULL OR backend_xid IS NOT NULL)"
)
HOLDERS_WAIT_S = 30.0


def _wait_for_older_snapshots(conn: Connection, wait_s: float) -> bool:
    """Wait until the transactions that could still see the deleted rows have ended (VACUUM
    FULL copies rows some transaction may still see); False when one outlasted `wait_s`."""
    older = {(pid, start) for pid, start in conn.execute(_HOLDERS)}
    deadline = time.monotonic() + wait_s
    while older:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
        older &= {(pid, start) for pid, start in conn.execute(_HOLDERS)}
    return True


def _wipe_server(db: Database, wait_s: float) -> bool:
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        owned = sorted(conn.scalars(_OWNED, {"names": list(TOUCHED)}))
        waited = _wait_for_older_snapshots(conn, wait_s)
        for table in owned:
            conn.exec_driver_sql(f'VACUUM (FULL) "{table}"')
    skipped = sorted(set(TOUCHED) - set(owned))
    if skipped:
        log.warning("VACUUM FULL skipped (not the tables' owner): %s", ", ".join(skipped))
    if not waited:
        log.warning("VACUUM FULL ran while another transaction could still see old rows")
    return waited and not skipped


def wipe_free_space(db: Database, *, wait_s: float = HOLDERS_WAIT_S) -> bool:
    """Make the bytes an erasure removed gone from the database's files (see the module's
    docstring). True when everything could be done; False when on the office server this
    login may not rewrite every table (not its owner: the tables left are rewritten at the
    owner's next VACUUM FULL) or a transaction older than the wipe (another desk's) still ran
    after `wait_s` (the rows it could see are kept until the next VACUUM FULL), or on a file a
    reader kept the -wal from being emptied."""
    if db.on_server:
        return _wipe_server(db, wait_s)
    raw = db.engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert isinstance(conn, sqlite3.Connection)
        return wipe_sqlite(conn)
    finally:
        raw.close()
