"""Copying the office's data between databases (core.copying): every table of the models, in
one consistent snapshot of the source, checked row for row by counts and checksums that agree
between SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text

from msek_desktop.core import backups, copying, demo, errors, inquiries, moving, server
from msek_desktop.core.db import Database
from msek_desktop.core.models import Base
from msek_desktop.core.server import ServerAddress
from msek_desktop.core.store import open_database

TODAY = date(2026, 11, 1)


def sums(database: Database) -> list[copying.TableCheck]:
    with copying.snapshot(database.engine) as conn:
        return copying.checksums(conn)


def file_sums(path: Path) -> list[copying.TableCheck]:
    database = open_database(path, migrate=False)
    try:
        return sums(database)
    finally:
        database.dispose()


@pytest.fixture
def desk(tmp_path: Path, new_database: Callable[..., Database]) -> Database:
    """An SQLite office database with demo data (every kind of row, Polish text included)."""
    return new_database(tmp_path / "desk.db", demo.generate, inquiries=120, seed=7, today=TODAY)


def tables_of(address: ServerAddress) -> list[str]:
    engine = server.make_engine(address)
    try:
        with engine.connect() as conn:
            return sorted(inspect(conn).get_table_names())
    finally:
        engine.dispose()


# -- what is copied -------------------------------------------------------------------------------


def test_every_table_of_the_models_is_copied_parents_first() -> None:
    names = [t.name for t in copying.tables()]
    assert set(names) == set(Base.metadata.tables)
    assert "alembic_version" not in names and "search_index" not in names
    for position, table in enumerate(copying.tables()):
        for key in table.foreign_keys:
            assert names.index(key.column.table.name) < position, (table.name, key)


def test_values_are_normalised_alike_whatever_the_database_returns() -> None:
    def text_of(*values: object) -> str:
        return copying.row_text(values)

    assert text_of(True) != text_of(1) and text_of(False) != text_of(0)
    assert len({text_of(None), text_of(""), text_of("None")}) == 3
    assert text_of(Decimal("1.50")) == text_of(Decimal("1.5")) == text_of(1.5)
    moment = datetime(2026, 11, 1, 10, 0, 0)
    assert text_of(moment) != text_of("2026-11-01 10:00:00.000000")
    assert text_of(moment.replace(tzinfo=UTC)) == text_of(moment)
    an_hour_east = datetime(2026, 11, 1, 11, 0, 0, tzinfo=timezone(timedelta(hours=1)))
    assert text_of(an_hour_east) == text_of(moment)
    assert text_of(date(2026, 11, 1)) != text_of("2026-11-01")
    assert text_of(b"%PDF") == text_of(memoryview(b"%PDF")) != text_of("%PDF")
    assert text_of("a", "b") != text_of("a, b")
    with pytest.raises(TypeError):
        text_of(object())


# -- SQLite → PostgreSQL → SQLite ------------------------------------------------------------------


def test_demo_data_goes_to_the_server_and_back_with_equal_checksums(
    desk: Database, new_server_database: Callable[..., Any]
) -> None:
    address: ServerAddress = new_server_database(empty=True)
    expected = sums(desk)
    assert {c.table for c in expected} == set(Base.metadata.tables)
    assert all(c.rows for c in expected if c.table in ("inquiries", "timeline_entries"))
    checks = moving.move_to(desk.engine, desk.path, address)
    assert checks == expected
    office = open_database(address)
    try:
        assert sums(office) == expected
        back = backups.backup_now(office)  # a desk copy: PostgreSQL → a new SQLite file
        assert file_sums(back) == expected
        assert inquiries.count_inquiries(office) == 120
        # the server's sequences were moved past the copied ids: a new inquiry gets a free one
        first = inquiries.list_inquiries(office, limit=1)[0]
        made = inquiries.create_inquiry(
            office,
            {"subject": "After the move", "received_on": TODAY, "side": "katowice",
             "contact_id": first.contact.id if first.contact else None},
            actor=None,
        )  # fmt: skip
        assert made.id == 121
    finally:
        office.dispose()


# -- one consistent snapshot ------------------------------------------------------------------


def change_two_tables(database: Database) -> None:
    """One save touching two tables: a staff member and an inquiry's subject."""
    with database.write() as s:
        s.execute(
            text(
                "INSERT INTO staff_members (login, full_name, title_fr, title_pl, title_en, "
                "email, phone, active, version, created_at, updated_at) VALUES ('zofia', "
                "'Zofia Nowak', '', '', '', '', '', true, 1, :now, :now)"
            ),
            {"now": datetime(2026, 11, 2, 9, 0)},
        )
        s.execute(text("UPDATE inquiries SET subject = 'Changed meanwhile' WHERE id = 100"))


def changing_during_the_copy(database: Database) -> Callable[[int, int], None]:
    """A progress callback that, once the copy is under way, has another connection commit a
    change to a table already copied and to one not yet copied."""
    done: list[bool] = []

    def progress(copied: int, _total: int) -> None:
        if not done and copied > 0:
            done.append(True)
            change_two_tables(database)

    return progress


def test_a_desk_copy_is_one_snapshot_of_the_server(
    desk: Database, new_server_database: Callable[..., Any]
) -> None:
    address: ServerAddress = new_server_database(empty=True)
    moving.move_to(desk.engine, desk.path, address)
    office = open_database(address)
    try:
        before = sums(office)
        copy = backups.backup_now(office, progress=changing_during_the_copy(office))
        after = sums(office)
    finally:
        office.dispose()
    assert after != before, "the change was committed while the copy ran"
    assert file_sums(copy) == before, "none of the change is in the copy"


def test_a_move_is_one_snapshot_of_the_file(
    desk: Database, new_server_database: Callable[..., Any]
) -> None:
    address: ServerAddress = new_server_database(empty=True)
    before = sums(desk)
    checks = moving.move_to(
        desk.engine, desk.path, address, progress=changing_during_the_copy(desk)
    )
    assert sums(desk) != before, "the change was committed while the copy ran"
    assert checks == before
    office = open_database(address)
    try:
        assert sums(office) == before
    finally:
        office.dispose()


# -- refused: nothing written ----------------------------------------------------------------------


def test_a_copy_that_does_not_match_is_not_committed(
    desk: Database, new_server_database: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    address: ServerAddress = new_server_database(empty=True)
    write = copying._write

    def lose_a_row(conn: Any, table: Any, rows: Any, at: Any) -> None:
        write(conn, table, rows[:-1] if table.name == "follow_ups" else rows, at)

    monkeypatch.setattr(copying, "_write", lose_a_row)
    with pytest.raises(errors.DatabaseError, match=r"differs from .* in the table follow_ups"):
        moving.move_to(desk.engine, desk.path, address)
    assert tables_of(address) == [], "not even the schema: the database is as empty as it was"


def test_a_value_the_server_refuses_is_one_line_and_nothing_is_written(
    desk: Database, new_server_database: Callable[..., Any]
) -> None:
    address: ServerAddress = new_server_database(empty=True)
    with desk.write() as s:  # SQLite keeps what a VARCHAR(300) cannot hold on PostgreSQL
        s.execute(text("UPDATE inquiries SET subject = :v WHERE id = 3"), {"v": "x" * 400})
    with pytest.raises(errors.DatabaseError) as refused:
        moving.move_to(desk.engine, desk.path, address)
    message = refused.value.message
    assert message.startswith(f"The table inquiries cannot be copied into {address} (")
    assert message.endswith("nothing was written.") and "\n" not in message
    assert tables_of(address) == []


def test_a_non_empty_server_database_is_refused_untouched(
    desk: Database, new_server_database: Callable[..., Any]
) -> None:
    office: Database = new_server_database()
    demo.generate(office, inquiries=10, seed=1, today=TODAY)
    before = sums(office)
    with pytest.raises(errors.DatabaseError) as refused:
        moving.move_to(desk.engine, desk.path, office.location)  # type: ignore[arg-type]
    orgs = len(demo.KNOWN_NAMES) + 10  # a small demo: its known organisations and 10 more
    assert refused.value.message == (
        f"The office database {office.location} is not empty ({orgs} rows in organisations; "
        "2 rows in ref_counters; 4 rows in staff_members): move-to copies only into an empty "
        "database; nothing was written."
    )
    assert sums(office) == before


def test_a_server_database_with_only_the_schema_counts_as_empty(
    desk: Database, new_server_database: Callable[..., Any]
) -> None:
    office: Database = new_server_database()  # `msek init` was run there, nothing else
    assert moving.move_to(desk.engine, desk.path, office.location) == sums(desk)  # type: ignore[arg-type]
    assert sums(office) == sums(desk)
