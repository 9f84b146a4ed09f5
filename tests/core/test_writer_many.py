"""Writer.many: records as tuples of some columns' values (the demo's timeline), stored as the
same records given one by one as dicts, on SQLite (core.plain_insert's loop of tuples)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine
from sqlalchemy.dialects import sqlite

from msek_desktop.core.models import Base, TimelineEntry
from msek_desktop.core.plain_insert import PlainInsert
from msek_desktop.core.store import open_database
from msek_desktop.core.writer import NOW, Writer, column_defaults
from tests.core.test_plain_insert import _rows, _written

NAMES = ("kind", "staff_id", "at", "inquiry_id", "new_value", "note", "contact_id")
MOMENT = datetime(2025, 3, 4, 5, 6, 7, 89)


def _timeline(path: Path, rows: list[tuple[Any, ...]], many: bool) -> list[tuple[Any, ...]]:
    """`rows` (values of NAMES) written as timeline entries of a person by a new writer, all
    at once or one by one, then read back as stored."""
    db = open_database(path, create=True)
    try:
        with db.write() as session:
            out = Writer(session, now=MOMENT)
            person = out.contact(last_name="Nowak", side="katowice")
            out.entry("created", None, contact_id=person, at=datetime(2024, 1, 1, 7))
            if many:
                out.many(TimelineEntry, NAMES, [(*row, person) for row in rows])
            else:
                for row in rows:
                    values = dict(zip(NAMES, (*row, person), strict=True))
                    out.entry(values.pop("kind"), values.pop("staff_id"), **values)
            assert out.written(TimelineEntry) == list(range(1, len(rows) + 2))
            out.finish(reindex=False)
        with db.engine.connect() as conn:
            return [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM timeline_entries")]
    finally:
        db.dispose()


def test_many_entries_are_stored_as_the_same_entries_one_by_one(tmp_path: Path) -> None:
    moments = [
        datetime(2025, 6, 1, 9, 30),
        datetime(2025, 6, 1, 9, 30, 5, 123456),
        datetime(999, 1, 2, 3, 4),
        date(2025, 6, 2),
        datetime(2025, 12, 31, 23, 59),
    ]
    rows = [
        ("note", None, moments[n % len(moments)], None, f"n{n}", "żółć" * (n % 2))
        for n in range(30)
    ]
    many = _timeline(tmp_path / "many.db", rows, many=True)
    one_by_one = _timeline(tmp_path / "one.db", rows, many=False)
    assert many == one_by_one
    assert len(many) == 31
    texts = {v for r in many for v in r if isinstance(v, str)}
    assert {"0999-01-02 03:04:00.000000", "2025-06-01 09:30:05.123456"} <= texts


@pytest.mark.parametrize("half", [0, 1])
@pytest.mark.parametrize("table", ["contacts", "inquiries", "follow_ups", "timeline_entries"])
def test_tuples_of_some_columns_are_stored_as_sqlalchemy_stores_them(
    tmp_path: Path, table: str, half: int
) -> None:
    """Half of the columns given, the others from the defaults (each column given in one of
    the halves: moments, days, yes/no and texts), as Core stores the rows with those
    defaults."""
    rows = _rows(table, 40)
    target = Base.metadata.tables[table]
    names = [c.name for c in target.columns if c.name != "id"]
    defaults = {name: rows[1][name] for name in names[half::2] if not target.c[name].unique}
    given = tuple(name for name in names if name not in defaults)
    core = _written(tmp_path / "core.db", table, [{**r, **defaults} for r in rows], plain=False)
    open_database(tmp_path / "plain.db", create=True).dispose()
    engine = create_engine(f"sqlite:///{tmp_path / 'plain.db'}")
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"DELETE FROM {table}")
            statement = PlainInsert(
                conn.dialect, target, [c.name for c in target.columns], defaults
            )
            tuples = statement.converter(given)([[r[n] for n in given] for r in rows], 0)
            statement.execute(conn, tuples, converted=True)
            plain = [tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id")]
    finally:
        engine.dispose()
    assert plain == core
    assert len(plain) == 40


def test_tuples_of_a_column_unknown_or_missing_or_of_another_length_are_refused() -> None:
    table = Base.metadata.tables["contacts"]
    found, _required = column_defaults(table)
    defaults = {k: MOMENT if v is NOW else v for k, v in found.items()}
    statement = PlainInsert(sqlite.dialect(), table, [c.name for c in table.columns], defaults)
    assert statement.converter(("last_name", "side"))([("Nowak", "katowice")], 6)[0][0] == 7
    with pytest.raises(ValueError, match=r"unknown columns \['nickname'\]"):
        statement.converter(("last_name", "side", "nickname"))
    with pytest.raises(ValueError, match=r"missing columns \['side'\]"):
        statement.converter(("last_name",))
    with pytest.raises(ValueError, match=r"unknown columns \['id'\]"):
        statement.converter(("id", "last_name", "side"))
    with pytest.raises(ValueError):
        statement.converter(("last_name", "side"))([("Nowak",)], 0)
