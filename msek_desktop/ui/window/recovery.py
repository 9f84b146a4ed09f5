"""The offer to restore the newest good backup of a damaged database file: at start, when
opening the file failed (offer_recovery, from app.main), and when the window's background
check found damage in the open file (damage_found). The damaged file is kept, renamed; the
work is core.backups'.

    offer_recovery(path, error)             # in app.main, when opening the database failed
    damage_found(window, ctx, error)        # the background check's word
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from msek_desktop.core.errors import DatabaseDamagedError, NotAnMsekDatabaseError, UserError
from msek_desktop.core.plain_file import looks_like_sqlite
from msek_desktop.paths import APP_NAME
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import questions
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.window.lazy import backups

log = logging.getLogger(__name__)


def recovery_backup(path: Path, error: UserError) -> Path | None:
    """The backup to offer after `error` on `path`, or None when there is nothing to offer.

    Only for a damaged file (or one whose SQLite header is gone) that has verified backups
    beside it, so somebody else's file is never touched.
    """
    path = Path(path)
    if not path.is_file():
        return None
    if isinstance(error, NotAnMsekDatabaseError):
        if path.stat().st_size == 0 or looks_like_sqlite(path):
            return None  # another program's database or an empty file: not ours to move
    elif not isinstance(error, DatabaseDamagedError):
        return None
    return backups.newest_verified_backup(backups.backup_folder(path))


def offer_recovery(path: Path, error: UserError, parent: QWidget | None = None) -> bool:
    """At start, after opening `path` failed with `error`: offer the newest good backup.

    On Yes the file is moved aside with its -wal/-shm (never overwritten) and the backup
    restored. True when restored.
    """
    newest = recovery_backup(path, error)
    return newest is not None and _offer(Path(path), error, newest, parent)


def _offer(
    path: Path,
    error: UserError,
    newest: Path,
    parent: QWidget | None,
    before: Callable[[], None] | None = None,
) -> bool:
    """Ask; on Yes `before` runs (the window lets go of the file), then the recovery."""
    taken = next(b.taken_at for b in backups.list_backups(newest.parent) if b.path == newest)
    if not questions.confirm(
        parent,
        APP_NAME,
        tr(
            "Backups",
            "%1\n\nThe newest good backup is from %2. Put the damaged file aside "
            "(it is kept, renamed) and restore that backup?",
        )
        .replace("%1", user_message(error))
        .replace("%2", taken.strftime("%Y-%m-%d %H:%M")),
        default=True,
    ):
        return False
    if before is not None:
        before()
    try:
        result = backups.recover(path, newest)
    except UserError as exc:
        questions.fail(parent, APP_NAME, user_message(exc))
        return False
    moved = result.moved_aside.name if result.moved_aside else ""
    questions.inform(
        parent,
        APP_NAME,
        tr("Backups", "The backup of %1 was restored. The damaged file is kept as %2.")
        .replace("%1", taken.strftime("%Y-%m-%d %H:%M"))
        .replace("%2", moved),
    )
    return True


def damage_found(window: QWidget, ctx: AppContext, error: UserError) -> bool:
    """The background check found `error` in the open database: say so, offer the backup.

    With a verified backup beside the file, the same offer as at start (the damaged file is
    kept, renamed); the window then shows the restored data. True when restored.
    """
    log.error("the open database failed its check: %s", error)
    newest = recovery_backup(ctx.db.path, error)  # verifies backups: once, here
    if newest is None:
        questions.fail(window, APP_NAME, user_message(error))
        return False
    if not _offer(ctx.db.path, error, newest, window, before=ctx.db.dispose):
        return False
    ctx.events.data_changed.emit()
    return True
