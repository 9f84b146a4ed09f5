"""`msek inquiries --json` streamed: the same bytes as the whole list encoded at once, every
row written as it is read, a batch at a time."""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from in_process import run

from msek_desktop.cli.lookups import inquiry_json
from msek_desktop.cli.output import to_json, write_json_list
from msek_desktop.core import demo, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries import listing
from msek_desktop.core.models import Inquiry
from msek_desktop.core.store import open_database

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles


@pytest.fixture
def office(tmp_path: Path, databases: DatabaseFiles) -> str:
    """240 demo inquiries (a file, or on the office server)."""
    db = databases.open(tmp_path / "office.db")
    try:
        databases.build(db, fill)
    finally:
        db.dispose()
    return str(db.location)


def fill(db: Database) -> None:
    demo.generate(db, inquiries=240, seed=3, today=date(2026, 11, 20))


def old_way(location: str, flt: inquiries.InquiryFilter, limit: int) -> str:
    """What `msek inquiries --json` printed before it streamed: the whole list, then JSON."""
    from msek_desktop.paths import default_db_path

    db = open_database(default_db_path(location))
    try:
        ids = inquiries.inquiry_ids(db, flt)[:limit]
        with db.read() as session:  # whole entities, as rows were read before
            found = session.execute(listing._row_query().where(Inquiry.id.in_(ids))).all()
            by_id = {r[0].id: r for r in found}
            rows = listing._to_rows(session, [by_id[i] for i in ids])
    finally:
        db.dispose()
    return to_json([inquiry_json(r) for r in rows]) + "\n"


CASES: list[tuple[list[str], inquiries.InquiryFilter, int]] = [
    (["--limit", "100000"], inquiries.InquiryFilter(), 100000),
    (["--limit", "37"], inquiries.InquiryFilter(), 37),
    (["--open", "--limit", "500"], inquiries.InquiryFilter(open=True), 500),
    (["--search", "szkoła", "--limit", "500"], inquiries.InquiryFilter(search="szkoła"), 500),
    (["--stage", "lost", "--stage", "new"], inquiries.InquiryFilter(stages=("lost", "new")), 100),
    (["--limit", "0"], inquiries.InquiryFilter(), 0),
    (["--search", "nothing-like-it"], inquiries.InquiryFilter(search="nothing-like-it"), 100),
]


@pytest.mark.parametrize(("argv", "flt", "limit"), CASES, ids=str)
def test_json_is_byte_identical_to_the_whole_list_encoded(
    office: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    flt: inquiries.InquiryFilter,
    limit: int,
) -> None:
    monkeypatch.setattr(listing, "BATCH", 16)  # several batches, and a last one partly full
    code, out, err = run(capsys, "--db", office, "inquiries", "--json", *argv)
    assert (code, err) == (0, "")
    assert out == old_way(office, flt, limit)
    if limit > 40 and not flt.search:
        assert len(json.loads(out)) > 40


def test_the_lines_are_the_same_as_before(office: str, capsys: pytest.CaptureFixture[str]) -> None:
    from msek_desktop.cli import lookups
    from msek_desktop.cli.output import printable
    from msek_desktop.paths import default_db_path

    code, out, _ = run(capsys, "--db", office, "inquiries", "--limit", "1000")
    db = open_database(default_db_path(office))
    try:
        rows = inquiries.list_inquiries(db, limit=1000)
    finally:
        db.dispose()
    assert code == 0
    assert out == "".join(printable(lookups._inquiry_line(r)) + "\n" for r in rows)


def test_each_row_is_written_as_it_is_read(
    office: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The first row reaches standard output before the last batch is read."""
    events: list[str] = []
    monkeypatch.setattr(listing, "BATCH", 10)
    read_rows = listing._brief_row

    def reading(*args: Any) -> Any:
        events.append("read")
        return read_rows(*args)

    class Out(io.StringIO):
        def write(self, text: str) -> int:
            events.append("written")
            return super().write(text)

    monkeypatch.setattr(listing, "_brief_row", reading)
    out = Out()
    monkeypatch.setattr(sys, "stdout", out)
    code, _, _ = run(capsys, "--db", office, "inquiries", "--json", "--limit", "200")
    assert code == 0 and len(json.loads(out.getvalue())) == 200
    assert events.count("read") == 200
    assert events.index("written") < 2  # the first row, written before the second is read
    last_read = len(events) - 1 - events[::-1].index("read")
    assert events[:last_read].count("written") >= 190


@pytest.mark.parametrize(
    "items",
    [
        [],
        [{}],
        [{"a": []}],
        [{"a": 1, "b": [1, {"c": "x\ny"}], "d": None}, {"e": "\u202e\u00e9\x85"}],
        [1, "two"],
    ],
)
def test_a_streamed_list_is_the_list_encoded(
    items: list[Any], capsys: pytest.CaptureFixture[str]
) -> None:
    write_json_list(iter(items))
    assert capsys.readouterr().out == to_json(items) + "\n"


def test_followups_are_read_in_batches(
    office: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`msek followups --json` lists every open follow-up: the rows are fetched in batches
    (yield_per), not all buffered as entities first; the output is the whole list."""
    from sqlalchemy.orm import Session

    batches: list[object] = []
    execute = Session.execute

    def spy(self: Session, statement: Any, *args: Any, **kwargs: Any) -> Any:
        batches.append(statement.get_execution_options().get("yield_per"))
        return execute(self, statement, *args, **kwargs)

    monkeypatch.setattr(Session, "execute", spy)
    code, out, _ = run(capsys, "--db", office, "followups", "--json")
    assert code == 0 and len(json.loads(out)) > 20
    assert 1000 in batches


def test_exchanges_json_is_the_whole_list_encoded(
    office: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`msek exchanges --json` writes each exchange as it is read (a generator), the same
    bytes as the whole list encoded at once."""
    import inspect

    from msek_desktop.cli.exchanges_cmd import exchange_json
    from msek_desktop.core import exchanges
    from msek_desktop.core.exchanges.reading import each_exchange
    from msek_desktop.paths import default_db_path

    code, out, err = run(capsys, "--db", office, "exchanges", "--json")
    db = open_database(default_db_path(office))
    try:
        rows = exchanges.list_exchanges(db)
        assert inspect.isgenerator(each_exchange(db))
        assert [r.id for r in each_exchange(db, search="zzzz-none")] == []
    finally:
        db.dispose()
    assert (code, err) == (0, "")
    assert len(rows) > 3
    assert out == to_json([exchange_json(r) for r in rows]) + "\n"
