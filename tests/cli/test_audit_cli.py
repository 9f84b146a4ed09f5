"""`msek audit [--action A] [--limit N] [--json]`: the audit list, newest first."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from in_process import run

from msek_desktop.core import audit, staff
from msek_desktop.core.db import Database
from msek_desktop.core.vocab import AuditAction

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles


@pytest.fixture
def office(tmp_path: Path, databases: DatabaseFiles) -> str:
    db = databases.open(tmp_path / "office.db")
    try:
        databases.build(db, make_office)
    finally:
        db.dispose()
    return str(db.location)


def make_office(db: Database) -> None:
    staff.create_staff(db, {"login": "anna", "full_name": "Anna Kowalska"})
    audit.record(db, AuditAction.EXPORT_PERSON, actor="anna", contact_id=7,
                 subject="person #7", detail="person-7.zip")  # fmt: skip
    audit.record(db, AuditAction.ERASE_PERSON, actor="anna", contact_id=8, subject="person #8")
    audit.record(db, AuditAction.RETENTION, actor="anna",
                 detail='{"inquiries": 3, "people": 2, "years": 5}')  # fmt: skip


def test_json_newest_first(office: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", office, "audit", "--json")
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert [(r["action"], r["login"], r["contact_id"]) for r in rows] == [
        ("retention", "anna", None),
        ("erase_person", "anna", 8),
        ("export_person", "anna", 7),
    ]
    assert set(rows[2]) == {"id", "at", "login", "action", "contact_id", "organisation_id",
                            "subject", "detail"}  # fmt: skip
    assert (rows[2]["subject"], rows[2]["detail"]) == ("person #7", "person-7.zip")


def test_filtered_by_action_and_limited(office: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "--db", office, "audit", "--action", "erase_person", "--json")
    assert code == 0 and [r["contact_id"] for r in json.loads(out)] == [8]
    code, out, _err = run(capsys, "--db", office, "audit", "--limit", "1", "--json")
    assert code == 0 and [r["action"] for r in json.loads(out)] == ["retention"]


def test_a_line_each_as_a_real_process(office: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "msek_desktop.cli", "--db", office, "audit"],
        capture_output=True, text=True, check=False, encoding="utf-8",
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    lines = done.stdout.splitlines()
    assert len(lines) == 3
    assert lines[2].split()[2:] == ["anna", "export_person", "person", "#7", "person-7.zip"]
    assert lines[1].split()[2:] == ["anna", "erase_person", "person", "#8"]


def test_an_unknown_action_is_wrong_usage(office: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", office, "audit", "--action", "sell_data")
    assert (code, out) == (2, "")
    assert "invalid choice: 'sell_data'" in err
