"""The exchange form's own editors, each a field of RecordForm (a `changed` signal, its
values as core.exchanges takes them):

- OptionalDate: a date that may be left empty (a first day not known yet), cleared with ×;
- OrganisationsEditor: the exchange's organisations by side, added with the organisation
  picker (or created there), removed with Remove;
- count_box: a number of participants, or nothing while it is not known;
- ItemsTable: the programme, a row a day, place and what happens;
- FundingTable: the funding, a row a source, amount (as staff write it: 1 200,50),
  currency and note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core.exchanges import FundingRow, ItemRow, OrganisationBrief
from msek_desktop.core.rows import OrganisationRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.followup_actions import set_locale_format
from msek_desktop.ui.forms.pickers import organisation_picker
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.table import qdate
from msek_desktop.ui.kit.widgets import CodeCombo

UNSET = QDate(2000, 1, 1)  # the date edit's least date: shown as "not set"
SIDE_ORDER = {"saint_etienne": 0, "katowice": 1, "other": 2}


class DateBox(QDateEdit):
    """A date edit whose least date means "not set": a click or a key starts from today."""

    def __init__(self, today: date) -> None:
        super().__init__()
        self.today = today
        self.setCalendarPopup(True)
        self.setMinimumDate(UNSET)
        set_locale_format(self)

    def _start(self) -> None:
        if self.date() == UNSET:
            self.setDate(qdate(self.today))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._start()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape):
            self._start()
        super().keyPressEvent(event)


class OptionalDate(QWidget):
    """A day, or none (the × clears it)."""

    changed = Signal()

    def __init__(self, today: date) -> None:
        super().__init__()
        self.edit = DateBox(today)
        self.clear = QToolButton()
        self.clear.setText("×")
        self.clear.setObjectName("clearDate")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear)
        self.setFocusProxy(self.edit)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.clear.clicked.connect(lambda: self.set_date(None))
        self.set_date(None)
        self.retranslate()

    def date(self) -> dt.date | None:
        value = self.edit.date()
        return None if value == UNSET else dt.date(value.year(), value.month(), value.day())

    def set_date(self, value: dt.date | None) -> None:
        self.edit.setDate(UNSET if value is None else qdate(value))

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def retranslate(self) -> None:
        set_locale_format(self.edit)
        self.edit.setSpecialValueText(tr("ExchangeForm", "not set"))
        self.clear.setToolTip(tr("ExchangeForm", "Clear the date"))
        self.clear.setAccessibleName(tr("ExchangeForm", "Clear the date"))


def count_box() -> QSpinBox:
    """A number of people, or "–" while it is not known (the box's least value)."""
    box = QSpinBox()
    box.setRange(-1, 100_000)
    box.setSpecialValueText("–")
    box.setValue(-1)
    box.setMinimumWidth(box.fontMetrics().horizontalAdvance("100000") + 40)
    return box


def count_of(box: QSpinBox) -> int | None:
    return None if box.value() < 0 else box.value()


def set_count(box: QSpinBox, value: int | None) -> None:
    box.setValue(-1 if value is None else value)


class OrganisationsEditor(QWidget):
    """The exchange's organisations, listed by side; the picker adds one, Remove takes the
    selected one off."""

    changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.briefs: list[OrganisationBrief] = []
        self.list = QListWidget()
        self.list.setObjectName("exchangeOrganisations")
        rows = 4
        self.list.setMinimumHeight(self.list.fontMetrics().height() * rows + 12)
        self.list.setMaximumHeight(self.list.fontMetrics().height() * (rows + 1) + 12)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)  # whole in the tooltip
        self.picker = organisation_picker(ctx)
        self.picker.new_button.setAutoDefault(False)
        self.remove = QPushButton()
        self.remove.setAutoDefault(False)
        self.remove.setObjectName("removeOrganisation")
        below = QHBoxLayout()
        below.addWidget(self.picker, 1)
        below.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(below)
        self.setFocusProxy(self.picker)
        self.picker.changed.connect(self._picked)
        self.remove.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(lambda _n: self._enable())
        self.retranslate()

    def ids(self) -> list[int]:
        return [b.id for b in self.briefs]

    def set_organisations(self, briefs: Sequence[OrganisationBrief]) -> None:
        self.briefs = sorted(briefs, key=lambda b: (SIDE_ORDER.get(b.side, 3), b.name.lower()))
        self.list.clear()
        for brief in self.briefs:
            side = labels.label(labels.SIDES, brief.side)
            item = QListWidgetItem(f"{side} · {brief.name}")
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, brief.id)
            self.list.addItem(item)
        self._enable()

    def add(self, row: OrganisationRow) -> None:
        if row.id not in self.ids():
            self.set_organisations([*self.briefs, OrganisationBrief(row.id, row.name, row.side)])
            self.changed.emit()

    def _picked(self) -> None:
        row = self.picker.row
        if row is not None:
            self.add(row)
            self.picker.set_row(None)

    def remove_selected(self) -> None:
        number = self.list.currentRow()
        if 0 <= number < len(self.briefs):
            self.set_organisations(self.briefs[:number] + self.briefs[number + 1 :])
            self.changed.emit()

    def _enable(self) -> None:
        self.remove.setEnabled(self.list.currentRow() >= 0 and self.list.isEnabled())

    def retranslate(self) -> None:
        self.picker.retranslate()
        self.picker.line.setPlaceholderText(tr("ExchangeForm", "Add an organisation…"))
        self.remove.setText(tr("ExchangeForm", "Remove"))
        self.remove.setToolTip(tr("ExchangeForm", "Take the selected organisation off"))
        self.list.setAccessibleName(tr("ExchangeForm", "Organisations of the exchange"))
        self.set_organisations(self.briefs)


class RowsEditor(QWidget):
    """A small editable table, Add row and Remove row under it; subclasses give the cells."""

    changed = Signal()

    def __init__(self, columns: int, name: str) -> None:
        super().__init__()
        self.table = QTableWidget(0, columns)
        self.table.setObjectName(name)
        self.table.verticalHeader().setVisible(False)
        # no row numbers, so no corner button either (Qt hides it only at its first layout)
        corner = self.table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)  # Enter in a cell edits it, never presses these
        self.add_button.setObjectName(f"{name}Add")
        self.remove_button.setObjectName(f"{name}Remove")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)
        self.add_button.clicked.connect(lambda: self.add_row(None))
        self.remove_button.clicked.connect(self.remove_row)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())

    def add_row(self, row: Any) -> None:
        number = self.table.rowCount()
        self.table.insertRow(number)
        self.fill_row(number, row)
        if row is None:
            self.table.setCurrentCell(number, 0)
            self.changed.emit()

    def remove_row(self) -> None:
        number = self.table.currentRow()
        if number >= 0:
            self.table.removeRow(number)
            self.changed.emit()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row in rows:
            self.add_row(row)
        self.table.blockSignals(False)

    def text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def set_text(self, row: int, column: int, text: str) -> None:
        self.table.setItem(row, column, QTableWidgetItem(text))

    def fill_row(self, number: int, row: Any) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.add_button.setText(tr("ExchangeForm", "Add a row"))
        self.remove_button.setText(tr("ExchangeForm", "Remove the row"))


class ItemsTable(RowsEditor):
    """The programme: day, place, what happens."""

    def __init__(self, first_day: Callable[[], date]) -> None:
        """`first_day`: the day a new row starts on (the exchange's first, or today)."""
        super().__init__(3, "programme")
        self.first_day = first_day
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 220)
        self.retranslate()

    def fill_row(self, number: int, row: ItemRow | None) -> None:
        day = QDateEdit()
        day.setCalendarPopup(True)
        set_locale_format(day)
        day.setDate(qdate(row.day if row else self.first_day()))
        day.dateChanged.connect(lambda _d: self.changed.emit())
        self.table.setCellWidget(number, 0, day)
        self.set_text(number, 1, row.place if row else "")
        self.set_text(number, 2, row.what if row else "")

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for number in range(self.table.rowCount()):
            edit = self.table.cellWidget(number, 0)
            assert isinstance(edit, QDateEdit)
            day = edit.date()
            out.append(
                {
                    "day": date(day.year(), day.month(), day.day()),
                    "place": self.text(number, 1),
                    "what": self.text(number, 2),
                }
            )
        return out

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setHorizontalHeaderLabels(
            [tr("ExchangeForm", "Day"), tr("ExchangeForm", "Place"), tr("ExchangeForm", "What")]
        )
        self.table.setAccessibleName(tr("ExchangeForm", "Programme"))


def amount_text(amount: Decimal | None) -> str:
    """An amount as the window's language writes it: 1200,50 in French and Polish."""
    if amount is None:
        return ""
    return f"{amount:.2f}".replace(".", QLocale().decimalPoint())


class FundingTable(RowsEditor):
    """The funding: source, amount (optional), currency, note."""

    def __init__(self) -> None:
        super().__init__(4, "funding")
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 130)
        self.table.setColumnWidth(2, 90)
        self.retranslate()

    def fill_row(self, number: int, row: FundingRow | None) -> None:
        source = CodeCombo(labels.FUNDING_SOURCES)
        source.set_code(row.source if row else "erasmus_plus")
        currency = CodeCombo(labels.CURRENCIES)
        currency.setMinimumContentsLength(4)
        currency.set_code(row.currency if row else "EUR")
        for combo, column in ((source, 0), (currency, 2)):
            combo.currentIndexChanged.connect(lambda _n: self.changed.emit())
            self.table.setCellWidget(number, column, combo)
        self.set_text(number, 1, amount_text(row.amount) if row else "")
        self.set_text(number, 3, row.note if row else "")

    def _combo(self, number: int, column: int) -> CodeCombo:
        combo = self.table.cellWidget(number, column)
        assert isinstance(combo, CodeCombo)
        return combo

    def rows(self) -> list[dict[str, Any]]:
        return [
            {
                "source": self._combo(number, 0).code(),
                "amount": self.text(number, 1) or None,
                "currency": self._combo(number, 2).code(),
                "note": self.text(number, 3),
            }
            for number in range(self.table.rowCount())
        ]

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setHorizontalHeaderLabels(
            [
                tr("ExchangeForm", "Source"),
                tr("ExchangeForm", "Amount"),
                tr("ExchangeForm", "Currency"),
                tr("ExchangeForm", "Note"),
            ]
        )
        for number in range(self.table.rowCount()):
            self._combo(number, 0).retranslate()
        self.table.setAccessibleName(tr("ExchangeForm", "Funding"))
