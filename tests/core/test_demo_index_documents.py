"""The demo's search index, filled from the documents made as its records were written
(search_docs.Documents), is the one a rebuild from the stored records makes: the same
documents under the same rowids."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Connection

from msek_desktop.core import demo, search
from msek_desktop.core.db import Database


def _index(conn: Connection) -> list[tuple[int, str]]:
    rows = conn.exec_driver_sql(f"SELECT rowid, body FROM {search.TABLE} ORDER BY rowid")
    return [(int(r[0]), str(r[1])) for r in rows]


@pytest.mark.both_databases
def test_the_demo_index_is_the_rebuilt_one(db: Database) -> None:
    demo.generate(db, inquiries=300, seed=3, today=date(2025, 3, 4))
    with db.write() as session:
        conn = session.connection()
        written = _index(conn)
        search.rebuild(conn)
        rebuilt = _index(conn)
    kinds = {rowid % 4 for rowid, _body in written}
    assert kinds == {int(k) for k in search.Kind}
    assert len(written) > 300
    assert written == rebuilt
