"""Backups of the office database: taken, listed, thinned out, verified and restored.

Every backup of a database file goes through SQLite's online backup API
(core.snapshots.backup_to), never a file copy, and is checked with integrity_check before it
is kept. Automatic backups live beside the database in "<database folder>/backups/". With the
office server, a backup is a desk copy (core.copies): a verified SQLite snapshot of the whole
office database, read in one consistent transaction, written as a read-only file into this
desk's "<data folder>/backups/office-<server>-<database>/"; the program opens it with
`--db FILE` (read-only), and latest_copy finds the newest good one. Names, listing, thinning
out and the leftovers of killed copies: core.backup_files, the same rules for both.

Restore (also the window's and the start-up recovery) copies the backup into a temporary file,
verifies it there as an MSEK database of a known schema (core.schema), brings an older one up
to date and verifies it again, and only then replaces the database's contents in one writing
transaction that also takes the safety backup (core.snapshots.replace_contents): a save by
another program lands either before (in the safety backup) or after (in the restored data).
On the office server the same verified file replaces the office's data in one transaction
that holds the writers' lock while the safety desk copy is taken (core.copies.replace_server).

A backup taken before a person was erased still holds them. Before its staged copy replaces
anything, the erasures the current data lists (and those noted in the backups folder's
erasures.json, for a damaged file) that the backup does not are replayed on it
(core.privacy.replay): the person never comes back; the freed space is then wiped.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path

from msek_desktop import paths
from msek_desktop.core import copies, db, errors, migrations, places, schema, snapshots, store
from msek_desktop.core.backup_files import (
    FOLDER_NAME,
    PREFIX,
    STALE_AFTER,
    STAMP,
    BackupInfo,
    RestoreResult,
    check_target,
    list_backups,
    make_folder,
    new_name,
    prune,
    remove_stale_partials,
    to_keep,
)
from msek_desktop.core.copying import Progress
from msek_desktop.core.db import Database
from msek_desktop.core.privacy import replay, wiping
from msek_desktop.core.server import ServerAddress

__all__ = [
    "FOLDER_NAME",
    "PREFIX",
    "STALE_AFTER",
    "STAMP",
    "BackupInfo",
    "RestoreResult",
    "backup_folder",
    "backup_if_changed",
    "backup_now",
    "changed_since",
    "copies_folder",
    "folder_of",
    "latest_copy",
    "list_backups",
    "newest_verified_backup",
    "prune",
    "recover",
    "remove_stale_partials",
    "restore",
    "restore_server",
    "to_keep",
    "verify",
]

OFFICE_PREFIX = "office-"
_UNSAFE = re.compile(r"[^A-Za-z0-9._]+")


def backup_folder(db_path: Path) -> Path:
    return Path(db_path).parent / FOLDER_NAME


def _slug(text: str) -> str:
    return _UNSAFE.sub("-", text).strip("-.") or "x"


def copies_folder(address: ServerAddress) -> Path:
    """This desk's folder of desk copies of the office database `address`:
    "<data folder>/backups/office-<server>[-<port>]-<database>" (e.g. office-msek-01-msek),
    the same whichever login the desk uses."""
    url = address.sqlalchemy_url()
    port = f"-{url.port}" if url.port and url.port != 5432 else ""
    name = f"{OFFICE_PREFIX}{_slug(address.host)}{port}-{_slug(str(url.database))}"
    return paths.data_dir() / FOLDER_NAME / name[:120]


def folder_of(location: Path | ServerAddress) -> Path:
    """Where the backups of `location` go: beside a database file, or this desk's folder of
    copies of an office database."""
    if isinstance(location, ServerAddress):
        return copies_folder(location)
    return backup_folder(location)


def latest_copy(location: Path | ServerAddress) -> Path | None:
    """The newest verified copy of `location` on this desk (for the office server: its desk
    copies, read-only files `--db FILE` opens), or None when there is none."""
    return newest_verified_backup(folder_of(location))


def _backup_file(db_path: Path, *, to: Path | None, now: datetime | None) -> Path:
    if to is not None:
        target = Path(to)
        check_target(target)
    else:
        folder = backup_folder(db_path)
        make_folder(folder)
        remove_stale_partials(folder)
        target = new_name(folder, now or datetime.now())
    snapshots.backup_to(db_path, target)
    return target


def backup_now(
    database: Database,
    *,
    to: Path | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """Take a verified backup of an open database; returns the new file.

    Without `to` it goes to the backups folder beside the database, or with the office
    server to this desk's folder of copies (a desk copy, core.copies). An existing `to` is
    never overwritten.
    """
    if isinstance(database.location, ServerAddress):
        target = Path(to) if to is not None else None
        folder = folder_of(database.location)
        return copies.take(database, folder, to=target, now=now, progress=progress)
    return _backup_file(database.path, to=to, now=now)


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
        folder.mkdir(parents=True, exist_ok=True)
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
    with _staging(folder) as staged:
        revision = _stage(backup_file, staged)  # refused here: nothing was touched
        erased = replay.known_erasures(folder, path=db_path)  # before it may be moved aside
        moved = _current_or_moved_aside(db_path, now) if db_path.exists() else None
        safety = new_name(folder, now) if db_path.exists() and moved is None else None
        replayed = replay.replay_into(staged, erased)
        snapshots.replace_contents(db_path, staged, safety=safety, label=backup_file)
    if replayed:
        wiping.wipe_file(db_path)
    upgraded = revision if revision != migrations.head_revision() else None
    return RestoreResult(backup_file, safety, moved, upgraded)


@contextmanager
def _staging(folder: Path) -> Iterator[Path]:
    """A temporary file in `folder` to verify a backup in, removed when the block ends; on a
    failure `folder` goes too when this made it and it is empty."""
    made_folder = not folder.exists()
    staged = _staging_file(folder)
    try:
        yield staged
    except BaseException:
        snapshots.remove_database_file(staged)
        if made_folder:
            with suppress(OSError):
                folder.rmdir()  # only when empty
        raise
    snapshots.remove_database_file(staged)


def require_admin(database: Database, what: str) -> None:
    """Restoring into the office server is for its admins (core.roles: the owner, superusers
    and admin logins); a staff login is refused in one line naming `what`."""
    from msek_desktop.core import roles  # the server's logins: psycopg, only when needed

    roles.require_admin(database, what)


def restore_server(
    database: Database,
    backup_file: Path,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> RestoreResult:
    """Replace the office server's data with `backup_file` (admins only), keeping a copy.

    The file is verified as for a database file (copied into a temporary file in this desk's
    folder of copies, verified there, an older one brought up to date and verified again);
    nothing is touched before. Then one transaction holds the writers' lock while it takes
    the safety desk copy of the server's data and replaces it (core.copies.replace_server):
    other desks see the old data or the new, and a save lands in one of the two.
    """
    backup_file = Path(backup_file)
    address = database.location
    if not isinstance(address, ServerAddress):
        raise TypeError("restore_server is for the office server; restore() takes a file")
    require_admin(database, "Restoring a backup")
    now = now or datetime.now()
    db.refuse_non_database(backup_file)
    folder = copies_folder(address)
    with _staging(folder) as staged:
        revision = _stage(backup_file, staged)  # refused here: nothing was touched
        replayed = replay.replay_into(staged, replay.known_erasures(folder, database=database))
        safety = copies.replace_server(
            database, staged, folder=folder, label=backup_file, now=now, progress=progress
        )
    if replayed:
        wiping.wipe_free_space(database)
    upgraded = revision if revision != migrations.head_revision() else None
    return RestoreResult(backup_file, safety, None, upgraded)


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


def backup_if_changed(
    database: Database, *, now: datetime | None = None, progress: Progress | None = None
) -> Path | None:
    """The automatic backup (on close, and every 30 minutes in the window).

    Takes a verified backup into the backups folder when the data changed since the newest
    backup there (or there is none), then prunes that folder; returns the new file or None.
    With the office server: a desk copy, when the server's data changed since the newest
    copy (core.copies.take_if_changed).
    """
    now = now or datetime.now()
    if isinstance(database.location, ServerAddress):
        folder = copies_folder(database.location)
        return copies.take_if_changed(database, folder, now=now, progress=progress)
    path = database.file("Taking a backup")
    folder = backup_folder(path)
    existing = list_backups(folder)
    if existing and not changed_since(path, existing[0].taken_at):
        return None
    made = backup_now(database, now=now)
    prune(folder, now)
    return made
