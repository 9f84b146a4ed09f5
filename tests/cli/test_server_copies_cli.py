"""`msek backup` and `msek restore` with the office server: a desk copy on demand, which
`--db FILE` opens read-only, and restoring a backup into the server after a safety copy."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from msek_desktop.core import backups
from msek_desktop.core.server import ServerAddress
from tests.cli.in_process import run


@pytest.fixture
def url(new_server_database: Callable[..., Any], capsys: pytest.CaptureFixture[str]) -> str:
    """A new office database on the test server with a few demo inquiries, its URL with a
    password (never printed)."""
    address = new_server_database(empty=True)
    url = str(address.url).replace("postgresql://postgres@", "postgresql://postgres:s3cret@")
    assert run(capsys, "--db", url, "demo", "--inquiries", "12", "--seed", "3")[0] == 0
    return url


def refs(capsys: pytest.CaptureFixture[str], db: str) -> list[str]:
    code, out, err = run(capsys, "--db", db, "inquiries", "--json", "--limit", "100")
    assert code == 0, err
    return sorted(i["ref"] for i in json.loads(out))


def test_backup_writes_a_desk_copy_that_opens_read_only(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", url, "backup")
    assert (code, err) == (0, "")
    copy = Path(out.strip())
    assert copy.parent == backups.copies_folder(ServerAddress(url))
    assert "s3cret" not in out
    assert refs(capsys, str(copy)) == refs(capsys, url) and len(refs(capsys, url)) == 12
    code, out, err = run(capsys, "--db", str(copy), "demo")
    assert code == 1 and "read-only" in err and err.count("\n") == 1


def test_backup_to_a_chosen_file(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "office-copy.db"
    assert run(capsys, "--db", url, "backup", "--to", str(target)) == (0, f"{target}\n", "")
    assert refs(capsys, str(target)) == refs(capsys, url)


def test_restore_into_the_server_after_a_safety_copy(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = tmp_path / "desk.db"
    assert run(capsys, "--db", str(desk), "demo", "--inquiries", "5", "--seed", "8")[0] == 0
    backup = tmp_path / "desk-backup.db"
    assert run(capsys, "--db", str(desk), "backup", "--to", str(backup))[0] == 0
    before = refs(capsys, url)
    code, out, err = run(capsys, "--db", url, "restore", str(backup))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("The previous data was copied to ")
    safety = lines[0].removeprefix("The previous data was copied to ").rstrip(".")
    assert lines[1] == f"{url.replace(':s3cret', '')} restored from {backup}."
    assert refs(capsys, url) == refs(capsys, str(desk)) and len(refs(capsys, url)) == 5
    assert refs(capsys, safety) == before


def test_restore_of_a_bad_file_is_one_line_and_changes_nothing(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("not a database", encoding="utf-8")
    before = refs(capsys, url)
    code, out, err = run(capsys, "--db", url, "restore", str(bad))
    assert (code, out) == (1, "")
    assert err == f"msek: {bad} is not an MSEK database file.\n"
    assert refs(capsys, url) == before
    assert not backups.copies_folder(ServerAddress(url)).exists()
