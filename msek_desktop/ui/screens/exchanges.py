"""The Exchanges screen: every exchange, searched and filtered (status, kind, side, field,
year, the bin), as a list or as a calendar by month; each opens the one exchange form
(msek_desktop.ui.forms.exchange_form.ExchangeForm).

It is the People and Organisations screens' list (RecordsScreen: search as you type, Show
deleted with Restore, the count, the empty list explained), with more filters and a Calendar
tab that shows the month's exchanges with the same filters.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QPushButton, QTabWidget, QWidget

from msek_desktop.core import exchanges, fields
from msek_desktop.core.exchanges import ExchangeRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.importing import ImportWizard
from msek_desktop.ui.forms.exchange_form import ExchangeForm
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.badges import StageBadgeDelegate
from msek_desktop.ui.kit.exchange_texts import dates_text, status_badge
from msek_desktop.ui.kit.live import reads_server
from msek_desktop.ui.kit.table import Column, share_width
from msek_desktop.ui.kit.widgets import CodeCombo
from msek_desktop.ui.screens.exchange_calendar import Month, MonthCalendar
from msek_desktop.ui.screens.records import RecordsScreen, list_layout

COMBO_PADDING = 40  # a combo's frame and arrow beside its text
ORGANISATIONS_WIDTH = 165  # a side's organisations: a name, the rest elided


def organisations_of(row: ExchangeRow, side: str) -> str:
    """The names of the exchange's organisations of `side`; on the Katowice side's column
    those of neither city too, their side said."""
    names = [o.name for o in row.organisations if o.side == side]
    if side == "katowice":
        elsewhere = labels.label(labels.SIDES, "other")
        names += [f"{o.name} ({elsewhere})" for o in row.organisations if o.side == "other"]
    return ", ".join(names)


def participants(row: ExchangeRow) -> str:
    """How many took part (both sides), or how many are planned while none is counted."""
    actual = (row.actual_saint_etienne, row.actual_katowice)
    planned = (row.planned_saint_etienne, row.planned_katowice)
    if any(n is not None for n in actual):
        return str(sum(n or 0 for n in actual))
    if any(n is not None for n in planned):
        total = str(sum(n or 0 for n in planned))
        return tr("Exchanges", "%1 planned").replace("%1", total)
    return ""


def exchange_columns() -> list[Column]:
    kind = lambda r: labels.label(labels.EXCHANGE_KINDS, r.kind)  # noqa: E731
    status = lambda r: labels.label(labels.EXCHANGE_STATUSES, r.status)  # noqa: E731
    return [
        Column("title", lambda: tr("Exchanges", "Title"), lambda r: r.title),
        Column("dates", lambda: tr("Exchanges", "Dates"), dates_text),
        Column("kind", lambda: tr("Exchanges", "Kind"), kind),
        Column("status", lambda: tr("Exchanges", "Status"), status),
        Column(
            "saint_etienne",
            lambda: labels.label(labels.SIDES, "saint_etienne"),
            partial(organisations_of, side="saint_etienne"),
        ),
        Column(
            "katowice",
            lambda: labels.label(labels.SIDES, "katowice"),
            partial(organisations_of, side="katowice"),
        ),
        Column("participants", lambda: tr("Exchanges", "Participants"), participants),
    ]


class ExchangesScreen(RecordsScreen):
    """The exchanges as a list and by month; New exchange, Restore, the forms they open."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.status = CodeCombo(
            labels.EXCHANGE_STATUSES, any_text=lambda: tr("Exchanges", "Any status")
        )
        self.kind = CodeCombo(labels.EXCHANGE_KINDS, any_text=lambda: tr("Exchanges", "Any kind"))
        self.field = CodeCombo({}, any_text=lambda: tr("Exchanges", "Any field"))
        self.year = CodeCombo({}, any_text=lambda: tr("Exchanges", "Any year"))
        self.year.setMinimumContentsLength(8)
        self.views = QTabWidget()
        self.views.setObjectName("exchangeViews")
        self.calendar = MonthCalendar(self._month_rows, ctx.today)
        self.import_button = QPushButton()  # the import wizard, for a file of exchanges
        self.import_button.setObjectName("exchangeImport")
        super().__init__(ctx, parent)
        self.import_button.clicked.connect(self.open_import)
        self.search.setObjectName("exchangeSearch")
        self.table.setObjectName("exchangeTable")
        keys = [c.key for c in self.model.columns]
        badges = StageBadgeDelegate(status_badge, self.table)
        self.table.setItemDelegateForColumn(keys.index("status"), badges)
        # the short columns as wide as their contents, the organisations' a set width, the
        # title the rest (names elided, whole in the tooltip): no sideways scrolling at 1280
        share_width(self.table, self.model.columns, {"title"})
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for key in ("saint_etienne", "katowice"):
            header.setSectionResizeMode(keys.index(key), QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(keys.index(key), ORGANISATIONS_WIDTH)
        self._sized = True  # widths set here: RecordsScreen's fit to contents is not wanted
        for combo in (self.status, self.kind, self.field, self.year):
            combo.currentIndexChanged.connect(self.refresh)
        self.calendar.open_exchange.connect(self.open_form)
        self.views.currentChanged.connect(lambda _n: self.calendar.refresh())

    def _layout(self) -> None:
        self.views.addTab(self.table, "")
        self.views.addTab(self.calendar, "")
        combos = (self.status, self.kind, self.side, self.field, self.year)
        filters = [(self.search, 3), *((c, 1) for c in combos)]
        self.views.setCornerWidget(self.show_deleted)  # beside the tabs: the filters get the room
        buttons = [self.count, self.restore_button, self.import_button, self.new_button]
        list_layout(self, filters, self.views, buttons)
        self.restore_button.hide()
        chain = [self.search, *combos, self.show_deleted, self.views, self.restore_button,
                 self.import_button]  # fmt: skip
        for first, second in zip(chain, [*chain[1:], self.new_button], strict=True):
            QWidget.setTabOrder(first, second)

    # -- RecordsScreen's ------------------------------------------------------------------

    def title(self) -> str:
        return tr("Exchanges", "Exchanges")

    def columns(self) -> list[Column]:
        return exchange_columns()

    def exchanges(self, text: str, side: str | None, deleted: bool, **more: Any) -> list[Any]:
        """The exchanges the search and every filter select (those in the bin, with
        `deleted`)."""
        year = self.year.code()
        rows = exchanges.list_exchanges(
            self.ctx.db, status=self.status.code(), kind=self.kind.code(), side=side,
            field=self.field.code(), year=int(year) if year else None, search=text or None,
            include_deleted=deleted, **more,
        )  # fmt: skip
        return [r for r in rows if r.deleted] if deleted else rows

    def fetch(self, text: str, side: str | None, deleted: bool, limit: int, offset: int) -> Any:
        return self.exchanges(text, side, deleted)[offset : offset + limit]

    def count_records(self, text: str, side: str | None, deleted: bool) -> int:
        return len(self.exchanges(text, side, deleted))

    def _month_rows(self, month: Month) -> list[ExchangeRow]:
        text, side, deleted = self._shown()
        return self.exchanges(text, side, deleted, month=month)

    def make_form(self, record_id: int | None) -> ExchangeForm:
        return ExchangeForm(self.ctx, record_id, self)

    def open_form(self, record_id: int | None, proposed: dict[str, Any] | None = None) -> Any:
        """RecordsScreen.open_form; a new exchange may start from `proposed` values (core's
        proposed_values of an inquiry)."""
        if proposed is None:
            return super().open_form(record_id)
        form = ExchangeForm(self.ctx, None, self, proposed=proposed)
        self.forms[None] = form
        form.finished.connect(lambda _code, f=form: self._forget(None, f))
        form.show()
        return form

    def open_import(self) -> ImportWizard:
        wizard = ImportWizard(self.ctx, self, what="exchanges")
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def restore(self, record_id: int) -> None:
        exchanges.set_deleted(self.ctx.db, record_id, False, actor=self.ctx.me)

    def texts(self, count: int, more: bool) -> dict[str, str]:
        return {
            "new": tr("Exchanges", "New exchange"),
            "restore": tr("Exchanges", "Restore"),
            "search": tr("Exchanges", "Title, organisation…"),
            "search_name": tr("Exchanges", "Search exchanges"),
            "table": tr("Exchanges", "Exchanges"),
            "count": tr("Exchanges", "%n exchanges", None, count),
            "none_yet": tr(
                "Exchanges",
                "No exchange yet: record one from an agreed inquiry (Record the exchange…), "
                "or create one.",
            ),
            "no_deleted": tr("Exchanges", "No deleted exchange: nothing to restore."),
        }

    def counted(self, key: str, n: int) -> str:
        if key == "all_selected":
            return tr("Exchanges", "All %n exchanges selected", None, n)
        if key == "ask_restore":
            return tr("Exchanges", "Restore %n exchanges?", None, n)
        return tr("Exchanges", "%n exchanges restored.", None, n)

    # -- behaviour ------------------------------------------------------------------------

    @reads_server
    def refresh(self) -> None:
        self._load_choices()
        super().refresh()
        self.calendar.refresh()

    def explain_empty(self) -> None:
        """An empty list because of the filters says so, with a button clearing them."""
        combos = (self.status, self.kind, self.field, self.year)
        if self.model.rowCount() or not any(c.code() for c in combos):
            super().explain_empty()
            return
        clear = (tr("Exchanges", "Clear the filters"), self.clear_filters)
        self.table.say_empty(tr("Exchanges", "No exchange matches these filters."), [clear])

    def clear_filters(self) -> None:
        for combo in (self.status, self.kind, self.field, self.year):
            combo.blockSignals(True)
            combo.set_code(None)
            combo.blockSignals(False)
        self.refresh()

    def _load_choices(self) -> None:
        """The fields in the window's language; the years exchanges ran in (and this one)."""
        lang = self.ctx.language
        names: dict[str, Callable[[], str]] = {
            f.code: partial(str, getattr(f, f"name_{lang}") or f.name_en)
            for f in fields.list_fields(self.ctx.db)
        }
        self.field.set_choices(names)
        years = {self.ctx.today().year}
        for row in exchanges.list_exchanges(self.ctx.db, include_deleted=True):
            years |= {d.year for d in (row.starts_on, row.ends_on) if d is not None}
        ordered = sorted(years, reverse=True)
        self.year.set_choices({str(y): partial(str, y) for y in ordered})

    def retranslate(self) -> None:
        super().retranslate()
        for combo, name in (
            (self.status, tr("Exchanges", "Status filter")),
            (self.kind, tr("Exchanges", "Kind filter")),
            (self.field, tr("Exchanges", "Field filter")),
            (self.year, tr("Exchanges", "Year filter")),
        ):
            combo.retranslate()
            combo.setAccessibleName(name)
        self.import_button.setText(tr("Exchanges", "Import…"))
        self.import_button.setToolTip(
            tr("Exchanges", "Import exchanges from a CSV file or an Excel workbook")
        )
        self.views.setTabText(0, tr("Exchanges", "List"))
        self.views.setTabText(1, tr("Exchanges", "Calendar"))
        self.views.setAccessibleName(tr("Exchanges", "List or calendar"))
        self.calendar.retranslate()
        self._load_choices()
        for combo in (self.status, self.kind, self.side, self.field, self.year):
            shown = combo.fontMetrics().horizontalAdvance(combo.itemText(0))
            combo.setMinimumWidth(shown + COMBO_PADDING)  # its "any" entry whole
