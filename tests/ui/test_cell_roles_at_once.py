"""A row model answers the roles a delegate asks of a painted cell in one call (multiData):
what it answers is what data() answers role by role, and the list looks the same."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from msek_desktop.core import demo
from msek_desktop.core.db import Database
from msek_desktop.ui.kit.table import PagedModel
from msek_desktop.ui.screens.inquiries import InquiriesScreen


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(tmp_path / "roles.db", demo.generate, inquiries=300, seed=11)


class RoleByRole(PagedModel):
    """The same rows, each role asked apart (a data() of its own: multiData does not
    answer for it)."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return super().data(index, role)


def test_a_cell_styled_at_once_is_the_cell_asked_role_by_role(screen: InquiriesScreen) -> None:
    model = screen.model
    delegate = QStyledItemDelegate()
    marked = [c.marked for c in model.columns].index(True)
    late = 0
    for number in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(number, column)
            opt = QStyleOptionViewItem()
            delegate.initStyleOption(opt, index)  # asks its roles at once
            assert opt.text == index.data(Qt.ItemDataRole.DisplayRole)
            brush = index.data(Qt.ItemDataRole.ForegroundRole)
            font = index.data(Qt.ItemDataRole.FontRole)
            assert (brush is None) == (font is None)
            if brush is not None:
                assert column == marked
                assert opt.palette.color(QPalette.ColorRole.Text) == brush.color()
                assert opt.font.bold()
                late += 1
            else:
                assert not opt.font.bold()
    assert late, "the demo data has overdue inquiries"


def test_the_list_looks_the_same_either_way(screen: InquiriesScreen) -> None:
    screen.resize(1280, 800)
    screen.show()
    late = [n for n, row in enumerate(screen.model.rows) if screen._highlight(row) is not None]
    assert late and late[0] < 20, "an overdue date among the rows seen"
    screen.table.selectRow(1)  # a selected row too
    at_once = screen.table.grab().toImage()
    apart = RoleByRole(screen.model.columns, lambda *_: [], screen)
    apart.highlight = screen.model.highlight
    apart.set_rows(screen.model.rows)
    screen.table.setModel(apart)
    screen.table.selectRow(1)
    assert screen.table.grab().toImage() == at_once
    assert apart.rowCount(QModelIndex()) == screen.model.rowCount()
