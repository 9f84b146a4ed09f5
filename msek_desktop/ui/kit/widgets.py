"""Small widgets every screen uses: code combos, search boxes, table views and what an empty
one says."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

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


Choice = tuple[str, Callable[[], object]]  # a button's text and what it does
HEADER_PADDING = 28  # a header's margins and its sort indicator


class EmptyNotice(QWidget):
    """Over an empty table: why it is empty and, as buttons, what to do about it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("emptyNotice")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.row = QHBoxLayout()
        self.row.addStretch(1)
        self.row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addLayout(self.row)
        layout.addStretch(2)
        self.buttons: list[QPushButton] = []
        self.hide()

    def say(self, text: str, choices: Sequence[Choice] = ()) -> None:
        self.text.setText(text)
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for label, act in choices:
            button = QPushButton(label)
            # a new callable per button: PySide drops a bound method's connection to a new
            # sender once an earlier sender connected to it (the last notice's) is deleted
            button.clicked.connect(lambda _checked=False, act=act: act())
            self.row.insertWidget(self.row.count() - 1, button)
            self.buttons.append(button)
        self.show()
        self.raise_()


class RowTable(QTableView):
    """A read-only table of rows: whole-row selection; Enter or double-click activates.

    Select all (Ctrl+A) tells `whole_selected`: a paged list means by it every row its filter
    matches, not only those loaded. `say_empty` puts a notice over the empty table.
    """

    activated_row = Signal(object)
    whole_selected = Signal()

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
        self.empty = EmptyNotice(self.viewport())

    def selectAll(self) -> None:
        super().selectAll()
        if self.selectionMode() in (
            QAbstractItemView.SelectionMode.ExtendedSelection,
            QAbstractItemView.SelectionMode.MultiSelection,
        ):
            self.whole_selected.emit()

    def say_empty(self, text: str, choices: Sequence[Choice] = ()) -> None:
        """Why there is no row and, as buttons, what to do; an empty text hides the notice."""
        if not text:
            self.empty.hide()
            return
        self.empty.setGeometry(self.viewport().rect())
        self.empty.say(text, choices)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.empty.setGeometry(self.viewport().rect())

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


SQUEEZED_LEAST = 80  # a name column narrowed to let the columns after it be seen


class ColumnWidths(QObject):
    """A table's column widths: each at least its preset, what the screen measures (a date, a
    badge) and its header; one column (`filling`) takes the room the first `first` columns
    leave in the view, again as the view is resized, until the user sets a width by hand.

    Where the first columns would not leave the filler its least width, headers of several
    words go on two lines (Polish "Następne przypomnienie" over a date) and their columns
    need only their longest word."""

    def __init__(
        self,
        table: QTableView,
        preset: dict[str, int],
        filling: str,
        first: int,
        grow: dict[str, int] | None = None,
    ) -> None:
        """`grow`: columns that share, up to these widths, what a wide window leaves beyond
        twice the filler's least width (names elided at 1280 pixels, whole at 1920)."""
        super().__init__(table)
        self.table = table
        self.preset = preset
        self.filling = filling
        self.first = first
        self.grow = grow or {}
        self.by_hand = False  # the user dragged a column's edge: widths are theirs
        self.one_line: list[int] = []  # the widths, headers on one line
        self.two_lines: list[int] = []  # the widths, long headers on two lines
        self._fitting = False
        table.horizontalHeader().sectionResized.connect(self._resized)
        table.viewport().installEventFilter(self)

    def _keys(self) -> list[str]:
        model = self.table.model()
        return [c.key for c in getattr(model, "columns", [])]

    def fit(self, at_least: dict[str, int]) -> None:
        """Measure the columns again (a new language): `at_least` by key; then fill."""
        titles = self.table.horizontalHeader().fontMetrics()
        model = self.table.model()
        self.one_line, self.two_lines = [], []
        for number, key in enumerate(self._keys()):
            title = str(model.headerData(number, Qt.Orientation.Horizontal) or "")
            least = max(self.preset.get(key, 100), at_least.get(key, 0))
            word = max(titles.horizontalAdvance(w) for w in title.split() or [""])
            self.one_line.append(max(least, titles.horizontalAdvance(title) + HEADER_PADDING))
            self.two_lines.append(max(least, word + HEADER_PADDING))
        self.by_hand = False
        self.fill()

    def fill(self) -> None:
        keys = self._keys()
        if self.by_hand or self.filling not in keys or len(self.one_line) != len(keys):
            return
        filler = keys.index(self.filling)
        least = self.preset.get(self.filling, 100)
        room = self.table.viewport().width()
        widths = self.one_line
        if room - sum(w for n, w in enumerate(widths[: self.first]) if n != filler) < least:
            widths = self.two_lines
        wrapped = widths is self.two_lines
        widths = self._grown(keys, widths, room - sum(widths[: self.first]) + widths[filler])
        widths = self._squeezed(keys, widths, filler, room - least)
        others = sum(w for n, w in enumerate(widths[: self.first]) if n != filler)
        self._fitting = True
        try:
            for number, width in enumerate(widths):
                wanted = max(least, room - others) if number == filler else width
                self.table.setColumnWidth(number, wanted)
        finally:
            self._fitting = False
        self._header_lines(2 if wrapped else 1)

    def _grown(self, keys: list[str], widths: list[int], filler_room: int) -> list[int]:
        """`widths` with the growing columns given their share of the room the filler has
        beyond twice its least width."""
        spare = filler_room - 2 * self.preset.get(self.filling, 100)
        gaps = {k: max(0, cap - widths[keys.index(k)]) for k, cap in self.grow.items() if k in keys}
        wanted = sum(gaps.values())
        if spare <= 0 or not wanted:
            return widths
        given = min(spare, wanted)
        grown = list(widths)
        for key, gap in gaps.items():
            grown[keys.index(key)] += gap * given // wanted
        return grown

    def _squeezed(self, keys: list[str], widths: list[int], filler: int, room: int) -> list[int]:
        """`widths` with the growing columns (names, elided with their whole text in the
        tooltip) narrowed, each down to SQUEEZED_LEAST, until the first columns but the filler
        fit in `room`: a long badge or word in one language does not push the last of them
        out of sight."""
        over = sum(w for n, w in enumerate(widths[: self.first]) if n != filler) - room
        squeezable = [keys.index(k) for k in self.grow if k in keys]
        squeezed = list(widths)
        while over > 0:
            able = [n for n in squeezable if squeezed[n] > SQUEEZED_LEAST]
            if not able:
                break
            share = max(1, -(-over // len(able)))  # rounded up
            for n in able:
                cut = min(share, squeezed[n] - SQUEEZED_LEAST, over)
                squeezed[n] -= cut
                over -= cut
        return squeezed

    def _header_lines(self, lines: int) -> None:
        header = self.table.horizontalHeader()
        if lines == 2:
            header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
            header.setMinimumHeight(2 * header.fontMetrics().height() + 8)
        else:
            header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setMinimumHeight(0)

    def _resized(self, index: int, _old: int, _new: int) -> None:
        last = self.table.horizontalHeader().count() - 1
        if not self._fitting and index != last:  # the last one stretches by itself
            self.by_hand = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fill()
        return False
