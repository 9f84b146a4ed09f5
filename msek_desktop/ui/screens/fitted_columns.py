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
        # still sized to their contents measured over only the rows in view meanwhile.
        precision = header.resizeContentsPrecision()
        header.setResizeContentsPrecision(0)
        for column, width in zip(fitted, widths, strict=True):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        header.setResizeContentsPrecision(precision)


def _widest(table: QTableView, column: int) -> int:
    """table.sizeHintForColumn(column) (each row's cell as wide as its delegate says, and a
    pixel more for the grid), each distinct cell measured once: a row model's cell is sized
    by its text and font only (RowsModel.multiData), and a list of 500 follow-ups holds few
    distinct dates and actions (4,500 cells measured at My day's start, 40 ms of CPU).
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
        (delegate.sizeHint(option, model.index(n, column)).width() for n in distinct.values()),
        default=0,
    )
    return hint + 1 if table.showGrid() else hint
