"""The demo database: made-up records to try the program, kept apart from the office's data.

Demo data never go into the office's database. They live in a database of their own, by
default "<data folder>/demo/msek-demo.db": a folder of its own, so that its automatic
backups ("<folder>/backups/", core.backups) never mix with the office's, and the office's
Restore… and start-up recovery never see them. The demo is always an SQLite file on this
computer, never the office server.

A demo database says so itself: a row of the settings table (MARK) is written when the
file is taken for the demo (claim), before it is filled. Whoever opens the file later (the
window, a copy of it, a restored backup of it) finds the row and labels it DEMO; a database
without the row is never labelled demo, and one holding records without it (the office's)
is refused as a demo (NotADemoError): it is never filled, marked or labelled.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from msek_desktop.core import errors
from msek_desktop.core.db import Database
from msek_desktop.core.models import Contact, Inquiry, Organisation, Setting, StaffMember

FOLDER = "demo"
FILENAME = "msek-demo.db"
MARK = "demo.database"  # the settings row saying "this database holds demo data"
MARK_VALUE = "true"  # JSON, as every settings value


class NotADemoError(errors.UserError):
    """A database holding records that is not a demo database: never taken for the demo."""


def default_path(data_folder: Path) -> Path:
    """The demo database of this computer, in its own folder of the data folder."""
    return Path(data_folder) / FOLDER / FILENAME


def is_demo(db: Database) -> bool:
    """Whether `db` is a demo database: a file carrying the mark (the server never is)."""
    if db.on_server:
        return False
    with db.read() as session:
        return session.get(Setting, MARK) is not None


def holds_records(db: Database) -> bool:
    """Whether anything the office entered is there: staff, inquiries, people,
    organisations, or a setting."""
    with db.read() as session:
        for model in (StaffMember, Inquiry, Contact, Organisation, Setting):
            if session.scalar(select(func.count()).select_from(model)):
                return True
    return False


def claim(db: Database) -> None:
    """Take `db` for the demo: a demo database already, or an empty file, then marked.
    The office server and a database holding records are refused (nothing written)."""
    if db.on_server:
        raise NotADemoError(
            f"Demo data go into a file on this computer, never into the office server "
            f"({db.location})."
        )
    if is_demo(db):
        return
    if holds_records(db):
        raise NotADemoError(
            f"{db.location} holds records and is not a demo database; demo data go only "
            "into a new or empty file."
        )
    mark(db)


def mark(db: Database) -> None:
    """Mark the file `db` as a demo database (once); the office server never is marked
    (`msek demo` fills a server database for trials and tests, unmarked)."""
    if db.on_server:
        return
    with db.write() as session:
        if session.get(Setting, MARK) is None:
            session.add(Setting(key=MARK, value=MARK_VALUE))


def needs_data(db: Database) -> bool:
    """A claimed demo database still to fill: no inquiry, person or organisation yet (new,
    or its filling was cancelled), as core.demo.generate wants it."""
    with db.read() as session:
        return all(
            session.scalar(select(model.id).limit(1)) is None
            for model in (Inquiry, Contact, Organisation)
        )
