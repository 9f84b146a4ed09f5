"""`msek --db postgresql://...` on a real (throwaway) PostgreSQL server: init puts the schema
in an empty database, the records and search work, the password is never printed, and the
services that need the database file refuse plainly."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from tests.cli.in_process import run


@pytest.fixture
def url(new_server_database: Callable[..., Any]) -> str:
    """An empty database on the test server, its URL with a password (the test server trusts
    its local logins, so the password is never asked: it is there to be hidden)."""
    address = new_server_database(empty=True)
    return str(address.url).replace("postgresql://postgres@", "postgresql://postgres:s3cret@")


def test_init_demo_and_search_on_the_office_server(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", url, "inquiries")
    assert (code, out) == (1, "")
    assert "holds no MSEK data yet; set it up with `msek init`" in err
    code, out, err = run(capsys, "--db", url, "init")
    assert (code, err) == (0, "")
    assert out.strip() == url.replace(":s3cret", "")
    code, out, err = run(capsys, "--db", url, "demo", "--inquiries", "30", "--seed", "4")
    assert code == 0, err
    assert out.startswith("Demo data in postgresql://postgres@/") and "s3cret" not in out
    code, out, err = run(capsys, "--db", url, "inquiries", "--search", "katowic", "--json")
    assert code == 0, err
    assert json.loads(out), "the demo's Katowice inquiries are found by katowic"


def test_check_refuses_the_office_server_in_one_line(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """(backup and restore work there: tests/cli/test_server_copies_cli.py)"""
    assert run(capsys, "--db", url, "init")[0] == 0
    code, out, err = run(capsys, "--db", url, "check")
    assert (code, out) == (1, "")
    assert err == "msek: Checking the database is not available with an office server yet.\n"
