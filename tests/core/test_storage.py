"""The database file: pragmas, transactions, and what open_database refuses to touch."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy import exc as sa_exc

from msek_desktop.core import db as msek_db
from msek_desktop.core import errors, migrations, plain_file, staff
from msek_desktop.core.db import Database
from msek_desktop.core.models import StaffMember
from msek_desktop.core.store import open_database

PRAGMAS = ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")


def pragmas(conn) -> dict[str, object]:
    return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in PRAGMAS}


def assert_office_pragmas(values: dict[str, object]) -> None:
    assert values["foreign_keys"] == 1
    assert str(values["journal_mode"]).lower() == "wal"
    assert values["synchronous"] == 2  # FULL
    assert int(values["busy_timeout"]) >= 5000  # type: ignore[call-overload]


def siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def a_filled_database(path: Path, people: int = 200) -> bytes:
    """A valid, closed MSEK database of several pages; returns its bytes."""
    database = open_database(path, create=True)
    for i in range(people):
        staff.create_staff(database, {"login": f"user{i}", "full_name": f"Person {i} " + "x" * 120})
    database.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path.read_bytes()


# --- pragmas ------------------------------------------------------------------------------


def test_every_engine_connection_has_the_office_pragmas(db: Database) -> None:
    for _ in range(3):  # NullPool: every connect() is a fresh SQLite connection
        with db.engine.connect() as conn:
            assert_office_pragmas(pragmas(conn))
    with db.engine.begin() as conn:
        assert_office_pragmas(pragmas(conn))


def test_sessions_have_the_office_pragmas(db: Database) -> None:
    with db.read() as session:
        assert_office_pragmas(pragmas(session.connection()))
    with db.write() as session:
        assert_office_pragmas(pragmas(session.connection()))


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(sa_exc.IntegrityError, match="FOREIGN KEY"), db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO contacts (honorific, first_name, last_name, organisation_id, position,"
            " email, phone, language, side, city, notes, version, created_at, updated_at)"
            " VALUES ('none', '', 'Orphan', 999, '', '', '', 'en', 'other', '', '', 1,"
            " '2026-01-01', '2026-01-01')"
        )


# --- transactions -------------------------------------------------------------------------


def _second_database(path: Path, busy_ms: int = 150) -> Database:
    other = open_database(path)

    @event.listens_for(other.engine, "connect")
    def _short_timeout(dbapi_conn, _record) -> None:  # runs after the office's own pragmas
        dbapi_conn.execute(f"PRAGMA busy_timeout = {busy_ms}")

    return other


def test_write_session_begins_immediate(db: Database, anna) -> None:
    other = _second_database(db.path)
    try:
        with db.write() as session:
            session.execute(select(1))  # only reads, but the transaction holds the write lock
            # A deferred BEGIN would let the other write session read; IMMEDIATE refuses it.
            with pytest.raises(errors.DatabaseBusyError), other.write() as session2:
                session2.execute(select(1))
            # Reading still works meanwhile (WAL).
            with other.read() as session3:
                logins = session3.scalars(select(StaffMember.login)).all()
            assert logins == ["anna"]
            # And a plain SQLite client cannot start a write either.
            raw = sqlite3.connect(db.path, timeout=0, isolation_level=None)
            try:
                with pytest.raises(sqlite3.OperationalError, match="locked"):
                    raw.execute("BEGIN IMMEDIATE")
            finally:
                raw.close()
        # Once the first write ends, the second may write.
        with other.write() as session2:
            session2.add(StaffMember(login="marc", full_name="Marc", version=1))
        assert [s.login for s in staff.list_staff(db)] == ["anna", "marc"]
    finally:
        other.dispose()


def test_busy_error_is_a_user_error_with_a_plain_message(db: Database) -> None:
    other = _second_database(db.path)
    try:
        with db.write() as session:
            session.execute(select(1))
            with pytest.raises(errors.DatabaseBusyError) as caught:
                staff.create_staff(other, {"login": "marc", "full_name": "Marc"})
        assert isinstance(caught.value, errors.UserError)
        assert "busy" in str(caught.value)
        assert str(db.path) in str(caught.value)
    finally:
        other.dispose()
    assert staff.list_staff(db) == []


def test_read_session_does_not_take_the_write_lock(db: Database) -> None:
    other = _second_database(db.path)
    try:
        with db.read() as session:
            session.execute(select(1))
            row = staff.create_staff(other, {"login": "marc", "full_name": "Marc"})
        assert row.login == "marc"
    finally:
        other.dispose()


def test_write_commits_at_the_end_and_rolls_back_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as session:
        session.add(StaffMember(login="ghost", full_name="Ghost", version=1))
        session.flush()
        raise RuntimeError("boom")
    with db.write() as session:
        session.add(StaffMember(login="kept", full_name="Kept", version=1))
    with db.read() as session:
        assert session.scalars(select(StaffMember.login)).all() == ["kept"]


# --- opening: what is refused --------------------------------------------------------------


def test_missing_file_without_create_is_refused_and_not_created(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    path = tmp_path / "data" / "typo.db"
    with pytest.raises(errors.DatabaseMissingError, match="no database file"):
        open_database(path)
    assert not path.exists()
    assert siblings(path) == set()


def test_missing_file_in_missing_folder_is_refused_without_making_the_folder(
    tmp_path: Path,
) -> None:
    path = tmp_path / "nowhere" / "t.db"
    with pytest.raises(errors.DatabaseMissingError):
        open_database(path)
    assert not path.parent.exists()


def test_create_makes_missing_folders_and_a_migrated_database(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "t.db"
    database = open_database(path, create=True)
    try:
        assert path.is_file()
        assert migrations.current_revision(database.engine) == migrations.head_revision()
    finally:
        database.dispose()


def test_text_file_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    path = tmp_path / "data" / "notes.db"
    content = "Réunion avec la Filharmonia, jeudi 14h\n".encode() * 50
    path.write_bytes(content)
    with pytest.raises(errors.NotAnMsekDatabaseError):
        open_database(path)
    with pytest.raises(errors.NotAnMsekDatabaseError):
        open_database(path, create=True)
    assert path.read_bytes() == content
    assert siblings(path) == {"notes.db"}


def test_other_programs_sqlite_file_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    path = tmp_path / "data" / "accounts.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    raw.execute("INSERT INTO invoices (amount) VALUES (12.5)")
    raw.commit()
    raw.close()
    content = path.read_bytes()

    with pytest.raises(errors.NotAnMsekDatabaseError, match="another program"):
        open_database(path)

    # Never written to: not even switched to WAL (header bytes 18-19) or given a -wal file.
    assert path.read_bytes() == content
    assert siblings(path) == {"accounts.sqlite"}
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("SELECT amount FROM invoices").fetchall() == [(12.5,)]
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        raw.close()


def _damage_middle(content: bytes, seed: int, at: float) -> bytes:
    page = 4096
    pages = len(content) // page
    assert pages >= 8, "the test database should span several pages"
    rng = random.Random(seed)
    data = bytearray(content)
    first = int(pages * at)
    for p in range(first, first + 3):
        data[p * page : (p + 1) * page] = bytes(rng.randrange(256) for _ in range(page))
    return bytes(data)


DAMAGES = {
    "pages a third in overwritten": lambda b: _damage_middle(b, 1, 1 / 3),
    "pages half way overwritten": lambda b: _damage_middle(b, 7, 1 / 2),
    "cut in half": lambda b: b[: len(b) // 2],
    "cut mid-page": lambda b: b[: len(b) // 2 + 1234],
    "first page after header overwritten": lambda b: b[:100] + b"\xaa" * 3996 + b[4096:],
    "header overwritten": lambda b: b"\x00" * 100 + b[100:],
}


@pytest.mark.parametrize("damage", list(DAMAGES), ids=list(DAMAGES))
def test_damaged_file_is_refused_with_a_user_error_and_left_unchanged(
    tmp_path: Path, damage: str
) -> None:
    path = tmp_path / "t.db"
    damaged = DAMAGES[damage](a_filled_database(path))
    path.write_bytes(damaged)
    with pytest.raises((errors.DatabaseDamagedError, errors.NotAnMsekDatabaseError)):
        open_database(path)
    assert path.read_bytes() == damaged


def test_directory_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "looks.db"
    folder.mkdir()
    for create in (False, True):
        with pytest.raises(errors.DatabaseError, match="folder"):
            open_database(folder, create=create)
    assert list(folder.iterdir()) == []


def test_folder_that_cannot_be_made_is_a_user_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    with pytest.raises(errors.DatabaseError):
        open_database(blocker / "sub" / "t.db", create=True)
    assert blocker.read_text() == "not a folder"


def test_database_of_a_newer_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    open_database(path, create=True).dispose()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE alembic_version SET version_num = 'ffff'")
    raw.commit()
    raw.close()
    with pytest.raises(errors.DatabaseError, match="newer version") as caught:
        open_database(path)
    assert not isinstance(caught.value, errors.DatabaseDamagedError)
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [("ffff",)]
    finally:
        raw.close()


def test_empty_file_with_create_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    path.touch()
    database = open_database(path, create=True)
    try:
        assert path.stat().st_size > 0
        assert path.read_bytes().startswith(plain_file.SQLITE_HEADER)
        assert migrations.current_revision(database.engine) == migrations.head_revision()
        row = staff.create_staff(database, {"login": "anna", "full_name": "Anna"})
        assert row.id == 1
    finally:
        database.dispose()


def test_reopening_keeps_the_data(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    first = open_database(path, create=True)
    staff.create_staff(first, {"login": "anna", "full_name": "Anna"})
    first.dispose()
    second = open_database(path)
    try:
        assert [s.login for s in staff.list_staff(second)] == ["anna"]
        with second.read() as session:
            assert session.scalar(select(func.count()).select_from(StaffMember)) == 1
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert msek_db.integrity_report(second.engine) == []
    finally:
        second.dispose()


# --- error translation --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("database is locked", errors.DatabaseBusyError),
        ("database table is locked", errors.DatabaseBusyError),
        ("attempt to write a readonly database", errors.DatabaseReadOnlyError),
        ("database or disk is full", errors.DiskFullError),
        ("file is not a database", errors.DatabaseDamagedError),
        ("database disk image is malformed", errors.DatabaseDamagedError),
        ("unable to open database file", errors.DatabaseError),
    ],
)
def test_translate_error_gives_user_errors(message: str, expected: type) -> None:
    user = msek_db.translate_error(sqlite3.OperationalError(message), Path("x.db"))
    assert type(user) is expected
    assert "x.db" in str(user)


def test_translate_error_leaves_bugs_alone() -> None:
    assert (
        msek_db.translate_error(sqlite3.OperationalError("no such column: foo"), Path("x")) is None
    )


@pytest.mark.parametrize(
    "name",
    [
        "Łódź dane 2026.db",
        "réunion (copie).db",
        "a#b.db",
        "100%.db",
        "budget%20.db",  # a legal Windows name: must not be read as a URL escape (" ")
        "what?.db",  # legal on Linux and macOS: must not start a URL query
    ],
)
def test_database_with_unusual_name_is_that_very_file(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "dossier partagé"
    path = folder / name
    first = open_database(path, create=True)
    staff.create_staff(first, {"login": "anna", "full_name": "Anna"})
    first.dispose()
    assert {p.name for p in folder.iterdir()} == {name}
    second = open_database(path)
    try:
        assert [s.login for s in staff.list_staff(second)] == ["anna"]
    finally:
        second.dispose()
