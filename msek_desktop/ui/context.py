"""What the screens share, passed in explicitly (no global registry)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from msek_desktop.core.db import Database
from msek_desktop.ui.i18n import Languages

if TYPE_CHECKING:
    from msek_desktop.letters.service import LetterService


class Events(QObject):
    """Signals between screens: something changed, a message to show."""

    data_changed = Signal()  # any save: lists and My day refresh
    open_inquiry = Signal(int)  # inquiry id
    new_inquiry = Signal()
    error = Signal(str)  # a plain message for the user
    info = Signal(str)  # a status-bar message
    # the office server (ui.kit.live): colleagues' saves, the connection lost and back, and
    # a read or a save that found the server away
    live_changed = Signal(object)  # a list of core.live.Change
    server_lost = Signal()
    server_back = Signal()
    server_unreachable = Signal()


@dataclass
class AppContext:
    db: Database
    me: str  # the login of the staff member using this window
    languages: Languages
    events: Events = field(default_factory=Events)
    today: Callable[[], date] = date.today
    _letters: LetterService | None = field(default=None, init=False, repr=False)

    @property
    def letters(self) -> LetterService:
        """The letters, built once for the window when first asked for (not as it opens):
        made by whoever is `me` at the time; ReportLab loads on the first letter."""
        if self._letters is None:
            from msek_desktop.letters.service import LetterService

            self._letters = LetterService(self.db, actor=lambda: self.me, today=self.today)
        return self._letters

    @property
    def language(self) -> str:
        return self.languages.current
