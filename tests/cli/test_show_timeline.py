"""`msek show REF`: the partner proposals in the inquiry's timeline read in English words,
naming the organisation; the real `msek` process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from offices import two_schools

from msek_desktop.core import contacts, inquiries, organisations
from msek_desktop.core import partner_proposals as pp
from msek_desktop.core.db import Database

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles


def msek(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "msek_desktop.cli", *argv],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def make_office(db: Database) -> str:
    """A Katowice inquiry with its partners proposed, moved, declined, withdrawn."""
    lodz, massenet = two_schools(db)
    cite = organisations.create_organisation(
        db, {"name": "Cité du design", "city": "Saint-Étienne", "side": "saint_etienne"}
    )
    fauriel = organisations.create_organisation(
        db, {"name": "Lycée Fauriel", "city": "Saint-Étienne", "side": "saint_etienne"}
    )
    person = contacts.create_contact(
        db,
        {"first_name": "Anna", "last_name": "Wiśniewska", "side": "katowice",
         "organisation_id": lodz.id},
    )  # fmt: skip
    row = inquiries.create_inquiry(db, {"subject": "Wymiana uczniów", "contact_id": person.id})
    made = pp.propose(db, row.id, [cite.id, massenet.id], actor="anowak")
    pp.set_state(db, made[0].id, "declined", reason="timing", note="in 2027", actor="anowak")
    pp.propose(db, row.id, [fauriel.id], state="contacted", actor="anowak")
    with db.write() as session:  # a letter naming the Massenet as a partner
        pp.note_letter(session, row.id, [massenet.id], "contacted", None)
    pp.withdraw(db, made[1].id, actor="anowak")
    return row.ref


@pytest.fixture
def office(tmp_path: Path, databases: DatabaseFiles) -> tuple[Any, str]:
    db = databases.open(tmp_path / "office.db")
    try:
        ref = databases.build(db, make_office)
    finally:
        db.dispose()
    return db.location, ref


def test_show_says_the_partner_entries_in_words(office: tuple[Any, str]) -> None:
    location, ref = office
    shown = msek("--db", str(location), "show", ref)
    assert (shown.returncode, shown.stderr) == (0, "")
    timeline = [line for line in shown.stdout.splitlines() if line.startswith("  20")]
    # "  2026-12-05 06:00 anowak what": what was done
    said = [line.split(" ", 5)[5] for line in timeline]
    assert said == [
        "created " + ref,
        "proposed partner Cité du design",
        "proposed partner Conservatoire Massenet",
        "partner Cité du design: proposed → declined (not now, maybe later — in 2027)",
        "proposed partner Lycée Fauriel: contacted",
        "partner Conservatoire Massenet: proposed → contacted (letter generated)",
        "partner Conservatoire Massenet: contacted → withdrawn",
    ]


def test_show_json_gives_the_partner_entries_organisation(office: tuple[Any, str]) -> None:
    location, ref = office
    shown = msek("--db", str(location), "show", ref, "--json")
    assert (shown.returncode, shown.stderr) == (0, "")
    timeline = json.loads(shown.stdout)["timeline"]
    assert [(t["kind"], t["organisation_name"]) for t in timeline] == [
        ("created", ""),
        ("partner", "Cité du design"),
        ("partner", "Conservatoire Massenet"),
        ("partner", "Cité du design"),
        ("partner", "Lycée Fauriel"),
        ("partner", "Conservatoire Massenet"),
        ("partner", "Conservatoire Massenet"),
    ]
    assert timeline[3]["note"] == "timing — in 2027"  # the codes as stored, for scripts
