"""`msek` starts at once: the arguments are parsed before anything heavy is imported, Alembic
only when a schema needs migrating, and the parser's own copies of core's words match them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from offices import two_schools

from msek_desktop.core import inquiries
from msek_desktop.core.db import Database

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles

HEAVY = ("sqlalchemy", "alembic", "PySide6", "reportlab", "psycopg", "openpyxl")


def imported_by(*argv: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run `msek ARGV` in a fresh process; the names of the modules it imported."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "msek_desktop.cli", *argv],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    names = {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    return done, names


def roots(names: set[str]) -> set[str]:
    return {name.split(".")[0] for name in names}


@pytest.mark.parametrize(
    "argv",
    [["--version"], ["--help"], ["inquiries", "--help"], ["people", "merge", "--help"]],
    ids=" ".join,
)
def test_version_and_help_import_nothing_heavy(argv: list[str]) -> None:
    done, names = imported_by(*argv)
    assert done.returncode == 0 and "msek" in done.stdout
    assert roots(names) & set(HEAVY) == set()
    assert {n for n in names if n.startswith("msek_desktop.core.")} <= {
        "msek_desktop.core.errors",
        "msek_desktop.core.vocab",
    }


def test_wrong_usage_is_said_without_importing_the_core() -> None:
    done, names = imported_by("inquiries", "--limit", "-3")
    assert done.returncode == 2 and "must not be negative" in done.stderr
    assert roots(names) & set(HEAVY) == set()


def test_the_parsers_copies_of_cores_words_are_cores() -> None:
    from msek_desktop.cli import WHEN, email_cmd, server_admin
    from msek_desktop.core import followups, roles, shipped_templates

    assert tuple(w.value for w in followups.When) == WHEN
    assert server_admin.ROLES == roles.ROLES
    assert email_cmd.TEMPLATE_NAMES == shipped_templates.EMAIL_NAMES


@pytest.fixture
def office(tmp_path: Path, databases: DatabaseFiles) -> str:
    db = databases.open(tmp_path / "office.db")
    try:
        databases.build(db, make_office)
    finally:
        db.dispose()
    return str(db.location)


def make_office(db: Database) -> None:
    lodz, _ = two_schools(db)
    inquiries.create_inquiry(db, {"subject": "Wymiana nauczycieli", "organisation_id": lodz.id})


def test_a_current_schema_is_opened_without_alembic(office: str) -> None:
    done, names = imported_by("--db", office, "inquiries")
    assert done.returncode == 0, done.stderr
    assert "Wymiana nauczycieli" in done.stdout
    assert "sqlalchemy" in roots(names)  # the database was read
    assert "alembic" not in roots(names)
    assert "PySide6" not in roots(names)
    if not office.startswith("postgresql"):
        assert "psycopg" not in roots(names)  # the office server's driver: not for a file
