"""Where other forms meet exchanges: opening an exchange's form (one a record, held by the
Exchanges screen when the window has one), the inquiry form's exchange button, and the
organisation form's "Exchanges (n)" tab.

- ExchangeButton on the inquiry form: "Record the exchange…" once the inquiry is agreed (or
  running, or completed), opening a new exchange filled from core's proposed_values; an
  inquiry with an exchange shows "Exchange: <title>" and opens it; with several, a menu of
  them and "Record another exchange…".
- add_exchanges_link(form): the organisation's exchanges, newest first; one opens its form.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QWidget

from msek_desktop.core import exchanges
from msek_desktop.core.exchanges import ExchangeRow
from msek_desktop.core.vocab import Stage
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.exchange_form import ExchangeForm
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.exchange_texts import dates_text
from msek_desktop.ui.kit.table import Column

if TYPE_CHECKING:
    from msek_desktop.ui.forms.fields_dialog import Link
    from msek_desktop.ui.forms.record_form import RecordForm

# the stages an exchange is recorded from: agreed, and those that follow it
RECORDED_FROM = (Stage.AGREED.value, Stage.RUNNING.value, Stage.COMPLETED.value)


def open_exchange(
    near: QWidget,
    ctx: AppContext,
    exchange_id: int | None,
    proposed: Mapping[str, Any] | None = None,
) -> ExchangeForm:
    """The form of exchange `exchange_id` (a new one, from `proposed`, for None): the one
    already open raised, else opened by the window's Exchanges screen (which asks about its
    unsaved changes when the window closes), else on its own."""
    if exchange_id is not None:
        for widget in QApplication.topLevelWidgets():
            mine = isinstance(widget, ExchangeForm) and widget.record_id == exchange_id
            if mine and widget.isVisible():
                assert isinstance(widget, ExchangeForm)
                widget.raise_()
                widget.activateWindow()
                return widget
    screen = _exchanges_screen(near)
    if screen is not None:
        form = screen.open_form(exchange_id, dict(proposed) if proposed else None)
        assert isinstance(form, ExchangeForm)
        return form
    form = ExchangeForm(ctx, exchange_id, near, proposed=proposed)
    form.show()
    return form


def _exchanges_screen(widget: QWidget | None) -> Any:
    while widget is not None:
        screens = getattr(widget, "screens", None)
        if isinstance(screens, dict) and "exchanges" in screens:
            return screens["exchanges"]
        widget = widget.parentWidget()
    return None


class ExchangeButton(QPushButton):
    """The inquiry form's exchange button (see the module's text)."""

    def __init__(self, form: RecordForm) -> None:
        super().__init__()
        self.form = form
        self.setObjectName("exchangeButton")
        self.setAutoDefault(False)
        self.rows: list[ExchangeRow] = []
        self.menu_shown = QMenu(self)
        self.clicked.connect(self._clicked)
        form.ctx.events.data_changed.connect(self._data_changed)

    def _data_changed(self) -> None:
        if self.form.isVisible():  # an exchange of the inquiry saved, deleted or restored
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        """The inquiry's exchanges read again; the button says them, or hides."""
        form, row = self.form, self.form.row
        live = row is not None and not form.is_deleted()
        self.rows = []
        if live:
            self.rows = exchanges.list_exchanges(form.ctx.db, inquiry_id=row.id)
        may_record = live and row.stage in RECORDED_FROM
        self.setVisible(bool(self.rows) or may_record)
        self.setMenu(self._menu(may_record) if len(self.rows) > 1 else None)  # type: ignore[arg-type]
        self.retranslate()

    def _menu(self, may_record: bool) -> QMenu:
        menu = QMenu(self)
        for row in self.rows:
            action = menu.addAction(f"{row.title} ({dates_text(row) or '—'})")
            action.triggered.connect(lambda _c=False, i=row.id: self.open(i))
        if may_record:
            menu.addSeparator()
            menu.addAction(tr("ExchangeForm", "Record another exchange…"), self.record)
        self.menu_shown = menu
        return menu

    def _clicked(self) -> None:
        if len(self.rows) == 1:
            self.open(self.rows[0].id)
        elif not self.rows:
            self.record()

    def open(self, exchange_id: int) -> ExchangeForm:
        return open_exchange(self.form, self.form.ctx, exchange_id)

    def record(self) -> ExchangeForm | None:
        """A new exchange of the inquiry, filled from what the inquiry says."""
        inquiry_id = self.form.record_id
        if inquiry_id is None:
            return None
        proposed = exchanges.proposed_values(self.form.ctx.db, inquiry_id)
        return open_exchange(self.form, self.form.ctx, None, proposed)

    def retranslate(self) -> None:
        if len(self.rows) == 1:
            text = tr("ExchangeForm", "Exchange: %1").replace("%1", self.rows[0].title)
            self.setToolTip(tr("ExchangeForm", "Open the exchange recorded for this inquiry"))
        elif self.rows:
            text = tr("ExchangeForm", "Exchanges (%n)", None, len(self.rows))
            self.setToolTip(tr("ExchangeForm", "The exchanges recorded for this inquiry"))
        else:
            text = tr("ExchangeForm", "Record the exchange…")
            self.setToolTip(
                tr("ExchangeForm", "Record what was agreed: who goes where, when, what funding")
            )
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, 320))


def exchange_link_columns() -> list[Column]:
    status = lambda r: labels.label(labels.EXCHANGE_STATUSES, r.status)  # noqa: E731
    kind = lambda r: labels.label(labels.EXCHANGE_KINDS, r.kind)  # noqa: E731
    return [
        Column("title", lambda: tr("ExchangeForm", "Title"), lambda r: r.title),
        Column("dates", lambda: tr("ExchangeForm", "Dates"), dates_text),
        Column("kind", lambda: tr("ExchangeForm", "Kind"), kind),
        Column("status", lambda: tr("ExchangeForm", "Status"), status),
        Column("inquiry", lambda: tr("ExchangeForm", "Inquiry"), lambda r: r.inquiry_ref or ""),
    ]


def add_exchanges_link(form: RecordForm) -> Link:
    """A tab of the exchanges the form's organisation takes part in; one opens its form."""

    def fetch(offset: int, limit: int, _sort: str | None, _desc: bool) -> list[ExchangeRow]:
        if form.record_id is None:
            return []
        rows = exchanges.list_exchanges(form.ctx.db, organisation_id=form.record_id)
        return rows[offset : offset + limit]

    title = lambda: tr("ExchangeForm", "Exchanges")  # noqa: E731
    link = form.add_link(title, exchange_link_columns(), fetch)
    link.table.setObjectName("organisationExchanges")
    link.table.activated_row.connect(lambda row: open_exchange(form, form.ctx, row.id))
    return link
