"""`msek move-to postgresql://...` (issue 12, point 8): an SQLite office database into an
EMPTY database on the office server, checked table by table, with what to set on each desk;
everything that goes wrong is one line, exit 1, and nothing written."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect

from msek_desktop.cli.output import shell_word
from msek_desktop.core import copying, roles, server
from msek_desktop.core.server import ServerAddress
from msek_desktop.core.store import open_database
from tests.cli.in_process import run


@pytest.fixture
def desk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "msek.db"
    assert run(capsys, "--db", str(path), "demo", "--inquiries", "30", "--seed", "6")[0] == 0
    return path


@pytest.fixture
def url(new_server_database: Callable[..., Any]) -> str:
    """An empty database on the test server, its URL with a password (never printed)."""
    address = new_server_database(empty=True)
    return str(address.url).replace("postgresql://postgres@", "postgresql://postgres:s3cret@")


def sums(location: Path | ServerAddress) -> list[copying.TableCheck]:
    database = open_database(location, migrate=False)
    try:
        with copying.snapshot(database.engine) as conn:
            return copying.checksums(conn)
    finally:
        database.dispose()


def tables_of(url: str) -> list[str]:
    engine = server.make_engine(ServerAddress(url))
    try:
        with engine.connect() as conn:
            return inspect(conn).get_table_names()
    finally:
        engine.dispose()


def refs(capsys: pytest.CaptureFixture[str], db: str) -> list[str]:
    code, out, err = run(capsys, "--db", db, "inquiries", "--json", "--limit", "100")
    assert code == 0, err
    return sorted(i["ref"] for i in json.loads(out))


def test_move_to_an_empty_database_prints_the_checks_and_what_to_set(
    desk: Path, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = sums(desk)
    code, out, err = run(capsys, "--db", str(desk), "move-to", url)
    assert (code, err) == (0, "")
    shown = url.replace(":s3cret", "")
    assert "s3cret" not in out
    lines = out.splitlines()
    rows = sum(c.rows for c in expected)
    assert lines[0] == (
        f"{desk} was copied to {shown}: {rows:,} rows in {len(expected)} tables, the same row "
        "counts and checksums on both."
    )
    for check in expected:
        assert any(
            line.split() == [check.table, f"{check.rows:,}", check.checksum] for line in lines
        ), check.table
    command = f"msek --db {shell_word(shown)} ... (or set MSEK_DB={shown})"
    assert f"  on the command line: {command}" in lines
    assert "  in the window: Settings › Office data › Connect to the office server" in lines
    assert sums(ServerAddress(url)) == expected
    assert refs(capsys, url) == refs(capsys, str(desk)) and len(refs(capsys, url)) == 30


def test_move_to_json(desk: Path, url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(desk), "move-to", url, "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["source"] == str(desk) and report["target"] == url.replace(":s3cret", "")
    assert report["verified"] is True
    expected = [{"table": c.table, "rows": c.rows, "checksum": c.checksum} for c in sums(desk)]
    assert report["tables"] == expected
    assert report["on_each_desk"]["db"] == report["target"]


def test_a_database_that_is_not_empty_is_refused_untouched(
    desk: Path, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--db", url, "demo", "--inquiries", "5", "--seed", "2")[0] == 0
    before = sums(ServerAddress(url))
    code, out, err = run(capsys, "--db", str(desk), "move-to", url)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "s3cret" not in err
    assert err.startswith(f"msek: The office database {url.replace(':s3cret', '')} is not empty (")
    assert err.endswith("move-to copies only into an empty database; nothing was written.\n")
    assert sums(ServerAddress(url)) == before


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("mysql://anna@msek-01/office", "move-to needs the office server's address, "
         "postgresql://login@host[:port]/database, not 'mysql://anna@msek-01/office'."),
        ("postgresql://anna:s3cret@msek-01", "postgresql://anna@msek-01 names no database; "
         "write it as postgresql://login@host[:port]/database"),
        ("msek-01/office", "move-to needs the office server's address, "
         "postgresql://login@host[:port]/database, not 'msek-01/office'."),
    ],
)  # fmt: skip
def test_a_bad_address_is_one_line(
    desk: Path, given: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--db", str(desk), "move-to", given) == (1, "", f"msek: {said}\n")


def test_an_unreachable_server_is_one_line(
    desk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gone = tmp_path / "no-server"
    gone.mkdir()
    code, out, err = run(
        capsys, "--db", str(desk), "move-to", f"postgresql://anna:s3cret@/office?host={gone}"
    )
    assert (code, out) == (1, "")
    assert err.startswith(f"msek: The office server {gone} cannot be reached (")
    assert err.count("\n") == 1 and "s3cret" not in err


def test_a_damaged_source_is_one_line_and_nothing_is_written(
    desk: Path, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(desk) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with desk.open("r+b") as fh:
        fh.seek(8192)
        fh.write(b"\x00\xff" * 8192)
    code, out, err = run(capsys, "--db", str(desk), "move-to", url)
    assert (code, out) == (1, "")
    assert err.startswith(f"msek: The database file {desk} is damaged") and err.count("\n") == 1
    assert tables_of(url) == []


def test_a_missing_source_or_a_server_as_source_is_one_line(
    tmp_path: Path, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nothing.db"
    assert run(capsys, "--db", str(missing), "move-to", url) == (
        1, "", f"msek: There is no database file at {missing}.\n",
    )  # fmt: skip
    code, out, err = run(capsys, "--db", url, "move-to", url)
    assert (code, out) == (1, "")
    assert err.startswith("msek: move-to copies an SQLite office database file, and --db names")
    assert not missing.exists() and tables_of(url) == []


def test_move_to_a_database_set_up_by_msek_server_setup(
    desk: Path, server_databases: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README's way: `msek server setup` makes the database, its owner and the staff's
    groups, then `move-to` as the owner fills it, and a staff group may read what it holds."""
    from tests.core.test_roles import Office, drop_office, make_office

    admin, name, owner, suffix = make_office(server_databases)
    office = Office(admin, name, owner, suffix, [])
    try:
        url = office.address(owner).url
        code, _out, err = run(capsys, "--db", str(desk), "move-to", url)
        assert (code, err) == (0, ""), err
        assert sums(ServerAddress(url)) == sums(desk)
        staff_group, _admin_group = roles.group_names(name)
        engine = server.make_engine(ServerAddress(url))
        try:
            with engine.connect() as conn:
                granted = conn.exec_driver_sql(
                    f"SELECT has_table_privilege('{staff_group}', 'inquiries', 'SELECT')"
                ).scalar()
        finally:
            engine.dispose()
        assert granted is True
    finally:
        drop_office(admin, name, owner)
