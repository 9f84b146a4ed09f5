"""`msek proposal REF` (an acknowledgement) on a database file checked since it last changed:
made with plain sqlite3, without importing SQLAlchemy or the ORM (issue 18: the command's
imports were most of its time), and the same letter, rows and messages as the general way."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pypdf
import pytest
from in_process import run
from offices import two_schools

from msek_desktop.core import contacts, file_checks, inquiries
from msek_desktop.core.db import Database

pytestmark = pytest.mark.database_file  # the plain path is the file's

HEAVY = ("sqlalchemy", "sqlalchemy.orm", "msek_desktop.core.models", "alembic")
# the command run in a process of its own, then which heavy modules it imported
SCRIPT = f"""
import json, sys
from msek_desktop.cli import main
code = main(sys.argv[1:])
print(json.dumps([code, [m for m in {HEAVY!r} + ("reportlab",) if m in sys.modules]]))
"""


def make_office(db: Database) -> tuple[str, int]:
    lodz, _ste = two_schools(db)
    anna = contacts.create_contact(
        db,
        {"honorific": "ms", "first_name": "Anna", "last_name": "Wiśniewska", "language": "pl",
         "side": "katowice", "organisation_id": lodz.id},
    )  # fmt: skip
    values = {"subject": "Wymiana", "contact_id": anna.id, "assignee": "anowak", "fields": ["film"]}
    return inquiries.create_inquiry(db, values).ref, anna.id


@pytest.fixture
def office(tmp_path: Path, database_files: Any) -> tuple[Path, str, int]:
    path = tmp_path / "office.db"
    db = database_files.open(path)
    try:
        ref, person = database_files.build(db, make_office)
    finally:
        db.dispose()
    return path, ref, person


def in_process(path: Path, *argv: str) -> tuple[int, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, "--db", str(path), *argv],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.stderr == ""
    code, imported = json.loads(done.stdout.splitlines()[-1])
    return int(code), list(imported)


def text_of(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def letters(path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        found = conn.execute("SELECT * FROM proposals ORDER BY id").fetchall()
        entries = conn.execute(
            "SELECT * FROM timeline_entries WHERE kind = 'letter' ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    return [dict(row) for row in found], [dict(row) for row in entries]


def test_an_acknowledgement_on_a_checked_file_imports_neither_sqlalchemy_nor_the_orm(
    office: tuple[Path, str, int], tmp_path: Path
) -> None:
    path, ref, _person = office
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    code, imported = in_process(path, "proposal", ref, "--out", str(first))
    assert code == 0 and "sqlalchemy.orm" in imported  # never checked here: the general way
    code, imported = in_process(path, "proposal", ref, "--out", str(second))
    assert code == 0
    assert imported == ["reportlab"]  # checked by the first: the plain way
    assert text_of(second.read_bytes()) == text_of(first.read_bytes())
    kept, entries = letters(path)
    assert [p["number"] for p in kept] == [1, 2]
    assert second.read_bytes() == kept[1]["pdf"]
    differ = {"id", "number", "pdf", "sha256", "created_at", "updated_at"}
    assert {k: v for k, v in kept[0].items() if k not in differ} == {
        k: v for k, v in kept[1].items() if k not in differ
    }
    assert kept[1]["rendered_text"] and kept[1]["kind"] == "acknowledgement"
    assert [(e["new_value"], e["staff_id"], e["note"]) for e in entries] == [
        ("#1 (pl)", None, ""), ("#2 (pl)", None, ""),
    ]  # fmt: skip
    for e in entries:
        assert {k: v for k, v in e.items() if k not in {"id", "at", "new_value"}} == {
            k: v for k, v in entries[0].items() if k not in {"id", "at", "new_value"}
        }


def test_a_letter_with_partners_is_made_the_general_way(
    office: tuple[Path, str, int], tmp_path: Path
) -> None:
    path, ref, _person = office
    conn = sqlite3.connect(path)
    (massenet,) = conn.execute(
        "SELECT id FROM organisations WHERE city = 'Saint-Étienne'"
    ).fetchone()
    conn.close()
    in_process(path, "proposal", ref, "--out", str(tmp_path / "a.pdf"))
    code, imported = in_process(
        path, "proposal", ref, "--out", str(tmp_path / "b.pdf"), "--partner", str(massenet),
        "--allow-missing-description",
    )  # fmt: skip
    assert code == 0 and "sqlalchemy.orm" in imported


def said(capsys: pytest.CaptureFixture[str], path: Path, *argv: str) -> dict[str, Any]:
    """What `msek` says the general way (the file not checked since it changed) and the plain
    way (checked), and what each kept."""
    out = {}
    for way in ("general", "plain"):
        (file_checks.remember if way == "plain" else file_checks.forget)(path)
        out[way] = (*run(capsys, "--db", str(path), *argv), len(letters(path)[0]))
    return out


@pytest.mark.parametrize("case", ["unknown ref", "deleted", "no letters", "unwritable out"])
def test_the_plain_way_says_what_the_general_way_says(
    office: tuple[Path, str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    path, ref, person = office
    out = str(tmp_path / "letter.pdf")
    if case == "unknown ref":
        ref = "1999-0042"
    if case == "unwritable out":
        out = str(tmp_path / "missing" / "letter.pdf")
    conn = sqlite3.connect(path)
    if case == "deleted":
        conn.execute("UPDATE inquiries SET deleted_at = '2026-12-01 10:00:00.000000'")
    if case == "no letters":
        conn.execute("UPDATE contacts SET no_letters = 1 WHERE id = ?", (person,))
    conn.commit()
    conn.close()
    got = said(capsys, path, "proposal", ref, "--out", out)
    assert got["plain"] == got["general"]
    code, stdout, err, kept = got["plain"]
    assert (code, stdout, kept) == (1, "", 0)
    assert err.startswith("msek: ") and err.count("\n") == 1, err
    if case == "no letters":
        assert "Anna Wiśniewska" in err
    assert not Path(out).exists()
