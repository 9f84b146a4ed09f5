"""`msek match REF [--limit N] [--json]`: the suggested partners of an inquiry, run as the
real `msek` process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from msek_desktop.core import contacts, inquiries, organisations
from msek_desktop.core.db import Database

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles


def msek(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "msek_desktop.cli", *argv],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )  # fmt: skip


@pytest.fixture
def office(tmp_path: Path, databases: DatabaseFiles) -> tuple[str, str]:
    """A conservatory in Saint-Étienne asking for a music school in Katowice; three
    organisations in Katowice. Returns --db's value and the ref."""
    db = databases.open(tmp_path / "office.db")
    try:
        ref = databases.build(db, make_office)
    finally:
        db.dispose()
    return str(db.location), ref


def make_office(db: Database) -> str:
    massenet = organisations.create_organisation(
        db, {"name": "Conservatoire Massenet", "side": "saint_etienne", "kind": "music_school",
             "city": "Saint-Étienne", "fields": ["music"], "languages": ["fr"]},
    )  # fmt: skip
    organisations.create_organisation(
        db, {"name": "Państwowa Szkoła Muzyczna", "side": "katowice", "city": "Katowice",
             "kind": "music_school", "fields": ["music", "education"], "languages": ["pl", "fr"],
             "offers": "Orkiestra, jazz", "audiences": ["teenagers"]},
    )  # fmt: skip
    organisations.create_organisation(
        db, {"name": "Browar Tyski", "side": "katowice", "city": "Tychy", "kind": "company",
             "fields": ["gastronomy"]},
    )  # fmt: skip
    organisations.create_organisation(
        db, {"name": "Stara Szkoła", "side": "katowice", "city": "Bytom", "kind": "music_school",
             "fields": ["music"], "active": False},
    )  # fmt: skip
    jean = contacts.create_contact(
        db, {"first_name": "Jean", "last_name": "Dupont", "side": "saint_etienne",
             "language": "fr", "organisation_id": massenet.id},
    )  # fmt: skip
    row = inquiries.create_inquiry(
        db, {"subject": "Échange d'élèves en jazz", "contact_id": jean.id, "fields": ["music"],
             "desired_counterpart": "Une école de musique"},
    )  # fmt: skip
    return row.ref


def test_lists_the_organisations_best_first_with_their_reasons(office: tuple[str, str]) -> None:
    db, ref = office
    done = msek("--db", db, "match", ref)
    assert (done.returncode, done.stderr) == (0, "")
    lines = done.stdout.splitlines()
    assert [line.lstrip().split("  ")[1] for line in lines] == [
        "Państwowa Szkoła Muzyczna, Katowice, music school",
        "Browar Tyski, Tychy, company",
        "Stara Szkoła, Bytom, music school",
    ]
    first = lines[0]
    assert float(first.split()[0]) > float(lines[1].split()[0])
    assert first.endswith(
        "  Music · same kind: music school · audience: teenagers · mentions “jazz” · works in"
        " French · never asked before"
    )
    assert "marked inactive" in lines[2]
    limited = msek("--db", db, "match", ref, "--limit", "1")
    assert limited.stdout.splitlines() == lines[:1]


def test_json_gives_each_organisation_its_score_and_reasons(office: tuple[str, str]) -> None:
    db, ref = office
    done = msek("--db", db, "match", ref, "--json", "--limit", "2")
    assert (done.returncode, done.stderr) == (0, "")
    found = json.loads(done.stdout)
    assert [set(item) for item in found] == [{"organisation", "score", "reasons"}] * 2
    best = found[0]
    assert set(best["organisation"]) == {"id", "name", "city", "side", "kind"}
    assert best["organisation"]["name"] == "Państwowa Szkoła Muzyczna"
    assert best["organisation"]["side"] == "katowice"
    assert best["organisation"]["kind"] == "music_school"
    assert 0 < best["score"] <= 100 and best["score"] > found[1]["score"]
    assert best["reasons"][:2] == ["Music", "same kind: music school"]
    assert "works in French" in best["reasons"]


@pytest.mark.parametrize(
    ("argv", "code", "says"),
    [
        (("match", "2020-9999"), 1, "There is no inquiry '2020-9999'."),
        (("match", "REF", "--limit", "-1"), 2, "must not be negative"),
        (("match",), 2, "the following arguments are required: ref"),
    ],
)
def test_wrong_input_is_one_line(
    office: tuple[str, str], argv: tuple[str, ...], code: int, says: str
) -> None:
    db, _ref = office
    done = msek("--db", db, *argv)
    assert done.returncode == code and done.stdout == ""
    assert says in done.stderr and "Traceback" not in done.stderr
    if code == 1:
        assert done.stderr.count("\n") == 1
