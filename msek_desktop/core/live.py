"""Live changes on the office server: every committed write says what it changed, and each
desk listens (PostgreSQL LISTEN/NOTIFY).

This is the office server's notification module: the only place with SQL for notifications
(pg_notify, LISTEN), beside core.db, core.search and core.schema. On an SQLite file nothing
is sent and there is nothing to listen to.

- Sending: announce_changes(WriteSession) collects what each flush wrote (table, id, new
  version) and who wrote it (the author of the timeline entries written with it), and sends
  one `pg_notify('msek_changes', json)` just before the transaction commits: PostgreSQL
  delivers it on commit only, so a rolled-back write announces nothing. Bulk writes
  (core.writer: new inquiries, imports, the demo) call announce() with the ids they wrote.
  A payload over PAYLOAD_LIMIT bytes becomes one coarse change a table ("inquiries changed",
  id None).
- Listening: Listener holds its own autocommit connection doing LISTEN and reads the
  changes as they come (read(timeout)); a connection that fails raises
  errors.ServerUnreachableError.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from msek_desktop.core import errors, server
from msek_desktop.core.db import Database
from msek_desktop.core.models import StaffMember, TimelineEntry

log = logging.getLogger(__name__)

CHANNEL = "msek_changes"
PAYLOAD_LIMIT = 7900  # PostgreSQL refuses a payload of 8000 bytes or more
QUIET = frozenset({"timeline_entries", "ref_counters", "search_index", "alembic_version"})
_PENDING = "msek_live_pending"
_AUTHORS = "msek_live_authors"


@dataclass(frozen=True)
class Change:
    """One record written on the server: `id` None means many rows of `table` changed."""

    table: str
    id: int | None = None
    version: int | None = None
    actor: str | None = None  # the staff member's login; None for the system
    actor_name: str | None = None  # their full name, as the window shows it

    def as_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Change:
        def whole(key: str) -> int | None:
            value = data.get(key)
            return int(value) if isinstance(value, int | str) and str(value).isdigit() else None

        def text(key: str) -> str | None:
            value = data.get(key)
            return str(value) if value is not None else None

        return cls(str(data["table"]), whole("id"), whole("version"), text("actor"),
                   text("actor_name"))  # fmt: skip


def encode(changes: Iterable[Change]) -> str:
    """The notification's payload: every change, or one coarse change a table when that
    would pass PAYLOAD_LIMIT."""
    listed = list(dict.fromkeys(changes))
    payload = json.dumps([c.as_json() for c in listed], ensure_ascii=False)
    if len(payload.encode()) <= PAYLOAD_LIMIT:
        return payload
    coarse: dict[str, Change] = {}
    for c in listed:
        seen = coarse.get(c.table)
        same = seen is None or (seen.actor == c.actor)
        coarse[c.table] = Change(c.table, None, None, c.actor if same else None,
                                 c.actor_name if same else None)  # fmt: skip
    return json.dumps([c.as_json() for c in coarse.values()], ensure_ascii=False)


def decode(payload: str) -> list[Change]:
    """The changes a payload names; a payload this program did not write is ignored."""
    try:
        data = json.loads(payload)
        return [Change.from_json(item) for item in data if isinstance(item, dict)]
    except (ValueError, TypeError, KeyError):
        log.warning("ignored a change notification that is not ours: %.80r", payload)
        return []


MANY = 200  # more rows than this in one bulk write: one coarse change a table


def _on_server(conn: Any) -> bool:
    return bool(conn.dialect.name == "postgresql")


def _authors(conn: Any, staff_ids: Iterable[int]) -> tuple[str | None, str | None]:
    """The login and full name of the one staff member who wrote; None when several or
    none (the system: demo, import scripts)."""
    ids = set(staff_ids)
    if len(ids) != 1:
        return None, None
    row = conn.execute(
        select(StaffMember.login, StaffMember.full_name).where(StaffMember.id == ids.pop())
    ).first()
    return (str(row[0]), str(row[1])) if row is not None else (None, None)


def announce(
    conn: Any,
    written: Mapping[str, Iterable[int]],
    staff_ids: Iterable[int] = (),
    *,
    whole: bool = False,
) -> None:
    """Send, on commit of `conn`'s transaction, that these rows were written ({table: ids},
    e.g. by core.writer); with `whole`, one coarse change for each table named, whatever its
    ids. Nothing on SQLite."""
    if not _on_server(conn):
        return
    login, name = _authors(conn, staff_ids)
    lists = {table: list(ids) for table, ids in written.items() if table not in QUIET}
    if whole:
        changes = [Change(table, None, None, login, name) for table in lists]
    elif sum(len(ids) for ids in lists.values()) > MANY:
        changes = [Change(table, None, None, login, name) for table, ids in lists.items() if ids]
    else:
        changes = [
            Change(table, record_id, None, login, name)
            for table, ids in lists.items()
            for record_id in ids
        ]
    if changes:
        conn.execute(select(func.pg_notify(CHANNEL, encode(changes))))


def announce_tables(conn: Any, tables: Iterable[str]) -> None:
    """Send, on commit of `conn`'s transaction, that every row of `tables` may have changed
    (one coarse change a table: a restore replaced them). Nothing on SQLite."""
    announce(conn, {table: [] for table in tables}, whole=True)


def _collect(session: Session, _context: Any) -> None:
    """after_flush: remember what this flush wrote and who wrote it."""
    if not _on_server(session.get_bind()):
        return
    pending: dict[tuple[str, int], int | None] = session.info.setdefault(_PENDING, {})
    authors: set[int] = session.info.setdefault(_AUTHORS, set())
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        record_id = getattr(obj, "id", None)
        if isinstance(obj, TimelineEntry) and obj.staff_id is not None:
            authors.add(obj.staff_id)
        if table is None or table in QUIET or record_id is None:
            continue
        version = None if obj in session.deleted else getattr(obj, "version", None)
        pending[(table, int(record_id))] = version


def _send(session: Session) -> None:
    """before_commit: flush what is left, then announce everything the transaction wrote."""
    session.flush()
    pending: dict[tuple[str, int], int | None] = session.info.pop(_PENDING, {})
    authors: set[int] = session.info.pop(_AUTHORS, set())
    if not pending:
        return
    conn = session.connection()
    login, name = _authors(conn, authors)
    changes = [Change(t, i, v, login, name) for (t, i), v in pending.items()]
    conn.execute(select(func.pg_notify(CHANNEL, encode(changes))))


def _forget(session: Session, _previous: Any = None) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_AUTHORS, None)


def announce_changes(session_class: type[Session] | Any) -> None:
    """Announce, on commit, whatever a session of this class writes on the office server."""
    from sqlalchemy import event

    for name, hook in (
        ("after_flush", _collect),
        ("before_commit", _send),
        ("after_soft_rollback", _forget),
    ):
        if not event.contains(session_class, name, hook):
            event.listen(session_class, name, hook)


class Listener:
    """A connection of its own to the office server, listening for the changes every desk
    announces. Not thread-safe: one thread uses it (the window's listening thread)."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._conn: Any = None

    def _unreachable(self, exc: BaseException) -> errors.ServerUnreachableError:
        location = self.database.location
        if isinstance(location, server.ServerAddress):
            found = server.translate_error(exc, location)
            if isinstance(found, errors.ServerUnreachableError):
                return found
        return errors.ServerUnreachableError(
            f"The office server {location} cannot be reached ({exc})."
        )

    def connect(self) -> None:
        """Open the connection (as the database's engine opens its own) and LISTEN."""
        import psycopg

        self.close()
        try:
            raw = self.database.engine.raw_connection()
            conn = raw.driver_connection
            raw.detach()  # ours alone, never back in the pool
            assert conn is not None
            conn.rollback()  # the pool's ping may have begun a transaction
            conn.autocommit = True
            conn.execute(f"LISTEN {CHANNEL}")
        except (sa_exc.DBAPIError, psycopg.Error) as exc:
            raise self._unreachable(exc) from exc
        self._conn = conn

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._conn.closed

    def read(self, timeout: float) -> list[Change]:
        """The changes announced since the last read, waiting up to `timeout` seconds for
        the first; ServerUnreachableError when the connection failed."""
        import psycopg

        if self._conn is None:
            self.connect()
        found: list[Change] = []
        try:
            for note in self._conn.notifies(timeout=timeout, stop_after=1):
                found += decode(note.payload)
            # and whatever else already came, without waiting
            for note in self._conn.notifies(timeout=0.01):
                found += decode(note.payload)
        except psycopg.Error as exc:
            self.close()
            raise self._unreachable(exc) from exc
        return found

    def check(self) -> None:
        """Ask the server something: a connection that died silently is found here."""
        import psycopg

        if self._conn is None:
            self.connect()
            return
        try:
            self._conn.execute("SELECT 1")
        except psycopg.Error as exc:
            self.close()
            raise self._unreachable(exc) from exc

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # a broken connection may fail to close: it is gone anyway
                log.debug("closing the listening connection failed", exc_info=True)
