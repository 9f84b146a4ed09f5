"""The first window: the summary it shows matches the database it opened."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from msek_desktop.core.db import Database
from msek_desktop.core.models import Contact, Inquiry, Organisation, utcnow
from msek_desktop.core.store import open_database
from msek_desktop.ui.main_window import MainWindow, Summary, read_summary


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    db = open_database(db_path, create=True)
    yield db
    db.dispose()


def add_records(database: Database) -> None:
    """2 organisations, 3 contacts (1 deleted), 5 inquiries (1 completed, 1 lost, 1 deleted)."""
    with database.write() as session:
        school = Organisation(name="Szkoła Muzyczna w Katowicach", side="katowice")
        conservatoire = Organisation(name="Conservatoire Massenet", side="saint_etienne")
        gone = Contact(last_name="Usunięty", side="katowice", deleted_at=utcnow())
        people = [
            Contact(first_name="Zofia", last_name="Wiśniewska", side="katowice"),
            Contact(first_name="Hélène", last_name="Dupré", side="saint_etienne"),
            gone,
        ]
        session.add_all([school, conservatoire, *people])
        stages = ["new", "matching", "completed", "lost", "new"]
        for number, stage in enumerate(stages, start=1):
            session.add(
                Inquiry(
                    ref=f"2026-{number:04d}",
                    received_on=date(2026, 3, number),
                    side="katowice",
                    subject=f"Échange n° {number}",
                    stage=stage,
                    lost_reason="no_answer" if stage == "lost" else None,
                    contact=people[0],
                    organisation=school,
                    deleted_at=utcnow() if number == 5 else None,
                )
            )


def test_fresh_database_counts_nothing(database: Database) -> None:
    assert read_summary(database) == Summary(0, 0, 0, 0)


def test_summary_counts_live_records(database: Database) -> None:
    add_records(database)
    assert read_summary(database) == Summary(
        inquiries=4, open_inquiries=2, contacts=2, organisations=2
    )


def test_window_shows_counts_and_path(qtbot: QtBot, database: Database) -> None:
    add_records(database)
    window = MainWindow(database.path, read_summary(database))
    qtbot.addWidget(window)

    assert window.windowTitle() == "MSEK Desktop"
    shown = {key: window.count_text(key) for key in Summary.__dataclass_fields__}
    assert shown == {"inquiries": "4", "open_inquiries": "2", "contacts": "2", "organisations": "2"}
    path_label = window.findChild(QLabel, "dbPath")
    assert path_label is not None
    assert path_label.text() == str(database.path)


def test_show_summary_replaces_counts(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "x.db", Summary(1, 1, 1, 1))
    qtbot.addWidget(window)
    window.show_summary(Summary(7, 3, 5, 2))
    assert window.count_text("inquiries") == "7"
    assert window.count_text("organisations") == "2"
