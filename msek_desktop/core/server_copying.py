"""The office server's side of core.copying: a mark of its data, and rows written with COPY.

PostgreSQL only, like the server parts of core.db (the one other place with SQL only one
database understands).

The mark changes whenever a row of the office's tables is written; the desks' automatic
copies (core.copies) are taken only when it moved. Every row version carries the id of the
transaction that wrote it (xmin): an INSERT or UPDATE gives a row a newer xmin, a DELETE
lowers the count, so a table's (row count, sum of xmin) changes with every write to it. A
VACUUM FULL moving rows changes nothing here, and whatever else changes it at worst causes
one copy too many, never one too few. The sums are computed on the server: no row travels.

Rows are written with COPY ... FROM STDIN (psycopg, imported only then: a desk on an SQLite
file needs no driver), several times faster than INSERTs, in the caller's transaction; the
driver's errors become SQLAlchemy's, as an INSERT's would.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy import exc as sa_exc


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def mark(conn: Connection, tables: Iterable[Table]) -> str:
    """The mark of `tables` as `conn`'s transaction sees them (a hex digest)."""
    parts = [
        f"SELECT '{t.name}', count(*), coalesce(sum(xmin::text::bigint), 0) FROM {_quote(t.name)}"
        for t in tables
    ]
    rows = conn.exec_driver_sql(" UNION ALL ".join(parts)).all()
    text = ";".join(f"{name}:{count}:{total}" for name, count, total in sorted(rows))
    return hashlib.sha256(text.encode()).hexdigest()


def copy_rows(conn: Connection, table: Table, rows: Sequence[Sequence[Any]]) -> None:
    """Append `rows` (values in the order of the table's columns) to `table` with COPY, in
    `conn`'s transaction."""
    import psycopg  # the driver is there: `conn` is the office server's

    columns = ", ".join(_quote(c.name) for c in table.columns)
    statement = f"COPY {_quote(table.name)} ({columns}) FROM STDIN"
    dbapi: Any = conn.connection.dbapi_connection
    try:
        with dbapi.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
    except psycopg.Error as exc:
        raise sa_exc.DBAPIError.instance(statement, None, exc, psycopg.Error) from exc
