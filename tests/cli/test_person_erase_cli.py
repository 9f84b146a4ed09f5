"""`msek person erase ID --yes`: the person erased, what was removed said as counts; without
--yes nothing is done (exit 2, one line); an unknown person is exit 1, one line."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from in_process import run
from offices import two_schools
from sqlalchemy import func, select

from msek_desktop.core import backups, contacts, errors, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.models import Inquiry
from msek_desktop.core.store import open_database

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles


@pytest.fixture
def office(tmp_path: Path, databases: DatabaseFiles) -> tuple[str, int]:
    """The database's place (with a backup taken), and the number of Ewa Wiśniewska."""
    db = databases.open(tmp_path / "office.db")
    try:
        person = databases.build(db, make_office)
        backups.backup_now(db)
    finally:
        db.dispose()
    return str(db.location), person


def make_office(db: Database) -> int:
    lodz, _ste = two_schools(db)
    person = contacts.create_contact(
        db, {"first_name": "Ewa", "last_name": "Wiśniewska", "side": "katowice",
             "organisation_id": lodz.id, "email": "ewa.erase@example.pl"},
    )  # fmt: skip
    for subject in ("Chór", "Orkiestra"):
        inquiries.create_inquiry(
            db, {"subject": f"{subject} (Ewa Wiśniewska)", "contact_id": person.id,
                 "received_on": date(2026, 5, 3)}, actor="anowak",
        )  # fmt: skip
    return person.id


def test_erases_and_says_what_was_removed(
    office: tuple[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path, person = office
    code, out, err = run(capsys, "--db", path, "person", "erase", str(person), "--yes")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Person {person} erased:"
    assert "  1 person record(s) deleted" in lines
    assert "  2 inquiry(ies) kept, anonymised" in lines
    assert lines[-1].startswith("Backups taken before keep this person until about ")
    if "://" not in path:
        assert b"ewa.erase" not in Path(path).read_bytes()
    db = open_database(Path(path)) if "://" not in path else None
    if db is None:
        return  # the office server: core's tests read it
    try:
        assert db.count(select(func.count()).select_from(Inquiry)) == 2
        with pytest.raises(errors.NotFoundError, match="does not exist"):
            contacts.get_contact(db, person)
    finally:
        db.dispose()


def test_without_yes_nothing_is_done(
    office: tuple[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path, person = office
    code, out, err = run(capsys, "--db", path, "person", "erase", str(person))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "--yes is required" in err
    if "://" in path:
        return
    db = open_database(Path(path))
    try:
        assert contacts.get_contact(db, person).last_name == "Wiśniewska"
    finally:
        db.dispose()


def test_an_unknown_person_is_one_line(
    office: tuple[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _person = office
    code, out, err = run(capsys, "--db", path, "person", "erase", "999", "--yes")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "999" in err and "does not exist" in err
