"""Which database a start of the window opens: the office's data, or the demo database.

The office's data: `--db` (without --demo), then MSEK_DB, then the place chosen in the window
(asked at the first start: ui.dialogs.data_location.at_start). Each start opens them unless
--demo says otherwise.

Demo data never go into the office's data (core.demo_place). When the office's data are empty
at start, the user is offered to try the program with demo data: they go into the demo
database ("<data folder>/demo/msek-demo.db"), and the window says DEMO DATA in its title and
status bar until File › Leave the demo data reopens the office's data (made empty if there are
none); Help › Try with demo data… opens the demo again (ui.window.data_actions).

`--demo` opens the demo database at once, or the file `--db FILE` names (the tests' and
screenshots' way: `msek-desktop --db X --demo --screenshots DIR`): filled with demo data when
new or empty, and marked as a demo database; a file holding the office's records is refused,
and so is the office server (a usage error).
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from msek_desktop.core.errors import ServerUnreachableError, UserError
from msek_desktop.core.opening import Opening
from msek_desktop.core.server import ServerAddress
from msek_desktop.paths import APP_NAME, DB_ENV, Location, data_dir, default_db_path
from msek_desktop.ui.window.data_actions import SWITCH_TO_DEMO
from msek_desktop.ui.window.recovery import offer_recovery

if TYPE_CHECKING:
    from msek_desktop.core.db import Database


@dataclass(frozen=True)
class Place:
    """A database to open: the office's data, or the demo database."""

    location: Location
    demo: bool = False


def office_location(args: argparse.Namespace, *, interactive: bool = False) -> Location | None:
    """The office's data: --db (without --demo), MSEK_DB, else the place chosen in the window
    (asked at the first start: data_location.at_start); None when the user closed that
    question."""
    if args.db is not None and not args.demo:
        return default_db_path(args.db)
    if os.environ.get(DB_ENV):
        return default_db_path()
    from msek_desktop.ui.dialogs import data_location  # not needed with --db or MSEK_DB

    return data_location.at_start(interactive=interactive)


def demo_location(args: argparse.Namespace) -> Path:
    """The demo database: the file `--demo --db FILE` names, else this computer's."""
    if args.demo and args.db is not None:
        location = default_db_path(args.db)
        if not isinstance(location, Path):
            raise UserError("--demo takes a database file, never the office server")
        return location
    from msek_desktop.core import demo_place  # its SQL not needed for the office's data

    return demo_place.default_path(data_dir())


def first_place(args: argparse.Namespace, *, interactive: bool = False) -> Place | None:
    """What to open at start: the demo with --demo, else the office's data (None: the user
    closed "where does the data live")."""
    if args.demo:
        return Place(demo_location(args), demo=True)
    location = office_location(args, interactive=interactive)
    return None if location is None else Place(location)


def next_place(args: argparse.Namespace, wanted: str, *, interactive: bool) -> Place | None:
    """The place the window asked for (DataActions.switch_to): the demo, or the office's."""
    if wanted == SWITCH_TO_DEMO:
        return Place(demo_location(args), demo=True)
    location = office_location(args, interactive=interactive)
    return None if location is None else Place(location)


def show_user_error(message: str, *, interactive: bool, shown: str | None = None) -> None:
    """The core's words on stderr; in a box, `shown` (the same in the user's language)."""
    print(f"msek-desktop: {message}", file=sys.stderr)
    if interactive:
        from msek_desktop.ui.kit import questions

        questions.fail(None, APP_NAME, shown or message)


def open_place(location: Location, *, interactive: bool) -> Database | None:
    """The database at `location`, made if missing; None when the user quit because the
    office server is away. quick_check reads the whole file: it runs once the window is
    shown (check_later)."""
    from msek_desktop.core.store import open_database

    try:
        return open_database(location, create=True, quick_check=False)
    except ServerUnreachableError as exc:
        # away, or asking for a password: try again, its desk copy, another place, or quit
        if not (interactive and isinstance(location, ServerAddress)):
            raise
        from msek_desktop.ui.dialogs.server_away import open_when_away

        opened = open_when_away(location, exc)
        if opened is None:  # Quit
            show_user_error(exc.message, interactive=False)
        return opened
    except UserError as exc:
        # a damaged file with good backups beside it: offer the newest (moved aside first)
        if not (interactive and isinstance(location, Path) and offer_recovery(location, exc)):
            raise
        return open_database(location, create=True, quick_check=False)


def begin(place: Place, *, interactive: bool) -> Database | Opening | None:
    """The place's database for the window: a current file of the office's data read
    plainly until the window's first paint (core.opening), else opened at once (open_place:
    None when the user quit). The demo's is opened at once: it may be filled first."""
    if isinstance(place.location, Path) and not place.demo:
        opening = Opening.start(place.location)
        if opening is not None:
            return opening
    db = open_place(place.location, interactive=interactive)
    if db is not None:
        db.keep_connection()  # closed (dispose) before its file may be moved aside or restored
    return db


def active_logins(db: Database | Opening) -> list[str]:
    if isinstance(db, Opening) and db.reads is not None:
        return [s.login for s in db.reads.staff(active_only=True)]
    from msek_desktop.core import staff

    return [s.login for s in staff.list_staff(database_of(db), active_only=True)]


def database_of(db: Database | Opening) -> Database:
    return db.open() if isinstance(db, Opening) else db


def is_empty(db: Database | Opening) -> bool:
    # the staff first: a few rows, where counting the inquiries reads all of them
    if isinstance(db, Opening) and db.reads is not None:
        return not db.reads.staff() and not db.reads.inquiries_exist()
    from msek_desktop.core import inquiries, staff

    return not staff.list_staff(database_of(db)) and inquiries.count_inquiries(database_of(db)) == 0
