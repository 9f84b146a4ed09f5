"""The list screen People and Organisations share: search as you type, a side filter, a
"Show deleted" toggle with Restore, a paged table, a count; each row opens its RecordForm.

Select all (Ctrl+A, the list's context menu) means every record the search and filters
match, loaded or not (WholeSelection); Restore says how many it restores before it does. An
empty list says why and what to do (RecordsScreen.explain_empty).
"""

from __future__ import annotations

from functools import partial
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels, questions, typed_search
from msek_desktop.ui.kit.live import install_server_notice, pages_server, reads_server
from msek_desktop.ui.kit.selection import WholeSelection, context_actions
from msek_desktop.ui.kit.table import Column, PagedModel, fit_columns
from msek_desktop.ui.kit.widgets import Choice, CodeCombo, RowTable, SearchBox
from msek_desktop.ui.kit.writes import run_write
from msek_desktop.ui.screens.screen import Screen

if TYPE_CHECKING:  # each screen's own form, loaded with it (the inquiries list needs none)
    from msek_desktop.ui.forms.record_form import RecordForm


def list_layout(
    screen: QWidget, filters: list[tuple[QWidget, int]], table: QWidget, bottom: list[QWidget]
) -> None:
    """Filters in a row (widget, stretch), the table, then the count and the buttons."""
    top = QHBoxLayout()
    for widget, stretch in filters:
        top.addWidget(widget, stretch)
    below = QHBoxLayout()
    below.addWidget(bottom[0], 1)
    for widget in bottom[1:]:
        below.addWidget(widget)
    layout = QVBoxLayout(screen)
    layout.addLayout(top)
    layout.addWidget(table, 1)
    layout.addLayout(below)


class RecordsScreen(Screen):
    """A list of people or organisations; subclasses give the columns, fetch and texts."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search = SearchBox()
        self.side = CodeCombo(labels.SIDES, any_text=lambda: tr("RecordForm", "Both sides"))
        self.show_deleted = QCheckBox()
        self.restore_button = QPushButton()
        self.new_button = QPushButton()
        self.count = QLabel()
        self.model = PagedModel(self.columns(), pages_server(ctx, self._fetch), self)
        self.table = RowTable()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)  # the services give their own order: best first
        self.selection = WholeSelection(self.table, self.model, self._shown)
        self.act_restore = QAction(self.table)
        self.act_restore.setVisible(False)
        self.act_select_all = context_actions(self.table, [self.act_restore])
        self.total: int | None = None  # counted when the count shows a selection
        self.forms: dict[int | None, RecordForm] = {}
        self._sized = False
        self._layout()
        self.server_notice = install_server_notice(self)
        self._connect()
        self.retranslate()

    def _layout(self) -> None:
        filters = [(self.search, 3), (self.side, 1), (self.show_deleted, 0)]
        list_layout(self, filters, self.table, [self.count, self.restore_button, self.new_button])
        self.restore_button.hide()
        for first, second in pairwise(
            [self.search, self.side, self.show_deleted, self.table, self.restore_button]
        ):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.restore_button, self.new_button)

    def _connect(self) -> None:
        self.typed = typed_search.TypedSearch(self.search, self.refresh, self._show_count)
        self.side.currentIndexChanged.connect(self.refresh)
        self.show_deleted.toggled.connect(self.refresh)
        self.table.activated_row.connect(lambda row: self.open_form(row.id))
        self.new_button.clicked.connect(lambda: self.open_form(None))
        self.restore_button.clicked.connect(self._restore)
        self.act_restore.triggered.connect(self._restore)
        self.model.modelReset.connect(self._forget_total)
        self.model.rowsInserted.connect(self._show_count)
        self.selection.changed.connect(self._can_restore)
        self.selection.changed.connect(self._show_count)

    # -- what subclasses provide ----------------------------------------------------------

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def fetch(self, text: str, side: str | None, deleted: bool, limit: int, offset: int) -> Any:
        raise NotImplementedError

    def make_form(self, record_id: int | None) -> RecordForm:
        raise NotImplementedError

    def restore(self, record_id: int) -> None:
        raise NotImplementedError

    def texts(self, count: int, more: bool) -> dict[str, str]:
        """Translated texts: new, restore, search, search_name, table, count, none_yet (an
        empty directory), no_deleted (nothing to restore)."""
        raise NotImplementedError

    def counted(self, key: str, n: int) -> str:
        """Translated texts about `n` records: all_selected, ask_restore, restored."""
        raise NotImplementedError

    def count_records(self, text: str, side: str | None, deleted: bool) -> int:
        """How many records fetch() would list over all its pages."""
        raise NotImplementedError

    # -- behaviour ------------------------------------------------------------------------

    def _fetch(self, offset: int, limit: int, _sort: str | None, _desc: bool) -> Any:
        deleted = self.show_deleted.isChecked()
        return self.fetch(self.typed.text(), self.side.code(), deleted, limit, offset)

    @reads_server
    def refresh(self) -> None:
        self.typed.shown()
        self.model.reload()
        deleted = self.show_deleted.isChecked()
        self.restore_button.setVisible(deleted)
        self.act_restore.setVisible(deleted)
        if not self._sized and self.model.rowCount():
            self._sized = True
            fit_columns(self.table, 280, padding=16)
        self.explain_empty()

    def explain_empty(self) -> None:
        """Over an empty list: why, and a button for what to do."""
        if self.model.rowCount():
            self.table.say_empty("")
            return
        self.table.say_empty(*empty_said(self))

    def _shown(self) -> tuple[str, str | None, bool]:
        """What the list shows: its search and filters."""
        return self.typed.text(), self.side.code(), self.show_deleted.isChecked()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def open_form(self, record_id: int | None) -> RecordForm:
        """The detail dialog of this record (raised if already open); None: a new record."""
        form = self.forms.get(record_id) if record_id is not None else None
        if form is not None:
            form.raise_()
            form.activateWindow()
            return form
        form = self.make_form(record_id)
        self.forms[record_id] = form
        form.finished.connect(lambda _code, f=form, key=record_id: self._forget(key, f))
        form.show()
        return form

    def _forget(self, key: int | None, form: RecordForm) -> None:
        if self.forms.get(key) is form:
            del self.forms[key]
        form.deleteLater()

    def close_forms(self) -> bool:
        """Close every open detail dialog; False when the user kept one open."""
        return all(form.close() for form in list(self.forms.values()))

    def selected_ids(self) -> list[int]:
        """The records acted on: after Select all every one the search and filters match
        (loaded or not), else the rows picked."""
        return self.selection.ids(self._every_id)

    def _every_id(self) -> list[int]:
        text, side, deleted = self.typed.text(), self.side.code(), self.show_deleted.isChecked()
        every = self.fetch(text, side, deleted, max(1, self.count_records(text, side, deleted)), 0)
        return [row.id for row in every]

    def _can_restore(self) -> None:
        some = self.selection.any()
        self.restore_button.setEnabled(some)
        self.act_restore.setEnabled(some)

    @reads_server
    def _restore(self) -> None:
        if not self.show_deleted.isChecked():
            return
        ids = self.selected_ids()
        n = len(ids)
        asked = self.counted("ask_restore", n)
        if not ids or (n > 1 and not questions.confirm(self, self.title(), asked, default=True)):
            return

        def restore_all() -> list[int]:
            for record_id in ids:
                self.restore(record_id)
            return ids

        if run_write(self, self.title(), restore_all) is not None:
            self.ctx.events.info.emit(self.counted("restored", n))
        self.ctx.events.data_changed.emit()

    def _forget_total(self) -> None:
        self.total = None
        self._show_count()

    @reads_server
    def _show_count(self) -> None:
        """The rows listed, or what the selection holds: "All 57 organisations selected"."""
        picked = self.selection.count_loaded()
        if typed_search.one_letter(self.search.text()):
            self.count.setText(typed_search.one_letter_hint())
            return
        if not picked and not self.selection.all:
            texts = self.texts(self.model.rowCount(), self.model.canFetchMore())
            self.count.setText(texts["count"])
            return
        if self.total is None:  # counted once a filter, when something is selected
            text, side = self.typed.text(), self.side.code()
            self.total = self.count_records(text, side, self.show_deleted.isChecked())
        if self.selection.all:
            self.count.setText(self.counted("all_selected", self.total))
        else:
            said = tr("RecordForm", "%n of %1 selected", None, picked)
            self.count.setText(said.replace("%1", str(self.total)))

    def retranslate(self) -> None:
        texts = self.texts(self.model.rowCount(), self.model.canFetchMore())
        self.search.setPlaceholderText(texts["search"])
        self.search.setAccessibleName(texts["search_name"])
        self.side.retranslate()
        self.side.setAccessibleName(tr("RecordForm", "Side filter"))
        self.show_deleted.setText(tr("RecordForm", "Show deleted"))
        self.show_deleted.setAccessibleName(tr("RecordForm", "Show deleted"))
        self.restore_button.setText(texts["restore"])
        self.act_restore.setText(texts["restore"])
        self.act_select_all.setText(tr("RecordForm", "Select all"))
        self.new_button.setText(texts["new"])
        self.table.setAccessibleName(texts["table"])
        self._show_count()
        self.model.retranslate()
        if self.table.empty.isVisibleTo(self.table):
            self.explain_empty()


def empty_said(screen: RecordsScreen) -> tuple[str, list[Choice]]:
    """Why a records list is empty, and the buttons for what to do."""
    text, side = screen.typed.text().strip(), screen.side.code()
    deleted = screen.show_deleted.isChecked()
    texts = screen.texts(0, False)
    if side is not None and (elsewhere := screen.count_records(text, None, deleted)):
        said = tr("RecordForm", "None on this side — %n on both sides.", None, elsewhere)
        return said, [(tr("RecordForm", "Show both sides"), lambda: screen.side.set_code(None))]
    if text:
        said = tr("RecordForm", "Nothing matches “%1”.").replace("%1", text)
        return said, [(tr("RecordForm", "Clear the search"), partial(clear_search, screen.search))]
    if deleted:
        show = (
            tr("RecordForm", "Show the others"),
            lambda: screen.show_deleted.setChecked(False),
        )
        return texts["no_deleted"], [show]
    return texts["none_yet"], [(texts["new"], lambda: screen.open_form(None))]


def clear_search(search: SearchBox) -> None:
    search.clear()
    search.setFocus()
