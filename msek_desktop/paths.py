"""Where things live: the per-user data folder, and the shipped resources.

One helper finds resources/ and db/ whether the program runs from a source checkout, from an
editable install, or from a PyInstaller bundle (where they sit under sys._MEIPASS).

Which database: `--db` wins, then the MSEK_DB environment variable, then msek.db in the
per-user data folder. The rule for a `--db`/MSEK_DB value lives here, once, for the command
line and the window alike:
- an empty `--db ""` is wrong usage (check_db_value); an empty MSEK_DB counts as unset, as
  the XDG convention has it for empty variables (`MSEK_DB= msek ...` is the default file);
- a value that looks like a URL (`scheme://...`) is never taken for a file path (that once
  made a folder named "postgresql:" with an SQLite file inside): a PostgreSQL URL
  (postgresql://login@host[:port]/database, or postgresql://login@/database?host=/socket/dir)
  names a database on the office server (core.server.ServerAddress, shown without its
  password), any other scheme is refused by name. One letter before "://" is a Windows drive
  (C://...), not a scheme.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import platformdirs

from msek_desktop.core.errors import DatabaseError
from msek_desktop.core.server import SCHEMES, ServerAddress

Location = Path | ServerAddress  # where the data lives: a file, or the office server

APP_NAME = "MSEK Desktop"
APP_AUTHOR = "MSEK"
DB_FILENAME = "msek.db"
DB_ENV = "MSEK_DB"


def bundle_root() -> Path:
    """The folder holding resources/ and db/."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return bundle_root().joinpath("resources", *parts)


def migrations_path() -> Path:
    return bundle_root() / "db"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+)://")


class DatabaseLocationError(DatabaseError):
    """A --db or MSEK_DB value that names no database file this version can use."""


def check_db_value(text: str) -> str:
    """`text` if it can be a --db value; DatabaseLocationError for an empty one (the
    command line and the window make it a usage error)."""
    if not text.strip():
        raise DatabaseLocationError(
            "the database path is empty; give a file path or leave --db out"
        )
    return text


def db_location(text: str | os.PathLike[str], origin: str = "--db") -> Location:
    """The database file or office server `text` names (see the module's docstring)."""
    raw = os.fspath(text)
    found = _URL.match(raw)
    if found:
        scheme = found[1].lower()
        if scheme.split("+", 1)[0] in SCHEMES:
            try:
                return ServerAddress(raw)
            except DatabaseError as exc:
                raise DatabaseLocationError(f"{origin}: {exc.message}") from None
        raise DatabaseLocationError(
            f"{origin} is a {scheme}:// address, not a database file; give a file path"
        )
    return Path(raw).expanduser()


def default_db_path(explicit: str | os.PathLike[str] | None = None) -> Location:
    """--db wins, then MSEK_DB (empty: unset), then the file in the per-user data folder."""
    if explicit is not None:
        check_db_value(os.fspath(explicit))
        return db_location(explicit)
    env = os.environ.get(DB_ENV)
    if env:
        return db_location(env, DB_ENV)
    return data_dir() / DB_FILENAME
