"""fit_once measures each distinct cell of a row model once: the widths stay Qt's own, the
bold (marked) cells and a delegate of the column's own counted as Qt counts them."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QWidget
from pytestqt.qtbot import QtBot

from msek_desktop.ui.kit.table import TipRowsModel, share_width
from msek_desktop.ui.kit.widgets import RowTable
from msek_desktop.ui.screens.fitted_columns import fit_once
from msek_desktop.ui.screens.followups import followup_columns
from tests.ui.test_fitted_columns import STRETCH, rows


class Wide(QStyledItemDelegate):
    """A delegate of a column's own, wider than the text (measured by Qt, row by row)."""

    def sizeHint(self, option, index):
        hint = super().sizeHint(option, index)
        hint.setWidth(hint.width() + 7 * index.row() % 13)
        return hint


def table_of(parent: QWidget, bold_from: int, wide: bool) -> RowTable:
    columns = followup_columns()
    model = TipRowsModel(columns, parent)
    # a second copy of the rows from `bold_from` on, bold in the date column (marked): the
    # same dates, wider than the first copy's, which comes first
    first, late = rows(200, 6), rows(200, 6)[bold_from:]
    bold = {id(row) for row in late}
    model.highlight = lambda row: QColor("red") if id(row) in bold else None
    table = RowTable()
    table.setModel(model)
    if wide:
        table.setItemDelegateForColumn(1, Wide(table))
    share_width(table, columns, STRETCH)
    model.set_rows(first + late)
    return table


def test_distinct_cells_give_qt_widths(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    contents = [c for c, col in enumerate(followup_columns()) if col.key not in STRETCH]
    for bold_from, wide in ((150, False), (0, True), (1000, False)):
        by_qt, fitted = table_of(window, bold_from, wide), table_of(window, bold_from, wide)
        fit_once(fitted)
        header = fitted.horizontalHeader()
        assert all(header.sectionResizeMode(c) == QHeaderView.ResizeMode.Fixed for c in contents)
        for table in (by_qt, fitted):
            table.setParent(window)
            table.resize(900, 300)
        window.show()
        qtbot.waitExposed(window)
        widths = [by_qt.horizontalHeader().sectionSize(c) for c in contents]
        assert [header.sectionSize(c) for c in contents] == widths, (bold_from, wide)
        for table in (by_qt, fitted):
            table.setParent(None)
