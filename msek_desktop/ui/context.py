"""What the screens share, passed in explicitly (no global registry)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from msek_desktop.core.opening import Opening
from msek_desktop.ui.i18n import Languages

if TYPE_CHECKING:
    from msek_desktop.core.db import Database
    from msek_desktop.core.start_reads import StartReads
    from msek_desktop.letters.service import LetterService
    from msek_desktop.paths import Location


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


class AppContext:
    """The window's database, its user and language, its events and its day.

    `db` may be given as an Opening (core.opening: the window's start, before its first
    paint): `reads` then answers the first screen's questions without SQLAlchemy, and the
    Database is opened when `db` is first asked for (once the first paint is done, or at
    once by anything that needs it). `location`, `on_server` and `read_only` are known
    either way without opening it.
    """

    def __init__(
        self,
        db: Database | Opening,
        me: str,
        languages: Languages,
        events: Events | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.opening = db if isinstance(db, Opening) else None
        self._db = None if isinstance(db, Opening) else db
        self.me = me  # the login of the staff member using this window
        self.languages = languages
        self.events = events if events is not None else Events()
        self.today = today
        self._letters: LetterService | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            assert self.opening is not None
            self._db = self.opening.open()
        return self._db

    @property
    def opened(self) -> bool:
        """Whether the Database is open (else nothing was written: the start's reads only)."""
        return self._db is not None

    @property
    def reads(self) -> StartReads | None:
        """The plain reads of the start, until the Database is open (then None)."""
        return self.opening.reads if self._db is None and self.opening is not None else None

    @property
    def _place(self) -> Database | Opening:
        return self._db if self._db is not None else self.opening  # type: ignore[return-value]

    @property
    def location(self) -> Location:
        return self._place.location

    @property
    def on_server(self) -> bool:
        return self._place.on_server

    @property
    def read_only(self) -> bool:
        return self._place.read_only

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
