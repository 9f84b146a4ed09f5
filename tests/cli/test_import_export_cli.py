"""`msek import` and `msek export`: exit codes, one-line errors, the JSON report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from in_process import run

from msek_desktop.core import contacts, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.store import open_database

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles

GOOD = (
    "Prénom;Nom;Courriel;Objet;Reçu le\n"
    "Anna;Wiśniewska;anna@szkola.pl;Wymiana;03.04.2025\n"
    "Jean;Martin;jean@example.fr;Jumelage;2025-04-05\n"
)
BAD = "Nom;Objet;Courriel\nMartin;;nope\n;Sans nom;\n"


@pytest.fixture
def office(tmp_path: Path, databases: DatabaseFiles) -> Path:
    return databases.file(tmp_path / "office.db", make_office)  # or the office server's


def make_office(db: Database) -> None:
    contacts.create_contact(
        db,
        {"first_name": "Anna", "last_name": "Wiśniewska", "side": "katowice",
         "email": "anna@szkola.pl"},
    )  # fmt: skip


def count(path: Path) -> int:
    db = open_database(path)
    try:
        return inquiries.count_inquiries(db)
    finally:
        db.dispose()


def test_import_dry_run_then_real(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.csv"
    src.write_text(GOOD, encoding="utf-8-sig")
    code, out, err = run(capsys, "--db", str(office), "import", str(src), "--dry-run", "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["created"] == {"inquiries": 2, "contacts": 1, "organisations": 0}
    assert report["matched"]["contacts"] == 1
    assert report["errors"] == []
    assert count(office) == 0
    code, out, err = run(capsys, "--db", str(office), "import", str(src))
    assert (code, err) == (0, "")
    assert "2 inquiries" in out
    assert count(office) == 2


def test_import_invalid_rows(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "bad.csv"
    src.write_bytes(BAD.encode("cp1252"))
    code, out, err = run(capsys, "--db", str(office), "import", str(src), "--json")
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "line 2" in err
    report = json.loads(out)
    assert set(report) >= {"created", "matched", "errors"}
    assert {(e["line"], e["field"]) for e in report["errors"]} == {
        (2, "subject"),
        (2, "email"),
        (3, "last_name"),
    }
    assert count(office) == 0
    code, out, err = run(capsys, "--db", str(office), "import", str(src), "--dry-run")
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1


def test_import_missing_or_unreadable_file(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", str(office), "import", str(tmp_path / "nope.csv"))
    assert code == 1 and out == "" and err.startswith("msek: ") and "Traceback" not in err
    code, _, err = run(capsys, "--db", str(office), "import", str(tmp_path))
    assert code == 1 and err.count("\n") == 1
    (tmp_path / "x.xlsx").write_bytes(b"PK\x03\x04garbage")
    code, _, err = run(capsys, "--db", str(office), "import", str(tmp_path / "x.xlsx"))
    assert code == 1 and err.count("\n") == 1


def test_import_refuses_a_missing_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.csv"
    src.write_text(GOOD)
    code, _, err = run(capsys, "--db", str(tmp_path / "none.db"), "import", str(src))
    assert code == 1 and err.startswith("msek: ")
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize("what", ["inquiries", "people", "organisations", "followups", "exchanges"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], what: str, suffix: str
) -> None:
    out_file = tmp_path / f"out{suffix}"
    code, out, err = run(capsys, "--db", str(office), "export", str(out_file), "--what", what)
    assert (code, err) == (0, "")
    assert out.strip() == str(out_file)
    assert out_file.stat().st_size > 0


def test_export_default_and_errors(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.csv"
    src.write_text(GOOD)
    run(capsys, "--db", str(office), "import", str(src))
    code, _, _ = run(capsys, "--db", str(office), "export", str(tmp_path / "e.csv"))
    assert code == 0
    text = (tmp_path / "e.csv").read_text(encoding="utf-8-sig")
    assert text.startswith("ref;received_on;") and "Jumelage" in text
    code, _, err = run(capsys, "--db", str(office), "export", str(tmp_path / "e.pdf"))
    assert code == 1 and err.count("\n") == 1
    code, _, err = run(capsys, "--db", str(office), "export", str(tmp_path / "no/dir/e.csv"))
    assert code == 1 and err.count("\n") == 1
    code, _, _ = run(capsys, "--db", str(office), "export", "x.csv", "--what", "nonsense")
    assert code == 2


def test_export_reimports(office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.csv"
    src.write_text(GOOD)
    run(capsys, "--db", str(office), "import", str(src))
    run(capsys, "--db", str(office), "export", str(tmp_path / "e.xlsx"))
    fresh = tmp_path / "fresh.db"
    open_database(fresh, create=True).dispose()
    code, out, err = run(capsys, "--db", str(fresh), "import", str(tmp_path / "e.xlsx"), "--json")
    assert (code, err) == (0, "")
    assert json.loads(out)["created"]["inquiries"] == 2
    assert count(fresh) == 2


@pytest.mark.database_file  # the database file and the backups folder beside it
def test_export_never_replaces_a_database(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.db"
    open_database(other, create=True).dispose()
    (tmp_path / "other.xlsx").symlink_to(other)
    before = office.read_bytes(), other.read_bytes()
    for target in (tmp_path / "other.xlsx", tmp_path / "backups" / "e.csv"):
        target.parent.mkdir(exist_ok=True)
        code, out, err = run(capsys, "--db", str(office), "export", str(target))
        assert (code, out) == (1, "")
        assert err.startswith(f"msek: Cannot export to {target}: ") and err.count("\n") == 1
    assert (office.read_bytes(), other.read_bytes()) == before
    assert list((tmp_path / "backups").iterdir()) == []


def test_export_over_a_csv_keeps_its_mode_and_refuses_a_read_only_one(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared.csv"
    shared.write_text("old")
    shared.chmod(0o664)
    code, _, err = run(capsys, "--db", str(office), "export", str(shared), "--what", "people")
    assert (code, err) == (0, "")
    assert shared.read_text(encoding="utf-8-sig").startswith("id;honorific;")
    assert shared.stat().st_mode & 0o777 == 0o664
    shared.chmod(0o444)
    code, _, err = run(capsys, "--db", str(office), "export", str(shared))
    assert code == 1
    assert err == f"msek: Cannot export to {shared}: the file is read-only.\n"
    assert shared.read_text(encoding="utf-8-sig").startswith("id;honorific;")
