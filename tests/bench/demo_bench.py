"""Demo benchmark: `python tests/bench/demo_bench.py [--inquiries N] [--seed S]`.

Makes the demo data of N inquiries in a fresh database (msek demo) and prints

    demo_generate <s> s floor=<s> ratio=<R>

The floor is the same result written the plainest way (floor_seconds): the demo's rows, read
back from the database it made, written by sqlite3 alone into an empty database of the same
schema (the program's own, with its indexes, foreign keys checked, WAL, synchronous FULL, one
transaction: one executemany a table, in the order the foreign keys need), and the same
search documents, folded from their unfolded text (as core.search joins it) and inserted into
the same FTS5 table. What the floor does not do is draw the data: the demo's random choices,
its texts and its dates are work the program has and the floor is given.

run.py's demo_generate figure uses floor_seconds; CPU seconds are said with -v.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from msek_desktop.core import demo, folding, search  # noqa: E402
from msek_desktop.core.store import open_database  # noqa: E402

INDEX = search.TABLE


@contextmanager
def _unfolded() -> Iterator[None]:
    """core.search's document builders, joining without folding (the floor folds)."""
    kept = search.fold
    search.fold = lambda value: value  # type: ignore[assignment]
    try:
        yield
    finally:
        search.fold = kept  # type: ignore[assignment]


def _documents(path: Path, ids: dict[search.Kind, list[int]] | None) -> list[tuple[int, str]]:
    """(rowid, unfolded text) of the search documents of the database at `path`: all, or
    those of these records."""
    db = open_database(path)
    try:
        with db.engine.connect() as conn, _unfolded():
            return [
                doc
                for kind, build in search._BUILDERS.items()
                for doc in build(conn, None if ids is None else ids.get(kind, []))
            ]
    finally:
        db.dispose()


def _tables_in_order(conn: sqlite3.Connection, names: list[str]) -> list[str]:
    """`names`, each after the tables its foreign keys point at."""
    after = {
        name: {r[2] for r in conn.execute(f'PRAGMA foreign_key_list("{name}")')} - {name}
        for name in names
    }
    ordered: list[str] = []
    while len(ordered) < len(names):
        ready = [n for n in names if n not in ordered and after[n] <= set(ordered)]
        if not ready:
            left = sorted(set(names) - set(ordered))
            raise RuntimeError(f"foreign keys in a circle among {left}")
        ordered += ready
    return ordered


def data_tables(conn: sqlite3.Connection) -> list[str]:
    """The ordinary tables (not the search index nor its shadow tables, nor SQLite's own)."""
    return [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            f" AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '{INDEX}_%' ORDER BY name"
        )
    ]


def last_rowids(path: Path) -> dict[str, int]:
    """Each data table's highest rowid in the database at `path` (0 when empty)."""
    conn = sqlite3.connect(path)
    try:
        return {
            table: int(conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()[0])
            for table in data_tables(conn)
        }
    finally:
        conn.close()


_KINDS = {"inquiries": search.Kind.INQUIRY, "contacts": search.Kind.CONTACT,
          "organisations": search.Kind.ORGANISATION}  # fmt: skip


def replay_seconds(
    source: Path,
    since: dict[str, int] | None,
    workdir: Path,
    say: Callable[[str], None] = print,
    before: Callable[[], object] = lambda: None,
) -> float:
    """The rows the database at `source` gained after `since` (each table's last rowid; None:
    the empty database's) and their search documents, written again the plainest way into an
    empty database of the same schema (see the module); wall seconds of the writing, and of
    `before()` (the import's floor reads its file there). The rows are read first."""
    empty = workdir / "floor.db"
    for old in workdir.glob("floor.db*"):
        old.unlink()
    open_database(empty, create=True).dispose()  # the program's schema, nothing timed
    conn = sqlite3.connect(empty, isolation_level=None)
    source_conn = sqlite3.connect(source)
    try:
        there = last_rowids(empty) if since is None else since
        rows: dict[str, list[tuple[Any, ...]]] = {}
        for table in _tables_in_order(conn, data_tables(conn)):
            found = source_conn.execute(
                f'SELECT * FROM "{table}" WHERE rowid > ? ORDER BY rowid', (there.get(table, 0),)
            ).fetchall()
            if found:
                rows[table] = found
        new = {kind: [r[0] for r in rows.get(table, [])] for table, kind in _KINDS.items()}
        docs = _documents(source, None if since is None else new)
        rowids = [rowid for rowid, _text in docs]
        stored = {}
        for start in range(0, len(rowids), 500):
            chunk = rowids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            stored.update(source_conn.execute(
                f"SELECT rowid, body FROM {INDEX} WHERE rowid IN ({marks})", chunk
            ))  # fmt: skip
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        wall, cpu = time.perf_counter(), time.process_time()
        before()
        conn.execute("BEGIN IMMEDIATE")
        for table, values in rows.items():
            marks = ", ".join("?" * len(values[0]))
            conn.executemany(f'INSERT INTO "{table}" VALUES ({marks})', values)
        folded = [(rowid, folding.fold(text)) for rowid, text in docs]
        conn.executemany(f"INSERT INTO {INDEX}(rowid, body) VALUES (?, ?)", folded)
        conn.execute("COMMIT")
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        conn.close()
        source_conn.close()
    if dict(folded) != stored:
        raise RuntimeError("the floor's search documents are not the program's")
    written = sum(map(len, rows.values()))
    say(f"floor: {written} rows in {len(rows)} tables and {len(folded)} search documents;"
        f" {wall:.2f} s, CPU {cpu:.2f} s")  # fmt: skip
    return wall


def floor_seconds(demo_path: Path, workdir: Path, say: Callable[[str], None] = print) -> float:
    """The demo database at `demo_path` written again the plainest way (see the module)."""
    return replay_seconds(demo_path, None, workdir, say)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--inquiries", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep the files")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "demo.db"
        for old in folder.glob("demo.db*"):
            old.unlink()
        db = open_database(path, create=True)
        try:
            wall, cpu = time.perf_counter(), time.process_time()
            demo.generate(db, inquiries=args.inquiries, seed=args.seed, today=date.today())
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        finally:
            db.dispose()
        print(f"demo: {wall:.2f} s, CPU {cpu:.2f} s", file=sys.stderr)
        bare = floor_seconds(path, folder, lambda text: print(text, file=sys.stderr))
    print(f"demo_generate {wall:.2f} s floor={bare:.3f} ratio={wall / bare:.1f}")


if __name__ == "__main__":
    main()
