"""Whole copies of a database file: SQLite's online backup API, never a file copy; and
replacing a database's contents under one write lock (core.backups uses both). Also the last
step of a desk copy of the office server (core.copies): publishing the finished file.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import tempfile
from contextlib import suppress
from pathlib import Path

from msek_desktop.core import errors
from msek_desktop.core.db import BUSY_TIMEOUT_MS, reading_file, retry_busy, translate_error


def _problems(conn: sqlite3.Connection, check: str) -> list[str]:
    """What PRAGMA main.`check` (integrity_check, quick_check) finds; empty when all is well."""
    return [line for (line,) in conn.execute(f"PRAGMA main.{check}") if line != "ok"]


def _backup_into(source: sqlite3.Connection, dst: Path, *, check: bool) -> list[str]:
    """The whole database of `source` copied into the file `dst` in one step (one snapshot),
    self-contained (journal_mode=DELETE); with `check`, what its integrity_check finds."""
    target = sqlite3.connect(dst)
    try:
        source.backup(target)  # pages=-1: the whole file in one step, one snapshot
        target.execute("PRAGMA journal_mode = DELETE")
        return _problems(target, "integrity_check") if check else []
    finally:
        target.close()


def _sync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def partial_name(dst: Path) -> Path:
    """A new, unique temporary name beside `dst` ("DST.xxxxxxxx.partial"), created empty.

    Never "DST.partial" itself: a file of that name may be the user's own.
    """
    fd, name = tempfile.mkstemp(prefix=f"{dst.name}.", suffix=".partial", dir=dst.parent)
    os.close(fd)
    return Path(name)


def remove_database_file(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with suppress(OSError):
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def _publish(partial: Path, dst: Path) -> None:
    """Give `partial` its final name `dst`, never replacing an existing `dst`."""
    _sync(partial)
    try:
        os.link(partial, dst)  # atomic, and fails when dst exists
    except FileExistsError:
        raise errors.DatabaseError(f"{dst} already exists; it was not overwritten.") from None
    except OSError:  # no hard links here (FAT, some network drives)
        if dst.exists():
            raise errors.DatabaseError(f"{dst} already exists; it was not overwritten.") from None
        os.rename(partial, dst)
        return
    partial.unlink()


def make_single_file(path: Path) -> None:
    """Switch the closed database `path` to journal_mode=DELETE: one self-contained file,
    which opens read-only without side files."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def publish_copy(partial: Path, dst: Path) -> None:
    """Give the finished, verified copy `partial` its final name `dst`, never replacing an
    existing file, and make it read-only (a desk copy is for reading)."""
    _publish(partial, dst)
    os.chmod(dst, stat.S_IREAD | stat.S_IRGRP | stat.S_IROTH)


def copy_database(source: sqlite3.Connection, dst: Path, *, label: Path) -> None:
    """Copy the database of `source` into the new file `dst`, verified, as a single file.

    The copy is one consistent snapshot (the backup API in one step), switched to
    journal_mode=DELETE so it is self-contained, checked with integrity_check, and written
    under a unique temporary name renamed only once verified: `dst` either does not appear or
    is good. `label` names the source in messages.
    """
    try:
        partial = partial_name(dst)
    except OSError as exc:
        raise errors.DatabaseError(f"The backup could not be saved as {dst}: {exc}") from exc
    try:
        problems = _backup_into(source, partial, check=True)
        if problems:
            raise errors.DatabaseDamagedError(
                f"The backup of {label} failed its integrity check ({problems[0]}); "
                "nothing was kept."
            )
        _publish(partial, dst)
    except sqlite3.Error as exc:
        raise translate_error(exc, label) or errors.DatabaseError(
            f"The backup of {label} failed: {exc}"
        ) from exc
    except OSError as exc:
        raise errors.DatabaseError(f"The backup could not be saved as {dst}: {exc}") from exc
    finally:
        remove_database_file(partial)


def backup_to(src: Path, dst: Path) -> None:
    """Copy the live database `src` into the new file `dst` (copy_database).

    A read connection takes one consistent snapshot; in WAL mode writers carry on meanwhile.
    """
    src, dst = Path(src), Path(dst)
    with reading_file(src) as source:
        copy_database(source, dst, label=src)


def stage_copy(src: Path, dst: Path) -> None:
    """Copy the closed file `src` (a backup) into the temporary file `dst`, unchecked: the
    copy is what gets verified and used, so a change to `src` afterwards cannot matter."""
    with reading_file(src) as source:
        _backup_into(source, dst, check=False)


# -- replacing a database's contents under one write lock ---------------------------------


def begin_immediate(conn: sqlite3.Connection, path: Path) -> None:
    """BEGIN IMMEDIATE on a raw connection, waiting for a busy file as the services do."""
    try:
        retry_busy(lambda: conn.execute("BEGIN IMMEDIATE"), "a restore")
    except sqlite3.OperationalError as exc:
        raise translate_error(exc, path) or errors.DatabaseError(
            f"The database {path} cannot be changed: {exc}"
        ) from exc


def _objects(conn: sqlite3.Connection, schema: str) -> list[tuple[str, str, str]]:
    return [
        (str(kind), str(name), str(sql or ""))
        for kind, name, sql in conn.execute(
            f"SELECT type, name, sql FROM {schema}.sqlite_master "
            "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid"
        )
    ]


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _is_virtual(sql: str) -> bool:
    return sql.lstrip().upper().startswith("CREATE VIRTUAL TABLE")


def _drop_everything(conn: sqlite3.Connection) -> None:
    objects = _objects(conn, "main")
    for kind in ("trigger", "view"):
        for k, name, _sql in objects:
            if k == kind:
                conn.execute(f"DROP {kind.upper()} IF EXISTS main.{_q(name)}")
    tables = [(name, sql) for k, name, sql in objects if k == "table"]
    for name, _sql in sorted(tables, key=lambda t: not _is_virtual(t[1])):  # shadows go along
        conn.execute(f"DROP TABLE IF EXISTS main.{_q(name)}")


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> str:
    return ", ".join(_q(r[1]) for r in conn.execute(f"PRAGMA {schema}.table_info({_q(table)})"))


def _create_tables(conn: sqlite3.Connection, tables: list[tuple[str, str]]) -> set[str]:
    """Create `tables` (name, sql) in main; returns the shadow tables virtual ones made."""
    for _name, sql in tables:  # virtual tables first: they make their own shadow tables
        if _is_virtual(sql):
            conn.execute(sql)
    shadows = {name for _k, name, _s in _objects(conn, "main")}
    for name, sql in tables:
        if name not in shadows:
            conn.execute(sql)
    return shadows


def _copy_rows(conn: sqlite3.Connection, source: str, name: str) -> None:
    cols = _columns(conn, source, name)
    conn.execute(f"INSERT INTO main.{_q(name)} ({cols}) SELECT {cols} FROM {source}.{_q(name)}")


def _copy_everything(conn: sqlite3.Connection, source: str) -> None:
    """Make main an exact logical copy of the attached `source` (main emptied before)."""
    objects = _objects(conn, source)
    tables = [(name, sql) for kind, name, sql in objects if kind == "table"]
    shadows = _create_tables(conn, tables)
    for name, sql in tables:
        if _is_virtual(sql):
            continue  # its rows are in its shadow tables, copied as they are
        if name in shadows:
            conn.execute(f"DELETE FROM main.{_q(name)}")  # the first rows FTS5 wrote
        _copy_rows(conn, source, name)
    for name, sql in tables:
        if _is_virtual(sql) and "fts5" in sql.lower():  # the index agrees with its rows
            conn.execute(f"INSERT INTO main.{_q(name)} ({_q(name)}) VALUES ('integrity-check')")
    if conn.execute(
        f"SELECT 1 FROM {source}.sqlite_master WHERE name='sqlite_sequence'"
    ).fetchone():
        conn.execute("DELETE FROM main.sqlite_sequence")
        _copy_rows(conn, source, "sqlite_sequence")
    for kind in ("index", "view", "trigger"):  # after the rows: no trigger fires on the copy
        for k, _name, sql in objects:
            if k == kind and sql:
                conn.execute(sql)
    for pragma in ("user_version", "application_id"):
        value = int(conn.execute(f"PRAGMA {source}.{pragma}").fetchone()[0])
        conn.execute(f"PRAGMA main.{pragma} = {value}")


def replace_contents(path: Path, staged: Path, *, safety: Path | None, label: Path) -> None:
    """Replace everything in the database `path` by the contents of the verified `staged`.

    One writing transaction does it all: BEGIN IMMEDIATE takes the write lock; while it is
    held, `safety` (when given) receives a backup of the current contents, read by a second,
    read-only connection, which sees exactly the last commit, as no other can happen now;
    then every table, index, trigger and view is dropped and the staged ones are created
    and filled (a logical copy, so the page size of either file does not matter), checked
    with quick_check and foreign_key_check, and committed. A writer of another program
    either committed before BEGIN (its change is in the safety backup) or waits for the
    lock (busy_timeout, as the services wait) and lands in the restored contents. Readers
    carry on meanwhile (WAL). On any failure the transaction is rolled back: the database is
    as it was. A missing `path` is created (in WAL mode), and removed again on failure.
    """
    path, staged = Path(path), Path(staged)
    created = not path.exists()
    done = False
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            _prepare(conn, staged, new=created or path.stat().st_size == 0)
            begin_immediate(conn, path)
            _replace_in_transaction(conn, path, safety=safety, label=label)
            conn.execute("DETACH DATABASE staged")
            with suppress(sqlite3.Error):  # the whole file is in the -wal now: fold it back,
                conn.execute("PRAGMA busy_timeout = 0")  # unless a reader is busy (no wait)
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        done = True
    except sqlite3.Error as exc:
        raise translate_error(exc, path) or errors.DatabaseError(
            f"Restoring {path} from {label} failed: {exc}"
        ) from exc
    finally:
        if created and not done:
            remove_database_file(path)  # the empty file this made: nothing was restored


def _prepare(conn: sqlite3.Connection, staged: Path, *, new: bool) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = OFF")  # the copy goes table by table
    conn.execute("PRAGMA synchronous = FULL")
    if new:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("ATTACH DATABASE ? AS staged", (str(staged),))  # not possible once BEGIN ran


def _replace_in_transaction(
    conn: sqlite3.Connection, path: Path, *, safety: Path | None, label: Path
) -> None:
    """The part of replace_contents that runs under the write lock begun on `conn`."""
    try:
        if safety is not None:
            backup_to(path, safety)
        _drop_everything(conn)
        _copy_everything(conn, "staged")
        problems = _problems(conn, "quick_check") + [
            f"table {r[0]} row {r[1]} refers to missing {r[2]}"
            for r in conn.execute("PRAGMA main.foreign_key_check")
        ]
        if problems:
            raise errors.DatabaseDamagedError(
                f"Restoring {path} from {label} failed its check ({problems[0]}); "
                "nothing was changed."
            )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
