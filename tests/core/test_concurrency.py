"""Two programs on one database: no update lost, no "database is locked" for the user, and a
concurrent edit of one record is a conflict rather than an overwrite."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from msek_desktop.core import db as db_module
from msek_desktop.core import errors, inquiries, organisations, staff
from msek_desktop.core.db import Database
from msek_desktop.core.models import TimelineEntry
from msek_desktop.core.store import open_database

WORKER = Path(__file__).with_name("rmw_worker.py")
UPDATES = 1_000
SHARED_ROWS = 3


def _shared_inquiries(database: Database) -> list[int]:
    for login in ("anna", "marc"):
        staff.create_staff(database, {"login": login, "full_name": login.title()})
    org = organisations.create_organisation(
        database, {"name": "Szkoła Podstawowa nr 12", "kind": "school", "side": "katowice"},
        actor="anna",
    )  # fmt: skip
    return [
        inquiries.create_inquiry(
            database,
            {"subject": "counter 0", "side": "katowice", "kind": "project",
             "channel": "email", "organisation_id": org.id},
            actor="anna",
        ).id
        for n in range(SHARED_ROWS)
    ]  # fmt: skip


def shared_database(where: str, tmp_path: Path, request: pytest.FixtureRequest) -> Database:
    """A database two worker processes share: an SQLite file, or one on the office server."""
    if where == "postgresql":
        return request.getfixturevalue("new_server_database")()  # type: ignore[no-any-return]
    return open_database(tmp_path / "shared.db", create=True)


def location(database: Database) -> str:
    """What a worker process is given to open `database` (the server's URL with its password)."""
    return database.location.url if database.on_server else str(database.path)  # type: ignore[union-attr]


def run_desks(worker: Path, database: Database, *args: str) -> list[dict[str, Any]]:
    """Run `worker` as two desks, anna and marc, on `database`, starting at the same moment:
    `worker` LOCATION NAME ARGS[0] START_AT ARGS[1:]; what each printed, once both ended
    (START_AT: see rmw_worker.start_together)."""
    return run_each(database, [(worker, args), (worker, args)])


def run_each(database: Database, desks: list[tuple[Path, tuple[str, ...]]]) -> list[dict[str, Any]]:
    """Run desks anna and marc, each its own (worker, args) (see run_desks), at the same moment:
    START_AT is a folder where each worker says it is ready (it has imported and opened the
    database, however long that took on a busy machine) and waits for the word to go."""
    folder = Path(tempfile.mkdtemp(prefix="desks-"))
    workers = [
        subprocess.Popen(
            [sys.executable, str(worker), location(database), name, args[0], str(folder),
             *args[1:]],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for name, (worker, args) in zip(("anna", "marc"), desks, strict=True)
    ]  # fmt: skip
    deadline = time.monotonic() + 120
    while len(list(folder.glob("*.ready"))) < len(workers):
        if time.monotonic() > deadline or any(w.poll() is not None for w in workers):
            break  # a worker that ended early says why below
        time.sleep(0.01)
    (folder / "go").touch()
    results = []
    for process in workers:
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err  # no traceback: an error is in the JSON line
        results.append(json.loads(out))
    shutil.rmtree(folder, ignore_errors=True)
    return results


@pytest.mark.slow
@pytest.mark.parametrize("where", ["sqlite", "postgresql"])
def test_two_processes_lose_no_update_and_never_show_locked(
    where: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """On the server, each save is checked by its UPDATE ... WHERE version = the version read
    (under READ COMMITTED the second writer waits for the first, then finds no row to change):
    a conflict for the user, never a lost increment."""
    database = shared_database(where, tmp_path, request)
    ids = _shared_inquiries(database)
    results = run_desks(WORKER, database, str(UPDATES), *map(str, ids))
    print(results)
    for result in results:
        assert result["error"] is None  # nothing, "database is locked" included, reached them
        assert result["updates"] == UPDATES
    # they really ran into each other: some saves met the other's newer version
    assert sum(r["conflicts"] for r in results) > 0
    counters = [int(inquiries.get_inquiry(database, i).row.subject.split()[1]) for i in ids]
    assert sum(counters) == 2 * UPDATES  # every increment of both is there
    with database.read() as session:
        entries = session.scalar(
            select(func.count(TimelineEntry.id)).where(TimelineEntry.field == "subject")
        )
    assert entries == 2 * UPDATES
    if not database.on_server:
        assert db_module.integrity_report(database.engine) == []
        database.dispose()


def test_a_concurrent_edit_of_one_record_is_a_conflict(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    first = open_database(path, create=True)
    second = open_database(path)  # another running instance
    (inquiry_id, *_) = _shared_inquiries(first)
    seen_by_first = inquiries.get_inquiry(first, inquiry_id).row
    seen_by_second = inquiries.get_inquiry(second, inquiry_id).row
    inquiries.update_inquiry(
        second, inquiry_id, {"subject": "Second's words"}, actor="marc",
        expected_version=seen_by_second.version,
    )  # fmt: skip
    with pytest.raises(errors.ConflictError, match="changed by someone else"):
        inquiries.update_inquiry(
            first, inquiry_id, {"subject": "First's words"}, actor="anna",
            expected_version=seen_by_first.version,
        )  # fmt: skip
    assert inquiries.get_inquiry(first, inquiry_id).row.subject == "Second's words"
    first.dispose()
    second.dispose()


def test_a_writer_waits_out_a_lock_longer_than_the_busy_timeout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program holding the write lock for longer than SQLite's busy timeout (here
    shortened to 0.2 s) still does not show "database is locked": the writer tries again."""
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(db_module, "BUSY_ATTEMPTS", 5)  # 1 s in all
    path = tmp_path / "t.db"
    database = open_database(path, create=True)
    staff.create_staff(database, {"login": "anna", "full_name": "Anna"})
    holder = open_database(path)
    locked = threading.Event()

    def hold() -> None:
        with holder.write() as session:
            session.execute(select(1))
            locked.set()
            time.sleep(0.5)  # longer than one busy timeout, shorter than all attempts

    thread = threading.Thread(target=hold)
    thread.start()
    locked.wait(5)
    made = staff.create_staff(database, {"login": "marc", "full_name": "Marc"})
    thread.join()
    assert made.login == "marc"

    # a program that never lets go: after every attempt, a plain message, nothing written
    monkeypatch.setattr(db_module, "BUSY_ATTEMPTS", 2)
    release = threading.Event()

    def hang() -> None:
        with holder.write() as session:
            session.execute(select(1))
            locked.set()
            release.wait(10)

    locked.clear()
    thread = threading.Thread(target=hang)
    thread.start()
    locked.wait(5)
    try:
        with pytest.raises(errors.DatabaseBusyError, match="busy in another program"):
            staff.create_staff(database, {"login": "zofia", "full_name": "Zofia"})
    finally:
        release.set()
        thread.join()
    assert [s.login for s in staff.list_staff(database)] == ["anna", "marc"]
    holder.dispose()
    database.dispose()
