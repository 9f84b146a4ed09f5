"""One of the desks of the refs test (test_refs_concurrent.py), run as a process.

    python ref_worker.py DB NAME COUNT START_AT ORGANISATION_ID

Waits for the word to go (rmw_worker.start_together: so both desks begin together), then
creates COUNT inquiries through the services, the way the form does, all received on the
same day. Prints one JSON line at the end: the refs it was given, any error that reached
"the user", and when it began and ended its work.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date

from rmw_worker import open_location, start_together

from msek_desktop.core import errors, inquiries

YEAR = date.today().year - 1  # a year no other inquiry of the test is received in
RECEIVED_ON = date(YEAR, 3, 2)


def main() -> int:
    location, name, count, start_at, organisation_id = sys.argv[1:]
    database = open_location(location)
    refs: list[str] = []
    error = None
    start_together(start_at, name)
    began = time.time()
    try:
        for n in range(int(count)):
            made = inquiries.create_inquiry(
                database,
                {"subject": f"{name} {n}", "side": "katowice", "kind": "project",
                 "channel": "email", "organisation_id": int(organisation_id),
                 "received_on": RECEIVED_ON},
                actor=name,
            )  # fmt: skip
            refs.append(made.ref)
    except errors.UserError as exc:  # what the window would show the user
        error = f"{type(exc).__name__}: {exc}"
    finally:
        database.dispose()
    ended = time.time()
    print(json.dumps({"name": name, "refs": refs, "error": error, "began": began,
                      "ended": ended}), flush=True)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
