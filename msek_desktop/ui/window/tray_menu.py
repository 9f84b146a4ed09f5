"""What the tray shows of the reminders (ui.window.tray): the program's icon with the count,
the "3 follow-ups due (1 overdue)" text, and the menu: open the window or My day, my due
follow-ups (each: open its inquiry, snooze an hour or until tomorrow morning), snooze all,
quit. The menu is made anew each time the reminders change (build)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cache, partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu

from msek_desktop.core import reminders
from msek_desktop.core.reminders import MORNING, Length
from msek_desktop.core.rows import FollowUpRow
from msek_desktop.paths import resource_path
from msek_desktop.ui.i18n import tr

if TYPE_CHECKING:
    from msek_desktop.ui.window.tray import TrayReminders

MENU_ROWS = 10  # follow-ups listed in the menu; the rest in My day
SUBJECT_CHARS = 50
BADGE = "#d7263d"


@cache
def badged(count: int, side: int = 64) -> QIcon:
    """The program's icon with `count` in a red disc (none for 0); made once a count."""
    pixmap = QPixmap(str(resource_path("icons", "msek.png"))).scaled(
        side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    if count:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        disc = side * 5 // 8
        painter.setBrush(QColor(BADGE))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(side - disc, side - disc, disc, disc)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(disc * 2 // 3 if count < 10 else disc // 2)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        text = str(count) if count < 100 else "99+"
        painter.drawText(side - disc, side - disc, disc, disc, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
    return QIcon(pixmap)


def due_text(counts: reminders.Counts) -> str:
    """ "3 follow-ups due (1 overdue)", or that none is."""
    if not counts.due:
        return tr("Tray", "No follow-up due")
    due = tr("Tray", "%n follow-ups due", None, counts.due)
    if not counts.overdue:
        return due
    late = tr("Tray", "%n overdue", None, counts.overdue)
    return tr("Tray", "%1 (%2)").replace("%1", due).replace("%2", late)


def followup_text(row: FollowUpRow) -> str:
    """Its inquiry's ref and subject (shortened)."""
    subject = row.inquiry_subject
    if len(subject) > SUBJECT_CHARS:
        subject = subject[: SUBJECT_CHARS - 1] + "…"
    return tr("Tray", "%1 — %2").replace("%1", row.inquiry_ref).replace("%2", subject)


def clock_text(at: datetime, today: object) -> str:
    """The hour of `at` as the language writes it; its weekday too when not today."""
    when = QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
    if at.date() != today:
        when = QLocale().toString(QDate(at.year, at.month, at.day), "ddd") + " " + when
    return when


def build(owner: TrayReminders) -> QMenu:
    """The tray's menu for the reminders as they are now."""
    state = owner.state
    menu = QMenu(owner.window)
    menu.setObjectName("trayMenu")
    item = partial(_item, menu)
    item(tr("Tray", "Open MSEK Desktop"), owner.show_window)
    item(tr("Tray", "My day"), owner.open_my_day)
    menu.addSeparator()
    item(due_text(state.counts()), None).setEnabled(False)
    for row in state.due[:MENU_ROWS]:
        _followup_menu(menu, owner, row)
    more = len(state.due) - MENU_ROWS
    if more > 0:
        item(tr("Tray", "%n more in My day…", None, more), owner.open_my_day)
    menu.addSeparator()
    item(tr("Tray", "Snooze all for 1 hour"), owner.snooze_all).setEnabled(bool(state.due))
    menu.addSeparator()
    item(tr("Tray", "Quit"), owner.quit)
    return menu


def _item(menu: QMenu, text: str, slot: Callable[[], object] | None) -> QAction:
    act = menu.addAction(text)
    if slot is not None:
        act.triggered.connect(lambda _=False: slot())
    return act


def _followup_menu(menu: QMenu, owner: TrayReminders, row: FollowUpRow) -> None:
    """A follow-up's entry: a menu to open its inquiry or snooze it."""
    state = owner.state
    text = followup_text(row)
    snoozed = state.snoozed(row.id)
    if snoozed is not None:
        until = clock_text(snoozed.until, state.today)
        text = tr("Tray", "%1 (snoozed until %2)").replace("%1", text).replace("%2", until)
    elif state.today is not None and row.due_on < state.today:
        text = tr("Tray", "%1 (overdue)").replace("%1", text)
    sub = menu.addMenu(text)
    sub.setObjectName(f"trayFollowUp{row.id}")
    morning = QLocale().toString(
        QTime(MORNING.hour, MORNING.minute), QLocale.FormatType.ShortFormat
    )
    _item(sub, tr("Tray", "Open the inquiry"), partial(owner.open_followup, row))
    _item(sub, tr("Tray", "Snooze for 1 hour"), partial(owner.snooze, row.id, Length.HOUR))
    _item(
        sub,
        tr("Tray", "Snooze until tomorrow %1").replace("%1", morning),
        partial(owner.snooze, row.id, Length.TOMORROW),
    )
