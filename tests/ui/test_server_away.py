"""The office server lost while working (a real cable to the test server, pulled out and put
back): the lists say so and come back by themselves; a save made meanwhile keeps what was
typed, says it is not saved yet, and is saved by itself once the server is back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from msek_desktop.core import contacts, importing, inquiries, staff
from msek_desktop.core.db import Database
from msek_desktop.core.server import ServerAddress
from msek_desktop.core.store import open_database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.window.main_window import MainWindow
from tests.server_cable import ServerCable, server_socket_path

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

BACK_MS = 15_000  # the first retries come 2, 4 and 8 s after the server went away


@pytest.fixture
def office(new_server_database: Callable[..., Database]) -> Database:
    database = new_server_database()
    staff.create_staff(database, {"login": "marta", "full_name": "Marta Rivière"})
    return database


@pytest.fixture
def ewa(office: Database) -> Any:
    values = {"first_name": "Ewa", "last_name": "Wiśniewska", "side": "katowice"}
    return contacts.create_contact(office, values, actor="marta")


@pytest.fixture
def cable() -> Iterator[ServerCable]:
    wire = ServerCable(server_socket_path())
    yield wire
    wire.close()


@pytest.fixture
def desk(qtbot: QtBot, office: Database, cable: ServerCable, asked: Asked) -> Iterator[MainWindow]:
    """A desk reaching `office` through the cable (postgresql://...@127.0.0.1:port/db)."""
    name = make_url(office.location.url).database  # type: ignore[union-attr]
    through = open_database(ServerAddress(f"postgresql://postgres@127.0.0.1:{cable.port}/{name}"))
    window = MainWindow(AppContext(through, "marta", Languages()))
    qtbot.addWidget(window)
    window.show()
    assert window.live is not None
    qtbot.waitUntil(window.live.listening.is_set, timeout=5000)
    yield window
    window.close()
    through.dispose()


def subjects(window: MainWindow) -> list[str]:
    screen: Any = window.screens["inquiries"]
    return [r.subject for r in screen.model.rows]


def test_the_lists_say_the_server_is_away_and_come_back_by_themselves(
    qtbot: QtBot, office: Database, ewa: Any, cable: ServerCable, desk: MainWindow,
    asked: Asked, tmp_path: Path,
) -> None:  # fmt: skip
    inquiries.create_inquiry(office, {"subject": "Chór", "contact_id": ewa.id}, actor="marta")
    screen: Any = desk.show_screen("inquiries")
    assert subjects(desk) == ["Chór"]
    notice = screen.server_notice
    assert not notice.isVisible()

    cable.cut()
    qtbot.waitUntil(notice.isVisible, timeout=5000)
    assert notice.label.text() == "The office server 127.0.0.1 cannot be reached; retrying…"
    desk.grab().save(str(tmp_path / "list_with_notice.png"))
    desk.refresh()  # F5 while away: the list stays as it was, no traceback
    assert subjects(desk) == ["Chór"]
    # saved on another desk meanwhile: this desk hears nothing of it while away
    inquiries.create_inquiry(office, {"subject": "Orkiestra", "contact_id": ewa.id})

    cable.mend()
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=BACK_MS)
    qtbot.waitUntil(lambda: sorted(subjects(desk)) == ["Chór", "Orkiestra"], timeout=2000)
    assert asked.shown == []


def test_a_save_while_away_keeps_what_was_typed_and_saves_when_back(
    qtbot: QtBot, office: Database, ewa: Any, cable: ServerCable, desk: MainWindow,
    asked: Asked, tmp_path: Path,
) -> None:  # fmt: skip
    row = inquiries.create_inquiry(office, {"subject": "Chór", "contact_id": ewa.id}, actor="marta")
    form = desk.open_inquiry(row.id)
    qtbot.waitUntil(form.isVisible)

    cable.cut()
    qtbot.keyClicks(form.message, "Zadzwonic w poniedzialek")
    form.subject.setText("Chór i orkiestra")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.isVisible()
    assert form.subject.text() == "Chór i orkiestra"
    assert form.message.toPlainText() == "Zadzwonic w poniedzialek"
    assert form.live is not None
    bar = form.live.bar
    assert bar.isVisible()
    assert bar.label.text().startswith("Not saved yet: the office server cannot be reached.")
    assert asked.shown == []  # no warning box, no traceback
    form.grab().save(str(tmp_path / "form_not_saved.png"))
    stored = inquiries.get_inquiry(office, row.id)
    assert (stored.row.subject, stored.message) == ("Chór", "")

    cable.mend()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=BACK_MS)
    stored = inquiries.get_inquiry(office, row.id)
    assert stored.row.subject == "Chór i orkiestra"
    assert stored.message == "Zadzwonic w poniedzialek"
    assert not form.is_dirty()
    assert asked.shown == []


def test_a_colleagues_save_while_away_is_the_usual_conflict_question(
    qtbot: QtBot, office: Database, ewa: Any, cable: ServerCable, desk: MainWindow,
    asked: Asked,
) -> None:  # fmt: skip
    row = inquiries.create_inquiry(office, {"subject": "Chór", "contact_id": ewa.id}, actor="marta")
    form = desk.open_inquiry(row.id)
    cable.cut()
    form.subject.setText("Mine")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    inquiries.update_inquiry(office, row.id, {"subject": "Theirs"}, actor="marta")

    cable.mend()
    qtbot.waitUntil(lambda: bool(asked.texts("ask_reload")), timeout=BACK_MS)
    assert form.subject.text() == "Mine"  # reload declined: what was typed stays
    assert inquiries.get_inquiry(office, row.id).row.subject == "Theirs"


def test_scrolling_to_the_next_page_while_away_is_no_traceback(
    qtbot: QtBot, office: Database, cable: ServerCable, desk: MainWindow, tmp_path: Path,
    asked: Asked,
) -> None:  # fmt: skip
    rows = "\n".join(f"Jan{n};Kowalski{n};Wymiana {n}" for n in range(150))
    path = tmp_path / "in.csv"
    path.write_text(f"first_name;last_name;subject\n{rows}\n", encoding="utf-8")
    importing.import_file(office, path)
    screen: Any = desk.show_screen("inquiries")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 100, timeout=2000)  # heard the import
    assert screen.model.canFetchMore()

    cable.cut()
    screen.model.fetchMore()  # the view scrolled down: the next page cannot be read
    assert screen.model.rowCount() == 100
    qtbot.waitUntil(screen.server_notice.isVisible, timeout=5000)

    cable.mend()
    qtbot.waitUntil(lambda: not screen.server_notice.isVisible(), timeout=BACK_MS)
    qtbot.waitUntil(screen.model.canFetchMore, timeout=2000)  # read again: more to come
    screen.model.fetchMore()
    assert screen.model.rowCount() == 150
    assert asked.shown == []
