"""Copies on every desk (issue 12, point 7): with the office server, a backup is a verified
SQLite copy of the whole office database in this desk's folder of copies, a read-only file
the program opens; the automatic one only when the data changed, thinned out as backups are;
and restoring a backup into the server replaces its data in one transaction, after a safety
copy."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from crafted_backups import a_text_file, another_programs_file
from sqlalchemy import text

from msek_desktop import paths
from msek_desktop.core import backups, copies, demo, errors, inquiries, staff
from msek_desktop.core.db import Database
from msek_desktop.core.server import ServerAddress
from msek_desktop.core.store import open_database
from tests.core.test_copying import file_sums, sums

NOW = datetime(2026, 11, 12, 12, 0, 0)


@pytest.fixture
def office(new_server_database: Callable[..., Any]) -> Database:
    """The office server's database with a small demo office in it."""
    database: Database = new_server_database()
    demo.generate(database, inquiries=40, seed=5, today=date(2026, 11, 1))
    return database


def rename_inquiry(database: Database, subject: str) -> None:
    with database.write() as s:
        s.execute(text("UPDATE inquiries SET subject = :v WHERE id = 1"), {"v": subject})


def subject_of_first(path_or_db: Path | Database) -> str:
    database = open_database(path_or_db) if isinstance(path_or_db, Path) else path_or_db
    try:
        return inquiries.get_inquiry(database, 1).row.subject
    finally:
        if isinstance(path_or_db, Path):
            database.dispose()


# -- where the copies go ----------------------------------------------------------------------


def test_the_folder_is_named_after_the_server_and_database() -> None:
    folder = paths.data_dir() / "backups"
    address = ServerAddress("postgresql://anna:s3cret@msek-01/msek")
    assert backups.copies_folder(address) == folder / "office-msek-01-msek"
    other_port = ServerAddress("postgresql://anna@msek-01:5433/office")
    assert backups.copies_folder(other_port) == folder / "office-msek-01-5433-office"
    local = ServerAddress("postgresql://anna@/msek?host=/run/postgresql")
    assert backups.copies_folder(local) == folder / "office-run-postgresql-msek"
    assert backups.folder_of(address) == backups.copies_folder(address)
    assert backups.folder_of(Path("/x/msek.db")) == Path("/x/backups")


# -- a desk copy ------------------------------------------------------------------------------


def test_backup_now_writes_a_read_only_copy_that_opens_with_the_same_rows(
    office: Database,
) -> None:
    made = backups.backup_now(office, now=NOW)
    assert made == backups.copies_folder(office.location) / "msek-20261112-120000.db"
    assert not made.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert [p.name for p in made.parent.iterdir() if p.suffix != ".json"] == [made.name]
    backups.verify(made)
    copy = open_database(made)  # as `msek --db FILE` opens it
    try:
        assert copy.read_only
        assert sums(copy) == sums(office)
        assert inquiries.count_inquiries(copy) == 40
        first = inquiries.list_inquiries(office, limit=1)[0]
        sought = inquiries.InquiryFilter(search=first.subject.split()[0])
        found = {r.id for r in inquiries.list_inquiries(copy, sought, limit=100)}
        assert first.id in found, "the copy's search index was rebuilt"
        assert found == {r.id for r in inquiries.list_inquiries(office, sought, limit=100)}
        with pytest.raises(errors.DatabaseReadOnlyError):
            staff.create_staff(copy, {"login": "zofia", "full_name": "Zofia Nowak"})
    finally:
        copy.dispose()
    with sqlite3.connect(made) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_backup_to_a_file_of_ones_choice(office: Database, tmp_path: Path) -> None:
    target = tmp_path / "office.db"
    assert backups.backup_now(office, to=target) == target
    assert file_sums(target) == sums(office)
    with pytest.raises(errors.UserError, match="already exists"):
        backups.backup_now(office, to=target)


def test_latest_copy_is_the_newest_good_one(office: Database) -> None:
    address = office.location
    assert backups.latest_copy(address) is None
    older = backups.backup_now(office, now=NOW - timedelta(hours=1))
    newest = backups.backup_now(office, now=NOW)
    assert backups.latest_copy(address) == newest
    newest.chmod(0o644)
    with newest.open("r+b") as fh:  # damaged on this desk's disk
        fh.seek(4096)
        fh.write(b"\xff" * 4096)
    assert backups.latest_copy(address) == older


def test_the_automatic_copy_only_when_the_data_changed(office: Database) -> None:
    first = backups.backup_if_changed(office, now=NOW)
    assert first is not None
    assert backups.backup_if_changed(office, now=NOW + timedelta(minutes=30)) is None
    rename_inquiry(office, "Changed on another desk")
    second = backups.backup_if_changed(office, now=NOW + timedelta(minutes=60))
    assert second is not None and subject_of_first(second) == "Changed on another desk"
    assert backups.backup_if_changed(office, now=NOW + timedelta(minutes=90)) is None
    with office.write() as s:  # a deletion alone is a change too
        s.execute(text("DELETE FROM inquiry_fields WHERE inquiry_id = 2"))
    assert backups.backup_if_changed(office, now=NOW + timedelta(minutes=120)) is not None


def test_the_copies_are_thinned_out_as_backups_are(office: Database) -> None:
    start = datetime(2026, 11, 1, 9, 0, 0)
    for day in range(11):  # one copy a day, 1 to 11 November
        backups.backup_now(office, now=start + timedelta(days=day))
    rename_inquiry(office, "Something new")
    made = backups.backup_if_changed(office, now=NOW)  # 12 November
    kept = {b.taken_at.day for b in backups.list_backups(made.parent)} if made else set()
    # the last 7 days, the newest of the two weeks before (8 and 1 November), this month's
    assert kept == {1, 6, 7, 8, 9, 10, 11, 12}


def test_a_copy_that_fails_leaves_nothing(
    office: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from msek_desktop.core import schema

    def refuse(path: Path, label: str | None = None) -> str:
        raise errors.DatabaseDamagedError(f"{label} failed its check.")

    monkeypatch.setattr(schema, "verify_file", refuse)
    with pytest.raises(errors.DatabaseDamagedError, match="the copy of postgresql://"):
        backups.backup_now(office, now=NOW)
    assert backups.list_backups(backups.copies_folder(office.location)) == []
    assert [p.name for p in backups.copies_folder(office.location).iterdir()] == []


# -- restoring into the server -----------------------------------------------------------------


def test_restore_replaces_the_data_after_a_safety_copy(office: Database) -> None:
    copy = backups.backup_now(office, now=NOW - timedelta(hours=1))
    before = sums(office)
    rename_inquiry(office, "Written after the copy")
    staff.create_staff(office, {"login": "zofia", "full_name": "Zofia Nowak"})
    changed = sums(office)
    result = backups.restore_server(office, copy, now=NOW)
    assert sums(office) == before == file_sums(copy)
    assert result.safety_backup is not None and result.restored_from == copy
    assert file_sums(result.safety_backup) == changed
    assert subject_of_first(result.safety_backup) == "Written after the copy"
    # the sequences were moved past the restored ids: new records still get free ids
    zofia = staff.create_staff(office, {"login": "zofia", "full_name": "Zofia Nowak"})
    assert zofia.id > max(s.id for s in staff.list_staff(office) if s.login != "zofia")


def test_restore_of_a_file_backup_into_the_server(office: Database, tmp_path: Path) -> None:
    """A backup of a desk's own SQLite file (before moving up) goes into the server too."""
    local = open_database(tmp_path / "desk.db", create=True)
    try:
        demo.generate(local, inquiries=25, seed=9, today=date(2026, 10, 1))
        backup = backups.backup_now(local, to=tmp_path / "desk-backup.db")
        expected = sums(local)
    finally:
        local.dispose()
    backups.restore_server(office, backup, now=NOW)
    assert sums(office) == expected
    assert inquiries.count_inquiries(office) == 25


@pytest.mark.parametrize("make", [a_text_file, another_programs_file])
def test_a_bad_file_is_refused_and_nothing_changes(
    office: Database, tmp_path: Path, make: Callable[[Path], Path]
) -> None:
    bad = make(tmp_path)
    before = sums(office)
    with pytest.raises(errors.UserError):
        backups.restore_server(office, bad, now=NOW)
    assert sums(office) == before
    folder = backups.copies_folder(office.location)
    assert not folder.exists(), "no safety copy, no temporary file: nothing was to change"


def test_a_damaged_copy_is_refused_and_nothing_changes(office: Database) -> None:
    copy = backups.backup_now(office, now=NOW - timedelta(hours=1))
    copy.chmod(0o644)
    with sqlite3.connect(copy) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE follow_ups SET inquiry_id = 99999 WHERE id = 1")
    before = sums(office)
    with pytest.raises(errors.DatabaseDamagedError, match="refer to missing rows"):
        backups.restore_server(office, copy, now=NOW)
    assert sums(office) == before
    assert [b.path for b in backups.list_backups(copy.parent)] == [copy]


def test_the_window_of_a_restore_loses_no_save(
    office: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A desk saving while a restore runs: its save waits for the writers' lock and lands in
    the restored data, or committed before and is in the safety copy; never in neither."""
    import threading

    copy = backups.backup_now(office, now=NOW - timedelta(hours=1))
    started = threading.Event()
    saved: list[str] = []

    def save() -> None:
        started.wait(10)
        rename_inquiry(office, "Saved during the restore")
        saved.append("done")

    thread = threading.Thread(target=save)
    thread.start()
    real = copies.take

    def take_then_let_the_other_desk_save(*args: Any, **kw: Any) -> Path:
        started.set()  # the other desk now tries to save (and must wait)
        return real(*args, **kw)

    monkeypatch.setattr(copies, "take", take_then_let_the_other_desk_save)
    result = backups.restore_server(office, copy, now=NOW)
    thread.join(20)
    assert saved == ["done"]
    assert result.safety_backup is not None
    in_safety = subject_of_first(result.safety_backup) == "Saved during the restore"
    in_server = subject_of_first(office) == "Saved during the restore"
    assert in_server and not in_safety, "the save waited and landed in the restored data"
