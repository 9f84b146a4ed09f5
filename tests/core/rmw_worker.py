"""One of the programs of the concurrency test (test_concurrency.py), run as a process.

    python rmw_worker.py DB NAME UPDATES START_AT ID [ID ...]

START_AT is the folder of start_together.

DB is a database file or the office server's postgresql:// URL.

Waits for the word to go (start_together: so both workers begin together), then makes UPDATES
read-modify-write changes through the services, the way the window does: read the inquiry,
add one to the counter in its subject, save with the version it read. A conflict (the other
worker saved first) is answered as staff would: read again and redo the change. Prints one
JSON line at the end: updates, conflicts, and any error that reached "the user".
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from msek_desktop.core import errors, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.server import ServerAddress
from msek_desktop.core.store import open_database


def open_location(text: str) -> Database:
    """The database a test names: a file, or one on the office server (postgresql://)."""
    location = ServerAddress(text) if text.startswith("postgresql") else Path(text)
    return open_database(location, quick_check=False)


def start_together(folder: str, name: str) -> None:
    """Say this desk is ready (imported, database open), then wait for the test's word to go:
    both desks begin at the same moment however long each took to start."""
    Path(folder, f"{name}.ready").touch()
    go = Path(folder, "go")
    deadline = time.monotonic() + 180
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.001)


def bump(database: Database, inquiry_id: int, name: str) -> int:
    """One counted change; returns how many conflicts it met."""
    conflicts = 0
    while True:
        row = inquiries.get_inquiry(database, inquiry_id).row
        count = int(row.subject.rsplit(" ", 1)[1])
        try:
            inquiries.update_inquiry(
                database,
                inquiry_id,
                {"subject": f"counter {count + 1}"},
                actor=name,
                expected_version=row.version,
            )
        except errors.ConflictError:
            conflicts += 1
            continue
        return conflicts


def main() -> int:
    path, name, updates, start_at, *ids = sys.argv[1:]
    database = open_location(path)
    wanted = [int(i) for i in ids]
    done = conflicts = 0
    error = None
    start_together(start_at, name)
    try:
        for n in range(int(updates)):
            conflicts += bump(database, wanted[n % len(wanted)], name)
            done = n + 1
    except errors.UserError as exc:  # what the window would show the user
        error = f"{type(exc).__name__}: {exc}"
    finally:
        database.dispose()
    result = {"name": name, "updates": done, "conflicts": conflicts, "error": error}
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
