"""Opening the office database: refuse what is not ours, check it, migrate it to head."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from msek_desktop.core import db, errors, migrations, search
from msek_desktop.core.db import Database, WriteSession

search.keep_index_current(WriteSession)


def open_database(
    path: Path, *, create: bool = False, migrate: bool = True, quick_check: bool = True
) -> Database:
    """Open (and with create=True, make) the database at `path`.

    Without create, a missing file is an error: a typo in --db must not leave an empty
    database behind. A file that is not SQLite, is damaged, or is some other program's
    SQLite database is refused and never written to.
    """
    path = Path(path)
    if path.is_dir():
        raise errors.DatabaseError(f"{path} is a folder, not a database file.")
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
    elif not db.looks_like_sqlite(path):
        raise errors.NotAnMsekDatabaseError(f"{path} is not an MSEK database file.")

    if path.exists() and path.stat().st_size > 0:
        tables = db.inspect_file(path, quick=quick_check)
        if tables and migrations.VERSION_TABLE not in tables:
            raise errors.NotAnMsekDatabaseError(
                f"{path} is a database of another program, not an MSEK database."
            )
    engine = db.make_engine(path)
    try:
        if migrate:
            _migrate(engine, path, checked=quick_check)
    except BaseException:
        engine.dispose()
        raise
    return Database(path, engine)


def _migrate(engine: Engine, path: Path, *, checked: bool) -> None:
    try:
        current = migrations.current_revision(engine)
        if current is not None and not migrations.is_known(current):
            raise errors.DatabaseError(
                f"{path} was made by a newer version of MSEK Desktop; update the program."
            )
        if current != migrations.head_revision():
            if not checked and current is not None:  # never migrate a damaged file
                db.inspect_file(path, quick=True)
            migrations.upgrade(engine)
    except errors.UserError:
        raise
    except Exception as exc:
        user = db.translate_error(exc, path)
        if user is None:
            raise
        raise user from exc


def check_quickly(database: Database) -> None:
    """quick_check of an open database; DatabaseDamagedError if it finds a problem."""
    db.inspect_file(database.path, quick=True)
