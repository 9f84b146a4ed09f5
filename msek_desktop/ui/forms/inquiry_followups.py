"""The follow-ups tab of the inquiry form: plan one (FollowUpDialog), and Done… / Reschedule…
of the selected one through the same FollowUpActions as My day and the Follow-ups screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from msek_desktop.core import followups
from msek_desktop.core.rows import FollowUpRow
from msek_desktop.ui.forms.followup_actions import FollowUpActions, date_edit
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels, questions
from msek_desktop.ui.kit.fields import EntryDialog
from msek_desktop.ui.kit.table import OVERDUE, Column, RowsModel
from msek_desktop.ui.kit.widgets import CodeCombo, RowTable

if TYPE_CHECKING:
    from msek_desktop.ui.forms.inquiry_form import InquiryForm

Text = Callable[[], str]
WIDE = ("description", "outcome")


def followup_columns(names: dict[str, str]) -> list[Column]:
    """Due, action, what to do, who, when done, what came of it."""
    action = lambda r: labels.label(labels.ACTIONS, r.action)  # noqa: E731
    who = lambda r: names.get(r.assignee or "", "")  # noqa: E731
    return [
        Column("due_on", lambda: tr("InquiryForm", "Due"), lambda r: r.due_on, marked=True),
        Column("action", lambda: tr("InquiryForm", "Action"), action),
        Column("description", lambda: tr("InquiryForm", "Description"), lambda r: r.description),
        Column("assignee", lambda: tr("InquiryForm", "Assignee"), who),
        Column("done_at", lambda: tr("InquiryForm", "Done on"), lambda r: r.done_at),
        Column("outcome", lambda: tr("InquiryForm", "Outcome"), lambda r: r.outcome),
    ]


class FollowUpDialog(EntryDialog):
    """A new follow-up of the inquiry: when, what, for whom."""

    def __init__(
        self,
        parent: QWidget,
        people: dict[str, Text],
        due: date,
        save: Callable[[dict[str, Any]], FollowUpRow],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDialog")
        self._save = save
        self.due_on = self.add_row("due_on", lambda: tr("InquiryForm", "Due"), date_edit(due))
        self.action = self.add_row(
            "action", lambda: tr("InquiryForm", "Action"), CodeCombo(labels.ACTIONS)
        )
        self.description = self.add_row(
            "description", lambda: tr("InquiryForm", "Description"), QLineEdit()
        )
        anyone = lambda: tr("InquiryForm", "Whoever handles the inquiry")  # noqa: E731
        self.assignee = self.add_row(
            "assignee", lambda: tr("InquiryForm", "Assignee"), CodeCombo(people, any_text=anyone)
        )
        self.retranslate()
        self.resize(460, self.sizeHint().height())

    def title(self) -> str:
        return tr("InquiryForm", "New follow-up")

    def submit(self) -> FollowUpRow:
        return self._save(
            {
                "due_on": self.due_on.date().toPython(),
                "action": self.action.code(),
                "description": self.description.text(),
                "assignee": self.assignee.code() or None,
            }
        )


class FollowUpsPanel(QWidget):
    """The follow-ups of one saved inquiry: add, complete with an outcome, reschedule."""

    def __init__(self, form: InquiryForm) -> None:
        super().__init__()
        self.form, self.ctx = form, form.ctx
        self.names: dict[str, str] = {}
        self.model = RowsModel(followup_columns(self.names), self)
        self.model.highlight = lambda r: OVERDUE if r.is_overdue(self.ctx.today()) else None
        self.table = RowTable()
        self.table.setObjectName("followUpTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for number, column in enumerate(self.model.columns):
            wide = column.key in WIDE
            header.setSectionResizeMode(
                number, header.ResizeMode.Stretch if wide else header.ResizeMode.ResizeToContents
            )
        self.hint = QLabel()
        self.add_button, self.complete_button, self.reschedule_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.dialog: FollowUpDialog | None = None
        self.followup_actions = FollowUpActions(
            self.ctx, self, self._after_write, can_move=lambda: not form.is_dirty()
        )
        self.saved = False
        self._layout()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint)
        buttons.addStretch(1)
        for button in self.buttons():
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.complete_button.clicked.connect(self.complete)
        self.reschedule_button.clicked.connect(self.reschedule)
        self.table.activated_row.connect(lambda _row: self.complete())
        self.table.selectionModel().currentRowChanged.connect(self._enable)
        self.model.modelReset.connect(self._enable)

    def buttons(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        return (self.add_button, self.complete_button, self.reschedule_button)

    def retranslate(self) -> None:
        self.add_button.setText(tr("InquiryForm", "Add follow-up…"))
        self.complete_button.setText(tr("InquiryForm", "Mark as done…"))
        self.reschedule_button.setText(tr("InquiryForm", "Reschedule…"))
        self.complete_button.setToolTip(
            tr("InquiryForm", "Mark the selected follow-up done, with its outcome")
        )
        self.table.setAccessibleName(tr("InquiryForm", "Follow-ups"))
        self.hint.setText(tr("InquiryForm", "Save the inquiry first to plan follow-ups."))
        self.model.retranslate()

    def set_rows(self, rows: tuple[FollowUpRow, ...], names: dict[str, str], saved: bool) -> None:
        self.names.clear()
        self.names.update(names)
        self.model.set_rows(rows)
        self.hint.setVisible(not saved)
        self.saved = saved
        self._enable()

    def _enable(self) -> None:
        """Add needs a saved inquiry; Done and Reschedule an open follow-up under the cursor
        (one already done is history)."""
        self.add_button.setEnabled(self.saved)
        row = self.model.row_at(self.table.currentIndex())
        open_one = self.saved and row is not None and row.done_at is None
        self.complete_button.setEnabled(open_one)
        self.reschedule_button.setEnabled(open_one)

    def selected(self) -> FollowUpRow | None:
        """The open follow-up the cursor is on; if none, the user is told to pick one."""
        row: FollowUpRow | None = self.model.row_at(self.table.currentIndex())
        if row is None or row.done_at is not None:
            questions.inform(
                self,
                tr("InquiryForm", "Follow-ups"),
                tr("InquiryForm", "Select an open follow-up."),
            )
            return None
        return row

    def add(self) -> None:
        due = followups.default_due(self.ctx.today())
        self.dialog = FollowUpDialog(self, self.form.people(), due, self._add)
        self.dialog.accepted.connect(self.form.followups_changed)
        self.dialog.open()

    def _add(self, values: dict[str, Any]) -> FollowUpRow:
        assert self.form.inquiry_id is not None
        return followups.add_followup(self.ctx.db, self.form.inquiry_id, values, actor=self.ctx.me)

    def _after_write(self) -> None:
        """A follow-up written: the form shows it; a stage moved by Done too, read again
        (Done moves it only while the form holds no unsaved edits)."""
        if self.followup_actions.moved_stage:
            self.form.load()
            self.ctx.events.data_changed.emit()
        else:
            self.form.followups_changed()

    def complete(self) -> None:
        self.followup_actions.complete(self.selected())

    def reschedule(self) -> None:
        self.followup_actions.reschedule(self.selected())
