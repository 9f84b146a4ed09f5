"""Python's cycle collector held off while the window's program imports its modules, and
PySide6's import hook kept from reading their sources (see pyside_sources).

Importing SQLAlchemy, the models, PySide6 and the window's modules makes some hundreds of
thousands of objects, nearly all alive as long as the program. The collector, run after
every few hundred new objects, would walk them again and again: about 0.08 s of the 0.65 s
of CPU the window takes to its first rows (100,000 inquiries, 2 cores).

msek_desktop.app imports this module first, which pauses the collector, and calls
imported() after its own imports: what exists then is set aside for good (gc.freeze: later
collections do not walk it; what was garbage among it stays, a few hundred kB), and the
collector runs again as before. quietly() does the same for the imports of the database
opened after the window's first paint (app.open_later).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_ENABLED = gc.isenabled()  # as found (a host that pauses it itself keeps it paused)
gc.disable()

# With the collector paused; before PySide6, whatever imports it next.
from msek_desktop import pyside_sources  # noqa: E402

pyside_sources.answer_from_files()


def imported() -> None:
    """The imports done: what they made frozen, the collector back as it was."""
    gc.freeze()
    if _ENABLED:
        gc.enable()


@contextmanager
def quietly() -> Iterator[None]:
    """Imports made later (the database's, after the window's first paint: core.opening):
    the same pause while they run, then what they made frozen."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
