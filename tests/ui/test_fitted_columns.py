"""fit_once: a list's columns sized to their contents measured once, as wide as Qt makes them."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QHeaderView, QWidget
from pytestqt.qtbot import QtBot

from msek_desktop.core.rows import FollowUpRow
from msek_desktop.ui.kit.table import TipRowsModel, share_width
from msek_desktop.ui.kit.widgets import RowTable
from msek_desktop.ui.screens.fitted_columns import fit_once
from msek_desktop.ui.screens.followups import followup_columns

STRETCH = {"description", "subject"}


def rows(count: int, ref_width: int) -> list[FollowUpRow]:
    """Follow-ups whose refs and actions differ in length; the longest ones last."""
    actions = ("call", "email", "meeting", "other")
    return [
        FollowUpRow(
            n, n, "R" + "9" * (ref_width if n == count - 1 else 3), "Subject", None,
            date(2026, 1, 1) + timedelta(days=n), actions[n % len(actions)], "To do", None, "", 1,
        )
        for n in range(count)
    ]  # fmt: skip


def table_of(found: list[FollowUpRow], parent: QWidget) -> RowTable:
    columns = followup_columns()
    model = TipRowsModel(columns, parent)
    table = RowTable()
    table.setModel(model)
    share_width(table, columns, STRETCH)
    model.set_rows(found)
    return table


def test_fitted_columns_are_as_wide_as_qt_makes_them(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    found = rows(300, 12)  # the widest ref in the last row, far out of view
    by_qt, fitted = table_of(found, window), table_of(found, window)
    fit_once(fitted)
    header = fitted.horizontalHeader()
    contents = [c for c in range(header.count()) if followup_columns()[c].key not in STRETCH]
    assert all(header.sectionResizeMode(c) == QHeaderView.ResizeMode.Fixed for c in contents)
    for table in (by_qt, fitted):
        table.setParent(window)
        table.resize(900, 300)
    window.show()
    qtbot.waitExposed(window)
    widths = [by_qt.horizontalHeader().sectionSize(c) for c in contents]
    assert [header.sectionSize(c) for c in contents] == widths
    # new rows (a longer ref) measured again when fitted again
    by_qt.model().set_rows(rows(300, 20))  # type: ignore[attr-defined]
    fitted.model().set_rows(rows(300, 20))  # type: ignore[attr-defined]
    fit_once(fitted)
    qtbot.wait(10)
    wider = [by_qt.horizontalHeader().sectionSize(c) for c in contents]
    assert wider != widths
    assert [header.sectionSize(c) for c in contents] == wider
