"""Follow-ups: the list shared by My day and the Follow-ups screen, and the whole office's list.

A FollowUpList is a heading, a table and three actions on the selected open row: "Mark as
done…" (asks what came of it, and what next) and "Reschedule…" (asks a new date), both the
FollowUpActions the inquiry form uses too, and "Add to calendar" (the follow-up as a one-event
.ics in a temporary folder, opened with the system's calendar program: Outlook offers to add
it; core.calendar). After a write it emits `changed`; the screen
holding it reloads its rows and tells the others (data_changed). An empty list says why, and
what to do (`empty_text`).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core.errors import UserError
from msek_desktop.core.rows import FollowUpRow
from msek_desktop.core.vocab import When
from msek_desktop.letters.files import safe_filename
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.log_activity import QuickLog, inquiry_of
from msek_desktop.ui.forms.followup_actions import FollowUpActions
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels, questions
from msek_desktop.ui.kit.core_later import followups, staff
from msek_desktop.ui.kit.error_texts import error_text
from msek_desktop.ui.kit.icons import icon
from msek_desktop.ui.kit.live import install_server_notice, reads_server
from msek_desktop.ui.kit.table import OVERDUE, Column, TipRowsModel, share_width
from msek_desktop.ui.kit.widgets import Choice, CodeCombo, RowTable
from msek_desktop.ui.screens.screen import Screen

LIMIT = 1000  # rows shown by the whole office's list; the rest is reached with filters


def followup_columns(names: Callable[[str | None], str] | None = None) -> list[Column]:
    """Due, action, inquiry, what to do, subject; the assignee too when `names` is given."""
    columns = [
        Column("due_on", lambda: tr("FollowUps", "Due"), lambda r: r.due_on, marked=True),
        Column(
            "action",
            lambda: tr("FollowUps", "Action"),
            lambda r: labels.label(labels.ACTIONS, r.action),
        ),
        Column("inquiry", lambda: tr("FollowUps", "Inquiry"), lambda r: r.inquiry_ref),
        Column("description", lambda: tr("FollowUps", "To do"), lambda r: r.description),
        Column("subject", lambda: tr("FollowUps", "Subject"), lambda r: r.inquiry_subject),
    ]
    if names is not None:
        who = Column("assignee", lambda: tr("FollowUps", "Assignee"), lambda r: names(r.assignee))
        columns.insert(2, who)
    return columns


class FollowUpList(QWidget):
    """A heading, a table of follow-ups, and Done… / Reschedule… for the selected one."""

    changed = Signal()

    def __init__(self, ctx: AppContext, columns: Sequence[Column], name: str) -> None:
        super().__init__()
        self.ctx = ctx
        # what the list says when it is empty: why, and what to do (button text, action)
        self.empty_text: Callable[[], str] = lambda: ""
        self.empty_choices: Callable[[], Sequence[Choice]] = lambda: ()
        self.heading = QLabel()
        self.heading.setObjectName(f"{name}Heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.model = TipRowsModel(columns, self)
        self.model.highlight = self._highlight
        self.table = RowTable()
        self.table.setObjectName(f"{name}Table")
        self.table.setModel(self.model)
        share_width(self.table, columns, {"description", "subject"})
        self.done_button = QPushButton()
        self.reschedule_button = QPushButton()
        # an icon with its words in the tooltip: the lists sit side by side in My day, and a
        # third worded button would widen the window past a 1280-pixel screen
        self.calendar_button = QToolButton()
        self.calendar_button.setIcon(icon("calendar-plus"))
        self.calendar_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.calendar_button.setObjectName(f"{name}AddToCalendar")
        self.followup_actions = FollowUpActions(ctx, self, self.changed.emit)
        self._layout()
        self.table.activated_row.connect(lambda row: ctx.events.open_inquiry.emit(row.inquiry_id))
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.model.modelReset.connect(self._enable)
        act = self.followup_actions
        self.done_button.clicked.connect(lambda: act.complete(self.selected()))
        self.reschedule_button.clicked.connect(lambda: act.reschedule(self.selected()))
        self.calendar_button.clicked.connect(self.add_to_calendar)
        self._enable()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.reschedule_button)
        buttons.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.table, self.done_button)
        self.setTabOrder(self.done_button, self.reschedule_button)
        self.setTabOrder(self.reschedule_button, self.calendar_button)

    def retranslate(self, table_name: str) -> None:
        self.done_button.setText(tr("FollowUps", "Mark as done…"))
        self.done_button.setAccessibleName(tr("FollowUps", "Mark the follow-up done"))
        self.reschedule_button.setText(tr("FollowUps", "Reschedule…"))
        self.reschedule_button.setAccessibleName(tr("FollowUps", "Reschedule the follow-up"))
        self.calendar_button.setText(tr("FollowUps", "Add to calendar"))
        self.calendar_button.setToolTip(tr("FollowUps", "Add to calendar"))
        self.calendar_button.setAccessibleName(
            tr("FollowUps", "Add the follow-up to your calendar program")
        )
        self.table.setAccessibleName(table_name)
        self.model.retranslate()
        self.table.viewport().update()  # action names are translated as they are painted
        self.say_empty()

    def set_rows(self, rows: Sequence[FollowUpRow]) -> None:
        self.model.set_rows(rows)
        self.say_empty()

    def say_empty(self) -> None:
        empty = self.model.rowCount() == 0
        self.table.say_empty(self.empty_text() if empty else "", self.empty_choices())

    def _highlight(self, row: FollowUpRow) -> Any:
        return OVERDUE if row.is_overdue(self.ctx.today()) else None

    def _enable(self) -> None:
        """Done, Reschedule and Add to calendar act on an open follow-up (one already done
        is history)."""
        row = self.selected()
        picked = row is not None and row.done_at is None
        self.done_button.setEnabled(picked)
        self.reschedule_button.setEnabled(picked)
        self.calendar_button.setEnabled(picked)

    def add_to_calendar(self) -> None:
        """The selected follow-up as a one-event .ics (the UID of `msek calendar`'s, so a
        calendar holding both keeps one event), opened with the calendar program."""
        row = self.selected()
        if row is None:
            return
        from msek_desktop.core import calendar  # icalendar: loaded on first use

        title = tr("FollowUps", "Add to calendar")
        try:
            data = calendar.followup_ics(self.ctx.db, row.id)
            path = Path(tempfile.mkdtemp(prefix="msek-calendar-")) / safe_filename(
                row.inquiry_ref, ".ics"
            )
            path.write_bytes(data)
        except UserError as exc:
            questions.warn(self, title, error_text(exc.message))
            return
        except OSError as exc:
            message = tr("FollowUps", "The calendar file could not be written.")
            questions.warn(self, title, f"{message}\n{exc.strerror or exc}")
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            questions.warn(
                self, title,
                tr("FollowUps", "No calendar program was found to open %1.").replace(
                    "%1", str(path)
                ),
            )  # fmt: skip

    def selected(self) -> FollowUpRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None


WHEN = {
    "all": lambda: tr("FollowUps", "All open follow-ups"),
    When.OVERDUE.value: lambda: tr("FollowUps", "Overdue"),
    When.TODAY.value: lambda: tr("FollowUps", "Due today"),
    When.UPCOMING.value: lambda: tr("FollowUps", "Upcoming"),
}


class FollowUpsScreen(Screen):
    """The whole office's open follow-ups, soonest first, with filters."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._names: dict[str, str] = {}
        self.when = CodeCombo(WHEN)
        self.when.setObjectName("whenFilter")
        self.assignee = CodeCombo({}, any_text=lambda: tr("FollowUps", "Anyone"))
        self.assignee.setObjectName("assigneeFilter")
        self.list = FollowUpList(ctx, followup_columns(self._name_of), "followUps")
        self.list.empty_text = self._empty_text
        self.list.empty_choices = self._empty_choices
        self.quick_log = QuickLog(self, [(self.list.table, inquiry_of)])  # a row: its inquiry
        filters = QHBoxLayout()
        # the filters as wide as their longest choice (never cut), the room left between
        for combo in (self.when, self.assignee):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.quick_log.button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        self.setTabOrder(self.when, self.assignee)
        self.setTabOrder(self.assignee, self.list.table)
        self.when.currentIndexChanged.connect(self.refresh)
        self.assignee.currentIndexChanged.connect(self.refresh)
        self.list.changed.connect(self._after_write)
        self.server_notice = install_server_notice(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.when.retranslate()
        self.when.setAccessibleName(tr("FollowUps", "When filter"))
        self.assignee.setAccessibleName(tr("FollowUps", "Assignee filter"))
        self.list.retranslate(tr("FollowUps", "Follow-ups"))
        self._load_staff()
        self._show_count()

    def title(self) -> str:
        return tr("FollowUps", "Follow-ups")

    def _load_staff(self) -> None:
        members = staff.list_staff(self.ctx.db)
        self._names = {s.login: s.full_name for s in members}
        choices: dict[str, Callable[[], str]] = {
            s.login: partial(str, s.full_name) for s in members
        }
        choices[""] = lambda: tr("FollowUps", "Nobody")  # nobody's (list_followups)
        self.assignee.set_choices(choices)

    def _name_of(self, login: str | None) -> str:
        if not login:
            return tr("FollowUps", "Nobody")
        return self._names.get(login, login)

    def rows(self) -> list[FollowUpRow]:
        when = self.when.code()
        return followups.list_followups(
            self.ctx.db,
            None if when in (None, "all") else when,
            assignee=self.assignee.code(),
            today=self.ctx.today(),
            limit=LIMIT,
        )

    @reads_server
    def refresh(self) -> None:
        self.list.set_rows(self.rows())
        self._show_count()

    def _show_count(self) -> None:
        n = self.list.model.rowCount()
        text = tr("FollowUps", "%n open follow-ups", None, n)
        if n >= LIMIT:
            text = tr("FollowUps", "The first %n follow-ups (narrow the filters)", None, n)
        self.list.heading.setText(text)

    def _empty_text(self) -> str:
        """Why no follow-up shows: none planned at all, or none in the filters."""
        when, who = self.when.code(), self.assignee.code()
        if when in (None, "all") and who is None:
            return tr(
                "FollowUps",
                "No follow-up planned: plan one from an inquiry's Follow-ups tab.",
            )
        if who is not None:
            said = {
                When.OVERDUE.value: tr("FollowUps", "Nothing overdue for %1."),
                When.TODAY.value: tr("FollowUps", "Nothing due today for %1."),
                When.UPCOMING.value: tr("FollowUps", "Nothing upcoming for %1."),
            }.get(when or "", tr("FollowUps", "%1 has no open follow-up."))
            return said.replace("%1", self._name_of(who))
        return {
            When.OVERDUE.value: tr("FollowUps", "Nothing overdue."),
            When.TODAY.value: tr("FollowUps", "Nothing due today."),
        }.get(when or "", tr("FollowUps", "Nothing upcoming."))

    def _empty_choices(self) -> list[Choice]:
        """Widening the filters: everyone's, then every open follow-up."""
        choices: list[Choice] = []
        if self.assignee.code() is not None:
            show = tr("FollowUps", "Show everyone's")
            choices.append((show, lambda: self.assignee.set_code(None)))
        elif self.when.code() not in (None, "all"):
            show = tr("FollowUps", "Show all open follow-ups")
            choices.append((show, lambda: self.when.set_code("all")))
        return choices

    def _after_write(self) -> None:
        self.refresh()
        self.ctx.events.data_changed.emit()
