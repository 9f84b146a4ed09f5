"""core.plain_insert: the writer's rows on SQLite, as tuples, stored as SQLAlchemy stores them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, insert
from sqlalchemy.dialects import sqlite

from msek_desktop.core.models import Base
from msek_desktop.core.plain_insert import PlainInsert
from msek_desktop.core.store import open_database
from msek_desktop.core.writer import NOW, Writer, column_defaults

MOMENTS = [
    datetime(2025, 6, 1, 9, 30),
    datetime(2025, 6, 1, 9, 30, 5, 123456),
    datetime(999, 1, 2, 3, 4, 5, 6),  # a year of three digits: still four in the text
    datetime(999, 1, 2, 3, 4),  # on the minute (the day's text and the minute's apart)
    datetime(2025, 12, 31, 23, 59),
    datetime(2025, 6, 1, 9, 30, tzinfo=UTC),  # a zone: SQLAlchemy leaves it out
    datetime(2025, 6, 1, 9, 30, tzinfo=timezone(timedelta(hours=2))),
    date(2025, 6, 1),  # a date in a moment's column
    None,
]
DAYS = [date(2025, 6, 1), date(7, 2, 3), datetime(2025, 6, 1, 23, 59), None]


def _pick(values: list[Any], n: int, nullable: bool) -> Any:
    given = values if nullable else [v for v in values if v is not None]
    return given[n % len(given)]


def _rows(table: str, count: int) -> list[dict[str, Any]]:
    """Rows of `table` with every column given, dates and moments of every kind."""
    columns = Base.metadata.tables[table].columns
    defaults, _required = column_defaults(Base.metadata.tables[table])
    rows = []
    for n in range(count):
        row: dict[str, Any] = {}
        for column in columns:
            python = column.type.python_type if column.name != "id" else int
            if column.name == "id":
                row["id"] = n + 1
            elif python is datetime:
                row[column.name] = _pick(MOMENTS, n, column.nullable)
            elif python is date:
                row[column.name] = _pick(DAYS, n, column.nullable)
            elif python is bool:
                row[column.name] = n % 2 == 0
            elif column.foreign_keys:
                row[column.name] = None if column.nullable and n % 2 else n + 1
            elif isinstance(defaults.get(column.name), str | int):
                row[column.name] = defaults[column.name]
            elif python is int:
                row[column.name] = n
            else:
                row[column.name] = f"{column.name} {n} żółć" if n % 3 or column.unique else ""
        rows.append(row)
    return rows


def _written(path: Path, table: str, rows: list[dict[str, Any]], plain: bool) -> list[Any]:
    """`rows` written into `table` of a new database (its foreign keys not enforced: the
    rows point at nothing), then read back as stored."""
    open_database(path, create=True).dispose()  # the schema
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"DELETE FROM {table}")
            target = Base.metadata.tables[table]
            if plain:
                statement = PlainInsert(conn.dialect, target, list(rows[0]))
                statement.execute(conn, statement.tuples(rows))
            else:
                conn.execute(insert(target), rows)
            return [tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id")]
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "table",
    ["organisations", "contacts", "inquiries", "follow_ups", "timeline_entries", "exchanges",
     "partner_proposals"],
)  # fmt: skip
def test_the_stored_values_are_sqlalchemy_s(tmp_path: Path, table: str) -> None:
    rows = _rows(table, 40)
    core = _written(tmp_path / "core.db", table, rows, plain=False)
    plain = _written(tmp_path / "plain.db", table, rows, plain=True)
    assert plain == core
    assert len(core) == 40
    texts = {v for r in core for v in r if isinstance(v, str)}
    assert "0999-01-02 03:04:05.000006" in texts  # and the zones left out, as SQLAlchemy does
    assert {"0999-01-02 03:04:00.000000", "2025-12-31 23:59:00.000000"} <= texts


def test_a_row_of_another_column_is_refused() -> None:
    table = Base.metadata.tables["contacts"]
    with pytest.raises(ValueError, match=r"contacts: unknown columns \['nickname'\]"):
        PlainInsert(sqlite.dialect(), table, ["last_name", "nickname"])


@pytest.mark.parametrize("with_defaults", [True, False])
def test_a_row_converted_with_a_column_unknown_or_missing_fails(with_defaults: bool) -> None:
    """The writer's check of each row's columns (core.writer: ValueError naming them)."""
    table = Base.metadata.tables["contacts"]
    names = [c.name for c in table.columns]
    found, _required = column_defaults(table)
    defaults = {k: MOMENTS[0] if v is NOW else v for k, v in found.items()}
    if with_defaults:
        statement = PlainInsert(sqlite.dialect(), table, names, defaults)
        row: dict[str, Any] = {"id": 1, "last_name": "Nowak", "side": "katowice"}
    else:
        statement = PlainInsert(sqlite.dialect(), table, names)
        row = {name: defaults.get(name) for name in names} | {"id": 1, "last_name": "Nowak"}
        row["side"] = "katowice"
    assert len(statement.converted(row)) == len(names)
    with pytest.raises(KeyError):
        statement.converted(row | {"nickname": "N"})
    with pytest.raises(KeyError):
        statement.converted({k: v for k, v in row.items() if k != "side"})


def test_each_table_is_one_executemany_of_tuples(tmp_path: Path) -> None:
    """The writer's rows go to sqlite3 as tuples, one executemany a table, however many."""
    db = open_database(tmp_path / "w.db", create=True)
    sent: list[tuple[str, int]] = []

    def watch(_conn: Any, _cursor: Any, sql: str, params: Any, _ctx: Any, many: bool) -> None:
        if many and sql.startswith("INSERT"):
            assert all(type(p) is tuple for p in params)
            sent.append((sql.split()[2].strip('"'), len(params)))

    event.listen(db.engine, "before_cursor_execute", watch)
    try:
        with db.write() as session:
            out = Writer(session)
            person = out.contact(last_name="Nowak", side="katowice")
            for n in range(5000):
                out.entry("note", None, contact_id=person, note=f"{n}", at=datetime(2025, 1, 1))
            out.finish(reindex=False)
        with db.engine.connect() as conn:
            stored = conn.exec_driver_sql("SELECT count(*), min(at) FROM timeline_entries").one()
    finally:
        db.dispose()
    assert ("timeline_entries", 5000) in sent
    assert [t for t, _n in sent].count("timeline_entries") == 1
    assert tuple(stored) == (5000, "2025-01-01 00:00:00.000000")


def _written_one_by_one(
    path: Path, table: str, given: list[dict[str, Any]], defaults: dict[str, Any]
) -> list[Any]:
    """`given` (rows without some columns of `defaults`) converted one by one (as the writer
    does) and written into `table` of a new database, then read back as stored."""
    open_database(path, create=True).dispose()
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"DELETE FROM {table}")
            target = Base.metadata.tables[table]
            statement = PlainInsert(
                conn.dialect, target, [c.name for c in target.columns], defaults
            )
            statement.execute(conn, [statement.converted(row) for row in given], converted=True)
            return [tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id")]
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "table",
    ["organisations", "contacts", "inquiries", "follow_ups", "timeline_entries", "exchanges",
     "partner_proposals"],
)  # fmt: skip
def test_rows_converted_one_by_one_with_defaults_are_stored_as_sqlalchemy_stores_them(
    tmp_path: Path, table: str
) -> None:
    """Each row given as a dict, every other one leaving out the columns that have a default
    (half of the columns: moments, days, yes/no and texts among them), is stored as
    SQLAlchemy stores the row with those defaults."""
    rows = _rows(table, 40)
    target = Base.metadata.tables[table]
    names = [c.name for c in target.columns if c.name != "id" and not c.unique]
    defaults = {name: rows[1][name] for name in names[::2]}
    given = [
        {k: v for k, v in row.items() if not (n % 2 and k in defaults)}
        for n, row in enumerate(rows)
    ]
    assert any(len(g) < len(r) for g, r in zip(given, rows, strict=True))
    core = _written(tmp_path / "core.db", table, [{**defaults, **g} for g in given], plain=False)
    plain = _written_one_by_one(tmp_path / "plain.db", table, given, defaults)
    assert plain == core
    assert len(core) == 40
    texts = {v for r in core for v in r if isinstance(v, str)}
    assert "0999-01-02 03:04:05.000006" in texts
    assert {"0999-01-02 03:04:00.000000", "2025-12-31 23:59:00.000000"} & texts
