"""A painted row model's cell calls back into Python less: its index made without asking the
row and column counts (RowsModel.index), its row read without a call of data() (row_of), a
"none planned" column's other cells painted by Qt's own delegate. The same indexes, rows and
pixels as before."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QTableView
from pytestqt.qtbot import QtBot

from msek_desktop.ui.kit.badges import NoteDelegate
from msek_desktop.ui.kit.table import ROW_ROLE, Column, RowsModel, row_of


@dataclass(frozen=True)
class Row:
    name: str
    note: str


ROWS = [Row(f"name {n}", f"{n:02}/05/2026") for n in range(1, 13)]
COLUMNS = [
    Column("name", lambda: "Name", lambda r: r.name),
    Column("note", lambda: "Next", lambda r: r.note),
]


class Plain(QAbstractTableModel):
    """Qt's own index(): asks rowCount and columnCount."""

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ROWS)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return None


class OwnData(RowsModel):
    """A row model with a data() of its own: its rows are asked through data()."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return super().data(index, role)


def model_of(cls: type[RowsModel] = RowsModel) -> RowsModel:
    model = cls(COLUMNS)
    model.set_rows(ROWS)
    return model


def test_indexes_are_qts() -> None:
    mine, plain = model_of(), Plain()
    cells = [(r, c) for r in range(-1, len(ROWS) + 2) for c in range(-1, len(COLUMNS) + 2)]
    for row, column in cells:
        got, expected = mine.index(row, column), plain.index(row, column)
        assert got.isValid() == expected.isValid()
        if got.isValid():
            assert (got.row(), got.column(), got.model()) == (row, column, mine)
    assert not mine.index(0, 0, mine.index(0, 0)).isValid()  # no child of a cell
    empty = RowsModel(COLUMNS)
    assert not empty.index(0, 0).isValid()


def test_a_cells_row_is_its_row_role() -> None:
    for model in (model_of(), model_of(OwnData)):
        for number in range(len(ROWS)):
            index = model.index(number, 1)
            assert row_of(index) is index.data(ROW_ROLE) is ROWS[number]
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model_of())
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    for number in range(len(ROWS)):
        index = proxy.index(number, 0)
        assert row_of(index) is index.data(ROW_ROLE)
    assert row_of(QModelIndex()) is None


def test_cells_not_noted_look_as_qt_paints_them(qtbot: QtBot) -> None:
    model = model_of()
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(400, 360)
    table.selectRow(2)
    table.setItemDelegateForColumn(1, QStyledItemDelegate(table))
    table.show()
    by_qt = table.grab().toImage()
    table.setItemDelegateForColumn(1, NoteDelegate(lambda row: False, table))
    assert table.grab().toImage() == by_qt
    table.setItemDelegateForColumn(1, NoteDelegate(lambda row: row.name == "name 3", table))
    assert table.grab().toImage() != by_qt  # a noted cell is drawn its own way
