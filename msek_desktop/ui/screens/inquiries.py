"""The Inquiries screen: filters, search as you type, a paged sortable list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QWidget,
)

from msek_desktop.core import fields, inquiries, staff
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.core.rows import InquiryRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.live import install_server_notice, pages_server, reads_server
from msek_desktop.ui.kit.table import OVERDUE, Column, PagedModel, display
from msek_desktop.ui.kit.widgets import CodeCombo, RowTable, SearchBox
from msek_desktop.ui.kit.writes import run_write
from msek_desktop.ui.screens.records import list_layout
from msek_desktop.ui.screens.screen import Screen


def inquiry_columns(field_names: dict[str, str]) -> list[Column]:
    """The list's columns; `field_names` maps field codes to names in the current language."""
    return [
        Column("ref", lambda: tr("Inquiries", "Ref"), lambda r: r.ref, "ref"),
        Column(
            "received", lambda: tr("Inquiries", "Received"), lambda r: r.received_on, "received_on"
        ),
        Column(
            "contact",
            lambda: tr("Inquiries", "Contact"),
            lambda r: r.contact.full_name if r.contact else "",
            "contact",
        ),
        Column(
            "organisation",
            lambda: tr("Inquiries", "Organisation"),
            lambda r: r.organisation.name if r.organisation else "",
            "organisation",
        ),
        Column(
            "side",
            lambda: tr("Inquiries", "Side"),
            lambda r: labels.label(labels.SIDES, r.side),
            "side",
        ),
        Column(
            "field",
            lambda: tr("Inquiries", "Field"),
            lambda r: ", ".join(field_names.get(code, code) for code in r.fields),
            "field",
        ),
        Column(
            "stage",
            lambda: tr("Inquiries", "Stage"),
            lambda r: labels.label(labels.STAGES, r.stage),
            "stage",
        ),
        Column(
            "assignee",
            lambda: tr("Inquiries", "Assignee"),
            lambda r: r.assignee_name or "",
            "assignee",
        ),
        Column(
            "next_followup",
            lambda: tr("Inquiries", "Next follow-up"),
            lambda r: r.next_followup,
            "next_followup",
            marked=True,
        ),
        Column("subject", lambda: tr("Inquiries", "Subject"), lambda r: r.subject, "subject"),
    ]


COUNT_DELAY_MS = 150
# Room for typical values at the default font; Subject takes the rest.
COLUMN_WIDTHS = (82, 80, 150, 190, 95, 140, 140, 150, 105)

SHOW = {
    "open": lambda: tr("Inquiries", "Open"),
    "closed": lambda: tr("Inquiries", "Closed"),
    "all": lambda: tr("Inquiries", "Open and closed"),
    "deleted": lambda: tr("Inquiries", "Deleted"),
}


class InquiriesScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search = SearchBox()
        self.search.setObjectName("inquirySearch")
        self.search.setMinimumWidth(200)
        self.stage = CodeCombo(labels.STAGES, any_text=lambda: tr("Inquiries", "Any stage"))
        self.side = CodeCombo(labels.SIDES, any_text=lambda: tr("Inquiries", "Both sides"))
        self.show_which = CodeCombo(SHOW)
        self.assignee = CodeCombo({}, any_text=lambda: tr("Inquiries", "Anyone"))
        self.assignee.setMinimumContentsLength(15)  # "Tous les responsables" shown whole
        self.field = CodeCombo({}, any_text=lambda: tr("Inquiries", "Any field"))
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
        self._count_timer.timeout.connect(self._show_count)
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
        self._layout()
        self.server_notice = install_server_notice(self)
        self._connect()
        self.retranslate()
        self._fit_columns()

    def _layout(self) -> None:
        combos = (self.show_which, self.stage, self.assignee, self.side, self.field)
        filters = [(self.search, 3), *((combo, 1) for combo in combos)]
        buttons = [self.count, self.restore_button, self.letters_button, self.new_button]
        list_layout(self, filters, self.table, buttons)
        self.setTabOrder(self.search, self.show_which)
        self.setTabOrder(self.field, self.table)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._on_typing)
        for combo in (self.show_which, self.stage, self.assignee, self.side, self.field):
            combo.currentIndexChanged.connect(self.refresh)
        self.table.activated_row.connect(lambda row: self.ctx.events.open_inquiry.emit(row.id))
        self.new_button.clicked.connect(self.ctx.events.new_inquiry.emit)
        self.restore_button.clicked.connect(self._restore)
        self.letters_button.clicked.connect(self._letters)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)

    def title(self) -> str:
        return tr("Inquiries", "Inquiries")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            tr("Inquiries", "Search by name, organisation, city, subject, ref…")
        )
        self.search.setAccessibleName(tr("Inquiries", "Search inquiries"))
        for combo, name in (
            (self.stage, tr("Inquiries", "Stage filter")),
            (self.side, tr("Inquiries", "Side filter")),
            (self.show_which, tr("Inquiries", "Open or closed")),
            (self.assignee, tr("Inquiries", "Assignee filter")),
            (self.field, tr("Inquiries", "Field filter")),
        ):
            combo.retranslate()
            combo.setAccessibleName(name)
        self.new_button.setText(tr("Inquiries", "New inquiry"))
        self.restore_button.setText(tr("Inquiries", "Restore"))
        self.letters_button.setText(tr("Inquiries", "Letters…"))
        self.letters_button.setAccessibleName(tr("Inquiries", "Letters for the selected inquiries"))
        self.table.setAccessibleName(tr("Inquiries", "Inquiries"))
        self.model.retranslate()
        self._fit_columns()
        self._load_choices()
        self._show_total()

    def _fit_columns(self) -> None:
        """Preset widths, widened to the header and to a date in the current language."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader().fontMetrics()
        date_width = metrics.horizontalAdvance(display(date(2026, 12, 31))) + 16
        for number, (column, width) in enumerate(
            zip(self.model.columns, COLUMN_WIDTHS, strict=False)
        ):
            wanted = max(width, header.horizontalAdvance(column.title()) + 28)
            if column.key in ("received", "next_followup"):
                wanted = max(wanted, date_width)
            self.table.setColumnWidth(number, wanted)

    def _load_choices(self) -> None:
        lang = self.ctx.language
        people: dict[str, Callable[[], str]] = {
            s.login: partial(str, s.full_name) for s in staff.list_staff(self.ctx.db)
        }
        people[inquiries.UNASSIGNED] = lambda: tr("Inquiries", "Nobody")
        self.assignee.set_choices(people)
        self.field_names.clear()
        for f in fields.list_fields(self.ctx.db):
            self.field_names[f.code] = getattr(f, f"name_{lang}")
        names: dict[str, Callable[[], str]] = {
            code: partial(str, name) for code, name in self.field_names.items()
        }
        self.field.set_choices(names)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_filter(self) -> InquiryFilter:
        which = self.show_which.code() or "open"
        return InquiryFilter(
            search=self.search.text(),
            stages=tuple(code for code in (self.stage.code(),) if code),
            assignee=self.assignee.code(),
            side=self.side.code(),
            field=self.field.code(),
            open={"open": True, "closed": False}.get(which),
            deleted=which == "deleted",
        )

    def _fetch(
        self, offset: int, limit: int, sort: str | None, descending: bool
    ) -> Sequence[InquiryRow]:
        flt = self.current_filter()
        flt = InquiryFilter(**{**flt.__dict__, "sort": sort, "descending": descending})
        return inquiries.list_inquiries(self.ctx.db, flt, limit=limit, offset=offset)

    @reads_server
    def refresh(self) -> None:
        self._reload()
        self._show_count()

    @reads_server
    def _on_typing(self) -> None:
        # Counting may take longer than the page: while the user types, count once they pause.
        self._reload()
        self._count_timer.start()

    def _reload(self) -> None:
        self._count_timer.stop()
        self.model.reload()
        self.restore_button.setVisible(self.show_which.code() == "deleted")

    @reads_server
    def _show_count(self) -> None:
        self.total = inquiries.count_inquiries(self.ctx.db, self.current_filter())
        self._show_total()

    def _show_total(self) -> None:
        if self.total is None:
            self.count.clear()
            return
        total = self.total
        self.count.setText(tr("Inquiries", "%n inquiries", None, total))

    def _highlight(self, row: InquiryRow) -> Any:
        if row.is_open and row.next_followup and row.next_followup < self.ctx.today():
            return OVERDUE
        return None

    def selected_rows(self) -> list[InquiryRow]:
        picked = self.table.selectionModel().selectedRows()
        return [self.model.row_at(i) for i in picked]

    def _restore(self) -> None:
        def restore_all() -> list[InquiryRow]:
            db, me = self.ctx.db, self.ctx.me
            return [inquiries.set_deleted(db, r.id, False, actor=me) for r in self.selected_rows()]

        run_write(self, self.title(), restore_all)
        self.ctx.events.data_changed.emit()

    def _selection_changed(self) -> None:
        deleted = self.show_which.code() == "deleted"
        self.letters_button.setEnabled(self.table.selectionModel().hasSelection() and not deleted)

    def _letters(self) -> None:
        from msek_desktop.ui.dialogs import batch_letters  # letters (ReportLab) load on first use

        ids = [row.id for row in self.selected_rows()]
        if ids:
            batch_letters.BatchLettersDialog(self.ctx, ids, self).exec()
