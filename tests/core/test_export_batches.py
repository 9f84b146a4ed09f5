"""Exports read a batch at a time (core.exporting.batches): the same file whatever the
batch, and each batch's rows written before the next batch's codes, consents or
organisations are read, so 100,000 inquiries are never held at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import event

from msek_desktop.core import demo, exporting
from msek_desktop.core.db import Database
from msek_desktop.core.exporting import batches, files

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server


def fill(db: Database) -> None:
    demo.generate(db, inquiries=60, seed=5, today=date(2026, 11, 20))


@pytest.fixture
def office(db: Database, database_files: DatabaseFiles) -> Database:
    database_files.build(db, fill)
    return db


@pytest.mark.parametrize("what", exporting.WHATS)
@pytest.mark.parametrize("ext", [".csv", ".xlsx"])
def test_the_same_file_whatever_the_batch(
    office: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, what: str, ext: str
) -> None:
    from tests.core.test_exporting import read_csv, read_xlsx

    read = read_csv if ext == ".csv" else read_xlsx
    whole, batched = tmp_path / f"whole{ext}", tmp_path / f"batched{ext}"
    monkeypatch.setattr(batches, "BATCH", 10**6)  # everything in one batch, as before
    rows = exporting.export(office, whole, what).rows
    monkeypatch.setattr(batches, "BATCH", 7)  # several batches, the last one partly full
    assert exporting.export(office, batched, what).rows == rows > 7
    if ext == ".csv":
        assert batched.read_bytes() == whole.read_bytes()
    assert read(batched) == read(whole)


@pytest.mark.parametrize("what", ["inquiries", "people", "organisations", "exchanges"])
def test_each_batch_is_written_before_the_next_is_read(
    office: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, what: str
) -> None:
    """What belongs to the rows (field codes, consents, organisations, funding...) is read
    for each batch as it comes, not for every row before the first is written."""
    monkeypatch.setattr(batches, "BATCH", 5)
    events: list[str] = []
    engine: Any = office.engine

    def executed(*_: Any) -> None:
        events.append("read")

    written = files.cell_text

    def writing(value: Any) -> str:
        events.append("written")
        return written(value)

    monkeypatch.setattr(files, "cell_text", writing)
    event.listen(engine, "before_cursor_execute", executed)
    try:
        rows = exporting.export(office, tmp_path / "out.csv", what).rows
    finally:
        event.remove(engine, "before_cursor_execute", executed)
    first_written = events.index("written")
    reads_after = events[first_written:].count("read")
    assert rows > 10 and reads_after >= rows // 5 - 1
