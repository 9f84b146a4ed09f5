"""The Inquiries screen: paged model, search as you type, filters, sorting, deleted ones."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from msek_desktop.core import db as db_module
from msek_desktop.core import demo, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.core.search import fold
from msek_desktop.core.store import open_database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.kit.table import PagedModel
from msek_desktop.ui.screens.inquiries import InquiriesScreen

if TYPE_CHECKING:
    from tests.ui.conftest import Asked


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(tmp_path / "s.db", demo.generate, inquiries=400, seed=5)


def test_model_passes_the_model_tester(screen: InquiriesScreen, qtmodeltester: Any) -> None:
    qtmodeltester.check(screen.model)


def test_rows_come_a_page_at_a_time(screen: InquiriesScreen, db: Database) -> None:
    total = inquiries.count_inquiries(db, InquiryFilter(open=True))
    assert total > PagedModel.PAGE
    assert screen.model.rowCount() == PagedModel.PAGE
    assert screen.model.canFetchMore()
    screen.model.fetchMore()
    assert screen.model.rowCount() == min(total, 2 * PagedModel.PAGE)
    ids = [r.id for r in screen.model.rows]
    assert len(ids) == len(set(ids))


def test_search_as_you_type_ignores_accents(qtbot: QtBot, screen: InquiriesScreen) -> None:
    before = screen.model.rows
    qtbot.keyClicks(screen.search, "lodz")
    qtbot.waitUntil(lambda: screen.model.rows is not before)  # once the typing reached it
    rows = screen.model.rows
    assert rows
    for row in rows:
        text = fold(" ".join(filter(None, (
            row.organisation.name if row.organisation else "",
            row.organisation.city if row.organisation else "",
            row.contact.full_name if row.contact else "", row.subject,
        ))))  # fmt: skip
        assert "lodz" in text
    qtbot.waitUntil(lambda: screen.count.text() == f"{len(rows)} inquiries")


def test_filters_narrow_the_list(screen: InquiriesScreen) -> None:
    screen.stage.set_code("matching")
    assert screen.model.rows and all(r.stage == "matching" for r in screen.model.rows)
    screen.stage.set_code(None)
    screen.side.set_code("saint_etienne")
    assert all(r.side == "saint_etienne" for r in screen.model.rows)
    screen.side.set_code(None)
    screen.assignee.set_code(inquiries.UNASSIGNED)
    assert screen.model.rows and all(r.assignee is None for r in screen.model.rows)
    screen.assignee.set_code(None)
    screen.show_which.set_code("closed")
    assert screen.model.rows and all(not r.is_open for r in screen.model.rows)


def test_header_click_sorts_through_the_service(screen: InquiriesScreen) -> None:
    column = [c.key for c in screen.model.columns].index("contact")
    screen.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    names = [r.contact.last_name for r in screen.model.rows if r.contact]
    assert names == sorted(names)
    screen.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    names = [r.contact.last_name for r in screen.model.rows if r.contact]
    assert names == sorted(names, reverse=True)


def test_deleted_filter_and_restore(screen: InquiriesScreen, db: Database) -> None:
    victim = screen.model.rows[0]
    inquiries.set_deleted(db, victim.id, True)
    screen.refresh()
    assert victim.id not in [r.id for r in screen.model.rows]
    screen.show_which.set_code("deleted")
    assert [r.id for r in screen.model.rows] == [victim.id]
    assert screen.restore_button.isVisibleTo(screen)
    screen.table.selectRow(0)
    screen._restore()
    assert inquiries.get_inquiry(db, victim.id).row.deleted_at is None


def test_enter_opens_the_selected_inquiry(qtbot: QtBot, screen: InquiriesScreen) -> None:
    opened: list[int] = []
    screen.ctx.events.open_inquiry.connect(opened.append)
    screen.table.setCurrentIndex(screen.model.index(2, 0))
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert opened == [screen.model.rows[2].id]


def test_overdue_dates_are_marked_not_whole_rows(screen: InquiriesScreen) -> None:
    today = screen.ctx.today()
    date_column = [c.key for c in screen.model.columns].index("next_followup")
    late_rows = 0
    for number, row in enumerate(screen.model.rows):
        brush = screen.model.index(number, date_column).data(Qt.ItemDataRole.ForegroundRole)
        font = screen.model.index(number, date_column).data(Qt.ItemDataRole.FontRole)
        late = row.is_open and row.next_followup is not None and row.next_followup < today
        assert (brush is not None) == late
        assert (font is not None and font.bold()) == late
        late_rows += late
        assert screen.model.index(number, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert late_rows, "the demo data has overdue inquiries"


def test_every_column_sorts(screen: InquiriesScreen) -> None:
    for number, column in enumerate(screen.model.columns):
        assert column.sort_key is not None, column.key
        screen.table.sortByColumn(number, Qt.SortOrder.DescendingOrder)
        assert screen.model.rowCount() == PagedModel.PAGE, column.key
    field = [c.key for c in screen.model.columns].index("field")
    screen.table.sortByColumn(field, Qt.SortOrder.AscendingOrder)
    firsts = [min(r.fields) for r in screen.model.rows if r.fields]
    assert firsts == sorted(firsts)


@pytest.mark.database_file  # a read-only database file
def test_a_refused_restore_is_a_warning(
    qtbot: QtBot, db: Database, asked: Asked, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = inquiries.list_inquiries(db, InquiryFilter(), limit=1)[0]
    inquiries.set_deleted(db, victim.id, True)
    monkeypatch.setattr(db_module, "writable", lambda _path: False)
    read_only = open_database(db.path)
    try:
        screen = InquiriesScreen(AppContext(db=read_only, me="anowak", languages=Languages()))
        qtbot.addWidget(screen)
        screen.show_which.set_code("deleted")
        screen.table.selectRow(0)
        screen.restore_button.click()
        assert asked.texts("warn") == ["The database is read-only: changes cannot be saved."]
        assert inquiries.get_inquiry(db, victim.id).row.deleted_at is not None
    finally:
        read_only.dispose()
