"""The database file: engine, connection pragmas, transactions, opening and checking.

This module, core.search and core.schema are the only places that know the store is SQLite. Every
connection gets foreign keys, WAL, synchronous=FULL and a busy timeout; a writing transaction
begins IMMEDIATE so two programs never deadlock upgrading a read lock to a write lock.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from msek_desktop.core import errors

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
# A writer that finds the file busy waits BUSY_TIMEOUT_MS inside SQLite, then tries again, up
# to BUSY_ATTEMPTS times in all (30 s): long enough for another instance's import or restore,
# so "database is locked" reaches the user only when the other program hangs.
BUSY_ATTEMPTS = 3
SQLITE_HEADER = b"SQLite format 3\x00"
_WRITE = "msek_write"


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Autocommit at the driver level: transactions are begun by _on_begin, explicitly.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    # A read-only file keeps its journal mode; reading it still works.
    with suppress(sqlite3.OperationalError):
        cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def _is_busy(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "locked" in text or "busy" in text


def _on_begin(conn: Any) -> None:
    if not conn.get_execution_options().get(_WRITE, False):
        conn.exec_driver_sql("BEGIN")
        return
    for attempt in range(1, BUSY_ATTEMPTS + 1):
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            return
        except sa_exc.OperationalError as exc:
            if not _is_busy(exc) or attempt == BUSY_ATTEMPTS:
                raise
            log.info("database busy for a writer (attempt %d of %d)", attempt, BUSY_ATTEMPTS)


def writable(path: Path) -> bool:
    """Whether this program may write the existing database `path` (and its -wal/-shm).

    os.access tells what the current user may do (a read-only file attribute, permissions,
    a read-only medium). In WAL mode SQLite also creates NAME-wal and NAME-shm beside the
    file, so the folder must be writable unless both exist and are writable.
    """
    path = Path(path)
    if not os.access(path, os.W_OK):
        return False
    if os.access(path.parent, os.W_OK):
        return True
    sides = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
    return all(p.exists() and os.access(p, os.W_OK) for p in sides)


def read_only_uri(path: Path) -> str:
    """The URI that opens `path` read-only without changing anything beside it.

    A WAL database needs its -shm file to be read; where it cannot be created (a read-only
    folder or medium) and there is no -wal holding recent changes, the file is opened as
    immutable: SQLite then reads it as it is, without locks or side files.
    """
    path = Path(path)
    uri = f"{path.resolve().as_uri()}?mode=ro"
    shm = path.with_name(path.name + "-shm")
    wal = path.with_name(path.name + "-wal")
    no_recent_changes = not wal.exists() or wal.stat().st_size == 0
    if not os.access(path.parent, os.W_OK) and not shm.exists() and no_recent_changes:
        uri += "&immutable=1"
    return uri


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    if read_only:
        uri = read_only_uri(path)
        engine = create_engine(
            "sqlite+pysqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            poolclass=NullPool,
        )
    else:
        # URL.create, not an f-string: "%20" or "?" in a file name must stay literal.
        url = URL.create("sqlite+pysqlite", database=str(path))
        engine = create_engine(url, poolclass=NullPool)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def translate_error(exc: BaseException, path: Path) -> errors.DatabaseError | None:
    """The user-facing error for an environment failure, or None for a bug."""
    text = str(getattr(exc, "orig", exc)).lower()
    if _is_busy(exc):
        return errors.DatabaseBusyError(
            f"The database {path} is busy in another program; try again in a moment."
        )
    if "readonly" in text or "read-only" in text:
        return errors.DatabaseReadOnlyError(f"The database {path} is read-only.")
    if "disk is full" in text or "database or disk is full" in text:
        return errors.DiskFullError(
            f"The disk holding {path} is full; free some space and try again. "
            "Nothing already saved was lost."
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return errors.DatabaseDamagedError(f"The database file {path} is damaged.")
    if "unable to open" in text:
        return errors.DatabaseError(f"The database file {path} cannot be opened.")
    return None


class WriteSession(Session):
    """Sessions that write; one class for all databases, so flush hooks attach once."""


class Database:
    """One open database file. Hands out sessions; never shares one between callers."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool = False) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(
            engine.execution_options(**{_WRITE: True}),
            class_=WriteSession,
            expire_on_commit=False,
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._guard(), self._read() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A writing transaction: committed when the block ends, rolled back on error."""
        if self.read_only:
            raise errors.DatabaseReadOnlyError(
                f"The database {self.path} is read-only: nothing can be changed in it."
            )
        with self._guard(), self._write() as session, session.begin():
            yield session

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except sa_exc.OperationalError as exc:
            user = translate_error(exc, self.path)
            if user is None:
                raise
            raise user from exc
        except sa_exc.DatabaseError as exc:
            user = translate_error(exc, self.path)
            if user is None:
                raise
            raise user from exc

    def dispose(self) -> None:
        self.engine.dispose()


def looks_like_sqlite(path: Path) -> bool:
    """True for an SQLite file or an empty file (SQLite treats both as databases)."""
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    return head in (b"", SQLITE_HEADER)


def inspect_file(path: Path, *, quick: bool = True) -> set[str]:
    """Read an existing file's table names without changing it, after a quick_check.

    Opened read-only and without our pragmas, so a file that turns out not to be ours
    (another program's database, a damaged file) is left exactly as it was. quick_check
    reads the whole file (about 0.4 s for 100,000 inquiries): the window skips it here and
    runs it once it is shown (quick=False), the command line does it here.
    """
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise errors.DatabaseError(f"The database file {path} cannot be opened: {exc}") from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        result = conn.execute("PRAGMA quick_check").fetchone()[0] if quick else "ok"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise translate_error(exc, path) or errors.DatabaseDamagedError(
            f"The database file {path} is damaged."
        ) from exc
    finally:
        conn.close()
    if result != "ok":
        raise _damaged(path, result)
    return tables


def _damaged(path: Path, report: str) -> errors.DatabaseDamagedError:
    """One line naming the first problem SQLite found; the whole report goes to the log."""
    log.warning("%s failed its integrity check:\n%s", path, report)
    lines = [x.strip() for x in report.splitlines() if x.strip() and not x.startswith("***")]
    first = f": {lines[0]}" if lines else "."
    return errors.DatabaseDamagedError(f"The database file {path} is damaged{first}")


def integrity_report(engine: Engine) -> list[str]:
    """Problems found by integrity_check and foreign_key_check; empty when all is well."""
    problems: list[str] = []
    with engine.connect() as conn:
        for (line,) in conn.exec_driver_sql("PRAGMA integrity_check"):
            if line != "ok":
                problems.append(f"integrity: {line}")
        for row in conn.exec_driver_sql("PRAGMA foreign_key_check"):
            problems.append(f"foreign key: table {row[0]} row {row[1]} refers to missing {row[2]}")
    return problems


def foreign_key_violations(conn: Any) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in conn.exec_driver_sql("PRAGMA foreign_key_check")]


def set_foreign_keys(conn: Any, on: bool) -> None:
    """Switch foreign keys on `conn`, which must not be inside a transaction.

    SQLite ignores this pragma within a transaction, and any statement through SQLAlchemy
    would begin one, so it goes to the driver connection directly.
    """
    if conn.in_transaction():
        raise RuntimeError("foreign keys can only be switched outside a transaction")
    conn.connection.dbapi_connection.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")


# -- backups: SQLite's online backup API, never a file copy ----------------------------------


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection with no pragmas that could change the file."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlite3.Error as exc:
        raise errors.DatabaseError(f"The database file {path} cannot be opened: {exc}") from exc
    return conn


def damaged_error(label: str | Path, report: str) -> errors.DatabaseDamagedError:
    """The one-line DamagedError naming SQLite's first finding (the report goes to the log)."""
    return _damaged(Path(label), report)


def _integrity(conn: sqlite3.Connection, schema: str = "main") -> list[str]:
    return [line for (line,) in conn.execute(f"PRAGMA {schema}.integrity_check") if line != "ok"]


def refuse_non_database(path: Path) -> None:
    """NotAnMsekDatabaseError unless `path` is a regular, non-empty file with SQLite's header."""
    path = Path(path)
    if not path.exists():
        raise errors.UserError(f"There is no file at {path}.")
    if not path.is_file() or path.stat().st_size == 0 or not looks_like_sqlite(path):
        raise errors.NotAnMsekDatabaseError(f"{path} is not an MSEK database file.")


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
        target = sqlite3.connect(partial)
        try:
            source.backup(target)  # pages=-1: the whole file in one step, one snapshot
            target.execute("PRAGMA journal_mode = DELETE")
            problems = _integrity(target)
        finally:
            target.close()
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
    source = open_read_only(src)
    try:
        copy_database(source, dst, label=src)
    finally:
        source.close()


def stage_copy(src: Path, dst: Path) -> None:
    """Copy the closed file `src` (a backup) into the temporary file `dst`, unchecked: the
    copy is what gets verified and used, so a change to `src` afterwards cannot matter."""
    source = open_read_only(src)
    try:
        target = sqlite3.connect(dst)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    except sqlite3.Error as exc:
        raise translate_error(exc, src) or errors.DatabaseDamagedError(
            f"The database file {src} is damaged."
        ) from exc
    finally:
        source.close()


# -- replacing a database's contents under one write lock ---------------------------------


def begin_immediate(conn: sqlite3.Connection, path: Path) -> None:
    """BEGIN IMMEDIATE on a raw connection, waiting for a busy file as the services do."""
    for attempt in range(1, BUSY_ATTEMPTS + 1):
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc) or attempt == BUSY_ATTEMPTS:
                raise translate_error(exc, path) or errors.DatabaseError(
                    f"The database {path} cannot be changed: {exc}"
                ) from exc
            log.info("database busy for a restore (attempt %d of %d)", attempt, BUSY_ATTEMPTS)


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
            reader = open_read_only(path)
            try:
                copy_database(reader, safety, label=path)
            finally:
                reader.close()
        _drop_everything(conn)
        _copy_everything(conn, "staged")
        problems = _integrity_quick(conn) + [
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


def _integrity_quick(conn: sqlite3.Connection) -> list[str]:
    return [line for (line,) in conn.execute("PRAGMA main.quick_check") if line != "ok"]
