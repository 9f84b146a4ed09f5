"""The database as a whole: create it, fill it with demo data, check, back up and restore it.
Only `init` and `demo` may create the database file; every other command refuses a missing
one."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from msek_desktop.cli.lazy import errors

if TYPE_CHECKING:
    from msek_desktop.core.db import Database


@contextmanager
def opened(
    args: argparse.Namespace,
    *,
    create: bool = False,
    migrate: bool = True,
    quick_check: bool | Literal["if changed"] = "if changed",
) -> Iterator[Database]:
    """The database --db names (or the default one), disposed of when the block ends; a
    password the office server asks for is asked at a terminal (cli.passwords).

    The file's quick_check (the whole file read: 1.1 s at 100,000 inquiries) runs only when
    it changed since it was last checked on this desk (core.file_checks); `check`, `backup`
    and `restore` always run it (quick_check=True). A command that meets damage or an error
    of the database makes the next one check first."""
    from msek_desktop.cli.passwords import open_asking
    from msek_desktop.core import store
    from msek_desktop.paths import default_db_path

    database = open_asking(
        default_db_path(args.db), create=create, migrate=migrate, quick_check=quick_check
    )
    met_damage = False
    try:
        yield database
    except BaseException as exc:
        met_damage = _database_failure(exc)
        raise
    finally:
        database.dispose()
        store.finished(database, met_damage=met_damage)


def _database_failure(exc: BaseException) -> bool:
    """Whether `exc` is the database's (damaged, busy, unreadable: check it next time), not
    the user's (a ref not found) nor the output's (`msek inquiries | head`)."""
    if isinstance(exc, errors.DatabaseError):
        return True
    sqlite3, driver = sys.modules.get("sqlite3"), sys.modules.get("sqlalchemy.exc")
    return (sqlite3 is not None and isinstance(exc, sqlite3.Error)) or (
        driver is not None and isinstance(exc, driver.DBAPIError)
    )


def cmd_init(args: argparse.Namespace) -> int:
    with opened(args, create=True) as database:
        print(database.location)  # a server's URL without its password
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    with opened(args, create=True) as database:
        from msek_desktop.core import demo, demo_place  # heavy: only for this command

        summary = demo.generate(database, inquiries=args.inquiries, seed=args.seed)
        demo_place.mark(database)  # a file of demo data says so (the window: DEMO DATA)
    print(
        f"Demo data in {database.location}: {summary.inquiries} inquiries, "
        f"{summary.contacts} contacts, {summary.organisations} organisations, "
        f"{summary.follow_ups} follow-ups, {summary.staff} staff members."
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from msek_desktop.core import migrations, schema

    # refuses what is not an MSEK database file; connects only read-only, so the file (its
    # journal mode included) stays exactly as it is
    with opened(args, migrate=False, quick_check=True) as database:
        path = database.file("Checking the database")
    found = schema.examine_file(path)
    for line in found.problems:
        print(line)
    if found.problems:
        print(f"{path}: {len(found.problems)} problem(s) found.", file=sys.stderr)
        return 1
    head = migrations.head_revision()
    state = (
        "up to date" if found.revision == head else f"at {found.revision}, will upgrade to {head}"
    )
    print(f"{path}: integrity ok, foreign keys ok, schema {state} with nothing foreign in it.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """A verified backup: of the database file, or with the office server a copy of its data
    on this desk (an SQLite file `--db FILE` opens read-only)."""
    from msek_desktop.core import backups

    with opened(args, migrate=False, quick_check=True) as database:
        path = backups.backup_now(database, to=Path(args.to) if args.to else None)
    print(path)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from msek_desktop.core import backups
    from msek_desktop.core.server import ServerAddress
    from msek_desktop.paths import default_db_path

    location = default_db_path(args.db)
    if isinstance(location, ServerAddress):
        with opened(args, quick_check=True) as database:
            result = backups.restore_server(database, Path(args.file))
        print(f"The previous data was copied to {result.safety_backup}.")
        upgraded = f" (upgraded from schema {result.upgraded_from})" if result.upgraded_from else ""
        print(f"{location} restored from {result.restored_from}{upgraded}.")
        return 0
    path = location
    if not path.exists():
        raise errors.DatabaseMissingError(
            f"There is no database file at {path}; create it with `msek init` first."
        )
    result = backups.restore(path, Path(args.file))
    if result.moved_aside is not None:
        print(f"The damaged database was moved aside to {result.moved_aside}.")
    if result.safety_backup is not None:
        print(f"The previous state was backed up to {result.safety_backup}.")
    upgraded = f" (upgraded from schema {result.upgraded_from})" if result.upgraded_from else ""
    print(f"{path} restored from {result.restored_from}{upgraded}.")
    return 0
