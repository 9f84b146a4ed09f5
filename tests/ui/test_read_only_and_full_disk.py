"""In the window: a read-only database says so and keeps what was typed; a full disk gives a
plain message, the form keeps its text, and saving works again once there is room."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from msek_desktop.core import db as db_module
from msek_desktop.core import demo, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.store import open_database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.inquiry_form import InquiryForm
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles
    from tests.ui.conftest import Asked


@pytest.fixture
def office(tmp_path: Path, database_files: DatabaseFiles) -> Path:
    return database_files.file(tmp_path / "office.db", demo.generate, inquiries=30, seed=2)


@pytest.fixture
def read_only_db(office: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """The file as one this user may not write (the core tests use a real read-only mount)."""
    monkeypatch.setattr(db_module, "writable", lambda _path: False)
    database = open_database(office)
    assert database.read_only
    yield database
    database.dispose()


def test_read_only_notice_is_shown_and_nothing_typed_is_lost(
    qtbot: QtBot, read_only_db: Database, asked: Asked, tmp_path: Path
) -> None:
    ctx = AppContext(db=read_only_db, me="anowak", languages=Languages())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    notice = window.read_only_notice
    assert notice is not None and notice.isVisible()
    assert "Read-only" in notice.label.text() and str(read_only_db.path) in notice.label.text()
    assert not window.act_new.isEnabled()
    window.grab().save(str(tmp_path / "read_only.png"))

    first = inquiries.list_inquiries(read_only_db, limit=1)[0]
    form = InquiryForm(ctx, first.id)
    qtbot.addWidget(form)
    form.subject.setText("A change that cannot be saved")
    assert form.save() is False
    assert asked.texts("warn") == ["The database is read-only: changes cannot be saved."]
    assert form.subject.text() == "A change that cannot be saved"
    assert inquiries.get_inquiry(read_only_db, first.id).row.subject == first.subject


def test_no_notice_for_a_writable_database(qtbot: QtBot, office: Path) -> None:
    database = open_database(office)
    window = MainWindow(AppContext(db=database, me="anowak", languages=Languages()))
    qtbot.addWidget(window)
    assert window.read_only_notice is None and window.act_new.isEnabled()
    database.dispose()


def test_full_disk_in_the_form_then_room_again(qtbot: QtBot, office: Path, asked: Asked) -> None:
    database = open_database(office)
    with database.engine.connect() as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)
    limit = {"pages": pages}  # no room for one more page: SQLite's own "disk is full"

    def cap(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {limit['pages']}")

    event.listen(database.engine, "connect", cap)
    ctx = AppContext(db=database, me="anowak", languages=Languages())
    first = inquiries.list_inquiries(database, limit=1)[0]
    form = InquiryForm(ctx, first.id)
    qtbot.addWidget(form)
    long_text = "Współpraca szkół muzycznych — échange de professeurs. " * 300
    form.message.setPlainText(long_text)
    assert form.save() is False
    warnings = asked.texts("warn")
    assert len(warnings) == 1 and warnings[0].startswith("The disk is full.")
    assert form.message.toPlainText() == long_text  # still in the form
    assert inquiries.get_inquiry(database, first.id).message != long_text

    limit["pages"] = 1_000_000  # space was freed
    assert form.save() is True
    assert inquiries.get_inquiry(database, first.id).message == long_text.strip()
    database.dispose()
