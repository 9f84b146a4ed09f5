"""A database the program may not write opens read-only: everything can be read, nothing is
written, and the file and its folder stay exactly as they were."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from fs_places import read_only_copy
from sqlalchemy import text

from msek_desktop import cli
from msek_desktop.core import demo, errors, inquiries, staff, templates
from msek_desktop.core.store import open_database


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small office database, checkpointed into one file as it would be after closing."""
    path = tmp_path_factory.mktemp("src") / "office.db"
    database = open_database(path, create=True)
    demo.generate(database, inquiries=60, seed=3)
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    return path


def _state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_opens_read_only_reads_everything_and_writes_nothing(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = inquiries.count_inquiries(reference := open_database(source))
    first = inquiries.list_inquiries(reference, limit=5)
    reference.dispose()
    with read_only_copy(source, tmp_path / "ro", monkeypatch) as copy:
        before = _state(copy.parent)
        database = open_database(copy)
        try:
            assert database.read_only
            assert inquiries.count_inquiries(database) == expected
            assert inquiries.list_inquiries(database, limit=5) == first
            assert inquiries.get_inquiry(database, first[0].id).row == first[0]
            # a letter can still be drafted: the shipped template stands in
            assert templates.template_for(database, "pl").body
            with pytest.raises(errors.DatabaseReadOnlyError, match="read-only"):
                staff.create_staff(database, {"login": "zofia", "full_name": "Zofia Nowak"})
            with pytest.raises(errors.DatabaseReadOnlyError):
                inquiries.update_inquiry(
                    database, first[0].id, {"subject": "changed"}, actor=None,
                    expected_version=first[0].version,
                )  # fmt: skip
        finally:
            database.dispose()
        assert _state(copy.parent) == before


def test_the_command_line_reads_and_checks_a_read_only_file(
    source: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with read_only_copy(source, tmp_path / "ro", monkeypatch) as copy:
        before = _state(copy.parent)
        assert cli.main(["--db", str(copy), "check"]) == 0
        capsys.readouterr()
        assert cli.main(["--db", str(copy), "inquiries", "--json"]) == 0
        assert len(json.loads(capsys.readouterr().out)) > 0
        assert _state(copy.parent) == before


def test_a_read_only_file_of_an_older_version_is_refused_with_the_reason(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    older = tmp_path / "older.db"
    shutil.copy2(source, older)
    database = open_database(older)
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0002'"))
    database.dispose()
    with read_only_copy(older, tmp_path / "ro", monkeypatch) as copy:
        before = _state(copy.parent)
        with pytest.raises(errors.DatabaseReadOnlyError, match="cannot be brought up to date"):
            open_database(copy)
        assert _state(copy.parent) == before
