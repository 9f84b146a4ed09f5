"""Select all on the Inquiries list: every inquiry the filter matches, loaded or not; the count
says so, and Letters… and Restore act on all of them after saying how many."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from msek_desktop.core import demo, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.ui.dialogs.batch_letters import BatchLettersDialog
from msek_desktop.ui.kit.live import refresh_keeping_place
from msek_desktop.ui.kit.table import PagedModel
from msek_desktop.ui.screens.inquiries import InquiriesScreen

if TYPE_CHECKING:
    from tests.ui.conftest import Asked


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(tmp_path / "s.db", demo.generate, inquiries=400, seed=5)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[BatchLettersDialog]:
    """The letters dialogs the screen opens, made for real but not run."""
    made: list[BatchLettersDialog] = []
    monkeypatch.setattr(BatchLettersDialog, "exec", lambda dialog: made.append(dialog) or 0)
    return made


def open_total(db: Database) -> int:
    total = inquiries.count_inquiries(db, InquiryFilter(open=True))
    assert total > PagedModel.PAGE, "the demo has more open inquiries than a page"
    return total


def test_ctrl_a_selects_every_inquiry_of_the_filter(
    qtbot: QtBot, screen: InquiriesScreen, db: Database, opened: list[BatchLettersDialog]
) -> None:
    total = open_total(db)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert screen.model.rowCount() == PagedModel.PAGE  # only a page is loaded ...
    assert screen.count.text() == f"All {total} inquiries selected"  # ... but all are meant
    assert screen.selected_ids() == inquiries.inquiry_ids(db, InquiryFilter(open=True))
    assert screen.letters_button.isEnabled()
    screen.letters_button.click()
    assert [len(d.inquiry_ids) for d in opened] == [total]
    assert (
        opened[0].heading.text() == f"{total} letters will be made, one for each selected inquiry."
    )


def test_rows_loaded_later_are_selected_too(screen: InquiriesScreen, db: Database) -> None:
    total = open_total(db)
    screen.table.selectAll()
    screen.model.fetchMore()
    assert screen.model.rowCount() == min(total, 2 * PagedModel.PAGE)
    assert len(screen.table.selectionModel().selectedRows()) == screen.model.rowCount()
    assert screen.count.text() == f"All {total} inquiries selected"


def test_unselecting_a_row_leaves_the_rows_picked(
    qtbot: QtBot, screen: InquiriesScreen, db: Database
) -> None:
    total = open_total(db)
    screen.table.selectAll()
    third = screen.model.index(2, 0)
    screen.table.selectionModel().select(
        third, QItemSelectionModel.SelectionFlag.Deselect | QItemSelectionModel.SelectionFlag.Rows
    )
    loaded = [r.id for n, r in enumerate(screen.model.rows) if n != 2]
    assert screen.selected_ids() == loaded
    assert screen.count.text() == f"{PagedModel.PAGE - 1} of {total} selected"
    screen.table.clearSelection()
    assert screen.count.text() == f"{total} inquiries"
    assert not screen.letters_button.isEnabled()


def test_a_new_filter_forgets_select_all(screen: InquiriesScreen, db: Database) -> None:
    screen.table.selectAll()
    screen.side.set_code("katowice")
    assert not screen.selection.all
    assert screen.selected_ids() == []
    screen.table.selectAll()
    flt = InquiryFilter(open=True, side="katowice")
    assert screen.selected_ids() == inquiries.inquiry_ids(db, flt)
    assert screen.count.text() == f"All {inquiries.count_inquiries(db, flt)} inquiries selected"


def test_select_all_is_in_the_list_s_context_menu(screen: InquiriesScreen, db: Database) -> None:
    total = open_total(db)
    actions = [a for a in screen.table.actions() if not a.isSeparator()]
    assert [a.text() for a in actions] == ["Select all", "Letters…", "Restore", "Log call…"]
    assert screen.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    actions[0].trigger()
    assert screen.count.text() == f"All {total} inquiries selected"
    assert not actions[2].isVisible()  # Restore: in the list of deleted ones only


def test_a_sorted_list_gives_its_ids_in_its_order(screen: InquiriesScreen, db: Database) -> None:
    column = [c.key for c in screen.model.columns].index("subject")
    screen.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    screen.table.selectAll()
    ids = screen.selected_ids()
    assert ids[: PagedModel.PAGE] == [r.id for r in screen.model.rows]
    assert ids == inquiries.inquiry_ids(db, InquiryFilter(open=True, sort="subject"))


def test_restore_all_deleted_says_how_many_first(
    screen: InquiriesScreen, db: Database, asked: Asked
) -> None:
    victims = inquiries.inquiry_ids(db, InquiryFilter(open=False))[:120]
    for inquiry_id in victims:
        inquiries.set_deleted(db, inquiry_id, True)
    screen.show_which.set_code("deleted")
    assert screen.model.rowCount() == PagedModel.PAGE
    screen.table.selectAll()
    assert screen.count.text() == "All 120 inquiries selected"
    screen.restore_button.click()  # the answer is No
    assert asked.texts("confirm") == ["Restore 120 inquiries?"]
    assert inquiries.count_inquiries(db, InquiryFilter(deleted=True)) == 120
    asked.answers["confirm"] = True
    said: list[str] = []
    screen.ctx.events.info.connect(said.append)
    screen.restore_button.click()
    assert inquiries.count_inquiries(db, InquiryFilter(deleted=True)) == 0
    assert said == ["120 inquiries restored."]


def test_letters_for_some_say_how_many(
    qtbot: QtBot, db: Database, screen: InquiriesScreen, opened: list[BatchLettersDialog]
) -> None:
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 4):
        screen.table.selectionModel().select(screen.model.index(row, 0), flags)
    screen.letters_button.click()
    assert opened[0].inquiry_ids == [screen.model.rows[0].id, screen.model.rows[4].id]
    assert opened[0].heading.text() == "2 letters will be made, one for each selected inquiry."


def test_a_reload_of_the_same_list_keeps_select_all(screen: InquiriesScreen, db: Database) -> None:
    total = open_total(db)
    screen.table.selectAll()
    refresh_keeping_place(screen)  # F5, or a colleague's save elsewhere
    assert screen.count.text() == f"All {total} inquiries selected"
    assert len(screen.selected_ids()) == total


def test_an_inquiry_come_in_meanwhile_is_not_silently_included(
    screen: InquiriesScreen, db: Database
) -> None:
    total = open_total(db)
    screen.table.selectAll()
    someone = inquiries.list_inquiries(db, InquiryFilter(), limit=1)[0].contact
    assert someone is not None
    new = inquiries.create_inquiry(db, {"subject": "Nowe", "contact_id": someone.id})
    refresh_keeping_place(screen)  # a colleague's new inquiry, listed first
    assert screen.count.text() == f"{PagedModel.PAGE - 1} of {total + 1} selected"
    assert new.id not in screen.selected_ids()
