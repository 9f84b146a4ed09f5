"""File › Data past retention… and File › Audit list… (after Activity report…, in a group of
their own), and the monthly reminder that something is past retention.

    install_privacy_actions(window, ctx)     # once, after install_data_actions

Both entries are for admins: for another login on the office server they are disabled and
say why (their tooltip and status tip); on a file the person at the desk is one.

The reminder (core.privacy.retention.reminder_due: once every 30 days): when the window is
first shown, if this desk has not reminded anyone about this database for 30 days, the
login is an admin's and something is past retention, a button in the status bar says how
much and opens the dialog. The day of the last reminder is
kept in this desk's preferences for each database (ui.preferences).
"""

from __future__ import annotations

import hashlib
import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QPushButton

from msek_desktop.core.errors import UserError
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.icons import icon
from msek_desktop.ui.preferences import preferences
from msek_desktop.ui.window.lazy import retention, retention_dialog
from msek_desktop.ui.window.menu_actions import MenuActions

if TYPE_CHECKING:
    from msek_desktop.ui.dialogs.audit_list import AuditListDialog
    from msek_desktop.ui.dialogs.retention import RetentionDialog

log = logging.getLogger(__name__)

REMINDED = "retention/reminded"  # + a digest of the database's place: the ISO day
REMIND_AFTER_MS = 1500  # after the window opened: its first rows are painted first


class PrivacyActions(MenuActions):
    def __init__(self, window: QMainWindow, ctx: AppContext, after: QAction | None) -> None:
        super().__init__(window, ctx)
        self.act_retention = self.action("actRetention", self.open_retention)
        self.act_audit = self.action("actAuditList", self.open_audit)
        self.admin = self._is_admin()
        self.shown = False  # the window's first show checks the reminder
        self.pending = (0, 0)  # the counts the reminder button says
        menu: QMenu | None = getattr(window, "menu_file", None)
        entries = menu.actions() if menu is not None else []
        at = entries.index(after) + 1 if after in entries else len(entries)
        if menu is not None and at < len(entries):
            menu.insertSeparator(entries[at])
            menu.insertActions(entries[at], [self.act_retention, self.act_audit])
            menu.setToolTipsVisible(True)  # a disabled entry says why
        else:
            self.put_in_file_menu([self.act_retention, self.act_audit], None)
        for act in (self.act_retention, self.act_audit):
            act.setEnabled(self.admin)
        self.reminder_button = QPushButton()
        self.reminder_button.setObjectName("retentionReminder")
        self.reminder_button.setFlat(True)
        self.reminder_button.setIcon(icon("info-circle"))
        self.reminder_button.hide()
        self.reminder_button.clicked.connect(self.open_retention)
        window.statusBar().insertPermanentWidget(0, self.reminder_button)
        self.follow_language()

    def _is_admin(self) -> bool:
        try:
            from msek_desktop.core import roles  # installed after the first paint

            return roles.is_admin(self.ctx.db)
        except UserError as exc:  # the server away: the entries stay disabled
            log.warning("admin or not not read: %s", exc)
            return False

    def retranslate(self) -> None:
        self.act_retention.setText(tr("Retention", "Data past re&tention…"))
        self.act_audit.setText(tr("Audit", "A&udit list…"))
        why = "" if self.admin else tr("Retention", "For admins of the office database.")
        for act in (self.act_retention, self.act_audit):
            act.setToolTip(why or act.text().replace("&", ""))
            act.setStatusTip(why)
        if any(self.pending):  # (the dialogs' module loads when something is past retention)
            counts = retention_dialog.counts_text(*self.pending)
            self.reminder_button.setText(
                tr("Retention", "Past retention: %1…").replace("%1", counts)
            )

    def open_retention(self) -> RetentionDialog:
        self.reminder_button.hide()
        dialog = retention_dialog.RetentionDialog(self.ctx, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_audit(self) -> AuditListDialog:
        from msek_desktop.ui.dialogs.audit_list import AuditListDialog

        dialog = AuditListDialog(self.ctx, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- the monthly reminder ---------------------------------------------------------------

    def _key(self) -> str:
        place = str(self.ctx.db.location).encode()
        return f"{REMINDED}/{hashlib.sha256(place).hexdigest()[:16]}"

    def last_reminded(self) -> date | None:
        value = preferences().value(self._key())
        try:
            return date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:  # a damaged preference: as if never reminded
            return None

    def remind(self) -> bool:
        """Say that something is past retention, once every 30 days; True when said."""
        today = self.ctx.today()
        if self.ctx.db.read_only or not self.admin:
            return False  # nobody here could act on it
        if not retention.reminder_due(self.last_reminded(), today):
            return False
        try:
            found = retention.due(self.ctx.db, today)
        except UserError as exc:  # a reminder never interrupts with a message box
            log.warning("retention not read: %s", exc)
            return False
        if found.empty:
            return False
        preferences().setValue(self._key(), today.isoformat())
        self.pending = (len(found.inquiries), len(found.people))
        self.retranslate()
        self.reminder_button.show()
        return True

    def remind_later(self) -> None:
        """The reminder checked once the window is painted (a zero delay would come first):
        not in its way. At the window's first show, or when installed on a shown window."""
        self.shown = True
        QTimer.singleShot(REMIND_AFTER_MS, self, self.remind)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show and not self.shown:
            self.remind_later()
        return super().eventFilter(watched, event)


def install_privacy_actions(window: QMainWindow, ctx: AppContext) -> PrivacyActions:
    """Add File › Data past retention… and Audit list… to `window`, after Activity report…
    when there is one; the reminder checked when the window is first shown."""
    report = getattr(window, "report_actions", None)
    actions = PrivacyActions(window, ctx, getattr(report, "act_report", None))
    window.privacy_actions = actions  # type: ignore[attr-defined]
    return actions
