"""Table models over plain rows: column declarations, one set_rows(), paging on demand.

RowsModel shows a list it is given. PagedModel asks a fetch function for one page at a time
(Qt calls fetchMore as the view scrolls), so 100,000 inquiries never load at once; sorting
is done by the service (a sort key per column), not in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QDate,
    QLocale,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from msek_desktop.ui.kit.fields import ERROR_COLOUR

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)})
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_MARK_ROLES = frozenset({_FOREGROUND, _FONT})
_ROLES = _TEXT_ROLES | _MARK_ROLES | {int(ROW_ROLE)}
OVERDUE = QColor(ERROR_COLOUR)
# The roles QStyledItemDelegate asks of each cell it paints, at once (multiData), in its order
# (Qt 6): font, alignment, foreground, check state, decoration, display, background; at these
# places those a row model answers.
_STYLED_ROLES = 7
_STYLED_FONT, _STYLED_FOREGROUND, _STYLED_DISPLAY = 0, 2, 5
_STYLED_OTHERS = (0, 1, 2, 3, 4, 6)  # all but the text: none, but a marked cell's font and colour
_STYLED_ORDER = (
    (_STYLED_DISPLAY, _DISPLAY),
    (_STYLED_FONT, _FONT),
    (_STYLED_FOREGROUND, _FOREGROUND),
)


class _Order:
    """Whether the spans of _STYLED_ROLES roles come in the order above: checked in full on
    the first one (the delegate's; Qt's order does not change while the program runs), then
    only where the text goes, each cell (a role's place read back costs a call into Qt)."""

    styled: bool | None = None

    @classmethod
    def known(cls, roles: Any) -> bool:
        if cls.styled is None:
            cls.styled = all(roles[place].role() == role for place, role in _STYLED_ORDER)
        return cls.styled and roles[_STYLED_DISPLAY].role() == _DISPLAY


@dataclass(frozen=True)
class Column:
    key: str
    title: Callable[[], str]
    value: Callable[[Any], Any]
    sort_key: str | None = None
    # the column that carries the row's mark (an overdue date in red and bold): only this
    # cell is coloured, never the whole row
    marked: bool = False


def qdate(value: date) -> QDate:
    """A QDate of a Python date (spelled out: not every PySide6 release types QDate(date))."""
    return QDate(value.year, value.month, value.day)


def display(value: Any) -> str:
    """Dates in the window's locale, everything else as text."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return QLocale().toString(qdate(value), QLocale.FormatType.ShortFormat)
    return str(value)


class RowsModel(QStandardItemModel):
    """Plain rows in declared columns; `highlight(row)` may mark a row (overdue ...).

    A QStandardItemModel without items: it only counts the rows and columns, so the view's
    index() of each cell it paints, and its rowCount() and columnCount(), are Qt's own, not
    calls into Python (0.3 ms of the 5 a list's viewport takes to paint); what a cell shows
    comes from data() and multiData() here, from the rows. Its cells' flags say editable
    and draggable: the tables (RowTable) edit and drag nothing.

    The mark shows only in the columns declared `marked` (the date that is late), in the
    colour given and in bold, so the marker does not rely on colour alone.
    """

    # The lists (PagedModel) compute a row's texts once, when first painted, and keep them
    # until their rows are set again or the language changes (retranslate).
    KEEP_TEXTS = False

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.setColumnCount(len(self.columns))
        self.rows: list[Any] = []
        self.highlight: Callable[[Any], QColor | None] = lambda _row: None
        self._texts: dict[int, tuple[Any, list[str]]] = {}  # id(row): (row, its texts)
        # a model answering other roles (a data() of its own) has each asked (multiData)
        self._rows_data = type(self).data in ROW_DATA
        self._marked = frozenset(n for n, c in enumerate(self.columns) if c.marked)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._texts.clear()
        blocked = self.blockSignals(True)  # the reset says it
        self.setRowCount(len(self.rows))
        self.blockSignals(blocked)
        self.endResetModel()

    def text(self, row: Any, column: int) -> str:
        """The cell's text (display: dates in the window's locale)."""
        if not self.KEEP_TEXTS:
            return display(self.columns[column].value(row))
        kept = self._texts.get(id(row))
        if kept is None or kept[0] is not row:
            kept = (row, [display(c.value(row)) for c in self.columns])
            self._texts[id(row)] = kept
        return kept[1][column]

    def row_at(self, index: Index) -> Any:
        return self.rows[index.row()] if index.isValid() else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # the view asks a dozen roles a cell as it paints: the others answered first, at once
        if role not in _ROLES:
            return None
        number = index.row()  # -1: an invalid index
        if not 0 <= number < len(self.rows):
            return None
        row = self.rows[number]
        if role in _TEXT_ROLES:
            # the tooltip is the whole text of a cell elided in a narrow column
            return self.text(row, index.column())
        if role == ROW_ROLE:
            return row
        if not self.columns[index.column()].marked:
            return None
        colour = self.highlight(row)
        if colour is None:
            return None
        return QBrush(colour) if role == _FOREGROUND else _bold()

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """The roles a delegate asks of a cell it paints, in one call rather than one a role
        (a list painted again at each keystroke of a search asks it of some 250 cells)."""
        roles: Any = roleDataSpan  # a span: sized, indexed (not said by PySide6's stubs)
        number = index.row()
        if (
            not self._rows_data
            or len(roles) != _STYLED_ROLES
            or not 0 <= number < len(self.rows)
            or not _Order.known(roles)
        ):
            super().multiData(index, roles)
            return
        row = self.rows[number]
        column = index.column()
        # every place written: the delegate keeps its roles from one cell to the next
        for place in _STYLED_OTHERS:
            roles[place].clearData()
        roles[_STYLED_DISPLAY].setData(self.text(row, column))
        if column in self._marked:
            colour = self.highlight(row)
            if colour is not None:
                roles[_STYLED_FOREGROUND].setData(QBrush(colour))
                roles[_STYLED_FONT].setData(_bold())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title()
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def retranslate(self) -> None:
        self._texts.clear()
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)


def row_of(index: Index) -> Any:
    """The row of a cell (its ROW_ROLE); of a row model's cell without a call back into its
    data() (a delegate asks it of each cell it paints)."""
    model = index.model()
    if isinstance(model, RowsModel) and model._rows_data:
        return model.row_at(index) if 0 <= index.row() < len(model.rows) else None
    return index.data(ROW_ROLE)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


Fetch = Callable[[int, int, str | None, bool], Sequence[Any]]


class PagedModel(RowsModel):
    """Rows fetched page by page from `fetch(offset, limit, sort_key, descending)`."""

    PAGE = 100  # about three screens of rows; more come as the view scrolls
    KEEP_TEXTS = True

    def __init__(self, columns: Sequence[Column], fetch: Fetch, parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._fetch = fetch
        self._more = False
        self.loaded = False  # a first page read: until then a sort only says the order
        self.sort_key: str | None = None
        self.descending = False

    def reload(self, fetch: Fetch | None = None) -> None:
        """Start again from the first page (after a filter, search or sort change)."""
        if fetch is not None:
            self._fetch = fetch
        first = list(self._fetch(0, self.PAGE, self.sort_key, self.descending))
        self._more = len(first) == self.PAGE
        self.loaded = True
        self.set_rows(first)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = list(self._fetch(len(self.rows), self.PAGE, self.sort_key, self.descending))
        self._more = len(page) == self.PAGE
        if page:
            self.rows.extend(page)
            self.setRowCount(len(self.rows))  # says the rows inserted

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Read the first page again in the order asked; before the first page was read
        (a view enabling its sorting), only remember the order: reload() reads it."""
        if not 0 <= column < len(self.columns):  # no indicator: the service's own order
            self.sort_key = None
        else:
            key = self.columns[column].sort_key
            if key is None:
                return
            self.sort_key = key
            self.descending = order == Qt.SortOrder.DescendingOrder
        if self.loaded:
            self.reload()


class WithTooltips:
    """A row model whose cells show their whole text as a tooltip (columns may be narrow)."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None  # type: ignore[misc]
        return super().data(index, role)  # type: ignore[misc]


class TipRowsModel(WithTooltips, RowsModel):
    pass


class TipPagedModel(WithTooltips, PagedModel):
    pass


# data() of the row models, which answer the delegate's roles as multiData does (a cell sized
# by its text and font only: fitted_columns)
ROW_DATA = (RowsModel.data, WithTooltips.data)


def share_width(table: QTableView, columns: Sequence[Column], stretch: set[str]) -> None:
    """Short columns as wide as their contents; the `stretch` ones share what is left, so a
    narrow window elides long texts (whole in the tooltip) instead of scrolling sideways."""
    header = table.horizontalHeader()
    for number, column in enumerate(columns):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column.key in stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(number, mode)


def fit_columns(table: QTableView, widest: int = 260, padding: int = 0) -> None:
    """Columns as wide as their contents (plus `padding`), none wider than `widest`; the last
    one stretches."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(header.count() - 1):
        header.resizeSection(column, min(header.sectionSize(column) + padding, widest))
