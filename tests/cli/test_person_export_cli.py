"""`msek person export ID --out FILE.zip`: everything held about a person in one ZIP; an
unknown person or a place that cannot be written is exit 1 with one line, nothing written."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from in_process import run
from offices import two_schools

from msek_desktop.core import audit, contacts, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.store import open_database
from msek_desktop.core.vocab import AuditAction

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles


@pytest.fixture
def office(tmp_path: Path, databases: DatabaseFiles) -> tuple[str, int]:
    """The database's place, and the number of Ewa Wiśniewska (beside Ewa Wiśniewski)."""
    db = databases.open(tmp_path / "office.db")
    try:
        person = databases.build(db, make_office)
    finally:
        db.dispose()
    return str(db.location), person


def make_office(db: Database) -> int:
    lodz, _ste = two_schools(db)
    made = []
    for first, last in (("Ewa", "Wiśniewska"), ("Ewa", "Wiśniewski")):
        person = contacts.create_contact(
            db, {"first_name": first, "last_name": last, "side": "katowice", "language": "pl",
                 "organisation_id": lodz.id, "email": f"{last.lower()}@example.pl"},
        )  # fmt: skip
        inquiries.create_inquiry(
            db, {"subject": f"Chór ({last})", "contact_id": person.id,
                 "received_on": date(2026, 5, 3)}, actor="anowak",
        )  # fmt: skip
        made.append(person.id)
    return made[0]


def test_writes_the_zip_and_prints_its_path(
    office: tuple[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "Osoba 1 - Wiśniewska.zip"
    location, person = office
    code, printed, err = run(capsys, "--db", location, "person", "export", str(person),
                             "--out", str(out))  # fmt: skip
    assert (code, printed, err) == (0, f"{out}\n", "")
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        found = json.loads(archive.read("person.json"))
        pdf = archive.read("person.pdf")
    assert {"person.pdf", "person.json", "person.csv", "inquiries.csv", "letters.csv"} <= set(names)
    assert pdf.startswith(b"%PDF")
    assert found["person"]["last_name"] == "Wiśniewska"
    assert [i["subject"] for i in found["inquiries"]] == ["Chór (Wiśniewska)"]
    if "://" in location:  # the office server: core's tests read its audit list
        return
    db = open_database(Path(location))
    try:
        [entry] = audit.list_audit(db, action=AuditAction.EXPORT_PERSON)
        assert (entry.contact_id, entry.detail) == (person, out.name)
    finally:
        db.dispose()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("999999", "--out", "{tmp}/x.zip"), "Contact 999999 does not exist."),
        (("1", "--out", "{tmp}/x.txt"), "Cannot export to x.txt: the file name must end in .zip."),
        (("1", "--out", "{tmp}/nowhere/x.zip"), "Cannot write {tmp}/nowhere/x.zip: "),
    ],
)
def test_a_user_error_is_one_line_and_exit_1(
    office: tuple[str, int], tmp_path: Path, argv: tuple[str, ...], message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    before = sorted(p.name for p in tmp_path.iterdir())
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, printed, err = run(capsys, "--db", office[0], "person", "export", *args)
    assert (code, printed) == (1, "")
    assert err.startswith("msek: " + message.replace("{tmp}", str(tmp_path)))
    assert err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_the_real_process_keeps_the_contract(office: tuple[str, int], tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "msek_desktop.cli", "--db", office[0], "person", "export", "424242",
         "--out", str(tmp_path / "p.zip")],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == "msek: Contact 424242 does not exist.\n"
    usage = subprocess.run(
        [sys.executable, "-m", "msek_desktop.cli", "--db", office[0], "person", "export", "1"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert usage.returncode == 2 and "--out" in usage.stderr
    assert not (tmp_path / "p.zip").exists()
