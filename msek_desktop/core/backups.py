"""Backups of the office database: taken, listed, thinned out, verified and restored.

Every backup goes through SQLite's online backup API (core.snapshots.backup_to), never a file
copy, and is checked with integrity_check before it is kept. Automatic backups live beside the
database in "<database folder>/backups/" as "msek-YYYYmmdd-HHMMSS.db" (local time; a second
backup within the same second gets "-2", "-3", ...).

Thinning out (prune): of the files named that way, kept are
- the newest backup of each of the last `keep_daily` calendar days (today included),
- the newest backup of each of the last `keep_weekly` ISO weeks (this week included),
- the newest backup of each of the last `keep_monthly` calendar months (this month included),
- and always the newest backup of all, and any backup dated after `now` (a clock put back).
Everything else with such a name is deleted; no other file in the folder is ever touched.

Leftovers of a killed backup or restore (temporary files "msek-YYYYmmdd-HHMMSS.db.*.partial"
and "msek-restore-*.db.partial" in the backups folder, and the "msek-….db.partial" of older
versions), with any -journal/-wal/-shm SQLite left beside them, are removed at the next
backup into that folder once they are stale: not modified for STALE_AFTER (an hour). A copy in
progress writes its file all along and takes seconds to minutes, so it is never taken for a
leftover; files of other names are never touched, nor `X.partial` beside a `backup --to X`
(that copy goes through a new, unique temporary name).

Restore (also the window's and the start-up recovery) copies the backup into a temporary file,
verifies it there as an MSEK database of a known schema (core.schema), brings an older one up
to date and verifies it again, and only then replaces the database's contents in one writing
transaction that also takes the safety backup (core.snapshots.replace_contents): a save by
another program lands either before (in the safety backup) or after (in the restored data).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from msek_desktop.core import db, errors, migrations, places, schema, snapshots, store
from msek_desktop.core.db import Database

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


def backup_folder(db_path: Path) -> Path:
    return Path(db_path).parent / FOLDER_NAME


def _parse(name: str) -> tuple[datetime, int] | None:
    match = _NAME.match(name)
    if not match:
        return None
    try:
        taken = datetime.strptime(match.group(1), STAMP)
    except ValueError:
        return None
    return taken, int(match.group(2) or 1)


def _new_name(folder: Path, now: datetime) -> Path:
    base = f"{PREFIX}{now:{STAMP}}"
    target = folder / f"{base}.db"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{base}-{n}.db"
    return target


def _backup_file(db_path: Path, *, to: Path | None, now: datetime | None) -> Path:
    if to is not None:
        target = Path(to)
        if target.exists():
            raise errors.UserError(f"{target} already exists; choose a new file name.")
        if not target.parent.is_dir():
            raise errors.UserError(f"The folder {target.parent} does not exist.")
    else:
        folder = backup_folder(db_path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise errors.DatabaseError(f"Cannot create the folder {folder}: {exc}") from exc
        remove_stale_partials(folder)
        target = _new_name(folder, now or datetime.now())
    snapshots.backup_to(db_path, target)
    return target


def backup_now(database: Database, *, to: Path | None = None, now: datetime | None = None) -> Path:
    """Take a verified backup of an open database; returns the new file.

    Without `to` it goes to the backups folder beside the database. An existing `to` is
    never overwritten.
    """
    return _backup_file(database.file("Taking a backup"), to=to, now=now)


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
                b.path.unlink()
            except FileNotFoundError:
                continue
            deleted.append(b.path)
    return deleted


def verify(backup_file: Path) -> str:
    """Check that `backup_file` is a sound MSEK database of a known schema; its revision.

    Refused with one line naming the reason (core.schema.verify_connection): damage, no single
    known revision, anything the schema of that revision lacks or does not have (a table, a
    column, an index, a trigger, a view), broken foreign keys, or a newer program's file.
    """
    backup_file = Path(backup_file)
    db.refuse_non_database(backup_file)
    return schema.verify_file(backup_file)


def newest_verified_backup(folder: Path) -> Path | None:
    """The newest backup in `folder` that passes verify(), or None."""
    for b in list_backups(folder):
        try:
            verify(b.path)
        except errors.UserError:
            continue
        return b.path
    return None


def _current_or_moved_aside(db_path: Path, now: datetime) -> Path | None:
    """Refuse another program's file at `db_path`; move a damaged one aside (returned)."""
    try:
        store.open_database(db_path, migrate=False).dispose()
    except errors.DatabaseDamagedError:
        return store.move_aside(db_path, now)
    if not db.writable(db_path):
        raise errors.DatabaseReadOnlyError(
            f"The database {db_path} is read-only: it cannot be replaced by a backup."
        )
    return None


def _stage(backup_file: Path, staged: Path) -> str:
    """Copy `backup_file` into `staged`, verify it, bring it up to date there and verify it
    again; returns the revision the backup had."""
    snapshots.stage_copy(backup_file, staged)
    revision = schema.verify_file(staged, label=str(backup_file))
    if revision == migrations.head_revision():
        return revision
    engine = db.make_engine(staged)
    try:
        migrations.upgrade(engine)
    except Exception as exc:
        reason = exc.message if isinstance(exc, errors.UserError) else str(exc).splitlines()[0]
        raise errors.DatabaseError(
            f"The backup {backup_file} (schema revision {revision}) could not be brought up to "
            f"date ({reason}); nothing was changed."
        ) from exc
    finally:
        engine.dispose()
    schema.verify_file(staged, label=f"{backup_file} brought up to date")
    return revision


def _staging_file(folder: Path) -> Path:
    try:
        folder.mkdir(exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f"{PREFIX}restore-", suffix=".db.partial", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise errors.DatabaseError(f"Cannot write in the folder {folder}: {exc}") from exc
    return Path(name)


def restore(db_path: Path, backup_file: Path, *, now: datetime | None = None) -> RestoreResult:
    """Replace the database at `db_path` with `backup_file`, keeping the current state.

    Nothing is touched unless the backup, copied into a temporary file in the backups folder,
    passes verify() there (and, when older, is brought up to date there and passes again).
    Then one writing transaction holds the write lock while it takes the safety backup of the
    current state and replaces the contents (core.snapshots.replace_contents): another program's
    save lands in one of the two, never in neither. A damaged current database cannot be
    backed up: it is moved aside (never overwritten) instead. Another program's file at
    `db_path` is refused.
    """
    db_path, backup_file = Path(db_path), Path(backup_file)
    now = now or datetime.now()
    places.check_place(db_path)  # before anything is written there, a new file included
    db.refuse_non_database(backup_file)
    if db_path.exists() and db_path.resolve() == backup_file.resolve():
        raise errors.UserError(f"{backup_file} is the database itself.")
    folder = backup_folder(db_path)
    made_folder = not folder.exists()
    staged = _staging_file(folder)
    try:
        revision = _stage(backup_file, staged)  # refused here: nothing was touched
        moved = _current_or_moved_aside(db_path, now) if db_path.exists() else None
        safety = _new_name(folder, now) if db_path.exists() and moved is None else None
        snapshots.replace_contents(db_path, staged, safety=safety, label=backup_file)
    except BaseException:
        snapshots.remove_database_file(staged)
        if made_folder:
            with suppress(OSError):
                folder.rmdir()  # only when empty
        raise
    snapshots.remove_database_file(staged)
    upgraded = revision if revision != migrations.head_revision() else None
    return RestoreResult(backup_file, safety, moved, upgraded)


def recover(db_path: Path, backup_file: Path, *, now: datetime | None = None) -> RestoreResult:
    """At start, for a database that cannot be opened: move it aside, restore `backup_file`.

    The file (with its -wal/-shm) becomes NAME.corrupt-YYYYmmdd-HHMMSS and is never
    overwritten; the backup is verified before anything moves.
    """
    db_path = Path(db_path)
    now = now or datetime.now()
    verify(backup_file)
    moved = store.move_aside(db_path, now) if db_path.exists() else None
    result = restore(db_path, backup_file, now=now)
    return RestoreResult(result.restored_from, None, moved, result.upgraded_from)


def changed_since(db_path: Path, when: datetime) -> bool:
    """Whether the database file or its -wal was written after `when` (local time).

    Every commit writes the -wal (or, in rollback mode, the file itself), so this tells
    whether there is anything new to back up without opening the database. A checkpoint
    after the last backup also counts: at worst one backup too many, never one too few.
    """
    db_path = Path(db_path)
    stamps = [
        p.stat().st_mtime for p in (db_path, db_path.with_name(db_path.name + "-wal")) if p.exists()
    ]
    # backup names keep whole seconds: compare at that precision
    return bool(stamps) and datetime.fromtimestamp(max(stamps)).replace(microsecond=0) >= when


def backup_if_changed(database: Database, *, now: datetime | None = None) -> Path | None:
    """The automatic backup (on close, and every 30 minutes in the window).

    Takes a verified backup into the backups folder when the data changed since the newest
    backup there (or there is none), then prunes that folder; returns the new file or None.
    """
    now = now or datetime.now()
    path = database.file("Taking a backup")
    folder = backup_folder(path)
    existing = list_backups(folder)
    if existing and not changed_since(path, existing[0].taken_at):
        return None
    made = backup_now(database, now=now)
    prune(folder, now)
    return made
