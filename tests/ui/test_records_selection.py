"""People and Organisations lists: Select all means every record of the search and filters,
loaded or not; Restore says how many it restores; an empty list says why and what to do."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, organisations, staff
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.kit.live import refresh_keeping_place
from msek_desktop.ui.kit.table import PagedModel
from msek_desktop.ui.screens.organisations import OrganisationsScreen
from msek_desktop.ui.screens.people import PeopleScreen
from msek_desktop.ui.screens.records import RecordsScreen

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

DELETED = 130  # more than a page


def fill(db: Database) -> None:
    staff.create_staff(db, {"login": "ola", "full_name": "Ola Nowak"})
    for n in range(DELETED + 5):
        side = "katowice" if n % 2 else "saint_etienne"
        org = organisations.create_organisation(db, {"name": f"Szkoła nr {n}", "side": side})
        person = contacts.create_contact(
            db, {"first_name": "Anna", "last_name": f"Nowak {n}", "side": side}
        )
        if n < DELETED:
            organisations.set_deleted(db, org.id, True)
            contacts.set_deleted(db, person.id, True)


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(tmp_path / "r.db", fill)


@pytest.fixture(params=["people", "organisations"])
def screen(request: pytest.FixtureRequest, qtbot: QtBot, db: Database) -> RecordsScreen:
    kind = PeopleScreen if request.param == "people" else OrganisationsScreen
    widget = kind(AppContext(db=db, me="ola", languages=Languages()))
    qtbot.addWidget(widget)
    widget.ctx.events.data_changed.connect(widget.refresh)
    widget.refresh()
    return widget


def word(screen: RecordsScreen) -> str:
    return "people" if isinstance(screen, PeopleScreen) else "organisations"


def count_deleted(screen: RecordsScreen) -> int:
    return screen.count_records("", None, True)


def notice(screen: RecordsScreen) -> tuple[str, list[str]] | None:
    if not screen.table.empty.isVisibleTo(screen.table):
        return None
    return screen.table.empty.text.text(), [b.text() for b in screen.table.empty.buttons]


def press(screen: RecordsScreen, text: str) -> None:
    next(b for b in screen.table.empty.buttons if b.text() == text).click()


def test_select_all_restores_every_deleted_record_after_saying_how_many(
    screen: RecordsScreen, asked: Asked
) -> None:
    screen.show_deleted.setChecked(True)
    assert screen.model.rowCount() == PagedModel.PAGE < DELETED
    actions = [a for a in screen.table.actions() if not a.isSeparator()]
    assert [a.text() for a in actions] == ["Select all", "Restore", "Log call…"]
    actions[0].trigger()  # as Ctrl+A does
    assert screen.count.text() == f"All {DELETED} {word(screen)} selected"
    assert len(screen.selected_ids()) == DELETED
    screen.restore_button.click()  # the answer is No: nothing restored
    assert asked.texts("confirm") == [f"Restore {DELETED} {word(screen)}?"]
    assert count_deleted(screen) == DELETED
    asked.answers["confirm"] = True
    said: list[str] = []
    screen.ctx.events.info.connect(said.append)
    screen.restore_button.click()
    assert count_deleted(screen) == 0
    assert said == [f"{DELETED} {word(screen)} restored."]


def test_a_few_picked_are_counted_against_all(qtbot: QtBot, screen: RecordsScreen) -> None:
    screen.show_deleted.setChecked(True)
    screen.table.selectRow(1)
    assert screen.count.text() == f"1 of {DELETED} selected"
    assert screen.selected_ids() == [screen.model.rows[1].id]
    screen.table.clearSelection()
    assert screen.count.text() == f"{PagedModel.PAGE} or more {word(screen)}"


def test_a_search_with_no_result_can_be_cleared(qtbot: QtBot, screen: RecordsScreen) -> None:
    qtbot.keyClicks(screen.search, "zzqxw")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0)  # once typed
    assert notice(screen) == ("Nothing matches “zzqxw”.", ["Clear the search"])
    press(screen, "Clear the search")
    assert screen.search.text() == "" and screen.model.rowCount() == 5
    assert notice(screen) is None


def test_none_on_this_side_offers_both_sides(qtbot: QtBot, screen: RecordsScreen) -> None:
    screen.search.setText("nowak 131" if isinstance(screen, PeopleScreen) else "szkoła 131")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)  # once typed
    screen.side.set_code("saint_etienne")  # number 131 is in Katowice
    assert notice(screen) == ("None on this side — 1 on both sides.", ["Show both sides"])
    press(screen, "Show both sides")
    assert screen.side.code() is None and screen.model.rowCount() == 1


def test_nothing_deleted_says_there_is_nothing_to_restore(
    tmp_path: Path, qtbot: QtBot, new_database: Callable[..., Database]
) -> None:
    empty = new_database(tmp_path / "none.db")
    for kind, none_yet, no_deleted, new in (
        (PeopleScreen, "No person yet: create one.", "No deleted person", "New person"),
        (
            OrganisationsScreen,
            "No organisation yet: create one.",
            "No deleted organisation",
            "New organisation",
        ),
    ):
        screen = kind(AppContext(db=empty, me="ola", languages=Languages()))
        qtbot.addWidget(screen)
        screen.refresh()
        assert notice(screen) == (none_yet, [new])
        screen.show_deleted.setChecked(True)
        assert notice(screen) == (f"{no_deleted}: nothing to restore.", ["Show the others"])
        press(screen, "Show the others")
        assert not screen.show_deleted.isChecked()
        press(screen, new)
        assert [f.isVisible() for f in screen.forms.values()] == [True]
        screen.close_forms()


def test_a_reload_keeps_select_all_a_new_search_forgets_it(
    qtbot: QtBot, screen: RecordsScreen
) -> None:
    screen.show_deleted.setChecked(True)
    screen.table.selectAll()
    refresh_keeping_place(screen)
    assert screen.count.text() == f"All {DELETED} {word(screen)} selected"
    qtbot.keyClicks(screen.search, "12")
    qtbot.waitUntil(lambda: not screen.selection.all)  # once typed
    assert screen.count.text() != f"All {DELETED} {word(screen)} selected"
