"""Search as you type, the lists' way: typing debounced, and no search on a single letter.

A keystroke only (re)starts a zero-delay timer (debounced): the search runs once the
keystrokes already waiting have all reached the box, one search for them all and never a
queue of searches behind the typing, with no delay of its own. A single letter matches
nearly everything: the list is searched from the second letter on (searched()), and shows
meanwhile what it shows without a search, a hint saying why (ONE_LETTER).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit

from msek_desktop.ui.i18n import tr

MIN_SEARCH = 2  # letters typed before a list is searched


def searched(text: str) -> str:
    """The search a list applies for the box's `text`: none while it holds a single letter."""
    return text if len(text.strip()) >= MIN_SEARCH else ""


def one_letter(text: str) -> bool:
    """Whether the box holds the single letter a list does not search on (say ONE_LETTER)."""
    return len(text.strip()) == 1


def one_letter_hint() -> str:
    return tr("Inquiries", "Type a second letter to search")


def debounced(parent: QObject, run: Callable[[], object]) -> QTimer:
    """A timer running `run` once the keystrokes waiting have reached the box: start() it
    on each keystroke."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(run)
    return timer


class TypedSearch(QObject):
    """A list's search box, debounced and from the second letter: `read()` reads the list
    again (the list calls shown() as it reads), `unchanged()` when the search it applies is
    the one already shown (a first letter: the hint to show)."""

    def __init__(
        self,
        box: QLineEdit,
        read: Callable[[], object],
        unchanged: Callable[[], object],
    ) -> None:
        super().__init__(box)
        self.box, self._read, self._unchanged = box, read, unchanged
        self._shown: str | None = None  # the search the rows listed were read with
        self._timer = debounced(self, self._typed)
        box.textChanged.connect(self._on_text)

    def text(self) -> str:
        """The search the list applies (searched)."""
        return searched(self.box.text())

    def shown(self) -> None:
        """The list reads its rows with text() now."""
        self._shown = self.text()

    def _on_text(self, text: str) -> None:
        if text:
            self._timer.start()
        else:  # cleared: the whole list at once
            self._timer.stop()
            self._typed()

    def _typed(self) -> None:
        if self.text() == self._shown:  # a first letter: nothing new to read
            self._unchanged()
        else:
            self._read()
