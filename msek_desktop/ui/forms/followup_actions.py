"""Done… and Reschedule… of one follow-up, written once.

My day, the Follow-ups screen and the inquiry form's follow-ups tab all hold a FollowUpActions:
it asks what came of a follow-up, with the next one to plan and the inquiry's new stage
(OutcomeDialog: "Done & plan next", one write), or its new due date (RescheduleDialog),
writes through core.followups with the version the row was read at, says what went wrong
through the one write flow (kit.writes.run_write) and then calls `after` so the holder shows
the rows again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core.rows import FollowUpRow
from msek_desktop.core.vocab import CLOSED_STAGES
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.core_later import followups
from msek_desktop.ui.kit.fields import error_label, ok_cancel, show_error
from msek_desktop.ui.kit.table import display, qdate
from msek_desktop.ui.kit.widgets import CodeCombo
from msek_desktop.ui.kit.writes import run_write


def set_locale_format(edit: QDateEdit) -> None:
    """The short date format of the window's language, always with a four-digit year."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    edit.setDisplayFormat(fmt)


def date_edit(initial: date) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    set_locale_format(edit)
    edit.setDate(qdate(initial))
    return edit


def about(row: FollowUpRow) -> QLabel:
    """Which follow-up a dialog is about: inquiry, subject, action and what was planned."""
    action = labels.label(labels.ACTIONS, row.action)
    text = f"<b>{escape(row.inquiry_ref)}</b> {escape(row.inquiry_subject)}<br>"
    planned = tr("FollowUps", "%1: %2").replace("%1", action).replace("%2", row.description)
    text += escape(planned) if row.description else escape(action)
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


@dataclass(frozen=True)
class DoneAnswer:
    """What the Done dialog was told: the outcome, and in the same write the next follow-up
    to plan and the stage to move the inquiry to (None: not asked for)."""

    outcome: str
    next_followup: dict[str, Any] | None = None
    stage: dict[str, Any] | None = None


class OutcomeDialog(QDialog):
    """Marks a follow-up done: what came of it (an empty outcome is refused) and, in the same
    dialog and the same write, the next follow-up and a move of the inquiry's stage.

    `standing` is where the inquiry stands (its stage, its other open follow-ups): with no
    other follow-up planned, planning the next one is proposed (ticked). `can_move` False
    (the inquiry form holds unsaved edits) leaves the stage to the form.
    """

    def __init__(
        self,
        row: FollowUpRow,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        standing: followups.Standing | None = None,
        can_move: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDoneDialog")
        self.setWindowTitle(tr("FollowUps", "Follow-up done"))
        self.prompt = QLabel(tr("FollowUps", "What came of it?"))
        self.outcome = QPlainTextEdit()
        self.outcome.setAccessibleName(tr("FollowUps", "Outcome"))
        self.outcome.setTabChangesFocus(True)
        self.prompt.setBuddy(self.outcome)
        self.error = error_label("outcome")
        self.next_box = self._next_box(followups.default_due(today or date.today()), standing)
        self.stage_box = self._stage_box(standing, can_move)
        self.buttons = ok_cancel(self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("FollowUps", "Mark as done"))
        layout = QVBoxLayout(self)
        for widget in (about(row), self.prompt, self.outcome, self.error):
            layout.addWidget(widget)
        layout.addWidget(self.next_box)
        layout.addWidget(self.stage_box)
        layout.addWidget(self.buttons)
        self.outcome.setFocus()
        self.resize(520, self.sizeHint().height())

    def _next_box(self, due: date, standing: followups.Standing | None) -> QGroupBox:
        box = QGroupBox(tr("FollowUps", "Plan the next follow-up"))
        box.setObjectName("nextFollowUp")
        box.setCheckable(True)
        others = standing.others if standing is not None else ()
        box.setChecked(standing is not None and not others)
        self.next_due = date_edit(due)
        self.next_action = CodeCombo(labels.ACTIONS)
        self.next_description = QLineEdit()
        self.next_due.setAccessibleName(tr("FollowUps", "Next follow-up due"))
        self.next_action.setAccessibleName(tr("FollowUps", "Next follow-up action"))
        self.next_description.setAccessibleName(tr("FollowUps", "Next follow-up: to do"))
        form = QFormLayout(box)
        form.addRow(tr("FollowUps", "Due:"), self.next_due)
        form.addRow(tr("FollowUps", "Action:"), self.next_action)
        form.addRow(tr("FollowUps", "To do:"), self.next_description)
        self.planned = QLabel()
        self.planned.setObjectName("alreadyPlanned")
        self.planned.setWordWrap(True)
        if others:
            first = others[0]
            said = tr("FollowUps", "Already planned: %1, %2.")
            action = labels.label(labels.ACTIONS, first.action)
            self.planned.setText(said.replace("%1", display(first.due_on)).replace("%2", action))
        else:
            self.planned.setText(tr("FollowUps", "Nothing else is planned for this inquiry."))
        form.addRow(self.planned)
        return box

    def _stage_box(self, standing: followups.Standing | None, can_move: bool) -> QGroupBox:
        box = QGroupBox(tr("FollowUps", "Move the inquiry to another stage"))
        box.setObjectName("moveStage")
        box.setCheckable(True)
        box.setChecked(False)
        current = standing.stage if standing is not None else None
        # a closed inquiry (lost, completed) only moves back to an open stage: it is reopened
        closed = {s.value for s in CLOSED_STAGES}
        reopen = current in closed
        codes = [c for c in labels.STAGES if c != current and not (reopen and c in closed)]
        self.stage = CodeCombo(labels.STAGES, codes=codes)
        self.stage.setAccessibleName(tr("FollowUps", "New stage"))
        self.lost_reason = CodeCombo(
            labels.LOST_REASONS, any_text=lambda: tr("FollowUps", "(pick a reason)")
        )
        self.lost_reason.setAccessibleName(tr("FollowUps", "Why it was lost"))
        self.lost_note = QLineEdit()
        self.lost_note.setAccessibleName(tr("FollowUps", "Note on why it was lost"))
        self.lost_error = error_label("lost_reason")
        form = self._stage_form = QFormLayout(box)
        if current is not None:
            now = QLabel(labels.label(labels.STAGES, current))
            now.setObjectName("currentStage")
            form.addRow(tr("FollowUps", "Now:"), now)
        form.addRow(tr("FollowUps", "Move to:"), self.stage)
        form.addRow(tr("FollowUps", "Why lost:"), self.lost_reason)
        form.addRow(tr("FollowUps", "Note:"), self.lost_note)
        form.addRow(self.lost_error)
        self._lost_rows = (self.lost_reason, self.lost_note)
        self.stage.currentIndexChanged.connect(self._show_lost)
        self._show_lost()
        if not can_move:
            box.setEnabled(False)
            why = tr("FollowUps", "Save or discard the changes to the inquiry first.")
            box.setToolTip(why)
            self.why_not = QLabel(why)
            self.why_not.setObjectName("whyNotMove")
            self.why_not.setWordWrap(True)
            form.insertRow(0, self.why_not)
        return box

    def _show_lost(self) -> None:
        lost = self.stage.code() == "lost"
        for widget in self._lost_rows:
            self._stage_form.setRowVisible(widget, lost)
        if not lost:
            show_error(self.lost_error, None)

    def text(self) -> str:
        return self.outcome.toPlainText().strip()

    def answer(self) -> DoneAnswer:
        nxt = stage = None
        if self.next_box.isChecked():
            nxt = {
                "due_on": self.next_due.date().toPython(),
                "action": self.next_action.code(),
                "description": self.next_description.text(),
            }
        if self.stage_box.isEnabled() and self.stage_box.isChecked():
            stage = {
                "stage": self.stage.code(),
                "lost_reason": self.lost_reason.code(),
                "lost_note": self.lost_note.text(),
            }
        return DoneAnswer(self.text(), nxt, stage)

    def accept(self) -> None:
        from msek_desktop.core.inquiries import rules  # the models: not at the start

        problems = rules.field_errors(self.answer().stage or {}, new=False)
        if not self.text():
            show_error(self.error, tr("FollowUps", "Please write what came of it."))
            self.outcome.setFocus()
        if "lost_reason" in problems:
            show_error(self.lost_error, tr("FollowUps", "Please pick why it was lost."))
        elif "lost_note" in problems:
            show_error(self.lost_error, tr("FollowUps", "Please say why in the note."))
        if not self.text() or problems:
            return
        super().accept()


class RescheduleDialog(QDialog):
    """Asks the new due date of a follow-up (a week after the later of its date and today)."""

    def __init__(self, row: FollowUpRow, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("FollowUps", "Reschedule the follow-up"))
        self.when = date_edit(followups.rescheduled_due(row.due_on, today))
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


def ask_done(
    parent: QWidget,
    row: FollowUpRow,
    today: date,
    standing: followups.Standing | None,
    can_move: bool,
) -> DoneAnswer | None:
    dialog = OutcomeDialog(row, parent, today=today, standing=standing, can_move=can_move)
    return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_new_date(parent: QWidget, row: FollowUpRow, today: date) -> date | None:
    dialog = RescheduleDialog(row, today, parent)
    return dialog.date() if dialog.exec() == QDialog.DialogCode.Accepted else None


class FollowUpActions:
    """Done… and Reschedule… of a follow-up row, for the widget `parent`; `after()` runs
    after every write, refused or not (the row may have changed meanwhile). `can_move()`
    says whether Done may move the inquiry's stage (not while a form holds unsaved edits of
    it); `moved_stage` says whether the last Done did."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget,
        after: Callable[[], None],
        can_move: Callable[[], bool] = lambda: True,
    ) -> None:
        self.ctx, self.parent, self.after, self.can_move = ctx, parent, after, can_move
        self.moved_stage = False

    def complete(self, row: FollowUpRow | None) -> bool:
        """Ask what came of `row` (and what next) and mark it done; True when written
        (None, or a follow-up already done: nothing is asked)."""
        self.moved_stage = False
        if row is None or row.done_at is not None:
            return False
        title = tr("FollowUps", "Follow-ups")
        standing = run_write(self.parent, title, lambda: followups.standing(self.ctx.db, row.id))
        if standing is None:
            return False
        answer = ask_done(self.parent, row, self.ctx.today(), standing, self.can_move())
        if answer is None or not answer.outcome:
            return False
        return self._write(
            lambda: followups.complete_followup(
                self.ctx.db, row.id, answer.outcome, actor=self.ctx.me,
                expected_version=row.version, next_followup=answer.next_followup,
                stage=answer.stage, today=self.ctx.today(),
            ),
            moves_stage=answer.stage is not None,
        )  # fmt: skip

    def reschedule(self, row: FollowUpRow | None) -> bool:
        """Ask a new due date for `row` and move it there; True when written (None, or a
        follow-up already done: nothing is asked)."""
        if row is None or row.done_at is not None:
            return False
        when = ask_new_date(self.parent, row, self.ctx.today())
        if when is None:
            return False
        return self._write(
            lambda: followups.reschedule_followup(
                self.ctx.db, row.id, when, actor=self.ctx.me, expected_version=row.version
            )
        )

    def _write(self, work: Callable[[], FollowUpRow], moves_stage: bool = False) -> bool:
        written = run_write(self.parent, tr("FollowUps", "Follow-ups"), work)
        self.moved_stage = written is not None and moves_stage
        self.after()
        return written is not None
