"""The backup files of one folder: their names, listing them, thinning them out, and the
leftovers of killed copies (core.backups and core.copies share these rules).

Backups are named "msek-YYYYmmdd-HHMMSS.db" (local time; a second backup within the same
second gets "-2", "-3", ...). A database file's backups live in "<its folder>/backups/"; the
desk copies of an office server's database in "<this desk's data folder>/backups/office-
<server>-<database>/" (core.copies).

Thinning out (prune): of the files named that way, kept are
- the newest backup of each of the last `keep_daily` calendar days (today included),
- the newest backup of each of the last `keep_weekly` ISO weeks (this week included),
- the newest backup of each of the last `keep_monthly` calendar months (this month included),
- and always the newest backup of all, and any backup dated after `now` (a clock put back).
Everything else with such a name is deleted (a read-only desk copy included); no other file
in the folder is ever touched.

Leftovers of a killed backup or restore (temporary files "msek-YYYYmmdd-HHMMSS.db.*.partial"
and "msek-restore-*.db.partial" in the backups folder, and the "msek-….db.partial" of older
versions), with any -journal/-wal/-shm SQLite left beside them, are removed at the next
backup into that folder once they are stale: not modified for STALE_AFTER (an hour). A copy in
progress writes its file all along and takes seconds to minutes, so it is never taken for a
leftover; files of other names are never touched, nor `X.partial` beside a `backup --to X`
(that copy goes through a new, unique temporary name).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from msek_desktop.core import errors

FOLDER_NAME = "backups"
PREFIX = "msek-"
STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^msek-(\d{8}-\d{6})(?:-(\d+))?\.db$")
_PARTIAL = re.compile(
    r"^msek-(?:\d{8}-\d{6}(?:-\d+)?\.db(?:\.[A-Za-z0-9_]+)?|restore-[A-Za-z0-9_]+\.db)"
    r"\.partial(?:-journal|-wal|-shm)?$"
)
STALE_AFTER = timedelta(hours=1)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int


@dataclass(frozen=True)
class RestoreResult:
    """What restore did: from which file, the backup of the state it replaced, and whether
    a damaged database had to be moved aside first."""

    restored_from: Path
    safety_backup: Path | None
    moved_aside: Path | None
    upgraded_from: str | None


def _parse(name: str) -> tuple[datetime, int] | None:
    match = _NAME.match(name)
    if not match:
        return None
    try:
        taken = datetime.strptime(match.group(1), STAMP)
    except ValueError:
        return None
    return taken, int(match.group(2) or 1)


def new_name(folder: Path, now: datetime) -> Path:
    """A backup name in `folder` for `now` that no file there has yet."""
    base = f"{PREFIX}{now:{STAMP}}"
    target = folder / f"{base}.db"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{base}-{n}.db"
    return target


def make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise errors.DatabaseError(f"Cannot create the folder {folder}: {exc}") from exc


def check_target(target: Path) -> None:
    """A `backup --to` file: never an existing one, and its folder must be there."""
    if target.exists():
        raise errors.UserError(f"{target} already exists; choose a new file name.")
    if not target.parent.is_dir():
        raise errors.UserError(f"The folder {target.parent} does not exist.")


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in `folder` (by their names), newest first; [] for a missing folder."""
    found: list[tuple[datetime, int, BackupInfo]] = []
    try:
        entries = list(Path(folder).iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    for entry in entries:
        parsed = _parse(entry.name)
        if parsed is None or not entry.is_file():
            continue
        taken, n = parsed
        found.append((taken, n, BackupInfo(entry, taken, entry.stat().st_size)))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [info for _, _, info in found]


def remove_stale_partials(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete the leftovers of killed backups and restores in `folder` (see the module's
    docstring: only our temporary names, only untouched for STALE_AFTER); returns them."""
    cutoff = (now or datetime.now()) - STALE_AFTER
    removed: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        if not _PARTIAL.match(entry.name):
            continue
        try:
            if entry.is_symlink() or not entry.is_file():
                continue
            if datetime.fromtimestamp(entry.stat().st_mtime) >= cutoff:
                continue
            entry.unlink()
        except OSError:
            continue  # gone meanwhile, or not ours to delete: left alone
        removed.append(entry)
    return removed


def _month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


def _iso_week_start(d: date) -> date:
    return d - timedelta(days=d.isoweekday() - 1)


def to_keep(
    backups: Iterable[BackupInfo],
    now: datetime,
    *,
    keep_daily: int = 7,
    keep_weekly: int = 4,
    keep_monthly: int = 12,
) -> set[Path]:
    """The backups the rule in this module's docstring keeps."""
    newest_first = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    if not newest_first:
        return set()
    today = now.date()
    this_week = _iso_week_start(today)
    this_month = _month_index(today)
    keep: set[Path] = {newest_first[0].path}
    buckets: list[tuple[Callable[[date], object], Callable[[date], bool]]] = [
        (lambda d: d, lambda d: 0 <= (today - d).days < keep_daily),
        (_iso_week_start, lambda d: 0 <= (this_week - _iso_week_start(d)).days < 7 * keep_weekly),
        (_month_index, lambda d: 0 <= this_month - _month_index(d) < keep_monthly),
    ]
    for bucket_of, recent in buckets:
        seen: set[object] = set()
        for b in newest_first:
            if b.taken_at > now:
                keep.add(b.path)
                continue
            day = b.taken_at.date()
            bucket = bucket_of(day)
            if recent(day) and bucket not in seen:
                seen.add(bucket)
                keep.add(b.path)
    return keep


def _delete(path: Path) -> None:
    """Unlink `path`; a read-only desk copy is made writable first (Windows refuses to
    delete a read-only file)."""
    try:
        path.unlink()
    except PermissionError:
        os.chmod(path, stat.S_IREAD | stat.S_IWRITE)
        path.unlink()


def prune(
    folder: Path,
    now: datetime | None = None,
    *,
    keep_daily: int = 7,
    keep_weekly: int = 4,
    keep_monthly: int = 12,
) -> list[Path]:
    """Delete the backups the rule does not keep; returns the deleted files."""
    backups = list_backups(folder)
    keep = to_keep(
        backups,
        now or datetime.now(),
        keep_daily=keep_daily,
        keep_weekly=keep_weekly,
        keep_monthly=keep_monthly,
    )
    deleted: list[Path] = []
    for b in backups:
        if b.path not in keep:
            try:
                _delete(b.path)
            except FileNotFoundError:
                continue
            deleted.append(b.path)
    return deleted
