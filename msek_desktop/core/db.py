"""The database: engine, connection pragmas, transactions, opening and checking.

This module, core.search and core.schema are the only places that know the store is SQLite. Every
connection gets foreign keys, WAL, synchronous=FULL and a busy timeout; a writing transaction
begins IMMEDIATE so two programs never deadlock upgrading a read lock to a write lock.
A Database may instead be on the office server (core.server, PostgreSQL): none of the above
applies there, and the services that work on the file itself refuse it (Database.file).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, Select, create_engine, event, func, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, QueuePool

from msek_desktop.core import errors, server
from msek_desktop.core.plain_file import looks_like_sqlite
from msek_desktop.core.server import ServerAddress

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
# A writer that finds the file busy waits BUSY_TIMEOUT_MS inside SQLite, then tries again, up
# to BUSY_ATTEMPTS times in all (30 s): long enough for another instance's import or restore,
# so "database is locked" reaches the user only when the other program hangs.
BUSY_ATTEMPTS = 3
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


def retry_busy(begin: Callable[[], object], who: str) -> None:
    """Run `begin` (a BEGIN IMMEDIATE); a file busy past the busy timeout is tried again, up
    to BUSY_ATTEMPTS times in all, and the last refusal (or any other error) is raised."""
    for attempt in range(1, BUSY_ATTEMPTS + 1):
        try:
            begin()
            return
        except (sa_exc.OperationalError, sqlite3.OperationalError) as exc:
            if not _is_busy(exc) or attempt == BUSY_ATTEMPTS:
                raise
            log.info("database busy for %s (attempt %d of %d)", who, attempt, BUSY_ATTEMPTS)


def _on_begin(conn: Any) -> None:
    if not conn.get_execution_options().get(_WRITE, False):
        conn.exec_driver_sql("BEGIN")
        return
    retry_busy(lambda: conn.exec_driver_sql("BEGIN IMMEDIATE"), "a writer")


def writable(path: Path) -> bool:
    """Whether this program may write the existing database `path` (and its -wal/-shm).

    os.access tells what the current user may do (a read-only file attribute, permissions,
    a read-only medium). In WAL mode SQLite also creates NAME-wal and NAME-shm beside the
    file, so the folder must be writable unless both exist and are writable. A file without
    any write permission (a desk copy of the office server) is read-only even for root, whom
    os.access lets write anything.
    """
    path = Path(path)
    if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
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
    try:  # one look: another program closing its last connection may remove the -wal now
        no_recent_changes = wal.stat().st_size == 0
    except FileNotFoundError:
        no_recent_changes = True
    if not os.access(path.parent, os.W_OK) and not shm.exists() and no_recent_changes:
        uri += "&immutable=1"
    return uri


def make_engine(path: Path, *, read_only: bool = False, keep: bool = False) -> Engine:
    """The engine of the file `path`: a connection per session, or with `keep` one kept open
    between sessions (more opened while several are used at once, closed when given back)."""
    pool: dict[str, Any] = {"poolclass": NullPool}
    if keep:  # a connection may be used by another thread than the one that opened it
        pool = {"poolclass": QueuePool, "pool_size": 1, "max_overflow": -1}
    if read_only:
        uri = read_only_uri(path)
        engine = create_engine(
            "sqlite+pysqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            **pool,
        )
    else:
        # URL.create, not an f-string: "%20" or "?" in a file name must stay literal.
        url = URL.create("sqlite+pysqlite", database=str(path))
        threads = {"connect_args": {"check_same_thread": False}} if keep else {}
        engine = create_engine(url, **threads, **pool)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def translate_error(exc: BaseException, path: Path | ServerAddress) -> errors.DatabaseError | None:
    """The user-facing error for an environment failure, or None for a bug."""
    if isinstance(path, ServerAddress):
        return server.translate_error(exc, path)
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


def require_file(location: Path | ServerAddress, what: str) -> Path:
    """The database file at `location`; ServerNotYetError naming `what` for the office
    server (backups, restore, checks of the file: they come later there)."""
    if isinstance(location, ServerAddress):
        raise errors.ServerNotYetError(what)
    return location


def _on_server_begin(conn: Any) -> None:
    if conn.get_execution_options().get(_WRITE, False):
        hold_writer_lock(conn)


class Database:
    """One open database (a file, or the office server). Hands out sessions; never shares one
    between callers."""

    def __init__(
        self, location: Path | ServerAddress, engine: Engine, *, read_only: bool = False
    ) -> None:
        self.location = location
        self.read_only = read_only
        self._use(engine)

    def _use(self, engine: Engine) -> None:
        self.engine = engine
        if isinstance(self.location, ServerAddress) and not event.contains(
            engine, "begin", _on_server_begin
        ):
            event.listen(engine, "begin", _on_server_begin)
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(
            engine.execution_options(**{_WRITE: True}),
            class_=WriteSession,
            expire_on_commit=False,
        )

    def keep_connection(self) -> None:
        """Keep a connection to the file open between sessions (the window: a read skips
        opening the file and its four PRAGMAs, 2 ms). dispose() closes it, as it must be before
        the file is moved aside or replaced (a restore, a recovery); the next session opens
        it again. Nothing changes on the office server."""
        if isinstance(self.location, Path) and not isinstance(self.engine.pool, QueuePool):
            self.engine.dispose()
            self._use(make_engine(self.location, read_only=self.read_only, keep=True))

    @property
    def on_server(self) -> bool:
        return isinstance(self.location, ServerAddress)

    @property
    def path(self) -> Path:
        """The database file; a plain refusal on the office server (see file())."""
        return self.file("Working on the database file")

    @property
    def file_path(self) -> Path | None:
        """The database file, or None on the office server."""
        return None if isinstance(self.location, ServerAddress) else self.location

    def file(self, what: str) -> Path:
        """The database file, for `what` needs it (require_file)."""
        return require_file(self.location, what)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._guard(), self._read() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A writing transaction: committed when the block ends, rolled back on error."""
        if self.read_only:
            raise errors.DatabaseReadOnlyError(
                f"The database {self.location} is read-only: nothing can be changed in it."
            )
        with self._guard(), self._write() as session, session.begin():
            yield session

    def count(self, stmt: Select[Any]) -> int:
        """The number `stmt` (a SELECT count(...)) gives, read in its own transaction."""
        with self.read() as session:
            return int(session.scalar(stmt) or 0)

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except sa_exc.DatabaseError as exc:  # OperationalError among them
            user = translate_error(exc, self.location)
            if user is None:
                raise
            raise user from exc

    def dispose(self) -> None:
        """Close the connections this database keeps (keep_connection); it stays usable."""
        self.engine.dispose()


WRITER_LOCK = 0x4D53454B  # "MSEK": the office server's advisory lock held by each writer


def hold_writer_lock(conn: Any) -> None:
    """SQLite's write lock (BEGIN IMMEDIATE) has its counterpart on the office server: every
    writing transaction (Database.write, and core.writer's bulk writes on any connection)
    first takes this advisory lock, held until it ends. One writer at a time, as on a file:
    two desks adding inquiries at the same moment never take the same ids or refs (the bulk
    writer numbers rows "highest + 1" while a single save takes the sequence's next value),
    and under READ COMMITTED each later statement reads what the previous writer committed,
    so a version read inside the transaction is still the stored one when it is written.
    Taking it again in the same transaction is harmless. Nothing to do on SQLite."""
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(WRITER_LOCK)))


def catch_up_ids(conn: Any, tables: Iterable[str]) -> None:
    """After rows were written with ids of their own (core.writer's bulk writes): on the
    office server, move each table's id sequence past its highest id, so the next row
    added one at a time gets a free one. SQLite takes the highest id + 1 by itself."""
    if conn.dialect.name != "postgresql":
        return
    for name in tables:
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
            f"coalesce(max(id), 0) + 1, false) FROM {name}"
        )


def refresh_statistics(conn: Any, tables: Iterable[str]) -> None:
    """After a bulk write (an import, demo data, a copy into the office server): PostgreSQL
    plans with the statistics it had before the rows arrived, and the first list page over
    100,000 new inquiries took 86 ms instead of 0.2 ms until it looked again. ANALYZE them now
    (inside the writing transaction; it sees the new rows). SQLite plans without them."""
    if conn.dialect.name != "postgresql":
        return
    for name in tables:
        conn.exec_driver_sql(f'ANALYZE "{name}"')


def inspect_file(path: Path, *, quick: bool = True) -> set[str]:
    """Read an existing file's table names without changing it, after a quick_check.

    Opened read-only and without our pragmas, so a file that turns out not to be ours
    (another program's database, a damaged file) is left exactly as it was. quick_check
    reads the whole file (about 0.4 s for 100,000 inquiries): the window skips it here and
    runs it once it is shown (quick=False), the command line does it here.
    """
    with reading_file(path) as conn:
        result = conn.execute("PRAGMA quick_check").fetchone()[0] if quick else "ok"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
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


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection with no pragmas that could change the file."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlite3.Error as exc:
        raise errors.DatabaseError(f"The database file {path} cannot be opened: {exc}") from exc
    return conn


@contextmanager
def reading_file(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to the file `path` (open_read_only), closed when the block ends;
    an SQLite error in the block is the file's fault (translate_error), else it is damaged."""
    conn = open_read_only(path)
    try:
        yield conn
    except sqlite3.Error as exc:
        raise translate_error(exc, path) or errors.DatabaseDamagedError(
            f"The database file {path} is damaged."
        ) from exc
    finally:
        conn.close()


def damaged_error(label: str | Path, report: str) -> errors.DatabaseDamagedError:
    """The one-line DamagedError naming SQLite's first finding (the report goes to the log)."""
    return _damaged(Path(label), report)


def refuse_non_database(path: Path) -> None:
    """NotAnMsekDatabaseError unless `path` is a regular, non-empty file with SQLite's header."""
    path = Path(path)
    if not path.exists():
        raise errors.UserError(f"There is no file at {path}.")
    if not path.is_file() or path.stat().st_size == 0 or not looks_like_sqlite(path):
        raise errors.NotAnMsekDatabaseError(f"{path} is not an MSEK database file.")
