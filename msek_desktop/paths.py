"""Where things live: the per-user data folder, and the shipped resources.

One helper finds resources/ and db/ whether the program runs from a source checkout, from an
editable install, or from a PyInstaller bundle (where they sit under sys._MEIPASS).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

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


def default_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--db wins, then MSEK_DB, then the file in the per-user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / DB_FILENAME
