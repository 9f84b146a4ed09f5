"""The whole index rebuilt holds the documents made one record at a time (core.search_docs),
whatever the texts; on SQLite read on the driver's own cursor."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

from msek_desktop.core import inquiries, organisations, search, search_docs
from msek_desktop.core.db import Database

# texts folding changes: accents, ł, ß, a ligature, Σ, a mark beginning a text (after one
# ending in a letter), marks beyond the first 65,536 code points; a NUL, empty parts
TEXTS = [
    "Łódź Wiśniewska", "\u0301accent first", "Straße ﬁlharmonia", "ΣΟΦΙΑ ς", "e\u0301",
    "𝐀𝐁 \U0001d165x", "NUL\x00inside", "", "plain ascii", "Œillet Ørsted þorn",
]  # fmt: skip


def one_at_a_time(kind: search.Kind, rows: list[tuple[Any, ...]]) -> list[tuple[int, str]]:
    return [(search.rowid(kind, r[0]), search._join(r[1:])) for r in rows]


def test_documents_of_a_batch_are_those_made_one_at_a_time() -> None:
    pairs = zip(TEXTS, TEXTS[::-1], strict=True)
    rows = [(i, a, None, b) for i, (a, b) in enumerate(pairs, start=1)]
    for kind in search.Kind:
        assert search_docs.whole_docs(kind, rows) == one_at_a_time(kind, rows)


def entries(db: Database) -> list[tuple[int, str]]:
    with db.read() as session:
        result = session.connection().exec_driver_sql(
            f"SELECT rowid, body FROM {search.TABLE} ORDER BY rowid"
        )
        return [(int(r[0]), str(r[1])) for r in result]


@pytest.mark.both_databases
def test_rebuild_holds_the_documents_made_one_at_a_time(db: Database, katowice) -> None:
    texts = [t for t in TEXTS if t and "\x00" not in t]  # the server's text holds no NUL
    for n, name in enumerate(texts):
        org = organisations.create_organisation(
            db, {"name": f"{name} {n}", "side": "katowice", "city": texts[-n]}
        )
        inquiries.create_inquiry(
            db,
            {"subject": name, "contact_id": katowice.contact.id, "organisation_id": org.id,
             "message": " ".join(texts[n:])},
        )  # fmt: skip
    incremental = entries(db)
    with db.write() as session:
        conn = session.connection()
        seen: list[str] = []
        event.listen(conn, "before_cursor_execute", lambda *a: seen.append(a[2]))
        search.rebuild(conn)
    assert entries(db) == incremental
    assert len(incremental) == 1 + 1 + 2 * len(texts)
    # on SQLite the documents are read on the driver's cursor, past SQLAlchemy's row processing
    reads = [s for s in seen if s.lstrip().upper().startswith("SELECT")]
    assert reads == [] if db.engine.dialect.name == "sqlite" else len(reads) == 3
