"""`msek propose REF ORG_ID ... [--state S] [--reason R]`, and the partners `msek show` lists:
the real `msek` process."""

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
from msek_desktop.core.store import open_database

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles


def msek(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "msek_desktop.cli", *argv],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def make_office(db: Database) -> tuple[str, dict[str, int]]:
    """A Katowice inquiry (from the Łódź school) and organisations of both sides."""
    lodz, massenet = two_schools(db)
    cite = organisations.create_organisation(
        db, {"name": "Cité du design", "city": "Saint-Étienne", "side": "saint_etienne"}
    )
    silesia = organisations.create_organisation(
        db, {"name": "Filharmonia Śląska", "city": "Katowice", "side": "katowice"}
    )
    person = contacts.create_contact(
        db,
        {"first_name": "Anna", "last_name": "Wiśniewska", "side": "katowice",
         "organisation_id": lodz.id},
    )  # fmt: skip
    row = inquiries.create_inquiry(db, {"subject": "Wymiana uczniów", "contact_id": person.id})
    ids = {"lodz": lodz.id, "massenet": massenet.id, "cite": cite.id, "silesia": silesia.id}
    return row.ref, ids


@pytest.fixture
def office(tmp_path: Path, databases: DatabaseFiles) -> tuple[Any, str, dict[str, int]]:
    """The database's location (a file, or on the office server), the ref, the ids."""
    db = databases.open(tmp_path / "office.db")
    try:
        ref, ids = databases.build(db, make_office)
    finally:
        db.dispose()
    return db.location, ref, ids


def proposed(location: Any, ref: str) -> list[tuple[str, str, str | None]]:
    db = open_database(location)
    try:
        row = inquiries.get_by_ref(db, ref).row
        return [
            (p.organisation_name, p.state, p.decline_reason) for p in pp.for_inquiry(db, row.id)
        ]
    finally:
        db.dispose()


def test_propose_prints_a_line_per_organisation(office: tuple[Any, str, dict[str, int]]) -> None:
    location, ref, ids = office
    result = msek("--db", str(location), "propose", ref, str(ids["massenet"]), str(ids["cite"]))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [
        "proposed: Conservatoire Massenet (Saint-Étienne)",
        "proposed: Cité du design (Saint-Étienne)",
    ]
    again = msek("--db", str(location), "propose", ref, str(ids["cite"]), "--state", "declined",
                 "--reason", "timing")  # fmt: skip
    assert (again.returncode, again.stdout) == (
        0,
        "declined, timing: Cité du design (Saint-Étienne)\n",
    )
    assert proposed(location, ref) == [
        ("Conservatoire Massenet", "proposed", None),
        ("Cité du design", "declined", "timing"),
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{cite}", "987654"], "msek: ORG_ID: organisation 987654 does not exist; nothing was"
         " recorded.\n"),
        (["{cite}", "{silesia}"], "msek: ORG_ID: Filharmonia Śląska is not on the inquiry's other"
         " side: a partner is sought in Saint-Étienne; nothing was recorded.\n"),
        (["{cite}", "{lodz}"], "msek: ORG_ID: Szkoła Muzyczna I st. is the inquiry's own"
         " organisation; nothing was recorded.\n"),
        (["{cite}", "--state", "maybe"], 'msek: --state: "maybe" is not known; write one of:'
         " proposed, contacted, interested, accepted, declined; nothing was recorded.\n"),
        (["{cite}", "--state", "declined"], "msek: --reason: say why the organisation declined:"
         " one of no_capacity, not_relevant, timing, no_funding, other; nothing was"
         " recorded.\n"),
        (["{cite}", "--reason", "timing"], "msek: --reason is given only with --state"
         " declined.\n"),
    ],
)  # fmt: skip
def test_a_bad_id_or_state_writes_nothing(
    office: tuple[Any, str, dict[str, int]], args: list[str], message: str
) -> None:
    location, ref, ids = office
    argv = [a.format(**ids) for a in args]
    result = msek("--db", str(location), "propose", ref, *argv)
    assert (result.returncode, result.stdout, result.stderr) == (1, "", message)
    assert proposed(location, ref) == []


def test_an_unknown_inquiry_and_wrong_usage(office: tuple[Any, str, dict[str, int]]) -> None:
    location, _ref, ids = office
    result = msek("--db", str(location), "propose", "1999-0001", str(ids["cite"]))
    assert (result.returncode, result.stderr) == (1, "msek: There is no inquiry '1999-0001'.\n")
    usage = msek("--db", str(location), "propose", "1999-0001")
    assert usage.returncode == 2 and "ORG_ID" in usage.stderr


def test_show_lists_the_partners(office: tuple[Any, str, dict[str, int]]) -> None:
    location, ref, ids = office
    assert msek("--db", str(location), "propose", ref, str(ids["massenet"])).returncode == 0
    assert msek("--db", str(location), "propose", ref, str(ids["cite"]), "--state", "declined",
                "--reason", "no_capacity").returncode == 0  # fmt: skip
    shown = msek("--db", str(location), "show", ref)
    assert shown.returncode == 0, shown.stderr
    assert f"  partner Conservatoire Massenet (Saint-Étienne) [{ids['massenet']}]: proposed\n" in (
        shown.stdout
    )
    assert (
        f"  partner Cité du design (Saint-Étienne) [{ids['cite']}]: declined (no_capacity)\n"
        in (shown.stdout)
    )
    as_json = msek("--db", str(location), "show", ref, "--json")
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout)["partners"] == [
        {"organisation": {"id": ids["massenet"], "name": "Conservatoire Massenet",
                          "city": "Saint-Étienne"}, "state": "proposed", "decline_reason": None},
        {"organisation": {"id": ids["cite"], "name": "Cité du design", "city": "Saint-Étienne"},
         "state": "declined", "decline_reason": "no_capacity"},
    ]  # fmt: skip
    timeline = [t for t in json.loads(as_json.stdout)["timeline"] if t["kind"] == "partner"]
    assert [(t["old_value"], t["new_value"]) for t in timeline] == [
        ("", "proposed"),
        ("", "declined"),
    ]
