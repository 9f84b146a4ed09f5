"""A database file opened with plain sqlite3 (core.plain_file) is set up and judged as
core.db sets up and judges its own; what it refuses is in tests/core/test_start_reads.py and
tests/core/test_proposals_plain.py."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy.dialects import sqlite

from msek_desktop.core import db as dbmod
from msek_desktop.core import plain_file
from msek_desktop.core.store import open_database


def test_what_it_copies_is_what_it_copies_from() -> None:
    assert (plain_file.BUSY_TIMEOUT_MS, plain_file.BUSY_ATTEMPTS) == (
        dbmod.BUSY_TIMEOUT_MS, dbmod.BUSY_ATTEMPTS,
    )  # fmt: skip


@pytest.mark.parametrize("case", ["writable", "read-only file", "read-only folder"])
def test_writable_says_what_core_db_says(tmp_path: Path, case: str) -> None:
    folder = tmp_path / "office"
    path = folder / "office.db"
    open_database(path, create=True).dispose()
    if case == "read-only file":
        os.chmod(path, 0o444)
    if case == "read-only folder":
        os.chmod(folder, 0o555)
    try:
        assert plain_file._writable(path, os.stat(path)) == dbmod.writable(path)
        assert dbmod.writable(path) == (case != "read-only file")
    finally:
        os.chmod(folder, 0o755)


@pytest.mark.parametrize(
    "text", ["2026-12-05 23:59:01.000250", "2026-12-05 23:59:01.000000", "2026-01-31 00:00:00"]
)
def test_a_stored_time_is_read_as_sqlalchemy_reads_it(text: str) -> None:
    dialect = sqlite.dialect()
    read = sqlite.DATETIME().result_processor(dialect, None)
    assert read is not None
    assert plain_file.stored_time(text) == read(text)
    at = datetime(2026, 12, 5, 23, 59, 1, 250)
    assert plain_file.stored_time(at.strftime(plain_file.TIME_FORMAT)) == at
    assert plain_file.stored_time(None) is None
