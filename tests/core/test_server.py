"""The office server's address: read from --db/MSEK_DB, shown without its password, an
unreachable server one plain error naming it, and the file-only services refused plainly."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from msek_desktop.core import errors, store
from msek_desktop.core.db import Database, require_file
from msek_desktop.core.server import ServerAddress, make_engine, without_password
from msek_desktop.paths import DatabaseLocationError, db_location, default_db_path


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://anna:s3cret@msek-01:5433/office", "postgresql://anna@msek-01:5433/office"),
        ("postgresql://anna@msek-01/office", "postgresql://anna@msek-01/office"),
        ("postgresql://:s3cret@msek-01/office", "postgresql://msek-01/office"),
        ("postgresql://msek-01/office?password=s3cret&sslmode=require",
         "postgresql://msek-01/office?sslmode=require"),
        ("postgresql://anna@/office?host=/run/postgresql", "postgresql://anna@/office?host=/run/postgresql"),
        ("postgresql://anna:p%40ss@msek-01/office", "postgresql://anna@msek-01/office"),
    ],
)  # fmt: skip
def test_a_url_is_shown_without_its_password(url: str, shown: str) -> None:
    assert without_password(url) == shown
    address = ServerAddress(url)
    assert str(address) == shown
    assert "s3cret" not in repr(address) and "s3cret" not in f"{address}"


def test_the_address_names_its_server() -> None:
    assert ServerAddress("postgresql://anna@msek-01:5433/office").host == "msek-01"
    assert ServerAddress("postgresql://anna@/office?host=/run/pg").host == "/run/pg"
    assert ServerAddress("postgresql://anna@/office").host == "localhost"


def test_the_driver_is_psycopg_whatever_the_scheme_says() -> None:
    for scheme in ("postgresql", "postgres", "postgresql+psycopg"):
        url = ServerAddress(f"{scheme}://anna:s3cret@msek-01/office").sqlalchemy_url()
        assert (url.drivername, url.password, url.database) == (
            "postgresql+psycopg",
            "s3cret",
            "office",
        )


@pytest.mark.parametrize("origin", ["--db", "MSEK_DB"])
def test_db_and_msek_db_take_a_postgresql_url(origin: str, monkeypatch: pytest.MonkeyPatch) -> None:
    url = "postgresql://anna:s3cret@msek-01/office"
    if origin == "MSEK_DB":
        monkeypatch.setenv("MSEK_DB", url)
        found = default_db_path()
    else:
        found = default_db_path(url)
    assert found == ServerAddress(url)
    assert isinstance(db_location("office.db"), Path)


def test_a_url_naming_no_database_is_refused_by_name() -> None:
    with pytest.raises(DatabaseLocationError) as refused:
        db_location("postgresql://anna:s3cret@msek-01", "MSEK_DB")
    message = str(refused.value)
    assert message.startswith("MSEK_DB: postgresql://anna@msek-01 names no database")
    assert "s3cret" not in message and "\n" not in message


def test_an_unreachable_server_is_one_line_naming_it(tmp_path: Path) -> None:
    folder = tmp_path / "sockets"
    folder.mkdir()
    address = ServerAddress(f"postgresql://anna:s3cret@/office?host={folder}")
    with pytest.raises(errors.ServerUnreachableError) as refused:
        store.open_database(address)
    message = str(refused.value)
    assert message.startswith(f"The office server {folder} cannot be reached (")
    assert "s3cret" not in message and "\n" not in message
    assert list(folder.iterdir()) == []


def test_file_services_refuse_the_office_server_plainly(tmp_path: Path) -> None:
    address = ServerAddress("postgresql://anna:s3cret@msek-01/office")
    with pytest.raises(errors.ServerNotYetError) as refused:
        require_file(address, "Restoring a backup")
    assert str(refused.value) == "Restoring a backup is not available with an office server yet."
    assert require_file(tmp_path / "a.db", "Restoring a backup") == tmp_path / "a.db"


def test_an_open_server_database_has_no_file_to_check(
    new_server_database: Any,
) -> None:
    database: Database = new_server_database()  # its backups: tests/core/test_server_copies.py
    assert database.on_server and database.file_path is None
    store.check_quickly(database)  # nothing to check: no file (PostgreSQL checks its pages)


def test_an_empty_server_database_gets_the_schema_only_with_create(
    new_server_database: Any,
) -> None:
    address = new_server_database(empty=True)
    with pytest.raises(errors.DatabaseMissingError, match="holds no MSEK data yet"):
        store.open_database(address)
    store.open_database(address, create=True).dispose()
    store.open_database(address).dispose()  # now it has


def test_another_programs_database_is_refused_untouched(new_server_database: Any) -> None:
    address = new_server_database(empty=True)
    eng = make_engine(address)
    with eng.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE accounts (id integer)")
    try:
        with pytest.raises(errors.NotAnMsekDatabaseError, match="another program"):
            store.open_database(address, create=True)
        with eng.connect() as conn:
            tables = conn.exec_driver_sql(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            ).all()
        assert tables == [("accounts",)]
    finally:
        eng.dispose()


def test_a_program_without_its_driver_says_so_in_one_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # `import psycopg` fails
    with pytest.raises(errors.DatabaseError) as refused:
        store.open_database(ServerAddress("postgresql://anna:s3cret@msek-01/office"))
    message = str(refused.value)
    assert message.startswith(
        "This copy of MSEK Desktop cannot reach the office server msek-01: its PostgreSQL "
        "driver (psycopg) cannot be loaded ("
    )
    assert "s3cret" not in message and "\n" not in message
