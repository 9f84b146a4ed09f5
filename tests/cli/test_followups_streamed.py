"""`msek followups` written as read: each follow-up printed before the next is read, the
same bytes as the whole list (core.followups.each_followup)."""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from in_process import run

from msek_desktop.cli.lookups import _followup_line, followup_json
from msek_desktop.cli.output import printable, to_json
from msek_desktop.core import demo, followups
from msek_desktop.core.db import Database
from msek_desktop.core.store import open_database

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles


def fill(db: Database) -> None:
    demo.generate(db, inquiries=120, seed=6, today=date(2026, 11, 20))


@pytest.fixture
def office(tmp_path: Path, databases: DatabaseFiles) -> str:
    db = databases.open(tmp_path / "office.db")
    try:
        databases.build(db, fill)
    finally:
        db.dispose()
    return str(db.location)


@pytest.mark.parametrize("argv", [["--json"], [], ["--overdue", "--json"]], ids=str)
def test_the_same_bytes_as_the_whole_list(
    office: str, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    from msek_desktop.paths import default_db_path

    code, out, err = run(capsys, "--db", office, "followups", *argv)
    db = open_database(default_db_path(office))
    try:
        when = "overdue" if "--overdue" in argv else None
        rows = followups.list_followups(db, when, limit=None)
    finally:
        db.dispose()
    assert (code, err) == (0, "") and len(rows) > 10
    if "--json" in argv:
        assert out == to_json([followup_json(r) for r in rows]) + "\n"
    else:
        assert out == "".join(printable(_followup_line(r)) + "\n" for r in rows)


def test_each_follow_up_is_written_as_it_is_read(
    office: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    events: list[str] = []
    read_row = followups._to_row

    def reading(*args: Any) -> Any:
        events.append("read")
        return read_row(*args)

    class Out(io.StringIO):
        def write(self, text: str) -> int:
            events.append("written")
            return super().write(text)

    monkeypatch.setattr(followups, "_to_row", reading)
    monkeypatch.setattr(sys, "stdout", Out())
    code, _, _ = run(capsys, "--db", office, "followups", "--json")
    rows = events.count("read")
    assert code == 0 and rows > 10
    assert events.index("written") < 2  # the first, written before the second is read
    assert events[: len(events) - 1 - events[::-1].index("read")].count("written") >= rows - 1


def test_what_exists_before_is_left_out_of_collections_meanwhile() -> None:
    """print_rows freezes what exists before the rows (gc.freeze): streamed rows keep few
    objects alive, which makes full collections frequent; each would walk every module's
    objects. Unfrozen after, even when writing fails."""
    import argparse
    import gc

    from msek_desktop.cli.output import print_rows

    frozen: list[int] = []

    def as_json(row: int) -> dict[str, int]:
        frozen.append(gc.get_freeze_count())
        if row == 2:
            raise BrokenPipeError
        return {"n": row}

    with pytest.raises(BrokenPipeError):
        print_rows(argparse.Namespace(json=True), iter([1, 2]), as_json, str)
    assert len(frozen) == 2 and min(frozen) > 1000
    assert gc.get_freeze_count() == 0
