"""What a paged list's selection means: the rows picked, or — after Select all — every record
its filter matches, loaded or not.

A PagedModel holds only the pages scrolled to (100 rows each); Ctrl+A selects those in the
view, but the user means the whole list. WholeSelection remembers that Select all was asked,
keeps the rows loaded later selected, and forgets it as soon as a row is unselected or the
list shows something else (another filter, search or sort: `key()` changed). A reload of the
same list (F5, a colleague's save) keeps it while every row read again is still selected;
a row come in meanwhile and not selected makes it "99 of 204 selected", never a silent
"all" that no longer means what the user chose. The screen asks core for the ids when it
acts.

    self.selection = WholeSelection(self.table, self.model, self.current_filter)
    ids = self.selection.ids(lambda: inquiries.inquiry_ids(db, flt))
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

from msek_desktop.ui.kit.table import PagedModel
from msek_desktop.ui.kit.widgets import RowTable


class WholeSelection(QObject):
    """The selection of `table` over `model`; `changed` after any change of it."""

    changed = Signal()

    def __init__(self, table: RowTable, model: PagedModel, key: Callable[[], object]) -> None:
        super().__init__(table)
        self.table = table
        self.model = model
        self.key = key  # what the list shows (its filter): "all" means all of that
        self.all = False  # Select all was asked: every record of the filter
        self._all_of: object = None
        self._extending = False
        table.whole_selected.connect(self._whole)
        table.selectionModel().selectionChanged.connect(self._picked)
        model.rowsInserted.connect(self._loaded)
        model.modelReset.connect(self._reset)

    def _whole(self) -> None:
        self.all = self.model.rowCount() > 0
        self._all_of = self.key()
        self.changed.emit()

    def _picked(self) -> None:
        if self.all and not self._extending and self.count_loaded() < self.model.rowCount():
            self.all = False
        if not self._extending:
            self.changed.emit()

    def _loaded(self, _parent: QModelIndex, first: int, last: int) -> None:
        """Rows fetched while everything is selected are selected too."""
        if self.all:
            self._select(first, last)

    def _select(self, first: int, last: int) -> None:
        span = QItemSelection(
            self.model.index(first, 0), self.model.index(last, self.model.columnCount() - 1)
        )
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        self._extending = True
        try:
            self.table.selectionModel().select(span, flags)
        finally:
            self._extending = False

    def _reset(self) -> None:
        same = self.all and self.key() == self._all_of and self.model.rowCount() > 0
        self.all = same
        if same:
            self._select(0, self.model.rowCount() - 1)
        self.changed.emit()

    def count_loaded(self) -> int:
        """How many loaded rows are selected."""
        return len(self.table.selectionModel().selectedRows())

    def any(self) -> bool:
        return self.all or self.table.selectionModel().hasSelection()

    def loaded_ids(self) -> list[int]:
        """The ids of the selected loaded rows, in the list's order."""
        picked = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.rows[n].id for n in picked]

    def ids(self, every: Callable[[], Sequence[int]]) -> list[int]:
        """The ids acted on: `every()` (the filter's, from core) after Select all, else the
        selected loaded rows."""
        return list(every()) if self.all else self.loaded_ids()


def context_actions(table: RowTable, actions: Sequence[QAction]) -> QAction:
    """A Select all action (Ctrl+A) first, then `actions`, in the table's context menu; the
    Select all action is returned, to be named with the screen's other texts."""
    select_all = QAction(table)
    select_all.setObjectName("actSelectAll")
    select_all.setShortcut(QKeySequence(QKeySequence.StandardKey.SelectAll))
    select_all.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    select_all.triggered.connect(table.selectAll)
    separator = QAction(table)
    separator.setSeparator(True)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    table.addActions([select_all, separator, *actions])
    return select_all
