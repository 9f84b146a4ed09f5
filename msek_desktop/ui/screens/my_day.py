"""My day: what the staff member at this desk has to do, late things first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from msek_desktop.core import followups, inquiries, staff
from msek_desktop.core.errors import NotFoundError
from msek_desktop.core.followups import When
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.core.rows import FollowUpRow, InquiryRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.live import install_server_notice, pages_server, reads_server
from msek_desktop.ui.kit.table import Column, TipPagedModel, share_width
from msek_desktop.ui.kit.widgets import RowTable
from msek_desktop.ui.screens.followups import FollowUpList, followup_columns
from msek_desktop.ui.screens.inquiries import inquiry_columns
from msek_desktop.ui.screens.screen import Screen

UPCOMING_DAYS = 14
INQUIRY_COLUMNS = ("ref", "next_followup", "stage", "contact", "organisation", "subject")


def my_inquiry_columns(today: Any) -> list[Column]:
    columns = {c.key: c for c in inquiry_columns(today)}
    return [columns[key] for key in INQUIRY_COLUMNS]


def splitter(orientation: Qt.Orientation, *parts: tuple[QWidget, int]) -> QSplitter:
    """A splitter of `parts` (widget, stretch) whose parts cannot be collapsed away."""
    split = QSplitter(orientation)
    for number, (widget, stretch) in enumerate(parts):
        split.addWidget(widget)
        split.setStretchFactor(number, stretch)
    split.setChildrenCollapsible(False)
    return split


def bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class MyDayScreen(Screen):
    """My overdue follow-ups (highlighted), due today, the next two weeks, my open inquiries."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.greeting = bold(QLabel(), 1.3)
        self.greeting.setObjectName("greeting")
        self.overdue = FollowUpList(ctx, followup_columns(), "overdue")
        self.today = FollowUpList(ctx, followup_columns(), "today")
        self.upcoming = FollowUpList(ctx, followup_columns(), "upcoming")
        self.inquiries_heading = bold(QLabel())
        self.inquiries_heading.setObjectName("inquiriesHeading")
        fetch = pages_server(ctx, self._fetch)
        self.inquiries_model = TipPagedModel(my_inquiry_columns(ctx.today), fetch, self)
        self.inquiries_table = RowTable()
        self.inquiries_table.setObjectName("myInquiriesTable")
        self.inquiries_table.setModel(self.inquiries_model)
        share_width(
            self.inquiries_table,
            self.inquiries_model.columns,
            {"contact", "organisation", "subject"},
        )
        # No indicator first: enabling sorting with one would re-sort by column 0.
        self.inquiries_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.inquiries_table.setSortingEnabled(True)
        self._layout()
        self.server_notice = install_server_notice(self)
        self._connect()
        self.retranslate()

    def _layout(self) -> None:
        # Late and today's work side by side with what comes next; my inquiries below, at
        # full width because they need more columns.
        urgent = splitter(Qt.Orientation.Vertical, (self.overdue, 3), (self.today, 2))
        top = splitter(Qt.Orientation.Horizontal, (urgent, 1), (self.upcoming, 1))
        mine = QWidget()
        mine_layout = QVBoxLayout(mine)
        mine_layout.setContentsMargins(0, 0, 0, 0)
        mine_layout.addWidget(self.inquiries_heading)
        mine_layout.addWidget(self.inquiries_table, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(splitter(Qt.Orientation.Vertical, (top, 3), (mine, 2)), 1)
        previous = self.overdue.reschedule_button
        for part in (self.today, self.upcoming):
            self.setTabOrder(previous, part.table)
            previous = part.reschedule_button
        self.setTabOrder(previous, self.inquiries_table)

    def _connect(self) -> None:
        for part in self.lists():
            part.changed.connect(self._after_write)
        self.inquiries_table.activated_row.connect(
            lambda row: self.ctx.events.open_inquiry.emit(row.id)
        )

    def lists(self) -> tuple[FollowUpList, FollowUpList, FollowUpList]:
        return (self.overdue, self.today, self.upcoming)

    def title(self) -> str:
        return tr("MyDay", "My day")

    def retranslate(self) -> None:
        names = (
            tr("MyDay", "My overdue follow-ups"),
            tr("MyDay", "My follow-ups due today"),
            tr("MyDay", "My upcoming follow-ups"),
        )
        for part, name in zip(self.lists(), names, strict=True):
            part.retranslate(name)
        self.inquiries_table.setAccessibleName(tr("MyDay", "My open inquiries"))
        self.inquiries_model.retranslate()
        self._show_headings()

    def _show_headings(self) -> None:
        today = self.ctx.today()
        day = QLocale().toString(
            QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat
        )
        self.greeting.setText(
            tr("MyDay", "%1 — %2").replace("%1", self._my_name()).replace("%2", day)
        )
        counts = [part.model.rowCount() for part in self.lists()]
        self.overdue.heading.setText(tr("MyDay", "%n overdue follow-ups", None, counts[0]))
        self.today.heading.setText(tr("MyDay", "%n follow-ups due today", None, counts[1]))
        self.upcoming.heading.setText(
            tr("MyDay", "%n follow-ups in the next 14 days", None, counts[2])
        )
        total = inquiries.count_inquiries(self.ctx.db, self._filter())
        self.inquiries_heading.setText(tr("MyDay", "My open inquiries: %n", None, total))

    def _my_name(self) -> str:
        try:
            return staff.get_staff(self.ctx.db, self.ctx.me).full_name
        except NotFoundError:
            return self.ctx.me

    def _filter(self) -> InquiryFilter:
        return InquiryFilter(assignee=self.ctx.me, open=True)

    def _fetch(
        self, offset: int, limit: int, sort: str | None, descending: bool
    ) -> Sequence[InquiryRow]:
        flt = InquiryFilter(assignee=self.ctx.me, open=True, sort=sort, descending=descending)
        return inquiries.list_inquiries(self.ctx.db, flt, limit=limit, offset=offset)

    def _mine(self, when: When, until: date | None = None) -> list[FollowUpRow]:
        return followups.list_followups(
            self.ctx.db, when, assignee=self.ctx.me, today=self.ctx.today(), until=until
        )

    @reads_server
    def refresh(self) -> None:
        horizon = self.ctx.today() + timedelta(days=UPCOMING_DAYS)
        self.overdue.set_rows(self._mine(When.OVERDUE))
        self.today.set_rows(self._mine(When.TODAY))
        self.upcoming.set_rows(self._mine(When.UPCOMING, until=horizon))
        self.inquiries_model.reload()
        self._show_headings()

    def _after_write(self) -> None:
        self.refresh()
        self.ctx.events.data_changed.emit()
