"""How long the backups keep an erased person.

An erasure cannot reach into the backups already taken: they keep the person until they are
thinned out (core.backup_files.to_keep: the newest backup of each of the last days, weeks and
months). keep_until plays that rule forward, a backup a day from now on, and tells the last
day a backup taken before now is still kept: the date the erasure dialog states. A restore
of such a backup erases the person again (core.privacy.replay).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from msek_desktop.core import backups
from msek_desktop.core.backup_files import BackupInfo, list_backups, to_keep
from msek_desktop.core.db import Database

HORIZON_DAYS = 2 * 366  # no rule keeps a backup longer


def keep_until(folder: Path, now: datetime | None = None) -> date | None:
    """The last day a backup now in `folder` is still kept, with a new backup every day from
    now on; None when there is no backup there."""
    now = now or datetime.now()
    old = [b for b in list_backups(folder) if b.taken_at <= now]
    if not old:
        return None
    old_paths = {b.path for b in old}
    last = now.date()
    future: list[BackupInfo] = [BackupInfo(folder / "after-now", now + timedelta(seconds=1), 0)]
    for days in range(1, HORIZON_DAYS):
        day = now.date() + timedelta(days=days)
        future.append(BackupInfo(folder / f"after-{days}", datetime.combine(day, time(12)), 0))
        if not old_paths & to_keep(old + future, datetime.combine(day, time(23, 59))):
            return last
        last = day
    return last


def backups_keep_until(db: Database, now: datetime | None = None) -> date | None:
    """keep_until of `db`'s backups (on the office server: this desk's copies)."""
    return keep_until(backups.folder_of(db.location), now)
