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
from dataclasses import dataclass
from pathlib import Path

from msek_desktop.core import demo_place
from msek_desktop.core.errors import UserError
from msek_desktop.paths import DB_ENV, Location, data_dir, default_db_path
from msek_desktop.ui.window.data_actions import SWITCH_TO_DEMO


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
