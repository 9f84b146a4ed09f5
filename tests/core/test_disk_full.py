"""A full disk: a plain error, nothing already saved lost, and work resumes once there is room.

Two ways, both run where the machine allows:
- for real, on a tmpfs of a few megabytes (mounting needs root or CAP_SYS_ADMIN; where it is
  not allowed that test is skipped and says so);
- always, with SQLite's own limit on the file's pages (PRAGMA max_page_count): SQLite then
  fails a write with the same SQLITE_FULL error ("database or disk is full") as a full disk.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fs_places import can_mount, remount, tmpfs
from sqlalchemy import event

from msek_desktop.core import db as db_module
from msek_desktop.core import errors, inquiries, organisations, staff
from msek_desktop.core.db import Database
from msek_desktop.core.store import open_database

LETTER = "Szanowni Państwo, zażółć gęślą jaźń. " * 500  # ~18 KB of message per inquiry


def _setup(database: Database) -> int:
    staff.create_staff(database, {"login": "anna", "full_name": "Anna Kowalska"})
    return organisations.create_organisation(
        database, {"name": "Akademia Muzyczna w Katowicach", "kind": "university",
                   "side": "katowice"}, actor="anna",
    ).id  # fmt: skip


def _add(database: Database, org_id: int, n: int) -> str:
    return inquiries.create_inquiry(
        database,
        {"subject": f"Exchange {n}", "side": "katowice", "kind": "project", "channel": "email",
         "organisation_id": org_id, "message": LETTER},
        actor="anna",
    ).ref  # fmt: skip


def _fill_until_full(database: Database, org_id: int) -> tuple[list[str], errors.DiskFullError]:
    saved: list[str] = []
    for n in range(10_000):
        try:
            saved.append(_add(database, org_id, n))
        except errors.DiskFullError as exc:
            return saved, exc
    raise AssertionError("the disk never filled up")


def _check_nothing_lost(database: Database, saved: list[str]) -> None:
    assert db_module.integrity_report(database.engine) == []
    refs = [r.ref for r in inquiries.list_inquiries(database, limit=len(saved) + 10)]
    assert sorted(refs) == sorted(saved)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if not can_mount(tmp_path / "probe"):
        pytest.skip("this machine does not allow mounting a tmpfs; see the max_page_count test")
    with tmpfs(tmp_path / "disk", "3m") as folder:
        yield folder


def test_a_really_full_disk(small_disk: Path) -> None:
    database = open_database(small_disk / "office.db", create=True)
    org_id = _setup(database)
    saved, error = _fill_until_full(database, org_id)
    assert len(saved) > 3
    assert "full" in str(error) and "Nothing already saved was lost" in str(error)
    _check_nothing_lost(database, saved)
    remount(small_disk, "size=64m")  # space is freed
    saved.append(_add(database, org_id, 9999))
    _check_nothing_lost(database, saved)
    database.dispose()


def test_sqlite_full_error_is_plain_and_loses_nothing(tmp_path: Path) -> None:
    database = open_database(tmp_path / "office.db", create=True)
    org_id = _setup(database)
    with database.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar() or 0
    limit = {"pages": pages + 80}

    def cap(dbapi_conn: object, _record: object) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {limit['pages']}")  # type: ignore[attr-defined]

    event.listen(database.engine, "connect", cap)
    saved, error = _fill_until_full(database, org_id)
    assert len(saved) > 3
    assert isinstance(error, errors.DiskFullError)
    _check_nothing_lost(database, saved)
    limit["pages"] = 1_000_000  # room again
    saved.append(_add(database, org_id, 9999))
    _check_nothing_lost(database, saved)
    database.dispose()
