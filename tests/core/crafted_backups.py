"""Crafted backups for the restore and check tests: a good MSEK backup, changed with SQL.

CRAFTED maps a case to the statements that spoil a copy of a good backup and to the words the
one-line refusal must contain. Used by tests/core/test_schema_verify.py and
tests/cli/test_backup_cli.py; older_file() makes a database of an older schema revision and
table_digests() tells what a file holds (tests/core/test_backups.py too).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

from msek_desktop.core import db, migrations

TRAP = "CREATE TRIGGER wipe AFTER INSERT ON inquiries BEGIN DELETE FROM follow_ups; END"

CRAFTED: dict[str, tuple[list[str], str]] = {
    "trigger": ([TRAP], 'trigger "wipe" the schema does not have'),
    "foreign table": (
        ["CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"],
        'table "notes" the schema does not have',
    ),
    "view": (
        ["CREATE VIEW everything AS SELECT * FROM inquiries"],
        'view "everything" the schema does not have',
    ),
    "foreign index": (
        ["CREATE INDEX ix_sneaky ON inquiries (subject)"],
        'an index "ix_sneaky" the schema does not have',
    ),
    "missing table": (["DROP TABLE settings"], 'lacks the table "settings"'),
    "missing column": (
        ["ALTER TABLE inquiries DROP COLUMN lost_note"],
        'lacks the column "inquiries.lost_note"',
    ),
    "missing search index": (["DROP TABLE search_index"], 'lacks the virtual table "search_index"'),
    "changed foreign key": (
        [
            "ALTER TABLE timeline_entries RENAME TO old_entries",
            "CREATE TABLE timeline_entries (id INTEGER NOT NULL, at DATETIME NOT NULL, "
            "staff_id INTEGER, inquiry_id INTEGER, contact_id INTEGER, organisation_id INTEGER, "
            "kind VARCHAR(30) NOT NULL, field VARCHAR(40) NOT NULL, old_value TEXT NOT NULL, "
            "new_value TEXT NOT NULL, note TEXT NOT NULL, CONSTRAINT pk_timeline_entries "
            "PRIMARY KEY (id), FOREIGN KEY(inquiry_id) REFERENCES inquiries (id), "
            "FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE, "
            "FOREIGN KEY(organisation_id) REFERENCES organisations (id) ON DELETE CASCADE, "
            "FOREIGN KEY(staff_id) REFERENCES staff_members (id))",
            "INSERT INTO timeline_entries SELECT * FROM old_entries",
            "DROP TABLE old_entries",
            "CREATE INDEX ix_timeline_entries_contact_id ON timeline_entries (contact_id) "
            "WHERE contact_id IS NOT NULL",
            "CREATE INDEX ix_timeline_entries_inquiry_id ON timeline_entries (inquiry_id) "
            "WHERE inquiry_id IS NOT NULL",
            "CREATE INDEX ix_timeline_entries_organisation_id "
            "ON timeline_entries (organisation_id) WHERE organisation_id IS NOT NULL",
            "CREATE INDEX ix_timeline_entries_first_answer ON timeline_entries (inquiry_id, at) "
            "WHERE kind IN ('call', 'email', 'letter', 'followup_done')",
        ],
        'foreign keys on the table "timeline_entries" that differ',
    ),
    "two version rows": (
        ["INSERT INTO alembic_version VALUES ('0002')"],
        "names 2 schema revisions",
    ),
    "zero version rows": (["DELETE FROM alembic_version"], "names no schema revision"),
    "unknown revision": (
        ["UPDATE alembic_version SET version_num = 'f00dcafe'"],
        "newer version of MSEK Desktop",
    ),
    "broken foreign keys": (
        ["UPDATE follow_ups SET inquiry_id = 999999 WHERE id = (SELECT min(id) FROM follow_ups)"],
        "refer to missing rows",
    ),
}


def run_sql(path: Path, statements: list[str]) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def older_file(path: Path, revision: str, statements: tuple[str, ...] = ()) -> Path:
    """A new single-file database at `path` migrated up to `revision` only, then `statements`."""
    engine = db.make_engine(path)
    try:
        migrations.upgrade(engine, revision)
    finally:
        engine.dispose()
    run_sql(path, ["PRAGMA journal_mode = DELETE", *statements])
    return path


def table_digests(path: Path) -> dict[str, tuple[int, str]]:
    """Row count and a SHA-256 of the sorted rows of every table, read-only."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        out: dict[str, tuple[int, str]] = {}
        for name in sorted(names):
            rows = sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{name}"'))
            out[name] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
        return out
    finally:
        conn.close()


# Files that are no MSEK database, made in `folder` (the restore tests' makers also get the
# office, which these do not need).


def a_text_file(folder: Path, *_: object) -> Path:
    p = folder / "notes.db"
    p.write_text("Réunion jeudi\n" * 300)
    return p


def another_programs_file(folder: Path, *_: object) -> Path:
    p = folder / "accounts.sqlite"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    conn.commit()
    conn.close()
    return p


def an_empty_file(folder: Path, *_: object) -> Path:
    p = folder / "empty.db"
    p.write_bytes(b"")
    return p


def craft(good: Path, out: Path, case: str) -> Path:
    """A copy of the closed single-file backup `good`, spoiled as CRAFTED[case] says."""
    shutil.copyfile(good, out)
    run_sql(out, CRAFTED[case][0])
    return out


def with_page_size(good: Path, out: Path, page_size: int) -> Path:
    shutil.copyfile(good, out)
    run_sql(out, [f"PRAGMA page_size = {page_size}", "VACUUM"])
    conn = sqlite3.connect(out)
    try:
        assert conn.execute("PRAGMA page_size").fetchone()[0] == page_size
    finally:
        conn.close()
    return out
