"""Opening the office database: refuse what is not ours, check it, migrate it to head.

The database is a file (SQLite), or on the office server (core.server.ServerAddress,
PostgreSQL): the same migrations bring either to head.
"""

from __future__ import annotations

import os
import stat
import weakref
from datetime import datetime
from pathlib import Path
from typing import Final, Literal

from sqlalchemy import Engine, inspect
from sqlalchemy import exc as sa_exc

from msek_desktop.core import (
    db,
    errors,
    file_checks,
    live,
    migrations,
    places,
    plain_file,
    roles,
    search,
    server,
)
from msek_desktop.core.db import Database, WriteSession
from msek_desktop.core.server import ServerAddress

search.keep_index_current(WriteSession)
live.announce_changes(WriteSession)  # on the office server, each commit says what changed

IF_CHANGED: Final = "if changed"  # quick_check only a file changed since it was last checked
_CHECKED: weakref.WeakSet[Database] = weakref.WeakSet()  # checked (or noted) when opened


def open_database(
    path: Path | ServerAddress,
    *,
    create: bool = False,
    migrate: bool = True,
    quick_check: bool | Literal["if changed"] = True,
) -> Database:
    """Open (and with create=True, make) the database at `path`.

    Without create, a missing file is an error: a typo in --db must not leave an empty
    database behind. A file that is not SQLite, is damaged, or is some other program's
    SQLite database is refused and never written to, and so is a file on a network share
    or in a cloud-synced folder (core.places). On the office server, see open_server.

    quick_check reads the whole file first; IF_CHANGED does so only when the file changed
    since it was last checked on this desk (core.file_checks; the command line: see
    finished()), False never (the window checks in the background once it is shown).
    """
    if isinstance(path, ServerAddress):
        return open_server(path, create=create, migrate=migrate)
    path = Path(path)
    places.check_place(path)  # a network share or a synced folder: refused before any access
    _refuse_what_is_not_a_file(path)
    _refuse_missing_or_not_sqlite(path, create=create)
    sound = not path.exists()  # a new file: nothing in it to be damaged
    if path.exists() and path.stat().st_size > 0:
        noted = quick_check == IF_CHANGED and file_checks.unchanged(path)
        quick = quick_check is True or (quick_check == IF_CHANGED and not noted)
        tables = db.inspect_file(path, quick=quick)
        sound = noted or quick
        if tables and migrations.VERSION_TABLE not in tables:
            raise errors.NotAnMsekDatabaseError(
                f"{path} is a database of another program, not an MSEK database."
            )
    read_only = path.exists() and not db.writable(path)
    engine = db.make_engine(path, read_only=read_only)
    try:
        if read_only:
            _check_read_only(engine, path)
        elif migrate:
            _migrate(engine, path, checked=sound)
    except BaseException:
        engine.dispose()
        raise
    database = Database(path, engine, read_only=read_only)
    if sound:
        _CHECKED.add(database)
    return database


def finished(database: Database, *, met_damage: bool) -> None:
    """After a command on a database (disposed of; opened with quick_check=IF_CHANGED or True):
    its file's stamp noted as checked when it was sound at the start and the command met no
    damage (its own writes do not make it unchecked), else forgotten: the next command
    checks it first."""
    path = database.file_path
    if path is None:
        return
    if met_damage or database not in _CHECKED:
        file_checks.forget(path)
    else:
        file_checks.remember(path)


def open_server(address: ServerAddress, *, create: bool = False, migrate: bool = True) -> Database:
    """Open the database `address` names on the office server (it must exist there: the
    server's owner creates it). An empty one gets the schema only with create (`msek init`);
    one holding other tables and no MSEK schema is refused, never written to."""
    engine = server.make_engine(address)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        if not tables and not create:
            raise errors.DatabaseMissingError(
                f"The office database {address} holds no MSEK data yet; set it up with `msek init`."
            )
        if tables and migrations.VERSION_TABLE not in tables:
            raise errors.NotAnMsekDatabaseError(
                f"{address} is a database of another program, not an MSEK database."
            )
        if migrate:
            _migrate(engine, address, checked=True)
    except sa_exc.DBAPIError as exc:
        engine.dispose()
        user = server.translate_error(exc, address)
        if user is None:
            raise
        raise user from exc
    except BaseException:
        engine.dispose()
        raise
    return Database(address, engine)


def _refuse_missing_or_not_sqlite(path: Path, *, create: bool) -> None:
    """A missing file without create, an empty one or one that is not SQLite: refused; the
    folder of a file to create is made."""
    if not path.exists():
        if not create:
            raise errors.DatabaseMissingError(f"There is no database file at {path}.")
        if not path.parent.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise errors.DatabaseError(
                    f"Cannot create the folder {path.parent}: {exc}"
                ) from exc
    elif path.stat().st_size == 0 and not create:
        raise errors.NotAnMsekDatabaseError(f"{path} is an empty file, not an MSEK database.")
    elif not plain_file.looks_like_sqlite(path):
        raise errors.NotAnMsekDatabaseError(f"{path} is not an MSEK database file.")


def _refuse_what_is_not_a_file(path: Path) -> None:
    """A folder, a FIFO or a device at `path` is refused without opening it (opening a FIFO
    blocks for ever), and so is a path the system cannot look at (a name too long, a folder
    without permission): one plain line, nothing created."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return  # nothing there yet: create or refuse as asked
    except OSError as exc:
        raise errors.DatabaseError(
            f"Cannot use {path} as the database: {exc.strerror or exc}."
        ) from exc
    if stat.S_ISDIR(mode):
        raise errors.DatabaseError(f"{path} is a folder, not a database file.")
    if not stat.S_ISREG(mode):
        raise errors.DatabaseError(
            f"{path} is not a regular file (a pipe, a socket or a device), not a database file."
        )


def _check_read_only(engine: Engine, path: Path) -> None:
    """A read-only file is used as it is: it must already be at the current schema."""
    try:
        current = migrations.current_revision(engine)
    except Exception as exc:
        raise db.translate_error(exc, path) or errors.DatabaseError(
            f"The database file {path} cannot be read: {exc}"
        ) from exc
    if current is not None and not migrations.is_known(current):
        raise errors.DatabaseError(
            f"{path} was made by a newer version of MSEK Desktop (schema revision {current!r}, "
            "unknown to this one); update the program."
        )
    if current != migrations.head_revision():
        raise errors.DatabaseReadOnlyError(
            f"The database {path} is read-only and was made by another version of MSEK "
            "Desktop, so it cannot be brought up to date. Copy it to a folder where you can "
            "write (or ask for write access) and open the copy."
        )


def _migrate(engine: Engine, path: Path | ServerAddress, *, checked: bool) -> None:
    try:
        current = migrations.current_revision(engine)
        if current is not None and not migrations.is_known(current):
            raise errors.DatabaseError(
                f"{path} was made by a newer version of MSEK Desktop; update the program."
            )
        if current != migrations.head_revision():
            if not checked and current is not None:  # never migrate a damaged file
                db.inspect_file(db.require_file(path, "Checking"), quick=True)
            if isinstance(path, ServerAddress):  # only its owner may (core.roles)
                roles.refuse_upgrade_by_staff(engine, path)
            migrations.upgrade(engine)
            if isinstance(path, ServerAddress):
                roles.grant_after_migration(engine)
    except errors.UserError:
        raise
    except Exception as exc:
        user = db.translate_error(exc, path)
        if user is None:
            raise
        raise user from exc


def check_quickly(database: Database) -> None:
    """quick_check of an open database file; DatabaseDamagedError if it finds a problem.
    Nothing to do on the office server: there is no file, PostgreSQL checks its own pages."""
    if database.file_path is not None:
        db.inspect_file(database.file_path, quick=True)


SIDE_FILES = ("-wal", "-shm", "-journal")


def _rename_no_overwrite(src: Path, dst: Path) -> None:
    """Rename, failing with FileExistsError rather than replace an existing `dst`."""
    try:
        os.link(src, dst)  # atomic: fails if dst exists
    except FileExistsError:
        raise
    except OSError:
        # no hard links here (FAT, some network drives): check, then rename (on Windows
        # os.rename itself refuses an existing target)
        if dst.exists():
            raise FileExistsError(dst) from None
        os.rename(src, dst)
        return
    os.unlink(src)


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database NAME to NAME.corrupt-YYYYmmdd-HHMMSS, with its -wal/-shm.

    Never overwrites: when that name (or one of its side files) is taken, "-2", "-3", ...
    is added. The side files move first, so a stale -wal is never left next to a new
    database at `path`. Returns the new path of the database file.
    """
    path = Path(path)
    stamp = f"{(now or datetime.now()):%Y%m%d-%H%M%S}"
    base = f"{path.name}.corrupt-{stamp}"
    n = 1
    while True:
        target = path.with_name(base if n == 1 else f"{base}-{n}")
        taken = [target] + [target.with_name(target.name + s) for s in SIDE_FILES]
        if not any(t.exists() for t in taken):
            try:
                for suffix in SIDE_FILES:
                    side = path.with_name(path.name + suffix)
                    if side.exists():
                        _rename_no_overwrite(side, target.with_name(target.name + suffix))
                _rename_no_overwrite(path, target)
            except FileExistsError:
                pass  # taken meanwhile by another program: try the next name
            except OSError as exc:
                raise errors.DatabaseError(
                    f"The damaged database {path} could not be moved aside: {exc}"
                ) from exc
            else:
                return target
        n += 1
