"""Columns sized to their contents, measured once when a list's rows are set.

    fit_once(table, ...)

A table whose columns share_width sizes to their contents (ResizeToContents) has them
measured by Qt again at every layout pass: every row of each, three times before the
window's first paint (0.19 s of CPU over My day's lists of 500 rows). fit_once measures
them as Qt's header would (the larger size hint of the view and of the header, within
the header's bounds) and keeps that width (Fixed: no more resizable by hand than before).
For lists whose rows are all read at once: call it again when their rows, or their texts
(a change of language), change.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from msek_desktop.ui.kit.table import ROW_DATA, RowsModel


def fit_once(*tables: QTableView) -> None:
    """Each table's columns sized to their contents measured now and kept at that width."""
    for table in tables:
        header = table.horizontalHeader()
        fitted: list[int] | None = getattr(table, "fitted_columns", None)
        if fitted is None:  # the columns share_width sized to their contents
            contents = QHeaderView.ResizeMode.ResizeToContents
            fitted = [c for c in range(header.count()) if header.sectionResizeMode(c) == contents]
            table.fitted_columns = fitted  # type: ignore[attr-defined]
        table.ensurePolished()  # measured with the style and fonts it is painted with
        low, high = header.minimumSectionSize(), header.maximumSectionSize()
        widths = [min(max(_widest(table, c), header.sectionSizeHint(c), low), high) for c in fitted]
        # Each change of mode makes the header size its automatic sections at once: those
        # still sized to their contents measured over one row meanwhile (0, "the rows in
        # view", is every row of a view not shown yet: Qt stops at the count, never at 0).
        precision = header.resizeContentsPrecision()
        header.setResizeContentsPrecision(1)
        for column, width in zip(fitted, widths, strict=True):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        header.setResizeContentsPrecision(precision)


def _widest(table: QTableView, column: int) -> int:
    """table.sizeHintForColumn(column) (each row's cell as wide as its delegate says, and a
    pixel more for the grid), with only the cells that may be the widest measured by the
    delegate: a row model's cell is sized by its text and font only (RowsModel.multiData), so
    each distinct text (plain or bold) is first measured by its font's advance, 2 us rather
    than the delegate's 16 (My day's lists of 500 follow-ups: 500 distinct refs each).
    Other models and delegates, and more rows than Qt measures, are measured by Qt."""
    model = table.model()
    delegate = table.itemDelegateForColumn(column) or table.itemDelegate()
    precision = table.horizontalHeader().resizeContentsPrecision()
    if (
        not isinstance(model, RowsModel)
        or type(model).data not in ROW_DATA
        or type(delegate) is not QStyledItemDelegate
        or 0 <= precision < model.rowCount()
    ):
        return table.sizeHintForColumn(column)
    marked = model.columns[column].marked
    distinct: dict[tuple[str, bool], int] = {}
    for number, row in enumerate(model.rows):
        bold = marked and model.highlight(row) is not None
        distinct.setdefault((model.text(row, column), bold), number)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    hint = max(
        (
            delegate.sizeHint(option, model.index(n, column)).width()
            for n in _may_be_widest(distinct, option.font)
        ),
        default=0,
    )
    return hint + 1 if table.showGrid() else hint


# The advance of a text and the width the delegate lays it out in differ by a pixel at most
# (seen: Arabic); texts of several lines (a line separator) or with tabs are laid out otherwise.
_NEAR = 3.0
_LAID_OUT_OTHERWISE = re.compile("[\\n\\t\\u2028\\u2029]")


def _may_be_widest(distinct: dict[tuple[str, bool], int], font: QFont) -> list[int]:
    """The rows of the texts within _NEAR pixels of the widest by their font's advance (bold:
    the view's font in bold, as a marked cell's QFont is resolved against it), one of each
    advance and font (the same glyphs' widths: refs of as many digits), and of those laid out
    otherwise: the others are narrower than the widest in the delegate's measure."""
    bold = QFont(font)
    bold.setBold(True)
    metrics = {False: QFontMetricsF(font), True: QFontMetricsF(bold)}
    advances: dict[tuple[float, bool], int] = {}
    otherwise = []
    for (text, is_bold), number in distinct.items():
        if _LAID_OUT_OTHERWISE.search(text):
            otherwise.append(number)
        else:
            advances.setdefault((metrics[is_bold].horizontalAdvance(text), is_bold), number)
    widest = max((advance for advance, _ in advances), default=0.0)
    near = [number for (advance, _), number in advances.items() if advance >= widest - _NEAR]
    return near + otherwise
