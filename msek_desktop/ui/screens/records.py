"""The list screen People and Organisations share: search as you type, a side filter, a
"Show deleted" toggle with Restore, a paged table, a count; each row opens its RecordForm.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.record_form import RecordForm
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.live import install_server_notice, pages_server, reads_server
from msek_desktop.ui.kit.table import Column, PagedModel, fit_columns
from msek_desktop.ui.kit.widgets import CodeCombo, RowTable, SearchBox
from msek_desktop.ui.kit.writes import run_write
from msek_desktop.ui.screens.screen import Screen


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
        self.search.textChanged.connect(self.refresh)
        self.side.currentIndexChanged.connect(self.refresh)
        self.show_deleted.toggled.connect(self.refresh)
        self.table.activated_row.connect(lambda row: self.open_form(row.id))
        self.new_button.clicked.connect(lambda: self.open_form(None))
        self.restore_button.clicked.connect(self._restore)
        self.model.modelReset.connect(self._show_count)
        self.model.rowsInserted.connect(self._show_count)
        self.table.selectionModel().selectionChanged.connect(self._can_restore)
        self.model.modelReset.connect(self._can_restore)

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
        """Translated texts: new, restore, search, search_name, table, count."""
        raise NotImplementedError

    # -- behaviour ------------------------------------------------------------------------

    def _fetch(self, offset: int, limit: int, _sort: str | None, _desc: bool) -> Any:
        deleted = self.show_deleted.isChecked()
        return self.fetch(self.search.text(), self.side.code(), deleted, limit, offset)

    @reads_server
    def refresh(self) -> None:
        self.model.reload()
        self.restore_button.setVisible(self.show_deleted.isChecked())
        if not self._sized and self.model.rowCount():
            self._sized = True
            fit_columns(self.table, 280, padding=16)

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
        picked = self.table.selectionModel().selectedRows()
        return [self.model.row_at(i).id for i in picked]

    def _can_restore(self) -> None:
        self.restore_button.setEnabled(self.table.selectionModel().hasSelection())

    def _restore(self) -> None:
        ids = self.selected_ids()

        def restore_all() -> list[int]:
            for record_id in ids:
                self.restore(record_id)
            return ids

        run_write(self, self.title(), restore_all)
        if ids:
            self.ctx.events.data_changed.emit()

    def _show_count(self) -> None:
        texts = self.texts(self.model.rowCount(), self.model.canFetchMore())
        self.count.setText(texts["count"])

    def retranslate(self) -> None:
        texts = self.texts(self.model.rowCount(), self.model.canFetchMore())
        self.search.setPlaceholderText(texts["search"])
        self.search.setAccessibleName(texts["search_name"])
        self.side.retranslate()
        self.side.setAccessibleName(tr("RecordForm", "Side filter"))
        self.show_deleted.setText(tr("RecordForm", "Show deleted"))
        self.show_deleted.setAccessibleName(tr("RecordForm", "Show deleted"))
        self.restore_button.setText(texts["restore"])
        self.new_button.setText(texts["new"])
        self.table.setAccessibleName(texts["table"])
        self.count.setText(texts["count"])
        self.model.retranslate()
