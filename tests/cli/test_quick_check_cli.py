"""The whole-file quick_check: always by `check`, `backup` and `restore`; by the other commands
only when the file changed since it was last checked here (core.file_checks). Damage a
command meets without the check is still one line, and the next command checks first."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from in_process import run

from msek_desktop.core import db as dbmod
from msek_desktop.core import demo, file_checks

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles


@pytest.fixture
def office(tmp_path: Path, database_files: DatabaseFiles) -> Path:
    path = tmp_path / "office" / "msek.db"
    return database_files.file(path, demo.generate, inquiries=30, seed=2, today=date(2026, 11, 1))


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each opening of a file ran quick_check, in order."""
    seen: list[bool] = []
    inspect = dbmod.inspect_file

    def spy(path: Path, *, quick: bool = True) -> Any:
        seen.append(quick)
        return inspect(path, quick=quick)

    monkeypatch.setattr(dbmod, "inspect_file", spy)
    return seen


def first_ref(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        (ref,) = conn.execute("SELECT ref FROM inquiries ORDER BY id LIMIT 1").fetchone()
    finally:
        conn.close()
    return str(ref)


def test_an_unchanged_file_is_checked_once(
    office: Path, checks: list[bool], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ref = first_ref(office)
    for _ in range(3):
        assert run(capsys, "--db", str(office), "inquiries")[0] == 0
    # a command that writes (a letter kept in the database) does not make it unchecked
    out = tmp_path / "letter.pdf"
    assert run(capsys, "--db", str(office), "proposal", ref, "--out", str(out))[0] == 0
    assert run(capsys, "--db", str(office), "show", ref)[0] == 0
    # (the letter, an acknowledgement, is made with plain sqlite3: it opens no core.db file)
    assert checks == [True, False, False, False]


def test_a_file_changed_by_another_program_is_checked_again(
    office: Path, checks: list[bool], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--db", str(office), "inquiries")[0] == 0
    conn = sqlite3.connect(office)
    with conn:
        conn.execute("UPDATE inquiries SET subject = subject || '.' WHERE id = 1")
    conn.close()
    assert run(capsys, "--db", str(office), "inquiries")[0] == 0
    assert run(capsys, "--db", str(office), "inquiries")[0] == 0
    assert checks == [True, True, False]


@pytest.mark.parametrize("command", [["check"], ["backup"]])
def test_check_and_backup_always_check(
    office: Path, checks: list[bool], capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    assert run(capsys, "--db", str(office), "inquiries")[0] == 0
    assert run(capsys, "--db", str(office), *command)[0] == 0
    assert run(capsys, "--db", str(office), *command)[0] == 0
    assert checks == [True, True, True]


def damage_pages(path: Path) -> None:
    """Random bytes over every page but the first (the schema)."""
    rng = random.Random(5)
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        for page in range(1, size // 4096):
            fh.seek(page * 4096 + 8)
            fh.write(rng.randbytes(2000))


def test_damage_met_without_the_check_is_one_line_and_checked_next(
    office: Path, tmp_path: Path
) -> None:
    """A file damaged while its stamp stayed noted (as if the disk had rotted): `msek
    proposal` skips quick_check, meets the damage, says it in one line and forgets the
    stamp, so the next command runs quick_check and names the problem."""
    ref = first_ref(office)
    conn = sqlite3.connect(office)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    damage_pages(office)
    file_checks.remember(office)
    out = tmp_path / "letter.pdf"
    argv = [sys.executable, "-m", "msek_desktop.cli", "--db", str(office)]
    done = subprocess.run(
        [*argv, "proposal", ref, "--out", str(out)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.startswith(f"msek: The database file {office} is damaged")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert not out.exists()
    assert not file_checks.unchanged(office)  # forgotten: checked next time
    again = subprocess.run(
        [*argv, "inquiries"], capture_output=True, text=True, check=False, timeout=120
    )
    assert again.returncode == 1
    assert again.stderr.startswith(f"msek: The database file {office} is damaged")


def test_a_note_that_cannot_be_read_means_checking(
    office: Path, checks: list[bool], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--db", str(office), "inquiries")[0] == 0
    file_checks.note_path().write_text("{not json", encoding="utf-8")
    assert run(capsys, "--db", str(office), "inquiries")[0] == 0
    assert run(capsys, "--db", str(office), "inquiries")[0] == 0
    assert checks == [True, True, False]
