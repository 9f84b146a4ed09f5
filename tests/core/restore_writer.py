"""The writer that tests/core/test_restore_race.py runs against restore, as a real process.

    python restore_writer.py

Reads one command a line on stdin:

    write DB TAG STOPFILE   open DB the way the program does (store.open_database), then save
                            one record after another through the services until STOPFILE
                            exists: organisations named "TAG-NNNN" and people whose email is
                            "TAG-NNNN@example.org", alternately

and answers (one os.write per line, so nothing interleaves):

    ready                   the database is open; saving starts now
    commit MARK             printed only after the service call returned (its COMMIT did)
    error TEXT              an error reached "the user"; the round ends
    done                    the round is over and the database closed
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from msek_desktop.core import contacts, errors, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.store import open_database


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def save(database: Database, mark: str, n: int) -> None:
    if n % 2:
        contacts.create_contact(
            database,
            {"first_name": "Ewa", "last_name": "Wiśniewska", "side": "katowice",
             "email": f"{mark}@example.org", "notes": "restore race"},
        )  # fmt: skip
    else:
        organisations.create_organisation(
            database,
            {"name": mark, "kind": "university", "side": "katowice", "city": "Katowice",
             "country": "PL"},
        )  # fmt: skip


def round_(path: Path, tag: str, stop: Path) -> None:
    database = open_database(path, quick_check=False)
    say("ready")
    try:
        n = 0
        while not stop.exists():
            mark = f"{tag}-{n:04d}"
            save(database, mark, n)
            say(f"commit {mark}")
            n += 1
    except errors.UserError as exc:
        say(f"error {type(exc).__name__}: {exc}")
    finally:
        database.dispose()
    say("done")


def main() -> int:
    for line in sys.stdin:
        command, path, tag, stop = line.split()
        assert command == "write"
        round_(Path(path), tag, Path(stop))
    return 0


if __name__ == "__main__":
    sys.exit(main())
