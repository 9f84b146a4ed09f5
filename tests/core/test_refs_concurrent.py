"""Two desks creating inquiries at the same moment on one database: every ref is given once,
each year's refs follow each other without a gap, and nothing reaches the user but the refs.
On the office server, a connection lost in the middle of a write is one plain line."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from msek_desktop.core import errors, inquiries, organisations, staff
from msek_desktop.core.db import Database
from msek_desktop.core.models import Inquiry, RefCounter, TimelineEntry
from msek_desktop.core.writer import WRITER_LOCK
from tests.core.test_concurrency import run_desks, run_each, shared_database

WORKER = Path(__file__).with_name("ref_worker.py")
SAVER = Path(__file__).with_name("rmw_worker.py")
EACH = 150  # inquiries created by each desk
YEAR = date.today().year - 1  # the desks' inquiries' year (ref_worker.YEAR)


def _organisation(database: Database) -> int:
    """The staff the desks log in as and the organisation their inquiries come from."""
    for login in ("anna", "marc"):
        staff.create_staff(database, {"login": login, "full_name": login.title()})
    return organisations.create_organisation(
        database, {"name": "Szkoła Podstawowa nr 12", "kind": "school", "side": "katowice"},
        actor="anna",
    ).id  # fmt: skip


def _inquiry(database: Database, organisation_id: int, subject: str, day: str) -> Any:
    return inquiries.create_inquiry(
        database,
        {"subject": subject, "side": "katowice", "kind": "project", "channel": "email",
         "organisation_id": organisation_id, "received_on": f"{YEAR}-{day}"},
        actor="anna",
    )  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("where", ["sqlite", "postgresql"])
def test_two_desks_creating_inquiries_at_once_never_share_a_ref(
    where: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    database = shared_database(where, tmp_path, request)
    organisation_id = _organisation(database)
    old = _inquiry(database, organisation_id, "gone", "01-05")
    assert old.ref == f"{YEAR}-0001"
    inquiries.set_deleted(database, old.id, True, actor="anna")
    results = run_desks(WORKER, database, str(EACH), str(organisation_id))
    for result in results:
        assert result["error"] is None
        assert len(result["refs"]) == EACH
        assert result["refs"] == sorted(result["refs"])  # each desk's refs only grow
    given = sorted(ref for result in results for ref in result["refs"])
    # all distinct, consecutive, the deleted inquiry's 2026-0001 not given again
    assert given == [f"{YEAR}-{n:04d}" for n in range(2, 2 * EACH + 2)]
    # the desks really worked at the same time (on a busy machine SQLite's busy wait may
    # still let one desk's whole run pass first: the other waited, its refs came after)
    first, second = sorted(results, key=lambda r: r["began"])
    assert second["began"] < first["ended"]
    with database.read() as session:
        stored = session.scalars(select(Inquiry.ref).where(Inquiry.ref.startswith(f"{YEAR}-")))
        assert sorted(stored) == [f"{YEAR}-0001", *given]
        assert session.get_one(RefCounter, YEAR).last_number == 2 * EACH + 1
    assert _inquiry(database, organisation_id, "next", "04-01").ref == f"{YEAR}-{2 * EACH + 2:04d}"
    if not database.on_server:
        database.dispose()


@pytest.mark.slow
@pytest.mark.parametrize("where", ["sqlite", "postgresql"])
def test_one_desk_adding_inquiries_while_another_saves_changes(
    where: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """New inquiries (their rows numbered by the bulk writer) and saved changes (a timeline
    entry each, numbered one at a time) at the same moment: neither desk's work is refused."""
    database = shared_database(where, tmp_path, request)
    organisation_id = _organisation(database)
    changed = [_inquiry(database, organisation_id, "counter 0", "02-0" + d).id for d in "12"]
    results = run_each(
        database,
        [(WORKER, (str(EACH), str(organisation_id))), (SAVER, ("200", *map(str, changed)))],
    )
    assert [r["error"] for r in results] == [None, None]
    assert len(results[0]["refs"]) == EACH
    assert results[1]["updates"] == 200
    with database.read() as session:
        count = session.scalar(select(func.count()).select_from(TimelineEntry))
    assert count is not None and count >= EACH + 200
    if not database.on_server:
        database.dispose()


def test_a_connection_lost_in_the_middle_of_a_write_is_one_plain_line(
    new_server_database: Any,
) -> None:
    """A desk's write waiting for another desk's (the office server's writer lock) when its
    connection is cut: a one-line message naming the server, nothing written."""
    database: Database = new_server_database()
    organisation_id = _organisation(database)
    outcome: list[BaseException | None] = []
    holder = database.engine.connect()
    holder.execute(select(text(f"pg_advisory_xact_lock({WRITER_LOCK})")))

    def create() -> None:
        try:
            _inquiry(database, organisation_id, "cut", "05-06")
            outcome.append(None)
        except BaseException as exc:  # the test looks at what came out
            outcome.append(exc)

    thread = threading.Thread(target=create)
    thread.start()
    waiting = text(
        "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
        "AND datname = current_database() AND pid <> pg_backend_pid()"
    )
    watcher = database.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    for _ in range(100):  # pg_stat_activity is read afresh by each autocommitted statement
        pids = list(watcher.scalars(waiting))
        if pids:
            break
        time.sleep(0.05)
    assert len(pids) == 1, "the desk's write never waited for the lock"
    watcher.execute(select(text(f"pg_terminate_backend({pids[0]})")))
    watcher.close()
    thread.join(10)
    holder.rollback()
    holder.close()
    (exc,) = outcome
    assert isinstance(exc, errors.UserError), repr(exc)
    assert "\n" not in str(exc)
    assert "office server" in str(exc)
    with database.read() as session:
        subjects = list(session.scalars(select(Inquiry.subject)))
    assert "cut" not in subjects
