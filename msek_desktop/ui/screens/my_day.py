"""My day: what the staff member at this desk has to do, late things first.

Above, my follow-ups: overdue, due today, the next two weeks. Below, in tabs that show their
counts, the inquiries waiting for someone: mine that are open with nothing planned (plan a
follow-up from here), new ones nobody handles yet (take one), and all my open inquiries.
Every empty list says why, and what to do.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core.rows import FollowUpRow, InquiryRow, Waiting, WaitingInquiry
from msek_desktop.core.vocab import When
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.log_activity import QuickLog, inquiry_of
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.badges import NoteDelegate, StageBadgeDelegate
from msek_desktop.ui.kit.core_later import followups, inquiries, staff
from msek_desktop.ui.kit.live import install_server_notice, pages_server, reads_server
from msek_desktop.ui.kit.table import Column, TipPagedModel, TipRowsModel, share_width
from msek_desktop.ui.kit.widgets import RowTable
from msek_desktop.ui.kit.writes import run_write
from msek_desktop.ui.screens.fitted_columns import fit_once
from msek_desktop.ui.screens.followups import FollowUpList, followup_columns
from msek_desktop.ui.screens.inquiry_columns import inquiry_columns, unplanned
from msek_desktop.ui.screens.my_day_reads import reads_of
from msek_desktop.ui.screens.screen import Screen
from msek_desktop.ui.window.first_paint import after_first_paint

UPCOMING_DAYS = 14
INQUIRY_COLUMNS = ("ref", "next_followup", "stage", "contact", "organisation", "subject")


def my_inquiry_columns() -> list[Column]:
    columns = {c.key: c for c in inquiry_columns({})}
    return [columns[key] for key in INQUIRY_COLUMNS]


def badges(table: RowTable, columns: Sequence[Column]) -> None:
    """Stages as the Inquiries list shows them (badges), and an open inquiry with no
    follow-up said so in its next follow-up's cell."""
    keys = [c.key for c in columns]
    table.setItemDelegateForColumn(
        keys.index("stage"), StageBadgeDelegate(lambda row: row.stage, table)
    )
    if "next_followup" in keys:
        table.setItemDelegateForColumn(keys.index("next_followup"), NoteDelegate(unplanned, table))


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


def waiting_columns(stage: bool) -> list[Column]:
    """Ref, received, (stage,) contact, organisation, subject of a waiting inquiry."""
    columns = [
        Column("ref", lambda: tr("Inquiries", "Ref"), lambda r: r.ref),
        Column("received", lambda: tr("Inquiries", "Received"), lambda r: r.received_on),
        Column(
            "stage",
            lambda: tr("Inquiries", "Stage"),
            lambda r: labels.label(labels.STAGES, r.stage),
        ),
        Column("contact", lambda: tr("Inquiries", "Contact"), lambda r: r.contact),
        Column("organisation", lambda: tr("Inquiries", "Organisation"), lambda r: r.organisation),
        Column("subject", lambda: tr("Inquiries", "Subject"), lambda r: r.subject),
    ]
    return [c for c in columns if stage or c.key != "stage"]


class WaitingList(QWidget):
    """Inquiries waiting for someone, oldest first: a note, one action on the selected
    inquiry, and the table (Enter or a double-click opens the inquiry)."""

    act = Signal(object)  # the action's button was pressed on this WaitingInquiry

    def __init__(self, columns: Sequence[Column], name: str) -> None:
        super().__init__()
        self.note = QLabel()
        self.note.setObjectName(f"{name}Note")
        self.note.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName(f"{name}Button")
        self.model = TipRowsModel(columns, self)
        self.table = RowTable()
        self.table.setObjectName(f"{name}Table")
        self.table.setModel(self.model)
        share_width(self.table, columns, {"contact", "organisation", "subject"})
        if any(c.key == "stage" for c in columns):
            badges(self.table, columns)
        self.total = 0
        self.empty_text: Callable[[], str] = lambda: ""
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.model.modelReset.connect(self._enable)
        self.button.clicked.connect(self._act)
        self._enable()

    def set_rows(self, waiting: Waiting) -> None:
        self.total = waiting.total
        self.model.set_rows(waiting.rows)
        fit_once(self.table)
        self.say_empty()

    def say_empty(self) -> None:
        self.table.say_empty("" if self.model.rowCount() else self.empty_text())

    def selected(self) -> WaitingInquiry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _enable(self) -> None:
        self.button.setEnabled(self.selected() is not None)

    def _act(self) -> None:
        row = self.selected()
        if row is not None:
            self.act.emit(row)


class MyDayScreen(Screen):
    """My overdue follow-ups (their dates marked), due today, the next two weeks; my open
    inquiries with nothing planned, new ones nobody handles, all my open inquiries."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.greeting = bold(QLabel(), 1.3)
        self.greeting.setObjectName("greeting")
        self.overdue = FollowUpList(ctx, followup_columns(), "overdue")
        self.today = FollowUpList(ctx, followup_columns(), "today")
        self.upcoming = FollowUpList(ctx, followup_columns(), "upcoming")
        self.overdue.empty_text = lambda: tr("FollowUps", "Nothing overdue.")
        self.today.empty_text = lambda: tr("FollowUps", "Nothing due today.")
        self.upcoming.empty_text = lambda: tr("MyDay", "Nothing planned for the next 14 days.")
        self.unplanned = WaitingList(waiting_columns(stage=True), "unplanned")
        self.unplanned.empty_text = lambda: tr(
            "MyDay", "Every open inquiry of yours has a follow-up planned."
        )
        self.unassigned = WaitingList(waiting_columns(stage=False), "unassigned")
        self.unassigned.empty_text = lambda: tr(
            "MyDay", "No new inquiry is waiting: every new one has someone handling it."
        )
        fetch = pages_server(ctx, self._fetch)
        self.inquiries_model = TipPagedModel(my_inquiry_columns(), fetch, self)
        self.inquiries_table = RowTable()
        self.inquiries_table.setObjectName("myInquiriesTable")
        self.inquiries_table.setModel(self.inquiries_model)
        share_width(
            self.inquiries_table,
            self.inquiries_model.columns,
            {"contact", "organisation", "subject"},
        )
        badges(self.inquiries_table, self.inquiries_model.columns)
        # No indicator first: enabling sorting with one would re-sort by column 0.
        self.inquiries_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.inquiries_table.setSortingEnabled(True)
        self.sections = QTabWidget()
        self.sections.setObjectName("myDaySections")
        self.sections.setDocumentMode(True)
        for page in (self.unplanned, self.unassigned, self.inquiries_table):
            self.sections.addTab(page, "")
        self._shown_once = False
        self._mine_total = 0  # my open inquiries, counted at each refresh
        tables = [part.table for part in (*self.lists(), self.unplanned, self.unassigned)]
        self.quick_log = QuickLog(self, [(t, inquiry_of) for t in (*tables, self.inquiries_table)])
        self._layout()
        self.server_notice = install_server_notice(self)
        self._connect()
        self.retranslate()

    def _layout(self) -> None:
        # Late and today's work side by side with what comes next; the inquiries waiting
        # for someone below, at full width because they need more columns.
        urgent = splitter(Qt.Orientation.Vertical, (self.overdue, 3), (self.today, 2))
        top = splitter(Qt.Orientation.Horizontal, (urgent, 1), (self.upcoming, 1))
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(self.greeting, 1)
        heading.addWidget(self.quick_log.button)  # on the row picked last, in any list
        layout.addLayout(heading)
        layout.addWidget(splitter(Qt.Orientation.Vertical, (top, 3), (self.sections, 2)), 1)
        previous = self.overdue.reschedule_button
        for part in (self.today, self.upcoming):
            self.setTabOrder(previous, part.table)
            previous = part.reschedule_button
        self.setTabOrder(previous, self.sections)

    def _connect(self) -> None:
        for part in self.lists():
            part.changed.connect(self._after_write)
        open_inquiry = self.ctx.events.open_inquiry
        self.inquiries_table.activated_row.connect(lambda row: open_inquiry.emit(row.id))
        for waiting in (self.unplanned, self.unassigned):
            waiting.table.activated_row.connect(lambda row: open_inquiry.emit(row.id))
        self.unplanned.act.connect(self.plan_followup)
        self.unassigned.act.connect(self.take)

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
        self.unplanned.note.setText(
            tr("MyDay", "Open inquiries of yours with no follow-up: nobody will be reminded.")
        )
        self.unplanned.button.setText(tr("MyDay", "Plan a follow-up…"))
        self.unplanned.table.setAccessibleName(tr("MyDay", "Open, nothing planned"))
        self.unassigned.note.setText(
            tr("MyDay", "New inquiries nobody handles yet, the oldest first.")
        )
        self.unassigned.button.setText(tr("MyDay", "Take it"))
        self.unassigned.button.setToolTip(
            tr("MyDay", "Handle the selected inquiry yourself (it is assigned to you)")
        )
        self.unassigned.table.setAccessibleName(tr("MyDay", "New, not yet assigned"))
        waits = (self.unplanned, self.unassigned)
        for waiting in waits:
            waiting.model.retranslate()
            waiting.say_empty()
        if self._shown_once:  # the texts measured have changed
            fit_once(*(p.table for p in self.lists()), *(w.table for w in waits))
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
        total = self._mine_total
        tabs = (
            tr("MyDay", "Open, nothing planned (%1)").replace("%1", str(self.unplanned.total)),
            tr("MyDay", "New, not yet assigned (%1)").replace("%1", str(self.unassigned.total)),
            tr("MyDay", "My open inquiries: %n", None, total),
        )
        for number, text in enumerate(tabs):
            self.sections.setTabText(number, text)
        self._say_mine_empty()

    def _say_mine_empty(self) -> None:
        if self.inquiries_model.rowCount() or self._mine_total:  # (its page read later)
            self.inquiries_table.say_empty("")
            return
        choices = []
        if self.unassigned.total:
            see = tr("MyDay", "See the new ones")
            choices.append((see, lambda: self.sections.setCurrentWidget(self.unassigned)))
        self.inquiries_table.say_empty(
            tr("MyDay", "You handle no open inquiry yet: take a new one, or create one."),
            choices,
        )

    def _my_name(self) -> str:
        member = reads_of(self.ctx).member(self.ctx.me)
        return self.ctx.me if member is None else member.full_name

    def _fetch(
        self, offset: int, limit: int, sort: str | None, descending: bool
    ) -> Sequence[InquiryRow]:
        flt = inquiries.InquiryFilter(
            assignee=self.ctx.me, open=True, sort=sort, descending=descending
        )
        return inquiries.list_inquiries(self.ctx.db, flt, limit=limit, offset=offset)

    @reads_server
    def refresh(self) -> None:
        read, me, today = reads_of(self.ctx), self.ctx.me, self.ctx.today()
        horizon = today + timedelta(days=UPCOMING_DAYS)
        for part, when, until in (
            (self.overdue, When.OVERDUE, None),
            (self.today, When.TODAY, None),
            (self.upcoming, When.UPCOMING, horizon),
        ):
            part.set_rows(read.followups(when, assignee=me, today=today, until=until))
        fit_once(*(part.table for part in self.lists()))
        self.unplanned.set_rows(read.nothing_planned(me))
        self.unassigned.set_rows(read.new_unassigned())
        self._mine_total = read.open_count(me)
        if self.ctx.reads is not None and (self.unplanned.total or self.unassigned.total):
            # the window's start: the tab of my open inquiries is not the one shown, and
            # its page is read by the Database, opened once the first paint is done
            after_first_paint(self, self._reload_mine)
        else:
            self.inquiries_model.reload()
        if not self._shown_once:  # first look: the first tab with something waiting
            self._shown_once = True
            waiting = [w for w in (self.unplanned, self.unassigned) if w.total]
            self.sections.setCurrentWidget(waiting[0] if waiting else self.inquiries_table)
        self._show_headings()

    def _reload_mine(self) -> None:
        self.inquiries_model.reload()
        self._say_mine_empty()

    # -- acting on a waiting inquiry ------------------------------------------------------

    def take(self, row: WaitingInquiry) -> None:
        """Take a new inquiry nobody handles: it is assigned to me (refused if someone
        changed it meanwhile, then the lists show it as it is now)."""
        me = self.ctx.me
        run_write(
            self,
            tr("MyDay", "Take it"),
            lambda: inquiries.assign(
                self.ctx.db, row.id, me, actor=me, expected_version=row.version
            ),
        )
        self._after_write()

    def plan_followup(self, row: WaitingInquiry) -> None:
        """Plan a follow-up of an inquiry with nothing planned, as its Follow-ups tab does."""
        members = staff.list_staff(self.ctx.db)
        people: dict[str, Callable[[], str]] = {
            s.login: partial(str, s.full_name) for s in members if s.active
        }
        due = followups.default_due(self.ctx.today())

        def save(values: dict[str, Any]) -> FollowUpRow:
            return followups.add_followup(self.ctx.db, row.id, values, actor=self.ctx.me)

        from msek_desktop.ui.forms.inquiry_followups import FollowUpDialog  # when first asked

        self.dialog = FollowUpDialog(self, people, due, save)
        self.dialog.accepted.connect(self._after_write)
        self.dialog.open()

    def _after_write(self) -> None:
        self.refresh()
        self.ctx.events.data_changed.emit()
