"""Desk copies of the office server's database, and replacing the server's data by a backup.

A desk copy is an SQLite file holding the whole office database, read in one consistent
transaction (core.copying), checked row for row against what was read (row counts and
checksums), verified as a backup is (core.schema: integrity, foreign keys, the schema of its
revision), made a single file (journal_mode=DELETE) and only then given its name, read-only:
`--db FILE` opens it read-only, and core.backups restores from it as from any backup. They
are named and thinned out as backups are (core.backup_files), in this desk's folder of the
server's copies (core.backups.copies_folder).

The automatic copy (take_if_changed) is taken only when the server's data changed since the
newest copy in the folder: the mark of the data read with that copy (core.server_copying) is
kept beside it in LAST_COPY and compared with the server's mark now.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

from msek_desktop.core import copying, errors, live, schema, snapshots
from msek_desktop.core.backup_files import (
    check_target,
    list_backups,
    make_folder,
    new_name,
    prune,
    remove_stale_partials,
)
from msek_desktop.core.copying import Progress
from msek_desktop.core.db import Database, hold_writer_lock, make_engine

LAST_COPY = "last-copy.json"  # {"copy": file name, "mark": the server's mark it holds}


def _nothing(_done: int, _total: int) -> None:
    pass


def take(
    database: Database,
    folder: Path,
    *,
    to: Path | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """A new desk copy of the office database into `folder` (or the new file `to`, never
    overwritten); returns its path."""
    if to is not None:
        check_target(to)
        target = to
    else:
        make_folder(folder)
        remove_stale_partials(folder)
        target = new_name(folder, now or datetime.now())
    copied = _copy(database, target, progress or _nothing)
    if to is None:
        _remember(folder, target, copied.mark)
    return target


def _copy(database: Database, dst: Path, progress: Progress) -> copying.Copied:
    label = f"the copy of {database.location}"
    try:
        partial = snapshots.partial_name(dst)
    except OSError as exc:
        raise errors.DatabaseError(f"The copy could not be saved as {dst}: {exc}") from exc
    try:
        copied = copying.to_new_file(database.engine, database.location, partial, progress=progress)
        snapshots.make_single_file(partial)
        schema.verify_file(partial, label=label)
        snapshots.publish_copy(partial, dst)
    except OSError as exc:
        raise errors.DatabaseError(f"The copy could not be saved as {dst}: {exc}") from exc
    finally:
        snapshots.remove_database_file(partial)
    return copied


def _remember(folder: Path, copy: Path, mark: str | None) -> None:
    state = folder / LAST_COPY
    temporary = folder / f"{LAST_COPY}.new"
    try:
        temporary.write_text(json.dumps({"copy": copy.name, "mark": mark}), encoding="utf-8")
        os.replace(temporary, state)
    except OSError:
        temporary.unlink(missing_ok=True)  # the next automatic copy is then taken anyway


def _recalled(folder: Path) -> tuple[str, str] | None:
    try:
        state = json.loads((folder / LAST_COPY).read_text(encoding="utf-8"))
        return str(state["copy"]), str(state["mark"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def current_mark(database: Database) -> str | None:
    """The server's mark of its data now (core.server_copying)."""
    with copying.blame(database.location), copying.snapshot(database.engine) as conn:
        return copying.mark(conn)


def take_if_changed(
    database: Database,
    folder: Path,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path | None:
    """The automatic desk copy: taken when the data changed since the newest copy in
    `folder` (or there is none), then the folder is thinned out; the new file or None."""
    now = now or datetime.now()
    existing = list_backups(folder)
    if existing:
        recalled = _recalled(folder)
        if recalled is not None and recalled == (existing[0].path.name, current_mark(database)):
            return None
    made = take(database, folder, now=now, progress=progress)
    prune(folder, now)
    return made


def _halves(progress: Progress) -> tuple[Progress, Progress]:
    """One progress bar for two steps of about the same work."""
    return (
        lambda done, total: progress(done, 2 * total),
        lambda done, total: progress(total + done, 2 * total),
    )


def replace_server(
    database: Database,
    staged: Path,
    *,
    folder: Path,
    label: Path,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """Replace the office server's data by the verified SQLite file `staged` (at the same
    schema revision), after a safety desk copy of it into `folder`; returns that copy.

    One transaction does it all: it first takes the writers' lock (core.db.hold_writer_lock),
    so no desk's save can land between the safety copy and the replacement (a save either
    committed before, and is in the safety copy, or waits and lands in the restored data);
    the rows are then replaced and checked (core.copying.copy_into), every table is announced
    as changed (core.live: the other desks' lists read again) and it is committed at once:
    other desks read the old data until then, the new data after. `label` names the backup.
    """
    first, second = _halves(progress or _nothing)
    source = make_engine(staged, read_only=True)
    try:
        with (
            copying.blame(database.location),
            database.engine.connect() as target,
            target.begin(),
        ):
            hold_writer_lock(target)
            safety = take(database, folder, now=now, progress=first)
            with copying.snapshot(source) as rows:
                copying.copy_into(
                    rows, target, source_at=label, target_at=database.location, progress=second
                )
            live.announce_tables(target, [t.name for t in copying.tables()])
    finally:
        source.dispose()
    return safety
