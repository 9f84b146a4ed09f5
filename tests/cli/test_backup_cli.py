"""`msek backup`, `msek restore` and `msek check` on damaged files: exit codes and messages."""

from __future__ import annotations

import hashlib
import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from in_process import run
from sqlalchemy import text

from msek_desktop.cli import main
from msek_desktop.core import backups, demo
from msek_desktop.core.store import open_database

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from crafted_backups import (
    CRAFTED,
    TRAP,
    a_text_file,
    another_programs_file,
    craft,
    run_sql,
    with_page_size,
)

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles


def digest(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT id, subject FROM inquiries ORDER BY id").fetchall()
    finally:
        conn.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


@pytest.fixture
def office(tmp_path: Path, database_files: DatabaseFiles) -> Path:
    path = tmp_path / "office" / "msek.db"
    return database_files.file(path, demo.generate, inquiries=30, seed=2, today=date(2026, 11, 1))


def test_backup_prints_the_new_file(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(office), "backup")
    assert (code, err) == (0, "")
    made = Path(out.strip())
    assert made.parent == office.parent / "backups"
    assert made.name.startswith("msek-") and made.suffix == ".db"
    assert digest(made) == digest(office)


def test_backup_to_a_file(office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "usb" / "copy.db"
    target.parent.mkdir()
    code, out, _ = run(capsys, "backup", "--db", str(office), "--to", str(target))
    assert (code, out.strip()) == (0, str(target))
    assert digest(target) == digest(office)
    code, _, err = run(capsys, "backup", "--db", str(office), "--to", str(target))
    assert code == 1 and "already exists" in err and err.count("\n") == 1


def test_backup_refuses_a_missing_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.db"
    code, out, err = run(capsys, "--db", str(missing), "backup")
    assert (code, out) == (1, "")
    assert err.startswith("msek: ") and err.count("\n") == 1
    assert not missing.exists() and not (tmp_path / "backups").exists()


def test_restore_drill(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--db", str(office), "backup")
    saved = Path(out.strip())
    wanted = digest(office)
    database = open_database(office)
    try:
        with database.write() as s:
            s.execute(text("UPDATE inquiries SET subject = 'changed'"))
    finally:
        database.dispose()
    changed = digest(office)

    code, out, err = run(capsys, "--db", str(office), "restore", str(saved))

    assert (code, err) == (0, "")
    assert digest(office) == wanted
    assert f"restored from {saved}" in out
    assert "previous state was backed up to" in out
    safety = [b.path for b in backups.list_backups(saved.parent) if b.path != saved]
    assert len(safety) == 1 and digest(safety[0]) == changed
    assert run(capsys, "--db", str(office), "check")[0] == 0


def _truncated(tmp: Path, office: Path) -> Path:
    good = tmp / "good.db"
    assert main(["--db", str(office), "backup", "--to", str(good)]) == 0
    p = tmp / "cut.db"
    p.write_bytes(good.read_bytes()[: good.stat().st_size * 2 // 3])
    return p


@pytest.mark.parametrize(
    "make", [a_text_file, _truncated, another_programs_file], ids=["text", "truncated", "other"]
)
def test_restore_refuses_a_bad_file_leaving_the_database_unchanged(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], make: Callable[..., Path]
) -> None:
    bad = make(tmp_path, office)
    capsys.readouterr()
    before = office.read_bytes()
    code, out, err = run(capsys, "--db", str(office), "restore", str(bad))
    assert (code, out) == (1, "")
    assert err.startswith("msek: ") and err.count("\n") == 1
    assert office.read_bytes() == before
    assert not (office.parent / "backups").exists()


def test_restore_refuses_a_missing_database(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.db"
    assert main(["--db", str(office), "backup", "--to", str(good)]) == 0
    missing = tmp_path / "none.db"
    code, _, err = run(capsys, "--db", str(missing), "restore", str(good))
    assert code == 1 and "msek init" in err
    assert not missing.exists()


def test_restore_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "restore")[0] == 2


# -- damaged databases: `msek check` and the other commands, no traceback, no change ---------


def _damage_pages(b: bytes) -> bytes:
    rng = random.Random(11)
    data = bytearray(b)
    pages = len(data) // 4096
    for p in rng.sample(range(2, pages), 4):
        data[p * 4096 : (p + 1) * 4096] = rng.randbytes(4096)
    return bytes(data)


DAMAGED: dict[str, Callable[[bytes], bytes]] = {
    "truncated file": lambda b: b[: len(b) // 3],
    "zeroed header": lambda b: b"\x00" * 100 + b[100:],
    "random overwritten pages": _damage_pages,
    "empty file": lambda b: b"",
    "non-SQLite file": lambda b: b"PK\x03\x04 a spreadsheet, really" * 200,
}


@pytest.mark.parametrize("damage", list(DAMAGED), ids=list(DAMAGED))
@pytest.mark.parametrize("command", [["check"], ["inquiries"], ["backup"]])
def test_damaged_database_is_a_one_line_error_and_left_unchanged(
    office: Path, capsys: pytest.CaptureFixture[str], damage: str, command: list[str]
) -> None:
    damaged = DAMAGED[damage](office.read_bytes())
    office.write_bytes(damaged)
    code, out, err = run(capsys, "--db", str(office), *command)
    assert code == 1, out
    assert err.startswith("msek: ") and err.count("\n") == 1, err
    assert office.read_bytes() == damaged
    # a read-only open of a WAL-mode file may leave an empty -wal and an -shm: no content
    others = {p.name for p in office.parent.iterdir()} - {"msek.db", "backups"}
    assert others <= {"msek.db-wal", "msek.db-shm"}
    wal = office.with_name("msek.db-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    backups_dir = office.parent / "backups"
    assert not backups_dir.exists() or list(backups_dir.iterdir()) == []


def test_damaged_database_in_a_real_process_has_no_traceback(office: Path) -> None:
    damaged = DAMAGED["random overwritten pages"](office.read_bytes())
    office.write_bytes(damaged)
    proc = subprocess.run(
        [sys.executable, "-m", "msek_desktop.cli", "--db", str(office), "check"],
        capture_output=True,
        check=False,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and proc.stderr.count("\n") == 1
    assert office.read_bytes() == damaged


# -- crafted backups, another page size, check on foreign or newer schemas (issue 10) ---------


def _files_beside(office: Path) -> list[str]:
    """Every file beside the database but an -shm and an empty -wal (a read-only look)."""
    wal = office.with_name("msek.db-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    skip = {"msek.db-wal", "msek.db-shm"}
    return sorted(
        str(p.relative_to(office.parent)) for p in office.parent.rglob("*") if p.name not in skip
    )


@pytest.mark.parametrize("case", list(CRAFTED), ids=list(CRAFTED))
def test_restore_refuses_a_crafted_backup_in_one_line(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    good = tmp_path / "good.db"
    assert main(["--db", str(office), "backup", "--to", str(good)]) == 0
    bad = craft(good, tmp_path / "crafted.db", case)
    capsys.readouterr()
    before, beside = office.read_bytes(), _files_beside(office)
    code, out, err = run(capsys, "--db", str(office), "restore", str(bad))
    assert (code, out) == (1, "")
    assert err.startswith("msek: ") and err.count("\n") == 1, err
    assert CRAFTED[case][1] in err
    assert office.read_bytes() == before
    assert _files_beside(office) == beside


def test_restore_of_a_backup_with_another_page_size(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.db"
    assert main(["--db", str(office), "backup", "--to", str(good)]) == 0
    other = with_page_size(good, tmp_path / "big-pages.db", 16384)
    wanted = digest(other)
    with sqlite3.connect(office) as conn:
        conn.execute("UPDATE inquiries SET subject = 'changed'")
    capsys.readouterr()
    code, out, err = run(capsys, "--db", str(office), "restore", str(other))
    assert (code, err) == (0, ""), err
    assert "restored from" in out
    assert digest(office) == wanted
    assert run(capsys, "--db", str(office), "check")[0] == 0


def test_check_reports_a_trap_in_the_live_database(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_sql(office, [TRAP])
    code, out, err = run(capsys, "--db", str(office), "check")
    assert code == 1
    assert 'has a trigger "wipe" the schema does not have' in out
    assert err.count("\n") == 1 and "1 problem(s)" in err


def test_check_of_a_newer_schema_says_so_in_one_line(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_sql(office, ["UPDATE alembic_version SET version_num = 'f00dcafe'"])
    before = office.read_bytes()
    code, out, err = run(capsys, "--db", str(office), "check")
    assert (code, out) == (1, "")
    assert err.startswith("msek: ") and err.count("\n") == 1
    assert "newer version of MSEK Desktop" in err and "f00dcafe" in err
    assert office.read_bytes() == before


def test_check_changes_nothing_in_a_rollback_journal_file(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_sql(office, ["PRAGMA journal_mode = DELETE"])
    before = office.read_bytes()
    code, out, _ = run(capsys, "--db", str(office), "check")
    assert code == 0 and "integrity ok" in out
    assert office.read_bytes() == before
    assert sorted(p.name for p in office.parent.iterdir()) == ["msek.db"]
    conn = sqlite3.connect(f"{office.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()


def test_backup_to_never_touches_the_users_own_partial_file(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "usb" / "copy.db"
    target.parent.mkdir()
    mine = target.with_name("copy.db.partial")
    mine.write_text("my notes, not a backup")
    code, out, err = run(capsys, "--db", str(office), "backup", "--to", str(target))
    assert (code, out.strip(), err) == (0, str(target), "")
    assert mine.read_text() == "my notes, not a backup"
    assert digest(target) == digest(office)
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.db", "copy.db.partial"]
