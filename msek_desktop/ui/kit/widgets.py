"""Small widgets every screen uses: code combos, search boxes, table views."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLineEdit, QTableView

from msek_desktop.ui.kit import labels


class CodeCombo(QComboBox):
    """A combo of codes shown with translated labels; an optional first "any" entry."""

    def __init__(
        self,
        table: dict[str, Callable[[], str]],
        *,
        any_text: Callable[[], str] | None = None,
        codes: Iterable[str] | None = None,
    ) -> None:
        super().__init__()
        self._table = table
        self._any = any_text
        self._codes = list(codes if codes is not None else table)
        # long entries (staff names, field names) must not widen the filter bar
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.retranslate()

    def set_choices(self, table: dict[str, Callable[[], str]]) -> None:
        """Replace the codes (staff members, fields of exchange read from the database)."""
        self._table = table
        self._codes = list(table)
        self.retranslate()

    def retranslate(self) -> None:
        current = self.code()
        self.blockSignals(True)
        self.clear()
        if self._any is not None:
            self.addItem(self._any(), None)
        for code in self._codes:
            self.addItem(labels.label(self._table, code), code)
        self.set_code(current)
        self.blockSignals(False)

    def code(self) -> str | None:
        data = self.currentData()
        return str(data) if data is not None else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code)
        self.setCurrentIndex(index if index >= 0 else 0)


class SearchBox(QLineEdit):
    """A line edit for search-as-you-type; Esc clears it."""

    def __init__(self) -> None:
        super().__init__()
        self.setClearButtonEnabled(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class RowTable(QTableView):
    """A read-only table of rows: whole-row selection; Enter or double-click activates."""

    activated_row = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.doubleClicked.connect(self._activate)

    def _activate(self) -> None:
        index = self.currentIndex()
        model = self.model()
        if index.isValid() and model is not None and hasattr(model, "row_at"):
            self.activated_row.emit(model.row_at(index))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activate()
            return
        super().keyPressEvent(event)
