"""Copying the office's data from one database to another (an SQLite file, the office server),
verified row for row.

Used by the desks' copies of the office server (core.copies: server → a new SQLite file), by
restore into the server (a verified backup file → the server) and by `msek move-to`
(core.moving: an SQLite file → an empty database on the server).

- The source is read in ONE consistent, read-only transaction (snapshot): on PostgreSQL
  REPEATABLE READ, READ ONLY; on SQLite one read transaction. A save committed meanwhile is
  wholly in the copy or wholly not.
- Every table the models know (core.models' metadata; never a hand-kept list) is copied, in
  the order its foreign keys need, in chunks of CHUNK rows. alembic_version is not copied:
  the target has the schema of the same revision (the usual migrations), which is checked.
  The search index is not copied either: it is rebuilt on the target (core.search), which
  keeps it as each database does (FTS5 on SQLite, a tsvector table on PostgreSQL).
- Everything is written in the caller's one writing transaction: the target's rows are
  deleted first (the rows the migrations put there included), then the source's inserted,
  the server's id sequences moved past the highest ids (core.db.catch_up_ids), the search
  index rebuilt, and the target read back in the same transaction and compared with the
  source: every table's row count and checksum must be equal, or nothing is committed.
- A table's checksum is SHA-256 over its rows in primary-key order, each value normalised in
  Python (None, booleans, whole numbers, decimals, dates, date-times, text, bytes) after
  SQLAlchemy read it with the model's types, so SQLite's and PostgreSQL's representations
  (0/1 and true/false, date-time text and timestamps) give the same checksum.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Engine,
    Integer,
    LargeBinary,
    String,
    Table,
    delete,
    func,
    insert,
    inspect,
    select,
    text,
)
from sqlalchemy import exc as sa_exc

from msek_desktop.core import db, errors, migrations, search, server_copying
from msek_desktop.core.models import Base
from msek_desktop.core.server import ServerAddress

Progress = Callable[[int, int], None]  # progress(done, total), as core.demo and importing
CHUNK = 2000  # rows read, written and checked per round
BLOB_CHUNK = 4  # the rows of a table of files (documents, up to 25 MB each) per round


@dataclass(frozen=True)
class TableCheck:
    """One table as copied: its rows and their checksum (equal on both sides)."""

    table: str
    rows: int
    checksum: str


@dataclass(frozen=True)
class Copied:
    """What a copy found in its snapshot of the source: the tables' checks and, on the office
    server, the mark of its data (core.server_copying)."""

    checks: list[TableCheck]
    mark: str | None


def tables() -> list[Table]:
    """Every table of the models, parents before the tables that refer to them."""
    return list(Base.metadata.sorted_tables)


def _nothing(_done: int, _total: int) -> None:
    pass


# -- reading: one consistent snapshot -------------------------------------------------------


@contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection in one consistent, read-only transaction of `engine`'s database; rolled
    back when the block ends (nothing is written)."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        with conn.begin() as transaction:
            yield conn
            transaction.rollback()


def mark(conn: Connection) -> str | None:
    """The office server's mark of the data `conn` sees (None for an SQLite file)."""
    if conn.dialect.name != "postgresql":
        return None
    return server_copying.mark(conn, tables())


def revision(conn: Connection) -> str | None:
    """The schema revision of `conn`'s database; None without one (asked without an error,
    which would end a PostgreSQL transaction)."""
    if not inspect(conn).has_table(migrations.VERSION_TABLE):
        return None
    found = conn.scalar(text(f"SELECT version_num FROM {migrations.VERSION_TABLE}"))
    return None if found is None else str(found)


def _int_key(table: Table) -> bool:
    return all(isinstance(c.type, Integer) for c in table.primary_key.columns)


def _chunks(conn: Connection, table: Table) -> Iterator[Sequence[Any]]:
    """The rows of `table` in primary-key order, CHUNK at a time (a text key is ordered in
    Python, so both databases' collations give the same order)."""
    key = list(table.primary_key.columns)
    if _int_key(table):
        files = any(isinstance(c.type, LargeBinary) for c in table.columns)  # at most a few
        per = BLOB_CHUNK if files else CHUNK  # files in memory at once, however many there are
        result = conn.execute(select(table).order_by(*key), execution_options={"yield_per": per})
        yield from result.partitions()
        return
    positions = [list(table.columns).index(c) for c in key]
    rows = sorted(conn.execute(select(table)).all(), key=lambda r: [r[i] for i in positions])
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


# -- checksums ------------------------------------------------------------------------------


_PLAIN = frozenset({str, int, bool, type(None)})  # the same Python values from both databases


def _value(v: Any) -> Any:
    """A value the way the checksum takes it: text, whole numbers, booleans and None as they
    are; anything else as a (kind, text) pair both databases' values agree on."""
    if isinstance(v, Decimal | float):
        return ("d", f"{Decimal(repr(v) if isinstance(v, float) else v).normalize():f}")
    if isinstance(v, datetime):
        naive = v if v.tzinfo is None else v.astimezone(UTC).replace(tzinfo=None)
        return ("t", naive.isoformat(sep=" ", timespec="microseconds"))
    if isinstance(v, date):
        return ("D", v.isoformat())
    if isinstance(v, bytes | bytearray | memoryview):
        return ("x", hashlib.sha256(bytes(v)).hexdigest())
    if type(v) in _PLAIN:
        return v
    raise TypeError(f"no checksum for a {type(v).__name__}")


def row_text(row: Sequence[Any]) -> str:
    """One row as the checksum reads it: repr of its values, normalised (_value); repr tells
    True from 1, None from "None" and text from the pairs."""
    return repr(tuple(v if type(v) in _PLAIN else _value(v) for v in row))


class _Sum:
    """The checksum of one table's rows. Its text, whole-number and boolean columns come the
    same from both databases and are taken as they are (row_text's result, sooner); only the
    others (dates, date-times, bytes, decimals) are normalised."""

    def __init__(self, table: Table) -> None:
        self.hash = hashlib.sha256()
        self.rows = 0
        plain = (String, Integer, Boolean)
        self.loose = [i for i, c in enumerate(table.columns) if not isinstance(c.type, plain)]

    def add(self, rows: Sequence[Any]) -> None:
        update, loose = self.hash.update, self.loose
        for row in rows:
            values = list(row)
            for i in loose:
                if type(values[i]) not in _PLAIN:
                    values[i] = _value(values[i])
            update(repr(tuple(values)).encode("utf-8", "surrogatepass"))
            update(b"\n")
        self.rows += len(rows)

    def check(self, table: Table) -> TableCheck:
        return TableCheck(table.name, self.rows, self.hash.hexdigest())


Location = Path | ServerAddress  # where a database is, as messages name it


@contextmanager
def blame(at: Location) -> Iterator[None]:
    """A database error of `at` that is the environment's (unreachable, busy, damaged, disk
    full) becomes its one-line UserError; any other stays a bug."""
    try:
        yield
    except sa_exc.DBAPIError as exc:
        user = db.translate_error(exc, at)
        if user is None:
            raise
        raise user from exc


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0].rstrip(".") if text else type(exc).__name__


def _read(conn: Connection, table: Table, at: Location) -> Iterator[Sequence[Any]]:
    """_chunks, where a value the model's types cannot read is the source's damage."""
    try:
        with blame(at):
            yield from _chunks(conn, table)
    except (sa_exc.DBAPIError, ValueError) as exc:
        raise errors.DatabaseDamagedError(
            f"The table {table.name} of {at} holds a value that cannot be read "
            f"({_first_line(exc)}); nothing was written."
        ) from exc


def _write(conn: Connection, table: Table, rows: Sequence[Any], at: Location) -> None:
    keys = [c.key for c in table.columns]
    try:
        with blame(at):
            if conn.dialect.name == "postgresql":
                server_copying.copy_rows(conn, table, rows)
            else:
                conn.execute(insert(table), [dict(zip(keys, row, strict=True)) for row in rows])
    except (sa_exc.DataError, sa_exc.IntegrityError) as exc:
        raise errors.DatabaseError(
            f"The table {table.name} cannot be copied into {at} ({_first_line(exc)}); "
            "nothing was written."
        ) from exc


def checksums(
    conn: Connection, *, progress: Progress = _nothing, done: int = 0, total: int = 0
) -> list[TableCheck]:
    """Every table's row count and checksum as `conn`'s transaction sees them; progress is
    reported from `done` on, out of `total`."""
    found = []
    for table in tables():
        sums = _Sum(table)
        for rows in _chunks(conn, table):
            sums.add(rows)
            done += len(rows)
            progress(done, total)
        found.append(sums.check(table))
    return found


def _same_revision(source: Connection, target: Connection, at: Location) -> None:
    theirs, ours = revision(source), revision(target)
    if theirs != ours:
        raise errors.DatabaseError(
            f"{at} has the schema revision {theirs!r}, not this program's {ours!r}: open it "
            "once with this version of MSEK Desktop first; nothing was written."
        )


def _serial(table: Table) -> bool:
    """Whether the table's rows take their id from a sequence on the office server."""
    key = list(table.primary_key.columns)
    return len(key) == 1 and key[0].name == "id" and isinstance(key[0].type, Integer)


def copy_into(
    source: Connection,
    target: Connection,
    *,
    source_at: Location,
    target_at: Location,
    progress: Progress = _nothing,
) -> list[TableCheck]:
    """Replace everything in `target` (a writing transaction, at the same schema revision) by
    what `source` (a snapshot) holds, then check it (see the module's docstring). The caller
    commits; on any error it rolls back and nothing was written. Returns the tables' checks.
    """
    with blame(source_at):
        _same_revision(source, target, source_at)
        counts = [int(source.scalar(select(func.count()).select_from(t)) or 0) for t in tables()]
    total, done = 2 * sum(counts), 0
    with blame(target_at):
        for table in reversed(tables()):
            target.execute(delete(table))
    copied = []
    for table in tables():
        sums = _Sum(table)
        for rows in _read(source, table, source_at):
            _write(target, table, rows, target_at)
            sums.add(rows)
            done += len(rows)
            progress(done, total)
        copied.append(sums.check(table))
    with blame(target_at):
        db.catch_up_ids(target, [t.name for t in tables() if _serial(t)])
        search.rebuild(target)
        db.refresh_statistics(target, [*(t.name for t in tables()), "search_index"])
        found = checksums(target, progress=progress, done=done, total=total)
    for want, got in zip(copied, found, strict=True):
        if want != got:
            raise errors.DatabaseError(
                f"The copy in {target_at} differs from {source_at} in the table {want.table} "
                f"({want.rows} rows, checksum {want.checksum[:12]}; read back: {got.rows} rows, "
                f"checksum {got.checksum[:12]}); nothing was written."
            )
    progress(total, total)
    return copied


# -- the three uses -------------------------------------------------------------------------


def to_new_file(
    source: Engine, source_at: Location, dst: Path, *, progress: Progress = _nothing
) -> Copied:
    """Copy the database of `source` into the new SQLite file `dst` (empty or missing),
    migrated to the same revision first. `dst` is left open to no one; the caller verifies
    and publishes it (core.copies)."""
    engine = db.make_engine(dst)
    try:
        migrations.upgrade(engine)
        with snapshot(source) as src, engine.execution_options(msek_write=True).begin() as out:
            with blame(source_at):
                found = mark(src)
            checks = copy_into(src, out, source_at=source_at, target_at=dst, progress=progress)
        return Copied(checks, found)
    finally:
        engine.dispose()
