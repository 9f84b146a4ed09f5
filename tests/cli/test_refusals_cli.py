"""`msek proposal` and `msek email` to a person who asked not to receive letters or emails:
exit 1, one line naming them, no file written, no letter kept."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from msek_desktop.core import contacts, inquiries, proposals
from msek_desktop.core.db import Database
from msek_desktop.core.store import open_database

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles

MSEK = Path(sys.executable).with_name("msek")  # the command the package installs


@pytest.fixture
def office(tmp_path: Path, databases: DatabaseFiles) -> tuple[Any, str]:
    """Ewa Nowak, who refused letters and emails, and her inquiry's ref; the database's
    location (a file's Path, or the server's address)."""
    db = databases.open(tmp_path / "office.db")
    try:
        ref = databases.build(db, make_office)
    finally:
        db.dispose()
    return db.location, ref


def make_office(db: Database) -> str:
    ewa = contacts.create_contact(
        db, {"first_name": "Ewa", "last_name": "Nowak", "side": "katowice",
             "email": "ewa.nowak@example.pl", "no_letters": True, "no_email": True},
    )  # fmt: skip
    return inquiries.create_inquiry(db, {"subject": "Chór", "contact_id": ewa.id}).ref


def msek(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(MSEK), *argv], capture_output=True, text=True, encoding="utf-8", check=False
    )


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["proposal", "{ref}", "--out", "{out}"], "Ewa Nowak asked not to receive letters"),
        (["email", "{ref}", "--template", "reply", "--out", "{out}"],
         "Ewa Nowak asked not to receive emails"),
        (["email", "{ref}", "--template", "reply", "--attach-letter", "--out", "{out}"],
         "Ewa Nowak asked not to receive emails"),
    ],
)  # fmt: skip
def test_a_refused_way_exits_1_with_one_line(
    office: tuple[Any, str], tmp_path: Path, command: list[str], said: str
) -> None:
    path, ref = office
    out = tmp_path / "out.file"
    argv = [word.format(ref=ref, out=out) for word in command]
    done = msek("--db", str(path), *argv)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.splitlines() == [f"msek: {said}"]
    assert not out.exists()
    db = open_database(path)
    try:
        assert proposals.list_proposals(db, inquiries.get_by_ref(db, ref).row.id) == []
    finally:
        db.dispose()
