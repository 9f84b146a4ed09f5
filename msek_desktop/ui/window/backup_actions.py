"""Backups in the window: "Back up now" and "Restore…" in the File menu, an automatic backup
every 30 minutes and on quitting when the data changed (at start, the offer to restore the
newest good backup of a damaged file: ui.window.recovery). With the office server, a backup
is a copy of the office's data on this desk and Restore… replaces the server's data for every
desk (admins only: a staff login finds it disabled, asked once when the window opens), after
a copy of it. Quitting copies the server's data when it changed (copy_on_quit: on a thread of
its own, with a progress dialog whose Skip abandons that copy, nothing of it left); a file's
backup on quitting is SQLite's backup API, quick, on the GUI thread.

    install_backup_actions(window, ctx)     # once, in MainWindow.__init__

The work itself is core.backups (SQLite's online backup API, the desks' copies of the office
server, verified copies, pruning).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMainWindow, QProgressDialog, QPushButton

from msek_desktop.core.errors import UserError
from msek_desktop.paths import APP_NAME
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import questions
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.kit.tasks import Cancelled, Operation, Progress
from msek_desktop.ui.window.lazy import backups
from msek_desktop.ui.window.menu_actions import MenuActions

if TYPE_CHECKING:
    from msek_desktop.core.db import Database

log = logging.getLogger(__name__)

AUTO_BACKUP_MS = 30 * 60 * 1000
SHOW_AFTER_MS = 300  # the copy on quitting: none needed, or a quick one, shows nothing
POLL_MS = 50
SKIP_WAIT_S = 15.0  # after Skip, how long quitting waits for the copy to stop


class BackupActions(MenuActions):
    """The window's backup actions and timer; parented to the window."""

    def __init__(
        self, window: QMainWindow, ctx: AppContext, *, interval_ms: int = AUTO_BACKUP_MS
    ) -> None:
        super().__init__(window, ctx)
        self.act_backup = self.action("actBackUpNow", self.back_up_now)
        self.act_restore = self.action("actRestore", self.choose_and_restore)
        self.may_restore = _may_restore(ctx)  # asked once: a staff login may not
        self.act_restore.setEnabled(self.may_restore)
        menu = getattr(window, "menu_file", None)
        if menu is not None and not self.may_restore:
            menu.setToolTipsVisible(True)  # only tooltips set on purpose show there
        self.put_in_file_menu(
            [self.act_backup, self.act_restore], getattr(window, "act_quit", None)
        )
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.back_up_if_changed)
        self.timer.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.back_up_on_quit)
        self.follow_language()

    def retranslate(self) -> None:
        self.act_backup.setText(tr("Backups", "&Back up now"))
        self.act_restore.setText(tr("Backups", "Re&store…"))
        if not self.may_restore:
            why = tr("Backups", "Only an admin can restore a backup.")
            self.act_restore.setToolTip(why)
            self.act_restore.setStatusTip(why)

    # -- backing up ---------------------------------------------------------------------

    def _folder(self) -> Path:
        """This database's backups: beside its file, or this desk's copies of the server's."""
        return backups.folder_of(self.ctx.db.location)

    def back_up_now(self) -> Operation:
        database, folder = self.ctx.db, self._folder()

        def work(progress: Progress) -> Path:
            made = backups.backup_now(database, progress=progress)
            backups.prune(folder)
            return made

        def done(path: Path) -> None:
            self.ctx.events.info.emit(tr("Backups", "Backed up to %1").replace("%1", str(path)))

        return (
            Operation(self.window, work, title=tr("Backups", "Backing up…"), cancellable=False)
            .on_success(done)
            .run()
        )

    def back_up_if_changed(self) -> Operation | None:
        """The automatic backup: silent unless it fails; none for a read-only file (on the
        office server: a copy on this desk when the office's data changed)."""
        database = self.ctx.db
        if database.read_only:
            return None

        def done(path: Path | None) -> None:
            if path is not None:
                self.ctx.events.info.emit(tr("Backups", "Backed up to %1").replace("%1", str(path)))

        return (
            Operation(
                self.window,
                lambda _progress: backups.backup_if_changed(database),
                title=tr("Backups", "Backing up…"),
                cancellable=False,
                show_progress=False,
            )
            .on_success(done)
            .run()
        )

    def back_up_on_quit(self) -> Path | None:
        """As the program ends (aboutToQuit); a failure is logged and shown. A file's backup
        runs here (quick); the office server's copy shows its progress, and Skip (copy_on_quit)."""
        self.timer.stop()
        if self.ctx.read_only or not self.ctx.opened:
            return None  # nothing could change (never opened: a plain start's reads only)
        try:
            if self.ctx.db.on_server:
                return copy_on_quit(self.ctx.db)
            return backups.backup_if_changed(self.ctx.db)
        except UserError as exc:
            log.warning("backup on quit failed: %s", exc)
            questions.warn(None, APP_NAME, user_message(exc))
            return None

    # -- restoring ----------------------------------------------------------------------

    def choose_and_restore(self) -> Operation | None:
        folder = self._folder()
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window,
            tr("Backups", "Restore a backup"),
            str(folder if folder.is_dir() else folder.parent),
            # two texts: ";;" would trip the French spacing rule before ";"
            tr("Backups", "MSEK backups (*.db)") + ";;" + tr("Backups", "All files (*)"),
        )
        if not chosen:
            return None
        return self.restore(Path(chosen))

    def _replace_question(self) -> str:
        if self.ctx.db.on_server:
            return tr(
                "Backups",
                "Replace the office's data, on every desk, with the backup %1?\n\n"
                "A copy of the current data is kept on this desk first, so this can be undone.",
            )
        return tr(
            "Backups",
            "Replace all the data with the backup %1?\n\n"
            "The current data is backed up first, so this can be undone.",
        )

    def _restoring(self, backup_file: Path) -> Callable[[Progress], backups.RestoreResult]:
        database = self.ctx.db
        if database.on_server:
            return lambda progress: backups.restore_server(database, backup_file, progress=progress)
        path = database.path
        return lambda _progress: backups.restore(path, backup_file)

    def restore(self, backup_file: Path) -> Operation | None:
        """Ask first; then back up the current data and replace it with `backup_file`."""
        if not questions.confirm(
            self.window,
            tr("Backups", "Restore a backup"),
            self._replace_question().replace("%1", backup_file.name),
        ):
            return None
        self.ctx.db.dispose()  # the connection kept open closed: a damaged file is moved aside

        def done(result: backups.RestoreResult) -> None:
            text = tr("Backups", "The data was restored from %1.").replace(
                "%1", result.restored_from.name
            )
            if result.safety_backup is not None:
                text += "\n" + tr("Backups", "The data it replaced is in %1.").replace(
                    "%1", str(result.safety_backup)
                )
            self.ctx.events.data_changed.emit()
            questions.inform(self.window, tr("Backups", "Restore a backup"), text)

        return (
            Operation(
                self.window,
                self._restoring(backup_file),
                title=tr("Backups", "Restoring…"),
                cancellable=False,
            )
            .on_success(done)
            .run()
        )


def _may_restore(ctx: AppContext) -> bool:
    """Whether this login may restore: always on a file; on the office server an admin's
    (core.roles). A server that cannot say leaves it to the restore itself, which asks."""
    if not ctx.on_server or ctx.read_only:
        return True
    from msek_desktop.core import roles  # the server's logins: psycopg, only when needed

    try:
        return roles.is_admin(ctx.db)
    except UserError as exc:
        log.warning("could not ask the office server whether this login is an admin's: %s", exc)
        return True


class _QuitCopy:
    """The office server's copy on quitting, on a thread of its own: its progress, and its
    end (the new copy, None, or the error); skipped makes its next progress raise Cancelled."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.skipped = threading.Event()
        self.done = self.total = 0
        self.made: Path | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="msek-quit-copy", daemon=True)

    def _report(self, done: int, total: int) -> None:
        if self.skipped.is_set():
            raise Cancelled
        self.done, self.total = done, total

    def _run(self) -> None:
        try:
            self.made = backups.backup_if_changed(self.database, progress=self._report)
        except BaseException as exc:  # handed to the GUI thread
            self.error = exc


def copy_on_quit(database: Database) -> Path | None:
    """The automatic copy of the office server's data as the program ends: taken on a thread
    while a modal progress dialog (shown after SHOW_AFTER_MS) turns a local event loop, which
    works in aboutToQuit too. Skip abandons it: the copy stops at its next step, and a copy
    stopped leaves nothing (core.copies writes a temporary file, removed); one past its last
    step is finished, verified. A server that does not let the copy stop within SKIP_WAIT_S
    is left behind (the copy's temporary file is then removed by the next copy). Returns the
    new copy, or None (nothing changed, or skipped); a UserError is raised as it came."""
    work = _QuitCopy(database)
    dialog = QProgressDialog()
    dialog.setWindowTitle(APP_NAME)
    dialog.setLabelText(tr("Backups", "Copying the office's data to this desk…"))
    dialog.setCancelButtonText(tr("Backups", "Skip"))
    dialog.setRange(0, 0)  # busy until the copy says how far it is
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setValue(0)  # counts SHOW_AFTER_MS from now (else Qt's own 4 s from its making)
    loop = QEventLoop()
    skipped_at: list[float] = []

    def skip() -> None:
        if skipped_at:
            return
        skipped_at.append(time.monotonic())
        work.skipped.set()
        log.info("the copy on quitting was skipped")
        for button in dialog.findChildren(QPushButton):  # not deleted: it is sending
            button.setEnabled(False)
        dialog.setLabelText(tr("Backups", "Stopping the copy…"))
        dialog.setRange(0, 0)
        dialog.show()

    def poll() -> None:
        stuck = skipped_at and time.monotonic() - skipped_at[0] > SKIP_WAIT_S
        if not work.thread.is_alive() or stuck:
            loop.quit()
        elif work.total and not skipped_at:
            dialog.setMaximum(1000)
            dialog.setValue(min(1000, 1000 * work.done // work.total))

    dialog.canceled.connect(skip)
    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(poll)
    work.thread.start()
    timer.start()
    loop.exec()
    timer.stop()
    dialog.hide()
    dialog.deleteLater()
    if work.thread.is_alive():
        log.warning("the copy on quitting did not stop within %s s; left behind", SKIP_WAIT_S)
        return None
    if isinstance(work.error, Cancelled):
        return None
    if work.error is not None:
        raise work.error
    return work.made


def install_backup_actions(
    window: QMainWindow, ctx: AppContext, *, interval_ms: int = AUTO_BACKUP_MS
) -> BackupActions:
    """Add the backup actions to `window` (File menu, timer, backup on quit)."""
    actions = BackupActions(window, ctx, interval_ms=interval_ms)
    window.backup_actions = actions  # type: ignore[attr-defined]
    return actions
