"""The head revision the program knows without Alembic is the migration scripts' head, and a
database at that revision is opened without importing Alembic."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from msek_desktop.core import migrations
from msek_desktop.core.db import Database
from msek_desktop.core.store import open_database


def test_head_revision_is_the_scripts_head() -> None:
    assert migrations.scripts_head() == migrations.HEAD_REVISION, (
        "a migration was added: set migrations.HEAD_REVISION to its revision"
    )
    assert migrations.head_revision() == migrations.HEAD_REVISION


def test_a_script_numbered_after_the_constant_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A migration added without moving HEAD_REVISION: Alembic's head is used, not a stale
    constant that would leave databases unmigrated."""
    copy = tmp_path / "db"
    shutil.copytree(
        migrations.migrations_path(), copy, ignore=shutil.ignore_patterns("__pycache__")
    )
    newest = max((copy / "versions").glob("*.py"))
    number = int(migrations.HEAD_REVISION) + 1
    (copy / "versions" / f"2099_01_01_{number:04d}_added.py").write_text(
        f'revision = "{number:04d}"\ndown_revision = "{migrations.HEAD_REVISION}"\n'
        "def upgrade():\n    pass\ndef downgrade():\n    pass\n",
        encoding="utf-8",
    )
    assert newest.exists()
    monkeypatch.setattr(migrations, "migrations_path", lambda: copy)
    assert migrations.head_revision() == f"{number:04d}"
    assert migrations.is_known(migrations.HEAD_REVISION)


@pytest.mark.both_databases
def test_current_revision_is_read_with_plain_sql(db: Database) -> None:
    assert migrations.current_revision(db.engine) == migrations.head_revision()
    with db.engine.begin() as conn:
        conn.execute(text(f"DELETE FROM {migrations.VERSION_TABLE}"))
    assert migrations.current_revision(db.engine) is None


def test_opening_a_current_file_imports_no_alembic(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    open_database(path, create=True).dispose()
    probe = (
        "import sys; from pathlib import Path; "
        "from msek_desktop.core.store import open_database; "
        f"open_database(Path({str(path)!r})).dispose(); "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'PySide6'}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"
