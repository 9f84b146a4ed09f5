"""`msek people duplicates|merge|merges|unmerge`: duplicates listed, merged with fields
taken from the other, undone; refusals are one line, exit 1; wrong usage exit 2."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from in_process import run

from msek_desktop.core import contacts, inquiries, organisations
from msek_desktop.core.db import Database

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles


@pytest.fixture
def office(tmp_path: Path, databases: DatabaseFiles) -> tuple[str, dict[str, int]]:
    db = databases.open(tmp_path / "office.db")
    try:
        made = databases.build(db, make_office)
    finally:
        db.dispose()
    return str(db.location), made


def make_office(db: Database) -> dict[str, int]:
    """Ewa twice (one email, written two ways), her twin with an inquiry; two schools of one
    name; and Jan, alone."""
    ewa = contacts.create_contact(db, {"first_name": "Ewa", "last_name": "Wiśniewska",
                                       "email": "ewa@example.pl", "side": "katowice"})  # fmt: skip
    twin = contacts.create_contact(db, {"first_name": "Ewa", "last_name": "Wisniewska",
                                        "email": "EWA@example.pl", "side": "katowice",
                                        "phone": "+48 32 123 45 67"})  # fmt: skip
    contacts.create_contact(db, {"first_name": "Jan", "last_name": "Nowak", "side": "katowice"})
    inquiries.create_inquiry(db, {"subject": "Chór", "contact_id": twin.id})
    schools = [
        organisations.create_organisation(db, {"name": name, "side": "katowice"}).id
        for name in ("Akademia Muzyczna", "AKADEMIA MUZYCZNA")
    ]
    return {"ewa": ewa.id, "twin": twin.id, "school": schools[0], "school_twin": schools[1]}


def test_duplicates_merge_and_unmerge(
    office: tuple[str, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    db, made = office
    code, out, err = run(capsys, "--db", db, "people", "duplicates", "--json")
    assert (code, err) == (0, "")
    (pair,) = json.loads(out)
    assert (pair["first"]["id"], pair["second"]["id"]) == (made["ewa"], made["twin"])
    assert (pair["reason"], pair["sure"], pair["first"]["detail"]) == (
        "email",
        True,
        "ewa@example.pl",
    )
    code, out, _err = run(capsys, "--db", db, "people", "duplicates")
    assert out.startswith(f"same   #{made['ewa']} Ewa Wiśniewska (ewa@example.pl)  =  ")
    code, out, _err = run(capsys, "--db", db, "people", "duplicates", "--organisations", "--json")
    assert [(p["first"]["id"], p["second"]["id"]) for p in json.loads(out)] == [
        (made["school"], made["school_twin"])
    ]

    code, out, err = run(capsys, "--db", db, "people", "merge", str(made["ewa"]),
                         str(made["twin"]), "--take", "email=other")  # fmt: skip
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert (
        lines[0] == f"Merged person #{made['twin']} into #{made['ewa']} (Ewa Wiśniewska), merge #1."
    )
    assert lines[1] == "Moved: 1 inquiry, 1 history entry."
    assert lines[2] == "Changed: email, phone."
    assert lines[3].startswith("Undo with `msek people unmerge 1` until ")
    code, out, _err = run(capsys, "--db", db, "people", "duplicates", "--json")
    assert json.loads(out) == []
    code, out, _err = run(capsys, "--db", db, "people", "merges", "--json")
    (merge,) = json.loads(out)
    assert (merge["survivor"]["id"], merge["merged"]["id"], merge["undoable"]) == (
        made["ewa"], made["twin"], True)  # fmt: skip

    code, out, err = run(capsys, "--db", db, "people", "unmerge", "1")
    assert (code, err) == (0, "")
    assert "Moved back: 1 inquiry, 1 history entry." in out
    code, out, err = run(capsys, "--db", db, "people", "unmerge", "1")
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert "already undone" in err
    code, out, _err = run(capsys, "--db", db, "people", "duplicates", "--json")
    assert len(json.loads(out)) == 1


def test_organisations_merge_and_refusals(
    office: tuple[str, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    db, made = office
    school, twin = str(made["school"]), str(made["school_twin"])
    code, out, err = run(capsys, "--db", db, "people", "merge", school, twin, "--organisations",
                         "--take", "name")  # fmt: skip
    assert (code, err) == (0, "")
    assert out.startswith(f"Merged organisation #{twin} into #{school} (AKADEMIA MUZYCZNA)")
    ewa = str(made["ewa"])
    failures: list[tuple[tuple[str, ...], int, str]] = [
        (("merge", ewa, ewa), 1, "cannot be merged with itself"),
        (("merge", ewa, "999"), 1, "does not exist"),
        (("merge", ewa, str(made["twin"]), "--take", "shoe_size"), 1, "not a field"),
        (("merge", ewa, str(made["twin"]), "--take", "email=maybe"), 2, "FIELD="),
        (("merge", ewa, "0"), 2, "not a record id"),
        (("unmerge", "7"), 1, "Merge #7 does not exist"),
    ]
    for argv, expected, said in failures:
        code, out, err = run(capsys, "--db", db, "people", *argv)
        assert (code, out) == (expected, ""), argv
        assert said in err, argv
        if expected == 1:
            assert len(err.strip().splitlines()) == 1, argv


def test_a_missing_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "--db", str(tmp_path / "none.db"), "people", "duplicates")
    assert code == 1 and not (tmp_path / "none.db").exists()
    assert len(err.strip().splitlines()) == 1
