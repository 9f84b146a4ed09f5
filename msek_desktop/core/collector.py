"""Python's cycle collector paused while a bulk write runs (the demo, an import).

A bulk write makes millions of small objects (rows, their tuples and texts, the drawn plan)
that live until it ends; the collector, run after every few hundred new objects, walks the
live ones again and again as they grow: about a tenth of the demo's CPU at 100,000 inquiries, a
third of an import's indexing of 50,000 people recorded.
Whatever became garbage meanwhile is collected once the collector runs again.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The collector off inside, then as it was (a host that paused it keeps it paused)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
