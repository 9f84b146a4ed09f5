"""`msek report --year YYYY --lang fr|pl|en --out FILE.pdf [--xlsx FILE.xlsx]`."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import openpyxl
import pytest
from in_process import run
from offices import two_schools

from msek_desktop.core import contacts, exchanges, inquiries
from msek_desktop.core.db import Database

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles

LAST_YEAR = date.today().year - 1  # a year over, whatever day the tests run


@pytest.fixture
def office(tmp_path: Path, databases: DatabaseFiles) -> str:
    """Three inquiries received last year, one completed exchange of last year."""
    db = databases.open(tmp_path / "office.db")
    try:
        databases.build(db, make_office)
    finally:
        db.dispose()
    return str(db.location)


def make_office(db: Database) -> None:
    lodz, ste = two_schools(db)
    person = contacts.create_contact(
        db, {"first_name": "Ewa", "last_name": "Wiśniewska", "side": "katowice",
             "organisation_id": lodz.id},
    )  # fmt: skip
    for month, subject in ((2, "Chór"), (5, "Wymiana uczniów"), (9, "Koncert")):
        inquiries.create_inquiry(
            db, {"subject": subject, "contact_id": person.id,
                 "received_on": date(LAST_YEAR, month, 3)}, actor="anowak",
        )  # fmt: skip
    exchanges.create_exchange(
        db,
        {"title": "Chór z Łodzi w Saint-Étienne", "kind": "concert", "status": "completed",
         "starts_on": date(LAST_YEAR, 6, 10), "ends_on": date(LAST_YEAR, 6, 14),
         "actual_saint_etienne": 3, "actual_katowice": 25,
         "organisation_ids": [lodz.id, ste.id]},
        actor="anowak",
    )  # fmt: skip


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, check=True, text=True)  # fmt: skip
    return done.stdout


def test_a_real_process_writes_the_report_and_its_workbook(office: str, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "raport.pdf", tmp_path / "raport.xlsx"
    result = subprocess.run(
        [sys.executable, "-m", "msek_desktop.cli", "--db", office, "report", "--year",
         str(LAST_YEAR), "--lang", "pl", "--out", str(pdf), "--xlsx", str(xlsx)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"{pdf}\n{xlsx}\n"
    text = pdf_text(pdf)
    assert f"Sprawozdanie z działalności za rok {LAST_YEAR}" in text
    assert "Chór z Łodzi w Saint-Étienne" in text
    rows = {line.split("  ")[0].strip(): line.split()[-3:] for line in text.splitlines()}
    assert rows["Nowe zapytania"][:2] == ["3", "0"]
    assert rows["Uczestnicy z Katowic"][:2] == ["25", "0"]
    summary = openpyxl.load_workbook(xlsx).worksheets[0]
    assert summary.title == "Najważniejsze liczby"
    assert [summary["B2"].value, summary["C2"].value] == [3, 0]


def test_a_year_with_no_data_still_makes_a_report(
    office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "2001.pdf"
    code, stdout, err = run(capsys, "--db", office, "report", "--year", "2001", "--lang", "fr",
                            "--out", str(out))  # fmt: skip
    assert (code, stdout, err) == (0, f"{out}\n", "")
    flat = " ".join(pdf_text(out).split())
    assert "Aucune demande et aucun échange n’ont été enregistrés en 2001." in flat


def test_a_year_to_come_is_one_line_and_no_file(
    office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    year = date.today().year
    code, _, err = run(capsys, "--db", office, "report", "--year", str(year + 1), "--lang", "en",
                       "--out", str(out), "--xlsx", str(xlsx))  # fmt: skip
    assert (code, err) == (1, f"msek: year: must be between 1990 and {year}\n")
    assert not out.exists() and not xlsx.exists() and not list(tmp_path.glob(".msek-*"))


def test_an_existing_file_is_kept_when_the_report_cannot_be_made(
    office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"last year's")
    code, _, err = run(capsys, "--db", office, "report", "--year", "1900", "--lang", "fr",
                       "--out", str(out))  # fmt: skip
    assert code == 1 and err.count("\n") == 1 and out.read_bytes() == b"last year's"


def test_an_unwritable_place_and_one_file_twice_are_refused(
    office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nowhere = tmp_path / "no" / "such" / "folder" / "r.pdf"
    code, _, err = run(capsys, "--db", office, "report", "--year", str(LAST_YEAR), "--lang",
                       "fr", "--out", str(nowhere))  # fmt: skip
    assert code == 1 and err.startswith(f"msek: Cannot write {nowhere}") and err.count("\n") == 1
    same = tmp_path / "both"
    code, _, err = run(capsys, "--db", office, "report", "--year", str(LAST_YEAR), "--lang",
                       "fr", "--out", str(same), "--xlsx", str(same))  # fmt: skip
    assert (code, err) == (1, f"msek: --out and --xlsx name the same file ({same}); give two"
                              " files.\n")  # fmt: skip
    assert not same.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "--year", "2025", "--lang", "fr"],  # --out is required
        ["report", "--year", "2025", "--lang", "de", "--out", "x.pdf"],
        ["report", "--year", "twenty", "--lang", "fr", "--out", "x.pdf"],
        ["report", "--lang", "fr", "--out", "x.pdf"],
    ],
)
def test_wrong_usage_exits_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2 and "usage:" in err


def test_a_missing_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing, out = tmp_path / "typo.db", tmp_path / "r.pdf"
    code, _, err = run(capsys, "--db", str(missing), "report", "--year", "2025", "--lang",
                       "fr", "--out", str(out))  # fmt: skip
    assert code == 1 and str(missing) in err
    assert not missing.exists() and not out.exists()
