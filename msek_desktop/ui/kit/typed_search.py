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
