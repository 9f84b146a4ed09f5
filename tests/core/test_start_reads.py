"""The window's first reads with plain sqlite3 (core.start_reads) against the ORM functions on
the same file: the same answers, in the same types, for every staff member and every list of
My day; the files it leaves to the general path. SQLite only: the plain path is for files."""

from __future__ import annotations

import dataclasses
import inspect
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from msek_desktop.core import (
    demo,
    demo_place,
    errors,
    file_checks,
    followups,
    inquiries,
    my_day,
    organisations,
    staff,
    start_reads,
)
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.core.start_reads import StartReads
from msek_desktop.core.store import open_database
from msek_desktop.core.vocab import When

MADE_ON = date(2026, 11, 1)
NOBODY = "nobody"  # no staff member's login


def same(got: Any, expected: Any) -> None:
    """Equal, and of the same types down to each field of each row (True is not 1, a
    datetime not a date)."""
    assert got == expected
    assert type(got) is type(expected)
    if isinstance(got, list | tuple):
        for g, e in zip(got, expected, strict=True):
            same(g, e)
    elif dataclasses.is_dataclass(got):
        for f in dataclasses.fields(got):
            same(getattr(got, f.name), getattr(expected, f.name))


def spoil(db: Database) -> dict[str, Any]:
    """On the demo: an open inquiry with open follow-ups deleted, a follow-up done, a member
    who handles inquiries made inactive."""
    listed = followups.list_followups(db, limit=None)
    gone = listed[0]
    inquiries.set_deleted(db, gone.inquiry_id, True)
    done = next(f for f in listed if f.inquiry_id != gone.inquiry_id)
    followups.complete_followup(db, done.id, "Called back.")
    inactive = next(f.assignee for f in listed if f.assignee not in (None, done.assignee))
    staff.deactivate_staff(db, inactive)
    return {"deleted": gone.inquiry_id, "done": done.id, "inactive": inactive}


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    path = tmp_path_factory.mktemp("start-reads") / "demo.db"
    db = open_database(path, create=True)
    try:
        demo_place.mark(db)
        demo.generate(db, inquiries=300, seed=2, today=MADE_ON)
        spoiled = spoil(db)
    finally:
        db.dispose()
    return path, spoiled


@pytest.fixture
def both(office: tuple[Path, dict[str, Any]]) -> Iterator[tuple[StartReads, Database]]:
    path, _ = office
    file_checks.remember(path)  # as a run of the program leaves a file it found sound
    reads = StartReads.open(path)
    assert reads is not None
    db = open_database(path, quick_check=False)
    try:
        yield reads, db
    finally:
        reads.close()
        db.dispose()


def logins(db: Database) -> list[str]:
    return [s.login for s in staff.list_staff(db)] + [NOBODY]


def busiest_day(db: Database) -> date:
    """A day some follow-up is due, with others due before and after it."""
    due = sorted(f.due_on for f in followups.list_followups(db, limit=None))
    return due[len(due) // 2]


def test_the_staff_are_the_orms(both: tuple[StartReads, Database]) -> None:
    reads, db = both
    for active_only in (False, True):
        same(reads.staff(active_only), staff.list_staff(db, active_only=active_only))
        same(reads.staff(active_only=active_only), staff.list_staff(db, active_only=active_only))
    for login in logins(db):
        try:
            expected = staff.get_staff(db, login)
        except errors.NotFoundError:
            assert login == NOBODY
            assert reads.member(login) is None
        else:
            same(reads.member(login), expected)


def test_an_inactive_member(
    both: tuple[StartReads, Database], office: tuple[Path, dict[str, Any]]
) -> None:
    reads, _ = both
    inactive = office[1]["inactive"]
    member = reads.member(inactive)
    assert member is not None and member.active is False
    assert inactive in [s.login for s in reads.staff()]
    assert inactive not in [s.login for s in reads.staff(active_only=True)]


@pytest.mark.parametrize("when", list(When))
def test_the_followups_are_the_orms(both: tuple[StartReads, Database], when: When) -> None:
    reads, db = both
    today = busiest_day(db)
    horizon = today + timedelta(days=14)
    found = 0
    for login in logins(db):
        for until in (None, horizon, today - timedelta(days=30)):
            for limit in (500, 2, None):
                expected = followups.list_followups(
                    db, when, assignee=login, today=today, until=until, limit=limit
                )
                got = reads.followups(when, assignee=login, today=today, until=until, limit=limit)
                same(got, expected)
                found += len(expected)
        by_name = reads.followups(when.value, assignee=login, today=today)
        same(by_name, reads.followups(when, assignee=login, today=today))
    assert found  # something to compare on that day


def test_the_waiting_lists_are_the_orms(both: tuple[StartReads, Database]) -> None:
    reads, db = both
    found = 0
    for login in logins(db):
        expected = my_day.nothing_planned(db, login)
        same(reads.nothing_planned(login), expected)
        same(reads.nothing_planned(login, limit=1), my_day.nothing_planned(db, login, limit=1))
        found += expected.total
    assert found
    expected = my_day.new_unassigned(db)
    assert expected.total > 2
    same(reads.new_unassigned(), expected)
    same(reads.new_unassigned(limit=2), my_day.new_unassigned(db, limit=2))


def test_the_counts_and_marks_are_the_orms(both: tuple[StartReads, Database]) -> None:
    reads, db = both
    for login in logins(db):
        expected = inquiries.count_inquiries(db, InquiryFilter(assignee=login, open=True))
        same(reads.open_count(login), expected)
    assert reads.open_count(NOBODY) == 0
    same(reads.inquiries_exist(), inquiries.count_inquiries(db) != 0)
    same(reads.is_demo(), demo_place.is_demo(db))
    assert reads.is_demo() and reads.inquiries_exist()


def test_what_is_deleted_or_done_is_left_out(
    both: tuple[StartReads, Database], office: tuple[Path, dict[str, Any]]
) -> None:
    reads, db = both
    spoiled = office[1]
    today = busiest_day(db)
    listed = [
        f
        for login in logins(db)
        for when in When
        for f in reads.followups(when, assignee=login, today=today, limit=None)
    ]
    assert listed
    assert spoiled["deleted"] not in {f.inquiry_id for f in listed}
    assert spoiled["done"] not in {f.id for f in listed}
    waiting = [w for login in logins(db) for w in reads.nothing_planned(login).rows]
    assert spoiled["deleted"] not in {w.id for w in [*waiting, *reads.new_unassigned().rows]}


def test_an_empty_database(tmp_path: Path, database_files: Any) -> None:
    path = database_files.file(tmp_path / "empty.db")
    file_checks.remember(path)
    reads = StartReads.open(path)
    assert reads is not None
    db = open_database(path, quick_check=False)
    try:
        same(reads.staff(), staff.list_staff(db))
        assert reads.staff() == [] and reads.member(NOBODY) is None
        same(reads.inquiries_exist(), False)
        same(reads.is_demo(), demo_place.is_demo(db))
        same(reads.followups(When.TODAY, assignee=NOBODY, today=MADE_ON), [])
        same(reads.nothing_planned(NOBODY), my_day.nothing_planned(db, NOBODY))
        same(reads.new_unassigned(), my_day.new_unassigned(db))
        same(reads.open_count(NOBODY), 0)
        choir = organisations.create_organisation(db, {"name": "Chór", "side": "katowice"})
        made = inquiries.create_inquiry(db, {"subject": "Koncert", "organisation_id": choir.id})
        inquiries.set_deleted(db, made.id, True)  # in the bin: none counted
        same(reads.inquiries_exist(), inquiries.count_inquiries(db) != 0)
        assert not reads.inquiries_exist()
        same(reads.new_unassigned(), my_day.new_unassigned(db))
    finally:
        reads.close()
        db.dispose()


def test_the_general_path_opens_what_the_plain_one_does_not(
    tmp_path: Path, database_files: Any
) -> None:
    path = database_files.file(tmp_path / "office.db")
    file_checks.forget(path)
    reads = StartReads.open(path)  # not checked here: the window checks it once shown
    assert reads is not None
    reads.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0009'")  # to be migrated
    conn.commit()
    conn.close()
    file_checks.remember(path)
    assert StartReads.open(path) is None
    read_only = database_files.file(tmp_path / "read-only.db")
    os.chmod(read_only, 0o444)
    file_checks.remember(read_only)
    assert StartReads.open(read_only) is None
    (tmp_path / "text.db").write_text("not a database")
    file_checks.remember(tmp_path / "text.db")
    assert StartReads.open(tmp_path / "text.db") is None
    assert StartReads.open(tmp_path / "missing.db") is None
    assert StartReads.open(tmp_path) is None  # a folder


def test_what_it_copies_is_what_it_copies_from() -> None:
    assert start_reads.LIMIT == my_day.LIMIT
    assert start_reads.DEMO_MARK == demo_place.MARK
    limit = inspect.signature(followups.list_followups).parameters["limit"].default
    assert limit == start_reads.FOLLOWUPS_LIMIT


def test_it_imports_no_sqlalchemy() -> None:
    code = "import json, sys, msek_desktop.core.start_reads; print(json.dumps(list(sys.modules)))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    modules = set(json.loads(run.stdout))
    assert "msek_desktop.core.start_reads" in modules
    assert not {m for m in modules if m.split(".")[0] in ("sqlalchemy", "alembic")}
    heavy = ("msek_desktop.core.models", "msek_desktop.core.db", "msek_desktop.core.store")
    assert not modules & set(heavy)
