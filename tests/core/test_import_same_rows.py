"""What an import gives stays what it gave before it was made quicker: on files where the
checks of phones and emails, the reading of encodings and the matching matter
(tests/core/import_rows_case.py), the dry run's report (every row's outcome, matches, possible
matches, errors with line and column, encoding and delimiter), the real import's report, and
every row it wrote (inquiries, people, organisations, their fields, timeline entries and
consents) are those the import gave before (tests/core/data/import_rows_outcome.json).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from msek_desktop.core.db import Database
from tests.core import import_rows_case as case

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

EXPECTED = Path(__file__).with_name("data") / "import_rows_outcome.json"


def test_every_file_gives_the_same_report_and_rows_as_before(db: Database, tmp_path: Path) -> None:
    recorded = case.make_office(db)
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    paths = case.write_files(tmp_path, recorded)
    assert sorted(p.name for p in paths) == sorted(expected)
    for path in paths:
        assert case.outcome(db, path) == expected[path.name], path.name
