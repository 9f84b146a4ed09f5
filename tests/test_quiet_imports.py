"""The window's program imports its modules with Python's cycle collector paused
(msek_desktop.quiet_imports): no collection while msek_desktop.app loads, what it made
frozen after, the collector running again. In a process of its own: the test run's modules
are imported already."""

from __future__ import annotations

import json
import subprocess
import sys

# Collections counted from the pause on (the import system may run some before app.py's
# first line, in importing the msek_desktop package).
IMPORT_APP = """
import gc, json, sys
started = []
def noted(phase, info):
    if phase == "start" and "msek_desktop.quiet_imports" in sys.modules:
        started.append(info)
gc.callbacks.append(noted)
import msek_desktop.app
print(json.dumps({
    "collections": len(started), "enabled": gc.isenabled(), "frozen": gc.get_freeze_count()
}))
"""


def test_no_collection_while_the_window_s_modules_load_then_as_before() -> None:
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_APP], capture_output=True, text=True, check=True
    )
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["collections"] == 0
    assert seen["enabled"] is True
    assert seen["frozen"] > 30_000  # PySide6 and the window's modules (SQLAlchemy: later)


OPEN_LATER = """
import gc, json, sys
import msek_desktop.app
from msek_desktop import quiet_imports
during = []
gc.callbacks.append(lambda phase, info: phase == "start" and during.append(info))
before = gc.get_freeze_count()
with quiet_imports.quietly():
    import msek_desktop.core.store
print(json.dumps({
    "collections": len(during), "enabled": gc.isenabled(),
    "frozen": gc.get_freeze_count() - before, "sqlalchemy": "sqlalchemy" in sys.modules,
}))
"""


def test_the_database_s_imports_after_the_first_paint_likewise() -> None:
    done = subprocess.run(
        [sys.executable, "-c", OPEN_LATER], capture_output=True, text=True, check=True
    )
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["sqlalchemy"] is True  # imported there, not before (core.opening)
    assert seen["collections"] == 0
    assert seen["enabled"] is True
    assert seen["frozen"] > 50_000  # SQLAlchemy, the models, the core's queries
