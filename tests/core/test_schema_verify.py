"""A backup is verified as an MSEK database of a known schema before anything is replaced
(issue 10, points 2 and 3): crafted backups are refused with one line, the database untouched
byte for byte; another page size restores; an older backup is brought up to date in a copy."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from crafted_backups import (
    CRAFTED,
    TRAP,
    craft,
    older_file,
    run_sql,
    table_digests,
    with_page_size,
)

from msek_desktop.core import backups, db, demo, errors, migrations, schema
from msek_desktop.core.store import open_database

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles

NOW = datetime(2026, 11, 25, 14, 30, 5)


def pragma(path: Path, name: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def good_backup(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("good")
    database = open_database(folder / "source.db", create=True)
    try:
        demo.generate(database, inquiries=40, seed=4, today=date(2026, 11, 1))
        return backups.backup_now(database, to=folder / "good.db")
    finally:
        database.dispose()


@pytest.fixture
def office(tmp_path: Path, database_files: DatabaseFiles) -> Path:
    path = tmp_path / "office" / "msek.db"
    return database_files.file(path, demo.generate, inquiries=12, seed=9, today=date(2026, 11, 1))


def state(office: Path) -> tuple[bytes, list[str]]:
    """The database's bytes and every file beside it (the backups folder included).

    A read-only look at a WAL-mode file may leave an -shm and an empty -wal: no content."""
    wal = office.with_name(office.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    names = sorted(
        str(p.relative_to(office.parent))
        for p in office.parent.rglob("*")
        if p.name not in (wal.name, office.name + "-shm")
    )
    return office.read_bytes(), names


def test_the_reference_is_the_schema_the_migrations_make(tmp_path: Path) -> None:
    fresh = open_database(tmp_path / "fresh.db", create=True)
    fresh.dispose()
    conn = sqlite3.connect(tmp_path / "fresh.db")
    try:
        assert schema.describe(conn) == schema.reference(migrations.head_revision())
    finally:
        conn.close()
    head = schema.reference(migrations.head_revision())
    first = schema.reference("0001")
    assert ("virtual table", "search_index") in head
    assert ("table", "search_index_data") in head  # FTS5's shadow tables come along
    assert ("virtual table", "search_index") not in first
    assert ("index", "ix_inquiries_live_received") in head.keys() - first.keys()
    assert not [key for key in head if key[0] in ("trigger", "view")]


def test_a_good_backup_passes(good_backup: Path) -> None:
    assert backups.verify(good_backup) == migrations.head_revision()


@pytest.mark.parametrize("case", list(CRAFTED), ids=list(CRAFTED))
def test_a_crafted_backup_is_refused_with_one_line_and_nothing_changes(
    good_backup: Path, office: Path, tmp_path: Path, case: str
) -> None:
    bad = craft(good_backup, tmp_path / "crafted.db", case)
    words = CRAFTED[case][1]
    with pytest.raises(errors.UserError) as refused:
        backups.verify(bad)
    assert words in refused.value.message and "\n" not in refused.value.message
    before = state(office)
    with pytest.raises(errors.UserError) as refused:
        backups.restore(office, bad, now=NOW)
    assert words in refused.value.message and str(bad) in refused.value.message
    assert state(office) == before


def test_the_trap_trigger_never_reaches_the_follow_ups(good_backup: Path, office: Path) -> None:
    """The case that started it: a trigger that wipes every follow-up on the next import."""
    bad = craft(good_backup, office.parent.parent / "trap.db", "trigger")
    with pytest.raises(errors.NotAnMsekDatabaseError, match='trigger "wipe"'):
        backups.restore(office, bad, now=NOW)
    conn = sqlite3.connect(office)
    try:
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE type='trigger'").fetchone()
        assert conn.execute("SELECT count(*) FROM follow_ups").fetchone()[0] > 0
    finally:
        conn.close()


def test_a_trap_in_an_older_revision_is_refused_too(tmp_path: Path, office: Path) -> None:
    old = older_file(tmp_path / "old.db", "0001", (TRAP,))
    before = state(office)
    with pytest.raises(errors.NotAnMsekDatabaseError, match='trigger "wipe"'):
        backups.restore(office, old, now=NOW)
    assert state(office) == before


@pytest.mark.parametrize("page_size", [1024, 8192, 65536])
def test_a_backup_with_another_page_size_restores(
    good_backup: Path, office: Path, tmp_path: Path, page_size: int
) -> None:
    other = with_page_size(good_backup, tmp_path / f"p{page_size}.db", page_size)
    wanted = table_digests(other)
    live_page_size = pragma(office, "page_size")
    result = backups.restore(office, other, now=NOW)
    assert result.safety_backup is not None and result.safety_backup.exists()
    assert table_digests(office) == wanted
    assert pragma(office, "page_size") == live_page_size
    assert pragma(office, "integrity_check") == "ok"
    open_database(office).dispose()


def test_an_older_backup_whose_upgrade_fails_leaves_the_database_as_it_was(
    tmp_path: Path, office: Path
) -> None:
    # a person whose name is not valid UTF-8: sound for SQLite, but building the search index
    # (migration 0002) cannot read it
    old = older_file(
        tmp_path / "old.db",
        "0001",
        (
            "INSERT INTO contacts (honorific, first_name, last_name, position, email, phone, "
            "language, side, city, notes, version, created_at, updated_at) VALUES ('', "
            "CAST(x'ff41' AS TEXT), 'Nowak', '', '', '', 'pl', 'katowice', '', '', 1, "
            "'2026-11-01 10:00:00', '2026-11-01 10:00:00')",
        ),
    )
    assert backups.verify(old) == "0001"
    before = state(office)
    with pytest.raises(errors.DatabaseError) as refused:
        backups.restore(office, old, now=NOW)
    message = refused.value.message
    assert "could not be brought up to date" in message and "\n" not in message
    assert state(office) == before


def test_an_older_backup_is_upgraded_in_a_copy_the_backup_itself_unchanged(
    tmp_path: Path, office: Path
) -> None:
    old = older_file(tmp_path / "old.db", "0002")
    raw = old.read_bytes()
    result = backups.restore(office, old, now=NOW)
    assert result.upgraded_from == "0002"
    assert old.read_bytes() == raw
    assert backups.verify(result.safety_backup or old)
    conn = db.open_read_only(office)
    try:
        assert schema.verify_connection(conn, str(office)) == migrations.head_revision()
    finally:
        conn.close()
    assert [p.name for p in backups.backup_folder(office).iterdir() if "partial" in p.name] == []


def test_check_reports_a_trap_in_the_live_database(office: Path) -> None:
    run_sql(office, [TRAP, "CREATE TABLE notes (x)"])
    found = schema.examine_file(office)
    assert found.revision == migrations.head_revision()
    assert 'schema: has a trigger "wipe" the schema does not have' in found.problems
    assert 'schema: has a table "notes" the schema does not have' in found.problems


def test_check_of_a_newer_revision_says_so(office: Path) -> None:
    run_sql(office, ["UPDATE alembic_version SET version_num = 'f00dcafe'"])
    with pytest.raises(errors.DatabaseError, match="newer version"):
        schema.examine_file(office)


def test_check_of_a_read_only_file_of_a_newer_revision_says_newer(
    office: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from fs_places import read_only_copy

    from msek_desktop import cli

    run_sql(office, ["UPDATE alembic_version SET version_num = 'f00dcafe'"])
    with read_only_copy(office, tmp_path / "ro", monkeypatch) as copy:
        before = copy.read_bytes()
        assert cli.main(["--db", str(copy), "check"]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "newer version of MSEK Desktop" in err
        assert copy.read_bytes() == before


def test_a_damaged_database_stays_in_place_when_the_backup_is_refused(
    good_backup: Path, office: Path, tmp_path: Path
) -> None:
    damaged = b"\x00" * 100 + office.read_bytes()[100:]
    office.write_bytes(damaged)
    bad = craft(good_backup, tmp_path / "crafted.db", "view")
    with pytest.raises(errors.NotAnMsekDatabaseError, match='view "everything"'):
        backups.restore(office, bad, now=NOW)
    assert office.read_bytes() == damaged
    assert [p.name for p in office.parent.iterdir() if "corrupt" in p.name] == []
