"""A database file opened in two steps: plain reads first, the Database after.

    opening = Opening.start(path)  # None: open it the general way (store.open_database)
    opening.reads                  # core.start_reads.StartReads until the Database is open
    db = opening.open()            # the Database (SQLAlchemy), once; the plain reads closed

The window's start imports neither SQLAlchemy nor the models before its first screen is
painted (issue 18: they were 0.26 s of the 0.6 s of CPU to My day at 100,000 inquiries): on a
file that is sound and current (core.plain_file's checks: a writable SQLite file, checked
since it last changed, at this program's schema), what the first screen shows is read with
sqlite3 (StartReads, whose answers tests compare with the ORM's), and the Database is opened
as the window's first paint is done. Anything else (the office server, a file to migrate or
to check, a read-only file) opens the Database at once, as before.

Until it is open the place is known without it: a file (not the office server), writable.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from msek_desktop.core.start_reads import StartReads

if TYPE_CHECKING:
    from msek_desktop.core.db import Database


class Opening:
    """The file at `path` read plainly until open() opens its Database (see the module)."""

    on_server = False
    read_only = False  # StartReads only opens a writable file

    def __init__(self, path: Path, reads: StartReads) -> None:
        self.location = self.path = path
        self.reads: StartReads | None = reads
        self.database: Database | None = None

    @classmethod
    def start(cls, path: Path) -> Opening | None:
        reads = StartReads.open(path)
        return None if reads is None else cls(path, reads)

    def open(self) -> Database:
        """The Database, opened (its connection kept, as the window keeps it) at the first
        call; the plain connection closed then. A UserError when the file cannot be opened
        after all (it changed meanwhile: damaged, locked)."""
        if self.database is None:
            from msek_desktop.core.store import open_database

            # not made again: the file was there at the start (gone since: an error)
            database = open_database(self.path, create=False, quick_check=False)
            database.keep_connection()  # closed (dispose) before the file may be moved
            self.database = database
            self.close_reads()
        return self.database

    def close_reads(self) -> None:
        if self.reads is not None:
            self.reads.close()
            self.reads = None

    def dispose(self) -> None:
        """Close what is open: the plain connection, the Database's."""
        self.close_reads()
        if self.database is not None:
            self.database.dispose()
