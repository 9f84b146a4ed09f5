"""fit_once measures by the delegate only the texts that may be the widest by their font's
advance: the widths stay Qt's, for texts of every script and width, of several lines or with
tabs; and a list of 500 rows not shown yet has a few dozen cells measured, not every row."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from msek_desktop.core.rows import FollowUpRow
from msek_desktop.ui.kit.table import TipRowsModel, share_width
from msek_desktop.ui.kit.widgets import RowTable
from msek_desktop.ui.screens.fitted_columns import fit_once
from msek_desktop.ui.screens.followups import followup_columns
from tests.ui.test_fitted_columns import STRETCH, rows

REFS = (
    "2026-0001", "2026-0002", "R-11", "WWWW", "iiiiiiiiiiiiii", "Łódź żółć", "نص عربي طويل",
    "中文字中文字", "ﬁﬂ ﬃ", "a\tb\tc", "WWWWWWW\nWW", "e\u0301e\u0301e\u0301", "Ω≈ç√∫",
)  # fmt: skip


class Counted(TipRowsModel):
    """Counts the cells its delegate asks for (multiData: one call a cell measured)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.asked = 0

    def multiData(self, index: Any, roleDataSpan: Any) -> None:
        self.asked += 1
        super().multiData(index, roleDataSpan)


def table_of(found: list[FollowUpRow], parent: QWidget) -> RowTable:
    columns = followup_columns()
    model = Counted(columns, parent)
    table = RowTable()
    table.setModel(model)
    share_width(table, columns, STRETCH)
    model.set_rows(found)
    return table


def widths_after_fitting(qtbot: QtBot, found: list[FollowUpRow]) -> tuple[list[int], list[int]]:
    window = QWidget()
    qtbot.addWidget(window)
    by_qt, fitted = table_of(found, window), table_of(found, window)
    fit_once(fitted)
    for table in (by_qt, fitted):
        table.setParent(window)
        table.resize(900, 300)
    window.show()
    qtbot.waitExposed(window)
    contents = [c for c, col in enumerate(followup_columns()) if col.key not in STRETCH]
    return (
        [by_qt.horizontalHeader().sectionSize(c) for c in contents],
        [fitted.horizontalHeader().sectionSize(c) for c in contents],
    )


def test_texts_of_every_kind_give_qt_widths(qtbot: QtBot) -> None:
    base = rows(len(REFS), 3)
    for widest in range(len(REFS)):  # each text in turn the longest, the others shorter
        found = [
            replace(row, inquiry_ref=ref if n == widest else ref[: max(1, len(ref) // 3)])
            for n, (row, ref) in enumerate(zip(base, REFS, strict=True))
        ]
        by_qt, fitted = widths_after_fitting(qtbot, found)
        assert fitted == by_qt, REFS[widest]
    # all at once; a text of two lines, narrower than the widest of one (its advance wider)
    for refs in (REFS, ("WWWW\nWWWW", "WWWWWW", "WW")):
        found = [replace(row, inquiry_ref=ref) for row, ref in zip(base, refs, strict=False)]
        by_qt, fitted = widths_after_fitting(qtbot, found)
        assert fitted == by_qt, refs


def test_a_long_list_not_shown_has_few_cells_measured(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    found = rows(500, 12)  # refs of as many digits: one advance but the last's
    fitted = table_of(found, window)
    model = fitted.model()
    assert isinstance(model, Counted)
    fit_once(fitted)
    # the due dates' distinct advances, the actions', the refs' two; and a row of each
    # column still sized to its contents as the modes change (Qt's own measure)
    assert 0 < model.asked < 20
