"""An import adds the search documents of the records it makes (core.importing.writing
reads them in one statement a kind): the index afterwards holds what a rebuild of it holds,
with people and organisations already recorded among the rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from msek_desktop.core import importing, search
from msek_desktop.core.db import Database
from tests.core import import_rows_case as case

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server


def _index(db: Database) -> dict[int, str]:
    with db.read() as session:
        found = session.execute(text(f"SELECT rowid, body FROM {search.TABLE}"))
        return {int(rowid): body for rowid, body in found}


def test_an_import_indexes_what_a_rebuild_would(db: Database, tmp_path: Path) -> None:
    recorded = case.make_office(db)
    before = _index(db)
    for path in case.write_files(tmp_path, recorded)[1:]:  # the files without errors
        importing.import_file(db, path, today=case.TODAY)
    imported = _index(db)
    with db.write() as session:
        search.rebuild(session.connection())
    assert len(imported) > len(before)
    assert imported == _index(db)
