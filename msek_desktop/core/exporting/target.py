"""Where an export may be written: never over the database, its backups, another database,
a folder, a device or a read-only file (see core.exporting)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from msek_desktop.core import errors
from msek_desktop.core.exporting.cells import FORMATS
from msek_desktop.core.plain_file import SQLITE_HEADER

DATABASE_SIDE_FILES = ("-wal", "-shm", "-journal")
BACKUPS_FOLDER = "backups"  # core.backups.FOLDER_NAME (backups imports more than we need)


class ExportRefused(errors.UserError):
    """The export's file cannot be written there. `reason` (one of REASONS) and `path` let
    the window say it in its own language; `detail` is the system's words, if any."""

    REASONS = (
        "extension", "folder", "not_a_file", "database", "backup", "sqlite", "read_only",
        "cannot_write",
    )  # fmt: skip

    def __init__(self, reason: str, path: Path, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.path = path
        self.detail = detail


def format_of(path: Path) -> str:
    ext = path.suffix.lower()
    if ext not in FORMATS:
        raise ExportRefused(
            "extension",
            path,
            f"Cannot export to {path.name}: the file name must end in .csv or .xlsx.",
        )
    return ext


def cannot_write(path: Path, exc: OSError | ValueError) -> ExportRefused:
    if isinstance(exc, ValueError):  # a NUL character in the name
        detail = "the name is not a valid file name"
    else:
        detail = exc.strerror or str(exc)
    return ExportRefused("cannot_write", path, f"Cannot write {path}: {detail}.", detail)


def _same_file(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _key(path: Path) -> str:
    return os.path.normcase(str(path))  # Windows: Office.DB is office.db


def _database_files(database: Path) -> list[Path]:
    real = Path(os.path.realpath(database))
    return [real] + [real.with_name(real.name + side) for side in DATABASE_SIDE_FILES]


def _stat(path: Path, shown: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, ValueError) as exc:
        raise cannot_write(shown, exc) from exc


def _starts_like_sqlite(path: Path, shown: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError as exc:  # unreadable: it cannot be shown not to be a database
        raise cannot_write(shown, exc) from exc


def check_target(path: Path | str, database: Path | None = None) -> tuple[Path, int | None]:
    """Where an export to `path` is written (a symlink's file), and the permission bits of
    the file it replaces (None for a new file); ExportRefused for what must not be replaced
    (see the module's docstring). Nothing is written or changed."""
    path = Path(path)
    format_of(path)
    try:
        real = Path(os.path.realpath(path))
    except ValueError as exc:  # a NUL character in the name
        raise cannot_write(path, exc) from exc
    found = _stat(real, path)
    if database is not None:
        own = _database_files(database)
        if _key(real) in {_key(f) for f in own} or (
            found is not None
            and any(_same_file(found, s) for f in own if (s := _stat(f, path)) is not None)
        ):
            raise ExportRefused(
                "database",
                path,
                f"Cannot export to {path}: it is the database itself (or one of its files); "
                "choose another name.",
            )
        if _key(real.parent) == _key(own[0].parent / BACKUPS_FOLDER):
            raise ExportRefused(
                "backup",
                path,
                f"Cannot export to {path}: it is in the database's backups folder; choose "
                "another folder.",
            )
    if found is None:
        return real, None
    if stat.S_ISDIR(found.st_mode):
        raise ExportRefused("folder", path, f"Cannot export to {path}: it is a folder.")
    if not stat.S_ISREG(found.st_mode):
        raise ExportRefused(
            "not_a_file",
            path,
            f"Cannot export to {path}: it is not a regular file (a pipe or a device).",
        )
    if _starts_like_sqlite(real, path):
        raise ExportRefused(
            "sqlite",
            path,
            f"Cannot export to {path}: it is a database file, which an export never "
            "replaces; choose another name.",
        )
    if not found.st_mode & 0o222 or not os.access(real, os.W_OK):
        raise ExportRefused("read_only", path, f"Cannot export to {path}: the file is read-only.")
    return real, stat.S_IMODE(found.st_mode)
