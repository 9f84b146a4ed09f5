"""The Inquiries screen: filters, search as you type, a paged sortable list."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import pairwise
from typing import Any, cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import inquiries
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.core.rows import InquiryRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.log_activity import QuickLog, inquiry_of
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels, questions, typed_search
from msek_desktop.ui.kit.badges import NoteDelegate, StageBadgeDelegate, badge_width
from msek_desktop.ui.kit.live import install_server_notice, pages_server, reads_server
from msek_desktop.ui.kit.selection import WholeSelection, context_actions
from msek_desktop.ui.kit.table import OVERDUE, PagedModel, display
from msek_desktop.ui.kit.widgets import ColumnWidths, RowTable, SearchBox
from msek_desktop.ui.kit.writes import run_write
from msek_desktop.ui.screens.inquiry_columns import inquiry_columns, unplanned
from msek_desktop.ui.screens.inquiry_empty import EmptyInquiries
from msek_desktop.ui.screens.inquiry_filters import InquiryFilters
from msek_desktop.ui.screens.inquiry_first_rows import FirstRowsFirst
from msek_desktop.ui.screens.records import list_layout
from msek_desktop.ui.screens.screen import Screen

COUNT_DELAY_MS = 150
# Room for typical values at the default font, in the columns' order; Subject's is its least:
# it takes what the eight first columns leave of the window (1280 pixels wide by default).
COLUMN_WIDTHS = {
    "ref": 78,
    "received": 80,
    "subject": 240,
    "contact": 125,
    "organisation": 140,
    "stage": 120,
    "assignee": 105,
    "next_followup": 100,
    "side": 95,
    "field": 150,
}
FIRST_COLUMNS = 8  # ref … next follow-up: seen without scrolling sideways
# on a wide screen names are shown whole (up to these widths) before Subject grows further
COLUMN_GROWTH = {"contact": 200, "organisation": 300, "assignee": 170}


class InquiriesScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search = SearchBox()
        self.search.setObjectName("inquirySearch")
        self.search.setMinimumWidth(200)
        self.filters = InquiryFilters()
        f = self.filters  # each combo also an attribute of the screen's
        self.show_which, self.stage, self.assignee = f.show_which, f.stage, f.assignee
        self.side, self.field, self.kind, self.year = f.side, f.field, f.kind, f.year
        self.new_button = QPushButton()
        self.restore_button = QPushButton()
        self.letters_button = QPushButton()
        self.letters_button.setEnabled(False)
        self.count = QLabel()
        self.field_names: dict[str, str] = {}
        self.total: int | None = None
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.show_count)
        self._search_timer = typed_search.debounced(self, self._search_typed)
        self._shown_search: str | None = None  # the search the rows listed were read with
        self._today = ctx.today()  # the day late follow-ups are marked against (_fetch)
        fetch = pages_server(ctx, self._fetch)
        self.model = PagedModel(inquiry_columns(self.field_names), fetch, self)
        self.model.highlight = self._highlight
        self.table = RowTable()
        self.table.setObjectName("inquiryTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # No indicator first: enabling sorting with one would re-sort by column 0.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self._delegates()
        self.selection = WholeSelection(self.table, self.model, self.current_filter)
        self.act_letters = QAction(self.table)
        self.act_restore = QAction(self.table)
        self.act_select_all = context_actions(self.table, [self.act_letters, self.act_restore])
        self.widths = ColumnWidths(
            self.table, COLUMN_WIDTHS, "subject", FIRST_COLUMNS, grow=COLUMN_GROWTH
        )
        self.empty_why = EmptyInquiries(self)  # kept: its buttons call its methods
        self.first_rows = FirstRowsFirst(self, parent)  # count and years after them
        self._layout()
        self.quick_log = QuickLog(self, [(self.table, inquiry_of)], before=self.letters_button)
        self.server_notice = install_server_notice(self)
        self._connect()
        self.retranslate()

    def _delegates(self) -> None:
        keys = [c.key for c in self.model.columns]
        stage = StageBadgeDelegate(lambda row: row.stage, self.table)
        self.table.setItemDelegateForColumn(keys.index("stage"), stage)
        note = NoteDelegate(unplanned, self.table)
        self.table.setItemDelegateForColumn(keys.index("next_followup"), note)

    def _layout(self) -> None:
        first, second = self.filters.rows()  # two rows: see inquiry_filters
        filters = [(self.search, 3), *((combo, 1) for combo in first)]
        buttons = [self.count, self.restore_button, self.letters_button, self.new_button]
        list_layout(self, filters, self.table, buttons)
        below = QHBoxLayout()
        for combo in second:
            below.addWidget(combo, 1)
        below.addStretch(2)
        cast(QVBoxLayout, self.layout()).insertLayout(1, below)
        order = (self.search, *self.filters.combos(), self.table)
        for before, after in pairwise(order):
            self.setTabOrder(before, after)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._on_typing)
        for combo in self.filters.combos():
            combo.currentIndexChanged.connect(self.refresh)
        self.table.activated_row.connect(lambda row: self.ctx.events.open_inquiry.emit(row.id))
        self.new_button.clicked.connect(self.ctx.events.new_inquiry.emit)
        self.restore_button.clicked.connect(self._restore)
        self.act_restore.triggered.connect(self._restore)
        self.letters_button.clicked.connect(self._letters)
        self.act_letters.triggered.connect(self._letters)
        self.selection.changed.connect(self._selection_changed)

    def title(self) -> str:
        return tr("Inquiries", "Inquiries")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(tr("Inquiries", "Name, organisation, subject…"))
        self.search.setAccessibleName(tr("Inquiries", "Search inquiries"))
        self.filters.retranslate()
        self.new_button.setText(tr("Inquiries", "New inquiry"))
        self.restore_button.setText(tr("Inquiries", "Restore"))
        self.act_restore.setText(tr("Inquiries", "Restore"))
        self.letters_button.setText(tr("Inquiries", "Letters…"))
        self.act_letters.setText(tr("Inquiries", "Letters…"))
        self.act_select_all.setText(tr("Inquiries", "Select all"))
        self.letters_button.setAccessibleName(tr("Inquiries", "Letters for the selected inquiries"))
        self.table.setAccessibleName(tr("Inquiries", "Inquiries"))
        self.model.retranslate()
        self._fit_columns()
        self._load_choices()
        self._show_total()
        self._explain_empty()

    def _fit_columns(self) -> None:
        """Preset widths, widened to the header, a date and the stages' badges in the current
        language; Subject takes the room left."""
        metrics = self.table.fontMetrics()
        date_width = metrics.horizontalAdvance(display(date(2026, 12, 31))) + 16
        italic = QFont(self.table.font())
        italic.setItalic(True)
        note = QFontMetrics(italic).horizontalAdvance(tr("Inquiries", "none planned")) + 24
        stages = [labels.label(labels.STAGES, code) for code in labels.STAGES]
        self.widths.fit(
            {
                "received": date_width,
                "next_followup": max(date_width, note),
                "stage": badge_width(self.table.font(), stages),
            }
        )

    def _load_choices(self) -> None:
        ctx = self.ctx
        later = self.first_rows.waiting  # the years: once the first rows are painted
        names = self.filters.load_choices(ctx.db, ctx.language, ctx.today(), later=later)
        self.field_names.clear()  # the columns' own dict
        self.field_names.update(names)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_filter(self) -> InquiryFilter:
        return InquiryFilter(
            search=self.searched(),
            sort=self.model.sort_key,
            descending=self.model.descending,
            **self.filters.criteria(self.ctx.today()),
        )

    def _fetch(
        self, offset: int, limit: int, sort: str | None, descending: bool
    ) -> Sequence[InquiryRow]:
        if offset == 0:  # a new first page: late as of today (not asked again for each cell)
            self._today = self.ctx.today()
        flt = self.current_filter()
        flt = InquiryFilter(**{**flt.__dict__, "sort": sort, "descending": descending})
        return inquiries.list_inquiries(self.ctx.db, flt, limit=limit, offset=offset)

    @reads_server
    def refresh(self) -> None:
        self._reload()
        self.show_count()

    def searched(self) -> str:
        return typed_search.searched(self.search.text())

    def _on_typing(self, text: str) -> None:
        if text:
            self._search_timer.start()
        else:  # cleared (Esc, the clear button, Clear the search): the whole list at once
            self._search_timer.stop()
            self._search_typed()

    @reads_server
    def _search_typed(self) -> None:
        # Counting may take longer than the page: while the user types, count once they pause
        # (unless the first page holds them all: then the count is known already).
        if self.searched() == self._shown_search:  # a first letter: nothing new to read
            self._show_total()
            return
        self._reload()
        if self.model.canFetchMore():
            self._count_timer.start()
        else:
            self.total = self.model.rowCount()
            self._show_total()

    def _reload(self) -> None:
        self._count_timer.stop()
        self._shown_search = self.searched()
        self.model.reload()
        deleted = self.show_which.code() == "deleted"
        self.restore_button.setVisible(deleted)
        self.act_restore.setVisible(deleted)
        self._explain_empty()

    @reads_server
    def show_count(self) -> None:
        if self.first_rows.waiting:  # read once the first rows are painted
            return
        self.total = inquiries.count_inquiries(self.ctx.db, self.current_filter())
        self._show_total()

    def _show_total(self) -> None:
        """The count, or what the selection holds: "All 193 inquiries selected"."""
        if typed_search.one_letter(self.search.text()):
            self.count.setText(typed_search.one_letter_hint())
            return
        if self.total is None:
            self.count.clear()
            return
        total = self.total
        picked = self.selection.count_loaded()
        if self.selection.all:
            text = tr("Inquiries", "All %n inquiries selected", None, total)
        elif picked:
            text = tr("Inquiries", "%n of %1 selected", None, picked).replace("%1", str(total))
        else:
            text = tr("Inquiries", "%n inquiries", None, total)
        self.count.setText(text)

    @reads_server
    def _explain_empty(self) -> None:
        if self.model.rowCount() or not self.model.loaded:  # nothing read yet: nothing to say
            self.table.say_empty("")
            return
        why = EmptyInquiries(self)
        self.table.say_empty(
            *why.said(inquiries.count_by_state(self.ctx.db, self.current_filter()))
        )

    def _highlight(self, row: InquiryRow) -> Any:
        if row.is_open and row.next_followup and row.next_followup < self._today:
            return OVERDUE
        return None

    def selected_rows(self) -> list[InquiryRow]:
        """The selected rows loaded (after Select all, not those still to load)."""
        picked = self.table.selectionModel().selectedRows()
        return [self.model.row_at(i) for i in picked]

    def selected_ids(self) -> list[int]:
        """The inquiries acted on: after Select all every one the filter matches (core
        reads their ids), else the rows picked."""
        return self.selection.ids(lambda: inquiries.inquiry_ids(self.ctx.db, self.current_filter()))

    @reads_server
    def _restore(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        n = len(ids)
        asked = tr("Inquiries", "Restore %n inquiries?", None, n)
        if n > 1 and not questions.confirm(self, self.title(), asked, default=True):
            return

        def restore_all() -> list[int]:
            db, me = self.ctx.db, self.ctx.me
            return [inquiries.set_deleted(db, i, False, actor=me).id for i in ids]

        if run_write(self, self.title(), restore_all) is not None:
            self.ctx.events.info.emit(tr("Inquiries", "%n inquiries restored.", None, n))
        self.ctx.events.data_changed.emit()

    def _selection_changed(self) -> None:
        deleted = self.show_which.code() == "deleted"
        some = self.selection.any()
        self.letters_button.setEnabled(some and not deleted)
        self.act_letters.setEnabled(some and not deleted)
        self.restore_button.setEnabled(some)
        self.act_restore.setEnabled(some)
        self._show_total()

    @reads_server
    def _letters(self) -> None:
        from msek_desktop.ui.dialogs import batch_letters  # letters (ReportLab) load on first use

        if self.show_which.code() == "deleted":
            return
        ids = self.selected_ids()
        if ids:
            batch_letters.BatchLettersDialog(self.ctx, ids, self).exec()
