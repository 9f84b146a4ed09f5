"""A mark of the office server's data that changes whenever a row of the office's tables is
written: the desks' automatic copies (core.copies) are taken only when it moved.

PostgreSQL only, like the server parts of core.db: every row version carries the id of the
transaction that wrote it (xmin). An INSERT or UPDATE gives a row a newer xmin, a DELETE
lowers the count, so a table's (row count, sum of xmin) changes with every write to it; a
VACUUM FULL moving rows changes nothing here, and anything that does change it at worst
causes one copy too many, never one too few. The sums are computed on the server: no row
travels to the desk.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import Connection, Table


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
