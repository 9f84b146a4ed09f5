"""Is this file an MSEK database, of a schema this program made? Compared, not assumed.

A database is compared with the schema the Alembic migrations produce for the revision it
names: a fresh temporary database is migrated to that revision and both are described the same
way (tables with their columns, foreign keys and unique constraints, indexes, triggers, views,
the search index and FTS5's shadow tables), so nothing here is a hand-kept list. The reference
of each revision is computed once per process.

A backup is restored only when it passes verify_connection (core.backups), and `msek check`
reports the same findings for the live database (examine). This is the SQLite side of checking
a file; like core.db, it reads sqlite_master and PRAGMAs.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from msek_desktop.core import db, errors, migrations

# (kind, name) -> what must be equal; kind: table, virtual table, index, trigger, view
Shape = dict[tuple[str, str], tuple[Any, ...]]

_SPACE = re.compile(r"\s+")


def _sql(text: str | None) -> str:
    return _SPACE.sub(" ", (text or "").strip())


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _table(conn: sqlite3.Connection, name: str) -> tuple[Any, ...]:
    q = _quote(name)
    columns = tuple(
        (col[1], str(col[2]).upper(), col[3], col[4], col[5], col[6])
        for col in conn.execute(f"PRAGMA main.table_xinfo({q})")
    )
    keys = tuple(
        sorted(
            tuple(str(v) for v in fk[2:])
            for fk in conn.execute(f"PRAGMA main.foreign_key_list({q})")
        )
    )
    unique = tuple(
        sorted(
            (ix[2], ix[3], ix[4], _index_columns(conn, ix[1]))
            for ix in conn.execute(f"PRAGMA main.index_list({q})")
            if ix[3] in ("u", "pk")
        )
    )
    return (columns, keys, unique)


def _index_columns(conn: sqlite3.Connection, name: str) -> tuple[Any, ...]:
    return tuple(
        (c[2], c[3], c[4]) for c in conn.execute(f"PRAGMA main.index_xinfo({_quote(name)})") if c[5]
    )


def describe(conn: sqlite3.Connection) -> Shape:
    """The shape of the `main` database of `conn` (SQLite's own sqlite_* objects left out)."""
    shape: Shape = {}
    rows = conn.execute(
        "SELECT type, name, tbl_name, sql FROM main.sqlite_master WHERE name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\'"
    ).fetchall()
    for kind, name, table, sql in rows:
        if kind == "table" and _sql(sql).upper().startswith("CREATE VIRTUAL TABLE"):
            shape[("virtual table", name)] = (_sql(sql),)
        elif kind == "table":
            shape[("table", name)] = _table(conn, name)
        elif kind == "index":
            unique = bool(re.match(r"CREATE\s+UNIQUE", sql or "", re.IGNORECASE))
            where = _sql(sql).upper().partition(" WHERE ")[2]
            shape[("index", name)] = (table, unique, where, _index_columns(conn, name))
        else:  # trigger, view
            shape[(kind, name)] = (table, _sql(sql))
    return shape


@functools.cache
def reference(revision: str) -> Shape:
    """The shape of a database freshly migrated to `revision` (a known one)."""
    with tempfile.TemporaryDirectory(prefix="msek-schema-") as folder:
        path = Path(folder) / "reference.db"
        engine = db.make_engine(path)
        try:
            migrations.upgrade(engine, revision)
        finally:
            engine.dispose()
        conn = sqlite3.connect(path)
        try:
            return describe(conn)
        finally:
            conn.close()


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def differences(actual: Shape, expected: Shape) -> list[str]:
    """What `actual` has that `expected` does not, lacks, or has otherwise; [] when equal.

    Each item completes "The file ...", e.g. 'has a trigger "t" the schema does not have'.
    """
    found: list[str] = []
    for kind, name in sorted(actual.keys() - expected.keys()):
        found.append(f'has {_a(kind)} "{name}" the schema does not have')
    missing = sorted(expected.keys() - actual.keys(), key=lambda k: (k[0] != "virtual table", k))
    for kind, name in missing:  # a virtual table before its shadow tables
        found.append(f'lacks the {kind} "{name}"')
    for key in sorted(actual.keys() & expected.keys()):
        if actual[key] != expected[key]:
            found.extend(_how_it_differs(key, actual[key], expected[key]))
    return found


def _how_it_differs(
    key: tuple[str, str], actual: tuple[Any, ...], expected: tuple[Any, ...]
) -> list[str]:
    kind, name = key
    if kind != "table":
        return [f'has {_a(kind)} "{name}" that differs from the schema']
    found: list[str] = []
    have = {c[0]: c for c in actual[0]}
    want = {c[0]: c for c in expected[0]}
    found += [f'lacks the column "{name}.{c}"' for c in want if c not in have]
    found += [f'has a column "{name}.{c}" the schema does not have' for c in have if c not in want]
    found += [
        f'has the column "{name}.{c}" defined otherwise than the schema'
        for c in want
        if c in have and have[c] != want[c]
    ]
    if not found and actual[0] != expected[0]:
        found.append(f'has the columns of the table "{name}" in another order')
    if actual[1] != expected[1]:
        found.append(f'has foreign keys on the table "{name}" that differ from the schema')
    if actual[2] != expected[2]:
        found.append(f'has unique constraints on the table "{name}" that differ from the schema')
    return found


# -- examining a file ------------------------------------------------------------------------


@dataclass
class Findings:
    """What examine() found; `problems` are one line each, empty when all is well."""

    revision: str | None = None
    problems: list[str] = field(default_factory=list)


def _revision(conn: sqlite3.Connection, label: str) -> tuple[str | None, str | None]:
    """(revision, problem): the one alembic_version row, or what is wrong with that table."""
    tables = {r[0] for r in conn.execute("SELECT name FROM main.sqlite_master WHERE type='table'")}
    if migrations.VERSION_TABLE not in tables:
        return None, f"{label} is not an MSEK database (it has no schema revision table)."
    rows = [r[0] for r in conn.execute(f"SELECT version_num FROM main.{migrations.VERSION_TABLE}")]
    if not rows:
        return None, f"{label} is not a usable MSEK database: it names no schema revision."
    if len(rows) > 1:
        return None, (
            f"{label} is not a usable MSEK database: it names {len(rows)} schema revisions, "
            "one is expected."
        )
    return str(rows[0]), None


def newer_error(label: str, revision: str) -> errors.DatabaseError:
    return errors.DatabaseError(
        f"{label} was made by a newer version of MSEK Desktop (schema revision {revision!r}, "
        "unknown to this one); update the program."
    )


def _foreign_keys(conn: sqlite3.Connection) -> list[str]:
    return [
        f"foreign key: table {r[0]} row {r[1]} refers to missing {r[2]}"
        for r in conn.execute("PRAGMA main.foreign_key_check")
    ]


def _integrity(conn: sqlite3.Connection) -> list[str]:
    return [
        f"integrity: {r[0]}" for r in conn.execute("PRAGMA main.integrity_check") if r[0] != "ok"
    ]


def examine(conn: sqlite3.Connection, label: str) -> Findings:
    """Everything wrong with the database of `conn`: integrity, foreign keys, revision, schema.

    A revision this program does not know raises the newer-version DatabaseError: its schema
    cannot be judged. Reads only.
    """
    findings = Findings(problems=_integrity(conn) + _foreign_keys(conn))
    revision, problem = _revision(conn, label)
    if problem is not None:
        findings.problems.append(f"schema: {problem}")
        return findings
    assert revision is not None
    if not migrations.is_known(revision):
        raise newer_error(label, revision)
    findings.revision = revision
    findings.problems += [f"schema: {d}" for d in differences(describe(conn), reference(revision))]
    return findings


def verify_connection(conn: sqlite3.Connection, label: str) -> str:
    """Refuse, with one line naming the first reason, a database that is not a sound MSEK
    database of a known schema; returns its revision.

    Damage (integrity_check) and broken foreign keys are DatabaseDamagedError; no single known
    revision or anything foreign to that revision's schema is NotAnMsekDatabaseError; an
    unknown revision is the newer-version DatabaseError.
    """
    damage = _integrity(conn)
    if damage:  # one line; the whole report goes to the log
        raise db.damaged_error(label, "\n".join(d.partition(": ")[2] for d in damage))
    revision, problem = _revision(conn, label)
    if problem is not None:
        raise errors.NotAnMsekDatabaseError(problem)
    assert revision is not None
    if not migrations.is_known(revision):
        raise newer_error(label, revision)
    found = differences(describe(conn), reference(revision))
    if found:
        more = f" (and {len(found) - 1} more difference(s))" if len(found) > 1 else ""
        raise errors.NotAnMsekDatabaseError(
            f"{label} is not an MSEK database of a known schema: it {found[0]}{more}."
        )
    broken = _foreign_keys(conn)
    if broken:
        raise errors.DatabaseDamagedError(
            f"{label} has {len(broken)} row(s) that refer to missing rows "
            f"(first: {broken[0].partition(': ')[2]})."
        )
    return revision


def verify_file(path: Path, label: str | None = None) -> str:
    """verify_connection for a file, opened read-only (nothing beside it is changed)."""
    path = Path(path)
    label = label or str(path)
    conn = db.open_read_only(path)
    try:
        return verify_connection(conn, label)
    except sqlite3.DatabaseError as exc:
        raise db.translate_error(exc, Path(label)) or errors.DatabaseDamagedError(
            f"The database file {label} is damaged."
        ) from exc
    finally:
        conn.close()


def examine_file(path: Path) -> Findings:
    """examine() for the database file `path`, opened read-only: the file, its journal mode
    and everything beside it stay as they are."""
    path = Path(path)
    conn = db.open_read_only(path)
    try:
        return examine(conn, str(path))
    except sqlite3.DatabaseError as exc:
        raise db.translate_error(exc, path) or errors.DatabaseDamagedError(
            f"The database file {path} is damaged."
        ) from exc
    finally:
        conn.close()
