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
    assert seen["frozen"] > 100_000  # SQLAlchemy, the models, PySide6, the window's modules
