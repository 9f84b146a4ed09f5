"""Reminders while the window runs: a tray icon with the count of my follow-ups due today and
late, its menu, the notices, snoozes, and the window kept in the tray when closed.

The rules are core.reminders'; this module reads my due follow-ups when the data change
(a save here, a colleague's on the office server) and when the one timer says something
changes by itself: a snooze ends, or midnight, when what was tomorrow becomes today and the
window's screens are read again (ctx.events.data_changed). A timer sleeps with the computer
and wakes late, so it never waits more than CHECK_MS and the clock is looked at again when
the program becomes active: a day changed meanwhile is noticed then.

Where the desktop has no tray (QSystemTrayIcon.isSystemTrayAvailable() is False), the same
reminders show in the window's status bar. Snoozes are this desk's, kept in its preferences
(ui.preferences) for each data place and login. With the desk setting
"Keep running in the tray" on and a tray present, closing the window hides it (told once);
File › Quit quits.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSystemTrayIcon

from msek_desktop.core import reminders
from msek_desktop.core.errors import ServerUnreachableError, UserError
from msek_desktop.core.reminders import Length, Notice, Reminders
from msek_desktop.core.rows import FollowUpRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.preferences import preferences
from msek_desktop.ui.window import tray_menu
from msek_desktop.ui.window.first_paint import after_first_paint
from msek_desktop.ui.window.menu_actions import MenuActions

log = logging.getLogger(__name__)

TOLD_IN_TRAY = "tray/toldOnce"  # the one-off "it keeps running in the tray" was shown
SNOOZES = "reminders/snoozes"  # + a digest of the data place and the login
CHECK_MS = 5 * 60 * 1000  # the timer's longest wait: a sleeping computer wakes it late
NOTICE_MS = 15000


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class TrayReminders(MenuActions):
    """The reminders of the window's staff member; see the module's text."""

    def __init__(
        self,
        window: QMainWindow,
        ctx: AppContext,
        *,
        now: Callable[[], datetime] = datetime.now,
        tray: bool | None = None,
    ) -> None:
        super().__init__(window, ctx)
        self.now = now
        self.login = ctx.me
        self.state = Reminders(self._stored())
        self.notice: Notice | None = None  # the last one shown: a click opens it
        self.quitting = False
        self.in_tray = False  # hidden by a close, running on
        self.exit_app: Callable[[], None] = QCoreApplication.quit  # Quit while hidden
        self.next_change = datetime.max
        self.started = False  # read once (at the start: after the window's first paint)
        self.starting = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.tick)
        self.menu = QMenu(window)
        self.retired: QMenu | None = None  # the menu before the last rebuild
        self.icon: QSystemTrayIcon | None = None
        if tray_available() if tray is None else tray:
            self.icon = QSystemTrayIcon(tray_menu.badged(0), self)
            self.icon.messageClicked.connect(self.open_notice)
            self.icon.activated.connect(self._activated)
            self.icon.show()
        events = ctx.events
        for signal in (events.data_changed, events.live_changed, events.server_back):
            signal.connect(self.refresh)
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)
            app.commitDataRequest.connect(partial(setattr, self, "quitting", True))  # logging out
            app.aboutToQuit.connect(self._hide_icon)
        self.follow_language()  # and the window's close and first show (eventFilter)

    # -- reading -------------------------------------------------------------------------

    def refresh(self, *_signal: object) -> None:
        """Read my due follow-ups now: counts, menu, a notice if one is due, the timer."""
        if self._closed():
            return
        if self.icon is not None and not self.icon.isVisible():
            self.icon.show()  # the window shown again after a close
        now = self.now()
        if self.ctx.me != self.login:  # another staff member at this desk: their snoozes
            self.login = self.ctx.me
            self.state = Reminders(self._stored())
        self.started = True
        due = self._read(now)
        if due is not None:
            notice = self.state.update(due, now)
            self._store()
            if notice is not None:
                self.notify(notice)
        self.retranslate()
        self._arm(now)

    def _read(self, now: datetime) -> list[FollowUpRow] | None:
        if not self.login:
            return []
        try:
            return reminders.due_followups(self.ctx.db, self.login, now.date())
        except ServerUnreachableError:
            self.ctx.events.server_unreachable.emit()  # read again when it is back
        except UserError as exc:  # a reminder never interrupts with a message box
            log.warning("reminders not read: %s", exc)
        return None

    def _arm(self, now: datetime) -> None:
        self.next_change = self.state.next_change(now)
        wait = (self.next_change - now).total_seconds() * 1000
        self.timer.start(int(min(max(wait + 200, 1000), CHECK_MS)))

    def tick(self) -> None:
        """The timer (or the program made active): a new day reads every screen again;
        a snooze ended reads the reminders; else the timer is set again."""
        if self._closed():
            return
        now = self.now()
        if self.state.today is not None and now.date() != self.state.today:
            self.ctx.events.data_changed.emit()  # refreshes this too
        elif now >= self.next_change:
            self.refresh()
        else:
            self._arm(now)

    def _closed(self) -> bool:
        """The window closed for good (not hidden in the tray): the reminders end with it."""
        if self.window.isVisible() or self.in_tray:
            return False
        self.timer.stop()
        self._hide_icon()
        return True

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.tick()

    # -- snoozes, kept for this data place and login ---------------------------------------

    def _key(self) -> str:
        place = f"{self.ctx.db.location}\n{self.login}".encode()
        return f"{SNOOZES}/{hashlib.sha256(place).hexdigest()[:16]}"

    def _stored(self) -> dict[int, reminders.Snooze]:
        value = preferences().value(self._key())
        self._stored_text = value if isinstance(value, str) else None
        return reminders.load_snoozes(value)

    def _store(self) -> None:
        text = reminders.dump_snoozes(self.state.snoozes) if self.state.snoozes else None
        if text == self._stored_text:
            return  # nothing to write
        self._stored_text = text
        prefs = preferences()
        if text is None:
            prefs.remove(self._key())
        else:
            prefs.setValue(self._key(), text)

    def snooze(self, followup_id: int, length: Length | str) -> None:
        now = self.now()
        try:
            self.state.snooze(followup_id, length, now)
        except UserError:  # done or rescheduled meanwhile: read again
            self.refresh()
            return
        self._store()
        self.retranslate()
        self._arm(now)

    def snooze_all(self) -> None:
        now = self.now()
        self.state.snooze_all(Length.HOUR, now)
        self._store()
        self.retranslate()
        self._arm(now)

    # -- telling ---------------------------------------------------------------------------

    def notify(self, notice: Notice) -> None:
        """A notice in the tray (a click opens it), else in the window's status bar."""
        self.notice = notice
        row = notice.single
        if row is None:
            title = tr("Tray", "MSEK Desktop")
            text = tray_menu.due_text(reminders.Counts(len(notice.followups), notice.overdue))
        else:
            late = notice.overdue > 0
            title = tr("Tray", "Follow-up overdue") if late else tr("Tray", "Follow-up due")
            text = "\n".join(t for t in (tray_menu.followup_text(row), row.description) if t)
        if self.icon is not None:
            self.icon.showMessage(title, text, tray_menu.badged(0), NOTICE_MS)
        else:  # in the window's own status bar, without the program's name (no room for it)
            line = text.replace("\n", " — ")
            if row is not None:
                line = tr("Tray", "%1: %2").replace("%1", title).replace("%2", line)
            self.window.statusBar().showMessage(line)

    def open_notice(self) -> None:
        """The notice clicked: its follow-up's inquiry, or My day for several."""
        row = self.notice.single if self.notice is not None else None
        if row is not None:
            self.open_followup(row)
        else:
            self.open_my_day()

    # -- the window ------------------------------------------------------------------------

    def show_window(self) -> None:
        self.in_tray = False
        QApplication.setQuitOnLastWindowClosed(True)
        if self.window.isMinimized():
            self.window.showNormal()
        else:
            self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def open_my_day(self) -> None:
        self.show_window()
        show_screen = getattr(self.window, "show_screen", None)
        if show_screen is not None:
            show_screen("my_day")

    def open_followup(self, row: FollowUpRow) -> None:
        self.show_window()
        self.ctx.events.open_inquiry.emit(row.inquiry_id)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window()

    def hides_on_close(self) -> bool:
        """Closing the window hides it: the setting is on, a tray shows, it is not Quit
        nor a switch to other data (the window closes to open them)."""
        from msek_desktop.ui.screens import settings as settings_ui  # its desk setting

        switching = getattr(getattr(self.window, "data_actions", None), "switch_to", None)
        return (
            self.icon is not None
            and settings_ui.keep_in_tray()
            and not self.quitting
            and switching is None
        )

    def _close(self, event: QCloseEvent) -> bool:
        if not self.hides_on_close():
            return False
        event.ignore()
        QApplication.setQuitOnLastWindowClosed(False)  # a dialog closed later ends nothing
        self.in_tray = True
        self.window.hide()
        prefs = preferences()
        if self.icon is not None and prefs.value(TOLD_IN_TRAY) is None:
            prefs.setValue(TOLD_IN_TRAY, True)
            self.icon.showMessage(
                tr("Tray", "MSEK Desktop keeps running"),
                tr(
                    "Tray",
                    "Your reminders keep coming here. Click the icon to open the window; "
                    "Quit in its menu or File › Quit ends the program.",
                ),
                tray_menu.badged(0),
                NOTICE_MS,
            )
        return True

    def quit(self) -> bool:
        """Really end: the window closes (open forms ask first); False if one said Cancel."""
        self.quitting = True
        hidden, self.in_tray = self.in_tray, False
        QApplication.setQuitOnLastWindowClosed(True)
        if not self.window.close():  # a form's Cancel: as it was
            self.quitting, self.in_tray = False, hidden
            return False
        if hidden:  # a hidden window closing is nobody's last window: end the loop here
            self.exit_app()
        return True

    def _hide_icon(self) -> None:
        if self.icon is not None:
            self.icon.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            assert isinstance(event, QCloseEvent)
            return self._close(event)
        if event.type() == QEvent.Type.Hide and watched is self.window:
            QTimer.singleShot(0, self, self._closed)  # closed for good: the icon goes too
        if (
            event.type() == QEvent.Type.Show
            and watched is self.window
            and not self.started
            and not self.starting
        ):
            # the start: read once the window has painted its first rows (a hidden one
            # reads nothing)
            self.starting = True
            after_first_paint(self.window, self._start)
        return super().eventFilter(watched, event)

    def _start(self) -> None:
        self.starting = False
        if not self.started:
            self.refresh()

    # -- texts: the tooltip, the icon's count, the menu --------------------------------------

    def retranslate(self) -> None:
        """The tooltip, the icon's count and the menu, in the window's language."""
        text = tray_menu.due_text(self.state.counts())
        if self.icon is not None:
            self.icon.setToolTip(tr("Tray", "MSEK Desktop — %1").replace("%1", text))
            self.icon.setIcon(tray_menu.badged(self.state.counts().due))
        # a new menu each time: the old one may be showing the action that asked for this
        old, self.menu = self.menu, tray_menu.build(self)
        if self.icon is not None:
            self.icon.setContextMenu(self.menu)
        # out of the window at once (its texts are of the language before), deleted later,
        # and held until the next rebuild so an action of it still signalling stays alive
        old.setParent(None)
        old.deleteLater()
        self.retired = old


def install_reminders(window: QMainWindow, ctx: AppContext) -> TrayReminders:
    """The window's reminders (and tray icon, where the desktop has a tray)."""
    return TrayReminders(window, ctx)
