"""`msek inquiries --kind K --year YYYY`: the inquiries of a kind, received in a year."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from in_process import run
from offices import two_schools

from msek_desktop.core import contacts, inquiries
from msek_desktop.core.db import Database

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles


def make_office(db: Database) -> None:
    lodz, _ = two_schools(db)
    anna = contacts.create_contact(
        db,
        {"first_name": "Anna", "last_name": "Wiśniewska", "side": "katowice",
         "organisation_id": lodz.id},
    )  # fmt: skip
    for subject, kind, received in (
        ("Chór 2025", "project", date(2025, 12, 31)),
        ("Chór 2026", "project", date(2026, 1, 1)),
        ("Pytanie 2026", "information", date(2026, 3, 2)),
    ):
        inquiries.create_inquiry(
            db, {"subject": subject, "kind": kind, "received_on": received, "contact_id": anna.id}
        )


@pytest.fixture
def office(tmp_path: Path, databases: DatabaseFiles) -> Path:
    return databases.file(tmp_path / "office.db", make_office)


def test_a_kind_and_a_year(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def subjects(*argv: str) -> list[str]:
        code, out, err = run(capsys, "--db", str(office), "inquiries", "--json", *argv)
        assert (code, err) == (0, "")
        return sorted(r["subject"] for r in json.loads(out))

    assert subjects("--kind", "project") == ["Chór 2025", "Chór 2026"]
    assert subjects("--year", "2026") == ["Chór 2026", "Pytanie 2026"]
    assert subjects("--year", "2026", "--kind", "project") == ["Chór 2026"]
    assert subjects("--year", "2024") == []


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--kind", "concert"], "invalid choice: 'concert'"),
        (["--year", "26x"], "not a year: '26x'"),
        (["--year", "0"], "not a year: '0'"),
        (["--year", "-2026"], "not a year: '-2026'"),
    ],
)
def test_a_wrong_kind_or_year_is_usage(
    capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    code, out, err = run(capsys, "inquiries", *argv)
    assert (code, out) == (2, "")
    assert "usage:" in err and said in err
