"""The import's report on a data set where matching matters is what it was before the
matching was made quicker (people indexed by email and folded name once, a row's candidates
with another email passed over, each distinct email checked once).

The expected figures were written by the import as it was before (the report's summary, the
counts of each kind of match, and a SHA-256 of the whole report as JSON: every line, record,
reason and score); see tests/core/import_matching_case.py for the data set.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

from msek_desktop.core.db import Database
from tests.core import import_matching_case as case

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

EXPECTED = Path(__file__).with_name("data") / "import_matching_report.json"


def _figures(text: str) -> dict[str, object]:
    report = json.loads(text)
    return {
        "summary": report["summary"],
        "matched": sorted(
            f"{kind} by {by}: {reason}: {n}"
            for (kind, by, reason), n in Counter(
                (m["kind"], m["by"], m["reason"]) for m in report["matched"]["rows"]
            ).items()
        ),
        "possible": sorted(
            f"{kind}: {reason}: {n}"
            for (kind, reason), n in Counter(
                (p["kind"], p["reason"]) for p in report["possible"]
            ).items()
        ),
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
    }


def test_the_report_is_the_same_as_before(db: Database, tmp_path: Path) -> None:
    case.make_office(db)
    case.make_file(db, tmp_path / "rows.csv")
    got = _figures(case.report_text(db, tmp_path / "rows.csv"))
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert got["summary"] == expected["summary"]
    assert got["matched"] == expected["matched"]
    assert got["possible"] == expected["possible"]
    assert got["sha256"] == expected["sha256"]
