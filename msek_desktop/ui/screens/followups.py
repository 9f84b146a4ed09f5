"""Follow-ups: the list shared by My day and the Follow-ups screen, and the whole office's list.

A FollowUpList is a heading, a table and two actions on the selected row: "Done…" (asks what
came of it) and "Reschedule…" (asks a new date). It writes through core.followups and emits
`changed`; the screen holding it reloads its rows and tells the others (data_changed).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import followups, staff
from msek_desktop.core.errors import UserError, ValidationError
from msek_desktop.core.followups import When
from msek_desktop.core.rows import FollowUpRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.fields import error_label, ok_cancel, show_error
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.kit.table import OVERDUE, Column, TipRowsModel, share_width
from msek_desktop.ui.kit.widgets import CodeCombo, RowTable
from msek_desktop.ui.screens.screen import Screen

LIMIT = 1000  # rows shown by the whole office's list; the rest is reached with filters


def followup_columns(names: Callable[[str | None], str] | None = None) -> list[Column]:
    """Due, action, inquiry, what to do, subject; the assignee too when `names` is given."""
    columns = [
        Column("due_on", lambda: tr("FollowUps", "Due"), lambda r: r.due_on),
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


def about(row: FollowUpRow) -> QLabel:
    """Which follow-up a dialog is about: inquiry, subject, action and what was planned."""
    action = labels.label(labels.ACTIONS, row.action)
    text = f"<b>{escape(row.inquiry_ref)}</b> {escape(row.inquiry_subject)}<br>"
    text += f"{escape(action)}: {escape(row.description)}" if row.description else escape(action)
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


class OutcomeDialog(QDialog):
    """Asks what came of a follow-up; an empty outcome is refused."""

    def __init__(self, row: FollowUpRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("FollowUps", "Follow-up done"))
        self.prompt = QLabel(tr("FollowUps", "What came of it?"))
        self.outcome = QPlainTextEdit()
        self.outcome.setAccessibleName(tr("FollowUps", "Outcome"))
        self.outcome.setTabChangesFocus(True)
        self.prompt.setBuddy(self.outcome)
        self.error = error_label("outcome")
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        for widget in (about(row), self.prompt, self.outcome, self.error, self.buttons):
            layout.addWidget(widget)
        self.resize(480, 280)

    def text(self) -> str:
        return self.outcome.toPlainText().strip()

    def accept(self) -> None:
        if not self.text():
            show_error(self.error, tr("FollowUps", "Please write what came of it."))
            self.outcome.setFocus()
            return
        super().accept()


class RescheduleDialog(QDialog):
    """Asks the new due date of a follow-up."""

    def __init__(self, row: FollowUpRow, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("FollowUps", "Reschedule the follow-up"))
        start = followups.rescheduled_due(row.due_on, today)
        self.when = QDateEdit(QDate(start.year, start.month, start.day))
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(tr("FollowUps", "New due date"))
        form = QFormLayout()
        form.addRow(tr("FollowUps", "New due date:"), self.when)
        layout = QVBoxLayout(self)
        layout.addWidget(about(row))
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
        self.setMinimumWidth(420)

    def date(self) -> date:
        picked: date = self.when.date().toPython()  # type: ignore[assignment]
        return picked


def ask_outcome(parent: QWidget, row: FollowUpRow) -> str | None:
    dialog = OutcomeDialog(row, parent)
    return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_new_date(parent: QWidget, row: FollowUpRow, today: date) -> date | None:
    dialog = RescheduleDialog(row, today, parent)
    return dialog.date() if dialog.exec() == QDialog.DialogCode.Accepted else None


class FollowUpList(QWidget):
    """A heading, a table of follow-ups, and Done… / Reschedule… for the selected one."""

    changed = Signal()

    def __init__(self, ctx: AppContext, columns: Sequence[Column], name: str) -> None:
        super().__init__()
        self.ctx = ctx
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
        self._layout()
        self.table.activated_row.connect(lambda row: ctx.events.open_inquiry.emit(row.inquiry_id))
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.model.modelReset.connect(self._enable)
        self.done_button.clicked.connect(self.complete_selected)
        self.reschedule_button.clicked.connect(self.reschedule_selected)
        self._enable()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.reschedule_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.table, self.done_button)
        self.setTabOrder(self.done_button, self.reschedule_button)

    def retranslate(self, table_name: str) -> None:
        self.done_button.setText(tr("FollowUps", "Done…"))
        self.done_button.setAccessibleName(tr("FollowUps", "Mark the follow-up done"))
        self.reschedule_button.setText(tr("FollowUps", "Reschedule…"))
        self.reschedule_button.setAccessibleName(tr("FollowUps", "Reschedule the follow-up"))
        self.table.setAccessibleName(table_name)
        self.model.retranslate()
        self.table.viewport().update()  # action names are translated as they are painted

    def set_rows(self, rows: Sequence[FollowUpRow]) -> None:
        self.model.set_rows(rows)

    def _highlight(self, row: FollowUpRow) -> Any:
        return OVERDUE if row.is_overdue(self.ctx.today()) else None

    def _enable(self) -> None:
        picked = self.selected() is not None
        self.done_button.setEnabled(picked)
        self.reschedule_button.setEnabled(picked)

    def selected(self) -> FollowUpRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def complete_selected(self) -> None:
        row = self.selected()
        outcome = ask_outcome(self, row) if row else None
        if row and outcome:
            self._write(
                lambda: followups.complete_followup(
                    self.ctx.db, row.id, outcome, actor=self.ctx.me, expected_version=row.version
                )
            )

    def reschedule_selected(self) -> None:
        row = self.selected()
        when = ask_new_date(self, row, self.ctx.today()) if row else None
        if row and when:
            self._write(
                lambda: followups.reschedule_followup(
                    self.ctx.db, row.id, when, actor=self.ctx.me, expected_version=row.version
                )
            )

    def _write(self, work: Callable[[], object]) -> None:
        try:
            work()
        except ValidationError as exc:
            QMessageBox.warning(self, tr("FollowUps", "Follow-ups"), _plain(exc))
        except UserError as exc:
            QMessageBox.warning(self, tr("FollowUps", "Follow-ups"), user_message(exc))
        self.changed.emit()


def _constant(text: str) -> Callable[[], str]:
    return lambda: text


def _plain(exc: ValidationError) -> str:
    return "\n".join(f"{field}: {message}" for field, message in exc.by_field().items())


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
        filters = QHBoxLayout()
        filters.addWidget(self.when, 1)
        filters.addWidget(self.assignee, 1)
        filters.addStretch(2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        self.setTabOrder(self.when, self.assignee)
        self.setTabOrder(self.assignee, self.list.table)
        self.when.currentIndexChanged.connect(self.refresh)
        self.assignee.currentIndexChanged.connect(self.refresh)
        self.list.changed.connect(self._after_write)
        self.retranslate()

    def title(self) -> str:
        return tr("FollowUps", "Follow-ups")

    def retranslate(self) -> None:
        self.when.retranslate()
        self.when.setAccessibleName(tr("FollowUps", "When filter"))
        self.assignee.setAccessibleName(tr("FollowUps", "Assignee filter"))
        self.list.retranslate(tr("FollowUps", "Follow-ups"))
        self._load_staff()
        self._show_count()

    def _load_staff(self) -> None:
        members = staff.list_staff(self.ctx.db)
        self._names = {s.login: s.full_name for s in members}
        self.assignee.set_choices({s.login: _constant(s.full_name) for s in members})

    def _name_of(self, login: str | None) -> str:
        if login is None:
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

    def refresh(self) -> None:
        self.list.set_rows(self.rows())
        self._show_count()

    def _show_count(self) -> None:
        n = self.list.model.rowCount()
        text = tr("FollowUps", "%n open follow-ups", None, n)
        if n >= LIMIT:
            text = tr("FollowUps", "The first %n follow-ups (narrow the filters)", None, n)
        self.list.heading.setText(text)

    def _after_write(self) -> None:
        self.refresh()
        self.ctx.events.data_changed.emit()
