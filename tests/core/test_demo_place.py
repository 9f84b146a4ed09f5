"""The demo database: kept apart from the office's data, and saying so itself."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from msek_desktop.core import backups, demo, demo_place, inquiries, settings, staff
from msek_desktop.core.db import Database
from msek_desktop.core.models import Setting
from msek_desktop.core.store import open_database


@pytest.fixture
def opened() -> Iterator[Callable[[Path], Database]]:
    """open(path): the database at `path`, made if missing; all disposed of at the end."""
    databases: list[Database] = []

    def open_(path: Path) -> Database:
        databases.append(open_database(path, create=True))
        return databases[-1]

    yield open_
    for database in databases:
        database.dispose()


def marks(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(Setting.key).where(Setting.key == demo_place.MARK)))


def test_the_demo_lives_in_a_folder_of_its_own_in_the_data_folder(tmp_path: Path) -> None:
    path = demo_place.default_path(tmp_path)
    assert path == tmp_path / "demo" / "msek-demo.db"
    # its backups never mix with those of the office's file beside the demo folder
    assert backups.backup_folder(path) != backups.backup_folder(tmp_path / "msek.db")


def test_a_claimed_file_says_it_is_a_demo_when_opened_again(
    tmp_path: Path, opened: Callable[[Path], Database]
) -> None:
    path = tmp_path / "demo" / "msek-demo.db"
    db = opened(path)
    assert not demo_place.is_demo(db)  # a new file is nobody's demo until claimed
    demo_place.claim(db)
    assert demo_place.needs_data(db)
    demo.generate(db, inquiries=20, seed=3)
    assert not demo_place.needs_data(db)
    demo_place.claim(db)  # again: nothing more written
    assert marks(db) == [demo_place.MARK]
    db.dispose()

    again = opened(path)
    assert demo_place.is_demo(again)
    assert inquiries.count_inquiries(again, inquiries.InquiryFilter(open=None)) == 20


def test_a_backup_of_the_demo_is_a_demo_too(
    tmp_path: Path, opened: Callable[[Path], Database]
) -> None:
    db = opened(tmp_path / "demo" / "msek-demo.db")
    demo_place.claim(db)
    copy = backups.backup_now(db)
    assert demo_place.is_demo(opened(copy))


def test_the_offices_data_are_never_labelled_demo(
    tmp_path: Path, opened: Callable[[Path], Database]
) -> None:
    db = opened(tmp_path / "msek.db")
    staff.create_staff(db, {"login": "anowak", "full_name": "Agnieszka Nowak"})
    assert not demo_place.is_demo(db)


@pytest.mark.parametrize(
    "entered",
    [
        lambda db: staff.create_staff(db, {"login": "anowak", "full_name": "Agnieszka Nowak"}),
        lambda db: settings.save(db, {"office.phone": "+48 32 123 45 67"}),
        lambda db: demo.generate(db, inquiries=5, seed=2),
    ],
    ids=["a staff member", "an office setting", "inquiries"],
)
def test_a_database_holding_records_is_never_taken_for_the_demo(
    tmp_path: Path, opened: Callable[[Path], Database], entered: Callable[[Database], Any]
) -> None:
    db = opened(tmp_path / "office.db")
    entered(db)
    with pytest.raises(demo_place.NotADemoError) as refused:
        demo_place.claim(db)
    assert str(tmp_path / "office.db") in refused.value.message
    assert "not a demo database" in refused.value.message
    assert marks(db) == []  # nothing written
    assert not demo_place.is_demo(db)


def test_the_office_server_is_never_a_demo(new_server_database: Callable[..., Any]) -> None:
    database = new_server_database()
    assert not demo_place.is_demo(database)
    with pytest.raises(demo_place.NotADemoError) as refused:
        demo_place.claim(database)
    assert "never into the office server" in refused.value.message
    assert not demo_place.holds_records(database)


def test_msek_demo_marks_the_file_it_fills(
    tmp_path: Path, opened: Callable[[Path], Database]
) -> None:
    """`msek --db FILE demo`: the file holds demo data, and the window will say so."""
    import subprocess
    import sys

    path = tmp_path / "trial.db"
    done = subprocess.run(
        [sys.executable, "-m", "msek_desktop.cli", "--db", str(path), "demo", "--inquiries", "12"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    db = opened(path)
    assert demo_place.is_demo(db)
    assert marks(db) == [demo_place.MARK]
