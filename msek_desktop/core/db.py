"""The database file: engine, connection pragmas, transactions, opening and checking.

This module and core.search are the only places that know the store is SQLite. Every
connection gets foreign keys, WAL, synchronous=FULL and a busy timeout; a writing transaction
begins IMMEDIATE so two programs never deadlock upgrading a read lock to a write lock.
"""

from __future__ import annotations

import logging
import os
import sqlite3
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


def _open_ro(path: Path) -> sqlite3.Connection:
    """A read-only connection with no pragmas that could change the file."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlite3.Error as exc:
        raise errors.DatabaseError(f"The database file {path} cannot be opened: {exc}") from exc
    return conn


def _integrity(conn: sqlite3.Connection) -> list[str]:
    return [line for (line,) in conn.execute("PRAGMA integrity_check") if line != "ok"]


def check_file(path: Path) -> tuple[set[str], str | None]:
    """Full integrity_check of a closed file (a backup), read-only.

    Returns its table names and its schema revision (None when it has no alembic_version
    table); DatabaseDamagedError when the check fails or the file cannot be read as SQLite.
    """
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0 or not looks_like_sqlite(path):
        raise errors.NotAnMsekDatabaseError(f"{path} is not an MSEK database file.")
    conn = _open_ro(path)
    try:
        problems = _integrity(conn)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision: str | None = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise translate_error(exc, path) or errors.DatabaseDamagedError(
            f"The database file {path} is damaged."
        ) from exc
    finally:
        conn.close()
    if problems:
        raise _damaged(path, "\n".join(problems))
    return tables, revision


def _sync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def backup_to(src: Path, dst: Path) -> None:
    """Copy the live database `src` into the new file `dst`, verified, as a single file.

    A read connection takes one consistent snapshot (in WAL mode writers carry on meanwhile);
    the copy is switched to journal_mode=DELETE so it is one self-contained file, then checked
    with integrity_check. It is written under a temporary name and renamed only once verified:
    `dst` either does not appear or is a good backup. A failed check raises DatabaseError.
    """
    src, dst = Path(src), Path(dst)
    partial = dst.with_name(dst.name + ".partial")
    partial.unlink(missing_ok=True)
    source = _open_ro(src)
    try:
        target = sqlite3.connect(partial)
        try:
            source.backup(target)  # pages=-1: the whole file in one step, one snapshot
            target.execute("PRAGMA journal_mode = DELETE")
            problems = _integrity(target)
        finally:
            target.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise translate_error(exc, src) or errors.DatabaseError(
            f"The backup of {src} failed: {exc}"
        ) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    if problems:
        partial.unlink(missing_ok=True)
        raise errors.DatabaseDamagedError(
            f"The backup of {src} failed its integrity check ({problems[0]}); nothing was kept."
        )
    try:
        _sync(partial)
        if dst.exists():
            raise errors.DatabaseError(f"{dst} already exists; it was not overwritten.")
        os.rename(partial, dst)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise errors.DatabaseError(f"The backup could not be saved as {dst}: {exc}") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def restore_into(backup: Path, dst: Path) -> None:
    """Replace the contents of the database `dst` with `backup`, through the backup API.

    Never a file copy: the pages go through SQLite's pager under a write lock, so a WAL
    database that other connections have open stays consistent (they see the new contents
    at their next transaction). A missing `dst` is created. The result is checked.
    """
    backup, dst = Path(backup), Path(dst)
    source = _open_ro(backup)
    try:
        target = sqlite3.connect(dst, isolation_level=None)
        try:
            target.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            source.backup(target)
            with suppress(sqlite3.OperationalError):
                target.execute("PRAGMA journal_mode = WAL")
            problems = _integrity(target)
        finally:
            target.close()
    except sqlite3.Error as exc:
        raise translate_error(exc, dst) or errors.DatabaseError(
            f"Restoring {dst} from {backup} failed: {exc}"
        ) from exc
    finally:
        source.close()
    if problems:
        raise errors.DatabaseDamagedError(
            f"After restoring, {dst} fails its integrity check: {problems[0]}"
        )
