"""The database file's size against the raw data it holds (run.py's figure db_size).

Raw data: every row of every table the program keeps, written out as CSV (UTF-8, Python's csv
module: numbers and dates as text, one line a row), which is what a plain dump of the data
takes. Not raw data: the search index (built from those rows), the other indexes, SQLite's
own tables and the schema revision. The file is measured after a checkpoint has folded the
-wal back into it, so its size is the whole database's.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

from msek_desktop.core import migrations, search

MB = 1_000_000
FLUSH = 1 << 20  # CSV text held before it is counted


def data_tables(conn: sqlite3.Connection) -> list[str]:
    """The program's tables: not the search index's, not SQLite's, not the revision's."""
    return [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
            "ESCAPE '\\' AND name NOT LIKE ? AND name != ? ORDER BY name",
            (search.TABLE + "%", migrations.VERSION_TABLE),
        )
    ]


def raw_bytes(conn: sqlite3.Connection) -> dict[str, int]:
    """Each table's rows as CSV, in bytes."""
    sizes = {}
    for table in data_tables(conn):
        text = io.StringIO()
        out = csv.writer(text)
        size = 0
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            out.writerow(row)
            if text.tell() > FLUSH:
                size += len(text.getvalue().encode())
                text.seek(0)
                text.truncate()
        sizes[table] = size + len(text.getvalue().encode())
    return sizes


def file_bytes(path: Path) -> int:
    """The file with its -wal folded back (a checkpoint), and whatever -wal is left."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def pages(conn: sqlite3.Connection) -> dict[str, int]:
    """Bytes of the pages of each table and index (dbstat), and of the free pages."""
    found = {name: int(size) for name, size in conn.execute(
        "SELECT name, sum(pgsize) FROM dbstat GROUP BY name"
    )}  # fmt: skip
    free = conn.execute("PRAGMA freelist_count").fetchone()[0]
    found["(free pages)"] = int(free) * int(conn.execute("PRAGMA page_size").fetchone()[0])
    return found


def measure(path: Path) -> tuple[float, float, str]:
    """(the file's MB, the raw data's MB, a note on where the bytes are)."""
    size = file_bytes(path)
    conn = sqlite3.connect(path)
    try:
        raw = raw_bytes(conn)
        used = pages(conn)
        tables = set(data_tables(conn))
    finally:
        conn.close()
    in_search = sum(v for k, v in used.items() if k.startswith(search.TABLE))
    in_tables = sum(v for k, v in used.items() if k in tables)
    in_indexes = size - in_search - in_tables - used["(free pages)"]
    biggest = sorted(used.items(), key=lambda kv: -kv[1])[:6]
    note = (
        f"file {size / MB:.1f} MB: tables {in_tables / MB:.1f}, search index "
        f"{in_search / MB:.1f} ({in_search / size:.0%}), other indexes and the rest "
        f"{in_indexes / MB:.1f}, free {used['(free pages)'] / MB:.1f}; raw data (CSV) "
        f"{sum(raw.values()) / MB:.1f} MB; biggest: "
        + ", ".join(f"{name} {b / MB:.1f}" for name, b in biggest)
    )
    return size / MB, sum(raw.values()) / MB, note
