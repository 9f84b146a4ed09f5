"""The status bar's word on where the data is.

"This computer · C:\\...\\msek.db", "Office server msek-01 · connected" (or "· cannot be
reached" while the live connection is lost: set_reachable), or, for a desk copy of the office
server's data opened read-only, "Copy of the office server's data from 4 Dec 2026 14:30 ·
read-only". A desk copy is a verified file in this desk's folder of copies of an office
database (core.backups.copies_folder); its date is the one its name carries.

On a demo database (core.demo_place: the file says so) it says "DEMO DATA — not your office's
records" in bold on a yellow ground, and window_title() puts the same words before the window's
title; both follow the file after a restore (demo_changed).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QTime, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from msek_desktop.core.server import ServerAddress
from msek_desktop.paths import Location
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.window.lazy import backups

if TYPE_CHECKING:
    from msek_desktop.ui.context import AppContext, Events


def desk_copy_date(location: Location) -> datetime | None:
    """When the desk copy `location` was taken, or None if it is no desk copy."""
    if isinstance(location, ServerAddress):
        return None
    folder = Path(location).parent
    if folder.parent.name != "backups" or not folder.name.startswith(backups.OFFICE_PREFIX):
        return None
    for info in backups.list_backups(folder):
        if info.path.name == Path(location).name:
            return info.taken_at
    return None


def date_text(when: datetime) -> str:
    """A date and time in the window's language."""
    moment = QDateTime(
        QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second)
    )
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def copy_date_text(path: Path) -> str:
    when = desk_copy_date(path)
    if when is None:
        when = datetime.fromtimestamp(path.stat().st_mtime)
    return date_text(when)


DEMO_STYLE = (
    'QLabel#placeStatus[demo="true"] { background: #ffe08a; color: #4a3300;'
    " font-weight: bold; padding: 1px 8px; border-radius: 3px; }"
)


def demo_words() -> str:
    return tr("PlaceStatus", "DEMO DATA — not your office's records")


class PlaceStatus(QLabel):
    """Where the data is, said in the status bar and kept current."""

    demo_changed = Signal(bool)  # the database became, or stopped being, a demo (a restore)

    def __init__(
        self, location: Location, events: Events | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("placeStatus")
        self.setContentsMargins(16, 0, 4, 0)  # apart from "Signed in as" beside it
        self.location = location
        self.ctx: AppContext | None = None
        self.reachable = True
        self.copy_taken = desk_copy_date(location)
        self.demo = False
        if events is not None:  # the window's events: ui.kit.live's word on the connection
            events.server_lost.connect(self.connection_lost)
            events.server_back.connect(self.connection_back)
        self._dress()
        self.retranslate()

    def watch(self, ctx: AppContext) -> None:
        """Say whether the window's database is a demo, now and after each save (a restore
        may change it: demo_changed). Once."""
        if self.ctx is not None:
            return
        self.ctx = ctx
        if not ctx.on_server:
            ctx.events.data_changed.connect(self.check_demo)
        self.check_demo()

    def _dress(self) -> None:
        self.setProperty("demo", self.demo)
        self.setStyleSheet(DEMO_STYLE)  # set again: the property's new value takes effect

    @Slot()
    def check_demo(self) -> None:
        """Read the file's word again (a restore replaces its contents)."""
        ctx = self.ctx
        if ctx is None:
            return
        if ctx.reads is not None:  # the window's start (core.opening)
            demo = ctx.reads.is_demo()
        else:
            from msek_desktop.core import demo_place

            demo = demo_place.is_demo(ctx.db)
        if demo != self.demo:
            self.demo = demo
            self._dress()
            self.retranslate()
            self.demo_changed.emit(demo)

    def window_title(self, title: str) -> str:
        """The window's `title`, after the demo's words on a demo database (once)."""
        prefix = f"{demo_words()} — "
        return prefix + title if self.demo and not title.startswith(prefix) else title

    @Slot(bool)
    def set_reachable(self, reachable: bool) -> None:
        self.reachable = reachable
        self.retranslate()

    @Slot()
    def connection_lost(self) -> None:
        self.set_reachable(False)

    @Slot()
    def connection_back(self) -> None:
        self.set_reachable(True)

    def retranslate(self) -> None:
        if isinstance(self.location, ServerAddress):
            text = (
                tr("PlaceStatus", "Office server %1 · connected")
                if self.reachable
                else tr("PlaceStatus", "Office server %1 · cannot be reached")
            ).replace("%1", self.location.host)
            full = str(self.location)
        elif self.copy_taken is not None:
            text = tr("PlaceStatus", "Copy of the office server's data from %1 · read-only")
            text = text.replace("%1", date_text(self.copy_taken))
            full = str(self.location)
        elif self.demo:
            text = demo_words()
            full = tr(
                "PlaceStatus",
                "Made-up records to try the program, in %1. File › Leave the demo data opens "
                "your office's data.",
            ).replace("%1", str(self.location))
        else:
            text = tr("PlaceStatus", "This computer · %1").replace("%1", str(self.location))
            full = str(self.location)
        self.setText(text)
        self.setToolTip(full)
        self.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
