"""The search's and the list's floor (tests/bench/window_bench.py same_page, same_page_sql)
reads the page the program shows, on an SQLite file and on the office server: the same
inquiries in the same order, ranked or newest first, with their people and fields."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from msek_desktop.core import demo
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries import InquiryFilter, list_inquiries, listing

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

BENCH = Path(__file__).parents[1] / "bench" / "window_bench.py"
WORDS = ("saint", "mar", "ma", "te", "2025-00", "s", "lyon", "ewa wi")  # 0 to 240 matches


def _window_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("window_bench_same_page", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _compare(program: list[Any], plain: list[tuple[Any, ...]]) -> None:
    assert [r[0] for r in plain] == [r.id for r in program]
    for row, floor in zip(program, plain, strict=True):
        contact = row.contact.id if row.contact else None
        organisation = row.organisation.id if row.organisation else None
        assert (floor[1], floor[6], floor[12], floor[17]) == (
            row.ref, row.subject, contact, organisation,
        )  # fmt: skip
        assert set((floor[24] or "").split(",")) - {""} == set(row.fields)


@pytest.mark.parametrize("rank_limit", [listing.RANK_LIMIT, 20])
def test_the_floor_reads_the_programs_page(
    db: Database, rank_limit: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a low limit: the broad words' pages are newest first, as a large office's are
    monkeypatch.setattr(listing, "RANK_LIMIT", rank_limit)
    bench = _window_bench()
    monkeypatch.setattr(bench, "RANK_LIMIT", rank_limit)
    demo.generate(db, inquiries=240, seed=3, today=date(2026, 11, 1))
    server = db.engine.dialect.name == "postgresql"
    raw = db.engine.raw_connection()
    try:
        conn = raw.driver_connection
        for word in WORDS:
            for open_only in (True, False):
                flt = InquiryFilter(search=word, open=True if open_only else None)
                program = list_inquiries(db, flt, limit=30)
                plain = bench.same_page(conn, word, open_only=open_only, limit=30, server=server)
                _compare(program, plain)
                bench.check_same_page(db, conn, word, open_only=open_only, limit=30, server=server)
        for offset in (0, 40, 200):
            program = list_inquiries(db, InquiryFilter(open=True), limit=40, offset=offset)
            sql = bench.same_page_sql(
                None, False, open_only=True, limit=40, offset=offset, server=server
            )
            _compare(program, conn.execute(sql).fetchall())
    finally:
        raw.close()


def test_the_typed_floor_reads_each_keystrokes_page_once(db: Database) -> None:
    bench = _window_bench()
    demo.generate(db, inquiries=60, seed=3, today=date(2026, 11, 1))
    server = db.engine.dialect.name == "postgresql"
    opened: list[Any] = []
    closed: list[Any] = []

    class Counted:  # a driver connection that says what was read and when it was closed
        def __init__(self) -> None:
            self.raw = db.engine.raw_connection()
            self.read: list[str] = []
            opened.append(self)

        def execute(self, sql: str, *params: Any) -> Any:
            self.read.append(sql)
            return self.raw.driver_connection.execute(sql, *params)

        def close(self) -> None:
            closed.append(self)
            self.raw.close()

    typed = ["sa", "sai", " ", "ma", "mar"]  # a keystroke without words reads nothing
    found = bench.typed_page_ms(Counted, typed, runs=3, limit=30, server=server)
    assert len(found) == 4 and all(ms > 0 for ms in found)
    assert len(opened) == 3 and closed == opened
    # the unsearched page first, then a count and a page for each keystroke with words
    assert [len(c.read) for c in opened] == [1 + 2 * 4] * 3
    assert "MATCH" not in opened[0].read[0] and "@@" not in opened[0].read[0]
