"""`msek retention [--apply --yes] [--json]`: the preview, then the anonymisation."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from in_process import run

from msek_desktop.core import contacts, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.models import Inquiry

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles

SIX_YEARS_AGO = date(date.today().year - 6, 3, 1)  # past the default five, whatever today is


@pytest.fixture
def office(tmp_path: Path, databases: DatabaseFiles) -> tuple[str, dict[str, Any]]:
    db = databases.open(tmp_path / "office.db")
    try:
        made = databases.build(db, make_office)
    finally:
        db.dispose()
    return str(db.location), made


def make_office(db: Database) -> dict[str, Any]:
    """Ewa: one inquiry closed six years ago. Jan: one too, and one open (he is kept)."""
    ewa = contacts.create_contact(db, {"first_name": "Ewa", "last_name": "Dawna",
                                       "side": "katowice"})  # fmt: skip
    jan = contacts.create_contact(db, {"first_name": "Jan", "last_name": "Obecny",
                                       "side": "katowice"})  # fmt: skip
    made: dict[str, Any] = {"ewa": ewa.id, "jan": jan.id}
    for key, contact_id, stage in (("ewa_old", ewa.id, "completed"), ("jan_old", jan.id, "lost"),
                                   ("jan_open", jan.id, "matching")):  # fmt: skip
        row = inquiries.create_inquiry(db, {"subject": "Wymiana", "contact_id": contact_id,
                                            "received_on": date(2015, 1, 5)})  # fmt: skip
        with db.write() as session:
            found = session.get(Inquiry, row.id)
            assert found is not None
            found.stage = stage
            found.closed_on = SIX_YEARS_AGO if stage != "matching" else None
        made[key], made[f"{key}_ref"] = row.id, row.ref
    return made


def test_the_preview_as_json_writes_nothing(
    office: tuple[str, dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    db, made = office
    code, out, err = run(capsys, "--db", db, "retention", "--json")
    assert (code, err) == (0, "")
    found = json.loads(out)
    assert found["years"] == 5 and found["people"] == [made["ewa"]]
    assert found["counts"] == {"inquiries": 2, "people": 1}
    assert {(i["ref"], i["person"], i["person_erased"], i["closed_on"])
            for i in found["inquiries"]} == {
        (made["ewa_old_ref"], "Ewa Dawna", True, SIX_YEARS_AGO.isoformat()),
        (made["jan_old_ref"], "Jan Obecny", False, SIX_YEARS_AGO.isoformat()),
    }  # fmt: skip
    code, again, _err = run(capsys, "--db", db, "retention", "--json")
    assert json.loads(again) == found  # nothing was written


def test_the_preview_a_line_each(
    office: tuple[str, dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    db, made = office
    code, out, err = run(capsys, "--db", db, "retention")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("Retention: 5 years; closed before ")
    assert lines[-1] == "2 inquiries past retention, 1 people erased."
    ewa = next(line for line in lines if made["ewa_old_ref"] in line)
    assert "Ewa Dawna" in ewa and ewa.endswith("erased")
    jan = next(line for line in lines if made["jan_old_ref"] in line)
    assert jan.endswith("kept (held by something else)")


@pytest.mark.parametrize("argv", [["--apply"], ["--yes"]])
def test_apply_needs_yes(
    office: tuple[str, dict[str, Any]], capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    db, _made = office
    code, out, err = run(capsys, "--db", db, "retention", *argv)
    assert (code, out) == (2, "")
    assert err.splitlines()[-1].startswith("msek retention: error: --")
    code, out, _err = run(capsys, "--db", db, "retention", "--json")
    assert json.loads(out)["counts"] == {"inquiries": 2, "people": 1}  # nothing done


def test_apply_as_a_real_process(
    office: tuple[str, dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _made = office
    done = subprocess.run(
        [sys.executable, "-m", "msek_desktop.cli", "--db", db, "retention", "--apply", "--yes",
         "--json"],
        capture_output=True, text=True, check=False, encoding="utf-8",
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout) == {"anonymised": {"inquiries": 2, "people": 1}, "wiped": True}
    _code, out, _err = run(capsys, "--db", db, "retention", "--json")
    assert json.loads(out)["counts"] == {"inquiries": 0, "people": 0}
    _code, out, _err = run(capsys, "--db", db, "audit", "--json")
    assert [(e["action"], json.loads(e["detail"])) for e in json.loads(out)] == [
        ("retention", {"inquiries": 2, "people": 1, "years": 5})
    ]
    assert run(capsys, "--db", db, "retention", "--apply", "--yes") == (
        0, "Anonymised 0 inquiries; erased 0 people.\n", "")  # fmt: skip
