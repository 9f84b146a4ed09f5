"""`msek exchanges [--year YYYY] [--json]`, run as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from in_process import run
from offices import two_schools

from msek_desktop.core import contacts, exchanges, inquiries
from msek_desktop.core.db import Database

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles


@pytest.fixture
def office(tmp_path: Path, databases: DatabaseFiles) -> tuple[str, dict[str, Any]]:
    db = databases.open(tmp_path / "office.db")
    try:
        facts = databases.build(db, make_office)
    finally:
        db.dispose()
    return str(db.location), facts


def make_office(db: Database) -> dict[str, Any]:
    lodz, ste = two_schools(db)
    person = contacts.create_contact(
        db, {"first_name": "Ewa", "last_name": "Nowak", "side": "katowice",
             "organisation_id": lodz.id},
    )  # fmt: skip
    inquiry = inquiries.create_inquiry(
        db, {"subject": "Chór", "contact_id": person.id, "received_on": "2025-01-10"}
    )
    choir = exchanges.create_exchange(
        db,
        {"title": "Chór w Saint-Étienne", "kind": "concert", "inquiry_id": inquiry.id,
         "organisation_ids": [lodz.id, ste.id], "field_codes": ["music"],
         "starts_on": "2025-12-28", "ends_on": "2026-01-03", "planned_katowice": 30,
         "planned_saint_etienne": 4, "actual_katowice": 28, "moves_stage": False},
    ).row  # fmt: skip
    design = exchanges.create_exchange(
        db, {"title": "Design\x1b[31m week", "organisation_ids": [ste.id], "kind": "workshop",
             "starts_on": "2026-03-02", "ends_on": "2026-03-06", "moves_stage": False},
    ).row  # fmt: skip
    binned = exchanges.create_exchange(db, {"title": "Binned", "organisation_ids": [ste.id]})
    exchanges.set_deleted(db, binned.row.id, True)
    return {"choir": choir, "design": design, "lodz": lodz, "ste": ste, "ref": inquiry.ref}


def msek(db: str, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "msek_desktop.cli", "--db", db, "exchanges", *argv],
        capture_output=True, text=True, check=False, encoding="utf-8",
    )  # fmt: skip


def test_json_of_a_year(office: tuple[str, dict[str, Any]]) -> None:
    db, facts = office
    result = msek(db, "--year", "2025", "--json")
    assert (result.returncode, result.stderr) == (0, "")
    assert json.loads(result.stdout) == [
        {
            "id": facts["choir"].id,
            "title": "Chór w Saint-Étienne",
            "kind": "concert",
            "status": "planned",
            "starts_on": "2025-12-28",
            "ends_on": "2026-01-03",
            "inquiry_ref": facts["ref"],
            "organisations": [
                {"id": facts["ste"].id, "name": "Conservatoire Massenet", "side": "saint_etienne"},
                {"id": facts["lodz"].id, "name": "Szkoła Muzyczna I st.", "side": "katowice"},
            ],
            "fields": ["music"],
            "participants": {
                "planned": {"saint_etienne": 4, "katowice": 30},
                "actual": {"saint_etienne": None, "katowice": 28},
            },
        }
    ]
    assert [e["id"] for e in json.loads(msek(db, "--json").stdout)] == [
        facts["design"].id, facts["choir"].id,
    ]  # fmt: skip


def test_lines_for_humans(office: tuple[str, dict[str, Any]]) -> None:
    db, facts = office
    result = msek(db, "--year", "2026")
    assert (result.returncode, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("2026-03-02…2026-03-06  planned    workshop       -  ")
    assert "Design\\x1b[31m week" in lines[0]  # a terminal control shown, not obeyed
    assert f"concert        {facts['ref']:<10}  4+30 (?+28)" in lines[1]
    assert lines[1].endswith("Conservatoire Massenet, Szkoła Muzyczna I st.")
    assert msek(db, "--year", "2024").stdout == ""


@pytest.mark.parametrize("year", ["20x6", "0", "10000"])
def test_a_wrong_year_is_a_usage_error(
    office: tuple[str, dict[str, Any]], year: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", office[0], "exchanges", "--year", year)
    assert (code, out) == (2, "")
    assert f"not a year: {year}" in err


def test_a_missing_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "typo.db"
    code, _, err = run(capsys, "--db", str(missing), "exchanges")
    assert code == 1 and str(missing) in err
    assert not missing.exists()


def binned_and_restored(db: Database) -> dict[str, Any]:
    facts = make_office(db)
    exchanges.set_deleted(db, facts["choir"].id, True, actor="anowak")
    exchanges.set_deleted(db, facts["choir"].id, False, actor="anowak")
    return facts


def test_show_says_the_inquiry_s_exchange_entries_in_words(
    tmp_path: Path, databases: DatabaseFiles
) -> None:
    db = databases.open(tmp_path / "binned.db")
    try:
        facts = databases.build(db, binned_and_restored)
    finally:
        db.dispose()
    shown = subprocess.run(
        [sys.executable, "-m", "msek_desktop.cli", "--db", str(db.location), "show",
         facts["ref"]], capture_output=True, text=True, check=False, encoding="utf-8",
    )  # fmt: skip
    assert (shown.returncode, shown.stderr) == (0, "")
    said = [line.split(" ", 5)[5] for line in shown.stdout.splitlines() if " exchange " in line]
    assert said == [
        "exchange recorded: “Chór w Saint-Étienne” (planned)",
        "exchange “Chór w Saint-Étienne” moved to the bin",
        "exchange “Chór w Saint-Étienne” restored from the bin",
    ]
