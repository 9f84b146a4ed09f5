"""`msek calendar [--assignee LOGIN | --all] [--inquiry REF] --out FILE.ics`."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import icalendar
import pytest
from in_process import run
from offices import two_schools

from msek_desktop.core import calendar, contacts, followups, inquiries, staff
from msek_desktop.core.db import Database

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles


@pytest.fixture
def office(tmp_path: Path, databases: DatabaseFiles) -> tuple[str, dict[str, object]]:
    """Two inquiries: anowak's with two open follow-ups (one done), marc's with one."""
    db = databases.open(tmp_path / "office.db")
    try:
        facts = databases.build(db, make_office)
    finally:
        db.dispose()
    return str(db.location), facts


def make_office(db: Database) -> dict[str, object]:
    lodz, ste = two_schools(db)
    staff.create_staff(db, {"login": "marc", "full_name": "Marc Rivière"})
    person = contacts.create_contact(
        db,
        {
            "first_name": "Ewa",
            "last_name": "Wiśniewska",
            "side": "katowice",
            "organisation_id": lodz.id,
        },
    )
    other = contacts.create_contact(
        db,
        {
            "first_name": "Luc",
            "last_name": "Martin",
            "side": "saint_etienne",
            "organisation_id": ste.id,
        },
    )
    koncert = inquiries.create_inquiry(
        db, {"subject": "Koncert", "contact_id": person.id, "assignee": "anowak"}, actor="anowak"
    )
    stage = inquiries.create_inquiry(
        db, {"subject": "Stage d’été", "contact_id": other.id, "assignee": "marc"}, actor="marc"
    )

    def add(inquiry_id: int, due: date) -> int:
        return followups.add_followup(db, inquiry_id, {"due_on": due}, actor="anowak").id

    first, second = add(koncert.id, date(2026, 12, 7)), add(koncert.id, date(2026, 12, 9))
    done = add(koncert.id, date(2026, 12, 1))
    followups.complete_followup(db, done, "Called", actor="anowak")
    marcs = add(stage.id, date(2026, 12, 8))
    return {
        "koncert": koncert.ref, "stage": stage.ref,
        "anowak": {first, second}, "marc": {marcs},
    }  # fmt: skip


def uids_in(path: Path) -> set[str]:
    data = path.read_bytes()
    cal = icalendar.Calendar.from_ical(data)
    assert cal.to_ical() == data
    return {str(e["uid"]) for e in cal.walk("VEVENT")}


def uids(ids: object) -> set[str]:
    assert isinstance(ids, set)
    return {calendar.uid_of(i) for i in ids}


@pytest.fixture(autouse=True)
def nobody_at_the_desk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MSEK_USER", raising=False)


def test_one_assignees_calendar(
    office: tuple[str, dict[str, object]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, facts = office
    out = tmp_path / "anowak.ics"
    code, stdout, err = run(
        capsys, "--db", db, "calendar", "--assignee", "anowak", "--out", str(out)
    )
    assert (code, err, stdout.strip()) == (0, "", str(out))
    assert uids_in(out) == uids(facts["anowak"])


def test_the_filters(
    office: tuple[str, dict[str, object]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, facts = office
    out = tmp_path / "c.ics"

    def exported(*options: str) -> set[str]:
        code, _, err = run(capsys, "--db", db, "calendar", *options, "--out", str(out))
        assert (code, err) == (0, "")
        return uids_in(out)

    everyone = uids(facts["anowak"]) | uids(facts["marc"])
    assert exported("--all") == everyone
    assert exported("--inquiry", str(facts["stage"])) == uids(facts["marc"])
    assert exported("--inquiry", str(facts["koncert"]), "--assignee", "marc") == set()
    monkeypatch.setenv("MSEK_USER", "marc")  # "mine" on a file
    assert exported() == uids(facts["marc"])


def test_uids_are_stable_across_two_exports(
    office: tuple[str, dict[str, object]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = office
    one, two = tmp_path / "1.ics", tmp_path / "2.ics"
    for out in (one, two):
        assert run(capsys, "--db", db, "calendar", "--all", "--out", str(out))[0] == 0
    assert uids_in(one) == uids_in(two) and len(uids_in(one)) == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--assignee", "zoe"], "msek: There is no staff member with the login 'zoe'.\n"),
        (["--inquiry", "1999-0001"], "msek: There is no inquiry '1999-0001'.\n"),
        ([], "msek: Whose follow-ups? Give --assignee LOGIN or --all, or set MSEK_USER"),
        (["--all", "--out", "{tmp}/missing/x.ics"], "msek: Cannot write {tmp}/missing/x.ics"),
        (["--all", "--out", "{tmp}"], "msek: Cannot write {tmp}: it is a folder.\n"),
    ],
)
def test_user_errors_exit_1_with_one_line_and_write_nothing(
    office: tuple[str, dict[str, object]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    db, _ = office
    argv = [a.format(tmp=tmp_path) for a in args]
    if "--out" not in argv:
        argv += ["--out", str(tmp_path / "x.ics")]
    code, out, err = run(capsys, "--db", db, "calendar", *argv)
    assert code == 1 and out == ""
    assert err.startswith(message.format(tmp=tmp_path)) and err.count("\n") == 1
    assert not (tmp_path / "x.ics").exists()
    assert list(tmp_path.glob(".msek-*")) == []


def test_an_unknown_msek_user_is_named(
    office: tuple[str, dict[str, object]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, _ = office
    monkeypatch.setenv("MSEK_USER", "zoe")
    code, _, err = run(capsys, "--db", db, "calendar", "--out", str(tmp_path / "x.ics"))
    assert (code, err) == (
        1,
        "msek: There is no staff member with the login 'zoe' (from MSEK_USER).\n",
    )
    assert not (tmp_path / "x.ics").exists()


def test_an_existing_file_is_kept_when_the_export_fails(
    office: tuple[str, dict[str, object]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = office
    out = tmp_path / "mine.ics"
    out.write_bytes(b"yesterday's")
    code, _, _ = run(capsys, "--db", db, "calendar", "--assignee", "zoe", "--out", str(out))
    assert code == 1 and out.read_bytes() == b"yesterday's"


@pytest.mark.parametrize(
    "argv",
    [
        ["calendar", "--all"],  # --out is required
        ["calendar", "--all", "--assignee", "marc", "--out", "x.ics"],
    ],
)
def test_wrong_usage_exits_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2 and "usage:" in err


def test_missing_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "typo.db"
    code, _, err = run(
        capsys, "--db", str(missing), "calendar", "--all", "--out", str(tmp_path / "x.ics")
    )
    assert code == 1 and str(missing) in err
    assert not missing.exists() and not (tmp_path / "x.ics").exists()


def test_a_real_process(office: tuple[str, dict[str, object]], tmp_path: Path) -> None:
    db, facts = office
    out = tmp_path / "all.ics"
    result = subprocess.run(
        [sys.executable, "-m", "msek_desktop.cli", "--db", db, "calendar", "--all",
         "--out", str(out)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert (result.returncode, result.stderr) == (0, "")
    assert uids_in(out) == uids(facts["anowak"]) | uids(facts["marc"])
    result = subprocess.run(
        [sys.executable, "-m", "msek_desktop.cli", "--db", db, "calendar", "--inquiry",
         "1999-0009", "--out", str(tmp_path / "x.ics")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == "msek: There is no inquiry '1999-0009'.\n"


def test_a_rewrite_replaces_the_file_whole_with_its_reminders(
    office: tuple[str, dict[str, object]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A calendar program subscribed to the file, reading it while it is written again,
    reads the whole of the old one: the new file replaces it, it is never truncated."""
    db, facts = office
    out = tmp_path / "mine.ics"
    argv = ["--db", db, "calendar", "--assignee", "anowak", "--out", str(out)]
    assert run(capsys, *argv)[0] == 0
    before = out.read_bytes()
    with out.open("rb") as reader:
        assert run(capsys, *["--db", db, "calendar", "--all", "--out", str(out)])[0] == 0
        assert reader.read() == before
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    events = cal.walk("VEVENT")
    assert {str(e["uid"]) for e in events} == uids(facts["anowak"]) | uids(facts["marc"])
    for event in events:
        (alarm,) = event.walk("VALARM")
        assert alarm.decoded("trigger") == calendar.reminder_of(event.decoded("dtstart"))
