"""A smaller file (migration 0010): the search index made again without its three-letter
prefix index finds and ranks exactly what it did, and the history's indexes hold only the
entries that name their inquiry, person or organisation."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from msek_desktop.core import contacts, demo, history, inquiries, migrations, organisations, search
from msek_desktop.core import schema as file_schema
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries import InquiryFilter

QUERIES = [
    "sa", "sai", "saint", "lo", "lod", "lodz", "wi", "wis", "wisn", "mu", "muz", "muzyk",
    "ko", "kon", "konserw", "ew", "ewa", "ewa_wl", "ja", "jazz", "oe", "oeil", "2026", "20",
    "e m", "sa ko", "ecole musique", "zz", "a",
]  # fmt: skip
OLD_INDEX = "fts5(body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
NEW_INDEX = "fts5(body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2')"


def fill(database: Database) -> None:
    demo.generate(database, inquiries=300, seed=7, today=date(2026, 5, 20))
    theatre = organisations.create_organisation(
        database,
        {"name": "Théâtre de l'Œillet", "city": "Saint-Étienne", "country": "FR",
         "kind": "music_school", "side": "saint_etienne"},
    )  # fmt: skip
    ewa = contacts.create_contact(
        database,
        {"first_name": "Ewa", "last_name": "Wiśniewska-Łągiewka", "side": "katowice",
         "email": "ewa_wl@example.pl", "organisation_id": theatre.id},
    )  # fmt: skip
    for subject in ("Jazz jazz jazz", "Un atelier de jazz, de musique et de danse"):
        inquiries.create_inquiry(
            database, {"subject": subject, "contact_id": ewa.id, "received_on": date(2026, 5, 1)}
        )


def results(database: Database) -> dict[str, Any]:
    """For each query: every record found with its rank, in order; the count of each kind;
    the inquiries, people and organisations lists in their order."""
    out: dict[str, Any] = {}
    for query in QUERIES:
        with database.read() as session:
            ranked = [(m.kind, m.id, m.rank) for m in search.search(session, query, limit=10**6)]
            counts = [search.count_matching(session, kind, query) for kind in search.Kind]
        flt = InquiryFilter(search=query)
        out[query] = (
            ranked,
            counts,
            [r.id for r in inquiries.list_inquiries(database, flt, limit=10**6)],
            [c.id for c in contacts.find_contacts(database, query, limit=10**6)],
            [o.id for o in organisations.find_organisations(database, query, limit=10**6)],
        )
    return out


def index_definition(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        found = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = ?", (search.TABLE,)
        ).fetchone()
        return str(found[0])
    finally:
        conn.close()


def index_bytes(path: Path) -> int:
    """The bytes of the search index's pages (its FTS5 shadow tables)."""
    conn = sqlite3.connect(path)
    try:
        found = conn.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name LIKE ?", (search.TABLE + "%",)
        ).fetchone()
        return int(found[0])
    finally:
        conn.close()


def shape_differences(path: Path, revision: str) -> list[str]:
    """How the file differs from a new one migrated to `revision` (what a restore checks)."""
    conn = sqlite3.connect(path)
    try:
        return file_schema.differences(file_schema.describe(conn), file_schema.reference(revision))
    finally:
        conn.close()


def test_the_smaller_index_finds_and_ranks_what_the_old_one_did(
    tmp_path: Path, new_database: Callable[[Path], Database]
) -> None:
    path = tmp_path / "office.db"
    database = new_database(path)
    fill(database)
    assert NEW_INDEX in index_definition(path)
    now = results(database)
    assert sum(bool(found[0]) for found in now.values()) == len(QUERIES) - 1  # all but "zz"
    assert len(now["sa"][0]) > 100 and len(now["ewa_wl"][0]) >= 3  # many; a phrase
    new_size = index_bytes(path)

    migrations.downgrade(database.engine, "0009")  # the index as the program made it before
    assert OLD_INDEX in index_definition(path)
    assert shape_differences(path, "0009") == []
    before = results(database)
    assert before == now
    old_size = index_bytes(path)

    migrations.upgrade(database.engine)  # the migration, on a file of the old program
    assert NEW_INDEX in index_definition(path)
    assert shape_differences(path, migrations.head_revision()) == []
    assert results(database) == before
    assert index_bytes(path) < old_size
    assert new_size < old_size


def test_a_record_edited_after_the_migration_is_found_by_its_new_words(
    tmp_path: Path, new_database: Callable[[Path], Database]
) -> None:
    """The remade index is kept current like the old one: an entry replaced, not added."""
    path = tmp_path / "office.db"
    database = new_database(path)
    fill(database)
    migrations.downgrade(database.engine, "0009")
    migrations.upgrade(database.engine)
    (person,) = contacts.find_contacts(database, "lagiewka")
    contacts.update_contact(database, person.id, {"last_name": "Zielińska"})
    assert [c.id for c in contacts.find_contacts(database, "zielin")] == [person.id]
    assert contacts.find_contacts(database, "lagiewka") == []
    with database.read() as session:
        assert search.count_matching(session, search.Kind.INQUIRY, "ewa_wl zielinska") == 2


@pytest.mark.both_databases
def test_the_history_indexes_hold_only_the_entries_naming_their_record(
    db: Database, katowice: Any
) -> None:
    names = {f"ix_timeline_entries_{c}": c for c in history.TARGETS}
    catalogue = (
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'timeline_entries'"
        if db.on_server
        else "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'timeline_entries'"
    )
    with db.read() as session:
        found = {name: sql for name, sql in session.execute(text(catalogue)) if name in names}
    assert set(found) == set(names)
    for name, column in names.items():
        assert found[name].replace("(", "").replace(")", "").endswith(f"{column} IS NOT NULL")
    person = history.entries(db, contact_id=katowice.contact.id)
    place = history.entries(db, organisation_id=katowice.organisation.id)
    assert [e.kind for e in person] == ["created"] and [e.kind for e in place] == ["created"]
    if not db.on_server:
        with db.read() as session:
            plan = session.execute(
                text("EXPLAIN QUERY PLAN SELECT id FROM timeline_entries WHERE contact_id = 1")
            ).all()
        assert "ix_timeline_entries_contact_id" in str(plan)
