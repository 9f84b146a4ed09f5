"""My follow-ups kept in a calendar file, for Outlook (or any calendar program) to subscribe to.

A choice of this desk (QSettings, like the language): "Keep my follow-ups in a calendar file",
and the folder (a shared or synced one a calendar can subscribe to). The file is
msek-followups-LOGIN.ics there (core.calendar.write_kept_calendar: rewritten whole, replaced
in one step, each follow-up an all-day event reminding at 09:00).

- CalendarFileSetting: the row of the Settings screen (Language and user tab): the check box,
  the folder with Choose…, and what happened last (the file written, or why not).
- CalendarFileKeeper (install_calendar_file, by the main window): writes the file at
  start-up, just after the window's first paint (its first rows first), and after changes
  (this window's saves, colleagues' on the office server), a burst of changes written once.
  A file that cannot be written is said in the status bar; the program goes on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from msek_desktop.core.errors import UserError
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import choosers
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.window.first_paint import after_first_paint

KEEP = "calendar/keepFile"
FOLDER = "calendar/folder"
DELAY_MS = 2000  # changes coming together (an import, a colleague's batch) written once


def preferences() -> QSettings:
    """This desk's choices: the Settings screen's (tests replace them there)."""
    from msek_desktop.ui import preferences  # the Settings screen's, without loading it

    return preferences.preferences()


def kept_folder() -> Path | None:
    """The folder of the calendar file when this desk keeps one, else None."""
    prefs = preferences()
    on = prefs.value(KEEP, False)
    folder = str(prefs.value(FOLDER, "") or "")
    if not folder or not (on is True or str(on).lower() == "true"):
        return None
    return Path(folder)


def write_calendar_file(ctx: AppContext) -> tuple[Path | None, str]:
    """The calendar file of `ctx.me` written now if this desk keeps one: (the file, "") or
    (None, why not, in the window's language); (None, "") when it keeps none."""
    folder = kept_folder()
    if folder is None or not ctx.me:  # nobody at the desk yet: nobody's follow-ups
        return None, ""
    from msek_desktop.core import calendar  # icalendar: loaded when a file is kept

    try:
        path, _count = calendar.write_kept_calendar(ctx.db, folder, ctx.me)
    except UserError as exc:
        said = tr("CalendarFile", "Your calendar file could not be written:")
        return None, f"{said} {user_message(exc)}"
    return path, ""


class CalendarFileKeeper(QObject):
    """Writes the calendar file at start-up and after changes; `written` (the file) or
    `failed` (why) after each try."""

    written = Signal(object)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.write_now)
        ctx.events.data_changed.connect(self.soon)
        ctx.events.live_changed.connect(self.soon)

    def soon(self, _changes: object = None) -> None:
        """Written in a moment (once for a burst of changes), if this desk keeps a file."""
        if kept_folder() is not None:
            self.timer.start()

    def write_now(self) -> Path | None:
        self.timer.stop()
        path, why = write_calendar_file(self.ctx)
        if why:
            self.ctx.events.info.emit(why)
            self.failed.emit(why)
        elif path is not None:
            self.written.emit(path)
        return path


def install_calendar_file(window: QWidget, ctx: AppContext) -> CalendarFileKeeper:
    """The main window's keeper of the calendar file, which writes it just after the
    window's first paint (start-up: a window never shown writes none) and after every
    change."""
    keeper = CalendarFileKeeper(ctx, window)
    after_first_paint(window, keeper.write_now)
    return keeper


class CalendarFileSetting(QWidget):
    """The Settings row: keep my follow-ups in a calendar file, in this folder; `label` is
    the row's label in the form."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.label = QLabel()
        self.keep = QCheckBox()
        self.keep.setObjectName("keepCalendarFile")
        self.label.setBuddy(self.keep)
        self.folder = choosers.PathField(self._ask_folder)
        self.folder.setObjectName("calendarFolder")
        self.folder.edit.setReadOnly(True)
        self.said = QLabel()  # the file written, or why not
        self.said.setObjectName("calendarFileSaid")
        self.said.setWordWrap(True)
        self.said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.said.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)  # one setting: its parts close together, as the rows above
        layout.addWidget(self.keep)
        layout.addWidget(self.folder)
        layout.addWidget(self.said)
        self.keep.toggled.connect(self._toggled)
        self.folder.chosen.connect(self._chosen)
        self.why = ""
        self.retranslate()

    def _ask_folder(self, parent: QWidget, start: str) -> str:
        title = tr("CalendarFile", "Folder of the calendar file")
        return choosers.folder(parent, title, start or str(choosers.documents()))

    def load(self) -> None:
        """The choices of this desk shown (at each showing of the Settings screen)."""
        prefs = preferences()
        on = prefs.value(KEEP, False)
        self.keep.blockSignals(True)
        self.keep.setChecked(on is True or str(on).lower() == "true")
        self.keep.blockSignals(False)
        self.folder.edit.setText(str(prefs.value(FOLDER, "") or ""))
        self.folder.setEnabled(self.keep.isChecked())
        self._say()

    def _toggled(self, on: bool) -> None:
        preferences().setValue(KEEP, on)
        self.folder.setEnabled(on)
        if on and not self.folder.edit.text():
            self.folder.choose()  # a file needs a folder: asked at once
            if not self.folder.edit.text():
                self.keep.setChecked(False)  # no folder chosen: nothing kept
                return
        self._write()

    def _chosen(self, folder: str) -> None:
        self.folder.edit.setText(folder)
        preferences().setValue(FOLDER, folder)
        self._write()

    def _write(self) -> None:
        _path, self.why = write_calendar_file(self.ctx)
        self._say()

    def _say(self) -> None:
        folder = kept_folder()
        if self.why:
            self.said.setText(self.why)
        elif folder is None:
            self.said.setText(
                tr(
                    "CalendarFile",
                    "Your open follow-ups as an .ics file, rewritten whenever they change: "
                    "a calendar program subscribed to it (Outlook) shows them, each with a "
                    "reminder at 9:00 on its day.",
                )
            )
        else:
            from msek_desktop.core.calendar import kept_file

            text = tr("CalendarFile", "Kept up to date: %1")
            self.said.setText(text.replace("%1", str(kept_file(folder, self.ctx.me))))

    def retranslate(self) -> None:
        self.label.setText(tr("CalendarFile", "Calendar:"))
        self.keep.setText(tr("CalendarFile", "Keep my follow-ups in a calendar file"))
        self.folder.retranslate(
            tr("CalendarFile", "Choose…"), tr("CalendarFile", "Choose the folder")
        )
        self.folder.edit.setAccessibleName(tr("CalendarFile", "Folder of the calendar file"))
        self.folder.edit.setPlaceholderText(tr("CalendarFile", "No folder chosen"))
        self._say()

    def showEvent(self, event: QShowEvent) -> None:
        self.load()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
